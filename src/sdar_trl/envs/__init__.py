"""Text environments behind one small protocol (`TextEnv`); one file per environment."""

from .protocol import Observation, StepResult, TextEnv
from .key_door import KeyDoorEnv


__all__ = ["KeyDoorEnv", "Observation", "StepResult", "TextEnv"]
