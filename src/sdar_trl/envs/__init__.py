"""Text environments behind one small protocol (`TextEnv`); one file per environment."""

from .countdown import CountdownEnv
from .house import HouseEnv
from .key_door import KeyDoorEnv
from .protocol import Observation, ReportsMetrics, StepResult, TextEnv, aggregate_episode_metrics


__all__ = [
    "CountdownEnv",
    "HouseEnv",
    "KeyDoorEnv",
    "Observation",
    "ReportsMetrics",
    "StepResult",
    "TextEnv",
    "aggregate_episode_metrics",
]
