"""KeyDoor environments that fail on purpose, in a module of their own: environment worker processes import it
(light: no torch) when a test runs them with `env_workers` > 0."""

import os
import time

from sdar_trl.envs import KeyDoorEnv


class Raising(KeyDoorEnv):
    def step(self, action):
        if self.key_room == 2:
            raise RuntimeError("simulator crashed")
        return super().step(action)


class Hanging(KeyDoorEnv):
    def step(self, action):
        if self.key_room == 2:
            time.sleep(2.0)
        return super().step(action)


class Dying(KeyDoorEnv):
    """Its process exits in the middle of a step (a crash in native code, as far as the caller can tell)."""

    def step(self, action):
        if self.key_room == 2:
            os._exit(3)
        return super().step(action)


class RaisingOnReset(KeyDoorEnv):
    def reset(self, row):
        if row["key_room"] == 2:
            raise ValueError("no such game")
        return super().reset(row)


class EngineFault(Exception):
    """An exception that does not unpickle: its constructor takes a keyword its arguments do not record."""

    def __init__(self, *, code):
        super().__init__(f"engine fault {code}")


class RaisingUnpicklable(KeyDoorEnv):
    def step(self, action):
        raise EngineFault(code=7)


class SlowToBuild(KeyDoorEnv):
    """Takes a second to build and to reset."""

    def __init__(self):
        time.sleep(1.0)
        super().__init__()

    def reset(self, row):
        time.sleep(1.0)
        return super().reset(row)


class Pid(KeyDoorEnv):
    """Reports the process it runs in as an episode metric."""

    def episode_metrics(self):
        return {**super().episode_metrics(), "pid": float(os.getpid())}


def make_three_room_key_door():
    """A module-level factory: it pickles, unlike a lambda."""
    return KeyDoorEnv(num_rooms=3)
