"""A toy environment whose episodes end after a number of steps set by the row, whatever the actions.

Used where episode *lengths* matter and the policy does not: rollouts whose episodes end at different turns (the
lockstep batch thins out; `max_live_episodes` refills it), multi-process runs with unequal episodes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .protocol import Observation, StepResult


class CountdownEnv:
    """Ends, won, after ``row["length"]`` steps; the only admissible action is ``wait``."""

    def __init__(self):
        self.left = 0

    def reset(self, row: Mapping[str, Any]) -> Observation:
        self.left = int(row["length"])
        return Observation(
            f"{self.left} steps to go.", ("wait",), task="wait until the end", task_type=f"len{self.left}"
        )

    def step(self, action: str) -> StepResult:
        self.left -= 1
        done = self.left == 0
        return StepResult(Observation(f"{self.left} steps to go.", ("wait",)), 10.0 if done else 0.0, done, won=done)

    def close(self) -> None:
        """Nothing to release."""
