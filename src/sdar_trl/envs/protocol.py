"""The text-environment protocol every agent environment implements (one class, never touching the trainer).

    env = MyEnv()
    first = env.reset(row)          # row: one dataset row (dict); returns the first Observation, with the task
    result = env.step("go to desk 1")  # StepResult(observation, reward, done, won, info)
    env.close()

`reset` must be deterministic in the row: the trainer resets `num_generations` instances with the same row and
expects the same initial state (the GRPO group). `reward` is the environment's own reward for the step (e.g. 10 when
an ALFWorld game is won); the trainer adds the invalid-action penalty itself.

An environment that has numbers to report about an episode (Search-QA's F1, WebShop's invalid clicks) also implements
`ReportsMetrics`: the engine reads `episode_metrics()` when the episode ends, and the trainer logs the mean of each
over the episodes that reported it as `env/episode/<name>` (see `aggregate_episode_metrics`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


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


@runtime_checkable
class ReportsMetrics(Protocol):
    """Optional part of an environment: numbers about the episode that just ended, e.g. ``{"f1": 0.5}``."""

    def episode_metrics(self) -> Mapping[str, float]: ...


def aggregate_episode_metrics(episodes: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """The mean of each metric over the episodes that reported it (an episode may report none)."""
    totals: dict[str, list[float]] = {}
    for metrics in episodes:
        for name, value in metrics.items():
            totals.setdefault(name, []).append(float(value))
    return {name: sum(values) / len(values) for name, values in sorted(totals.items())}
