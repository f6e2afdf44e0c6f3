"""`KeyDoorEnv`: a tiny deterministic text game for tests, benchmarks and demos (no dependencies).

The agent stands in a corridor of rooms; the task names a room that holds a key, then the door to open:

    Your task is to: take the key from room 2 and open the door.

Admissible actions are ``go to room N``, ``take key`` (where the key is) and ``open door`` (with the key). The episode
is won, with reward 10, when the door is opened holding the key; any other action answers ``Nothing happens.``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .protocol import Observation, StepResult


class KeyDoorEnv:
    def __init__(self, num_rooms: int = 3):
        self.num_rooms = num_rooms
        self.room = 0
        self.key_room = 1
        self.has_key = False
        self.no_ops = 0

    def reset(self, row: Mapping[str, Any]) -> Observation:
        self.key_room = int(row["key_room"])
        self.room, self.has_key, self.no_ops = 0, False, 0
        task = f"take the key from room {self.key_room} and open the door"
        return Observation(
            text=f"You are in room 0. Your task is to: {task}.",
            admissible_actions=self._admissible(),
            task=task,
            task_type=row.get("task_type", "key_door"),
        )

    def _admissible(self) -> tuple[str, ...]:
        actions = [f"go to room {r}" for r in range(self.num_rooms) if r != self.room]
        if self.room == self.key_room and not self.has_key:
            actions.append("take key")
        if self.has_key:
            actions.append("open door")
        return tuple(actions)

    def step(self, action: str) -> StepResult:
        action = action.strip().lower()
        if action not in self._admissible():
            self.no_ops += 1
            return StepResult(Observation("Nothing happens.", self._admissible()), 0.0, False)
        if action.startswith("go to room "):
            self.room = int(action.rsplit(" ", 1)[1])
            text = f"You arrive at room {self.room}." + (
                " You see a key." if self.room == self.key_room and not self.has_key else ""
            )
            return StepResult(Observation(text, self._admissible()), 0.0, False)
        if action == "take key":
            self.has_key = True
            return StepResult(Observation("You pick up the key.", self._admissible()), 0.0, False)
        return StepResult(Observation("The door opens.", ()), 10.0, True, won=True)

    def episode_metrics(self) -> dict[str, float]:
        """Actions that changed nothing (not admissible where they were taken)."""
        return {"no_op_actions": float(self.no_ops)}

    def close(self) -> None:
        """Nothing to release."""
