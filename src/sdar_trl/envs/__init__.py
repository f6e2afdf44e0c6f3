"""Text environments behind one small protocol (`TextEnv`); one file per environment."""

from .protocol import Observation, ReportsMetrics, StepResult, TextEnv, aggregate_episode_metrics
from .key_door import KeyDoorEnv


__all__ = ["KeyDoorEnv", "Observation", "ReportsMetrics", "StepResult", "TextEnv", "aggregate_episode_metrics"]
