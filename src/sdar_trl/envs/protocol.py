"""The text-environment protocol every agent environment implements (one class, never touching the trainer).

    env = MyEnv()
    first = env.reset(row)          # row: one dataset row (dict); returns the first Observation, with the task
    result = env.step("go to desk 1")  # StepResult(observation, reward, done, won, info)
    env.close()

`reset` must be deterministic in the row: the trainer resets `num_generations` instances with the same row and
expects the same initial state (the GRPO group). `reward` is the environment's own reward for the step (e.g. 10 when
an ALFWorld game is won); the trainer adds the invalid-action penalty itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol, runtime_checkable


@dataclass(frozen=True)
class Observation:
    """What the agent sees.

    Attributes:
        text: the observation text.
        admissible_actions: actions valid now (empty when the environment does not list them).
        task: the task instruction (set by `reset`; ignored on steps).
        task_type: the task family, e.g. an ALFWorld game type or a Search-QA data source (set by `reset`).
    """

    text: str
    admissible_actions: tuple[str, ...] = ()
    task: str = ""
    task_type: str | None = None


@dataclass(frozen=True)
class StepResult:
    """The outcome of one action: next observation, the step's reward, whether the episode ended, and success."""

    observation: Observation
    reward: float
    done: bool
    won: bool = False
    info: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class TextEnv(Protocol):
    def reset(self, row: Mapping[str, Any]) -> Observation: ...

    def step(self, action: str) -> StepResult: ...

    def close(self) -> None: ...
