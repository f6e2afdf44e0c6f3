"""`ProcessEnv`: an environment in a child process, with the exact answers, errors and metrics of the real one."""

import os

import pytest
from faulty_envs import Dying, Hanging, Pid, Raising, RaisingUnpicklable, SlowToBuild, make_three_room_key_door

from sdar_trl.envs import CountdownEnv, KeyDoorEnv
from sdar_trl.envs.process import EnvProcessError, ProcessEnv


def alive(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)  # reaps a dead child that was not waited for
        os.kill(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        return False
    return True


def test_a_process_env_answers_as_the_environment_and_its_child_is_reused():
    local, remote = KeyDoorEnv(), ProcessEnv(make_three_room_key_door, timeout=30.0)
    assert remote.reset({"key_room": 2}) == local.reset({"key_room": 2})
    for action in ("take key", "go to room 2", "take key", "open door"):
        assert remote.step(action) == local.step(action)
    assert remote.episode_metrics() == local.episode_metrics() == {"no_op_actions": 1.0}
    pid = remote.pid
    assert pid != os.getpid()
    remote.close()
    assert remote.pid is None and alive(pid)
    # the next environment takes the idle child; a new factory builds a new environment there
    again = ProcessEnv(Pid, timeout=30.0)
    again.reset({"key_room": 1})
    assert again.pid == pid and again.episode_metrics() == {"no_op_actions": 0.0, "pid": float(pid)}
    again.close()


def test_an_environment_without_metrics_reports_none():
    env = ProcessEnv(CountdownEnv, timeout=30.0)
    env.reset({"length": 1})
    assert env.episode_metrics() == {}
    env.close()


def test_an_environments_exception_is_raised_in_the_parent_and_the_child_goes_on():
    env = ProcessEnv(Raising, timeout=30.0)
    env.reset({"key_room": 2})
    with pytest.raises(RuntimeError, match="simulator crashed"):
        env.step("go to room 2")
    pid = env.pid
    env.close()
    assert alive(pid)


def test_an_exception_that_does_not_unpickle_comes_back_as_its_text():
    env = ProcessEnv(RaisingUnpicklable, timeout=30.0)
    env.reset({"key_room": 1})
    with pytest.raises(RuntimeError, match=r"EngineFault\('engine fault 7'\)"):
        env.step("go to room 1")
    env.close()


def test_a_call_past_the_timeout_kills_the_child():
    env = ProcessEnv(Hanging, timeout=0.3)
    env.reset({"key_room": 2})
    pid = env.pid
    with pytest.raises(TimeoutError, match="step exceeded 0.3s"):
        env.step("go to room 2")
    assert env.pid is None and not alive(pid)
    env.close()  # nothing left to close
    fresh = ProcessEnv(KeyDoorEnv, timeout=30.0)
    fresh.reset({"key_room": 1})
    assert fresh.pid != pid
    fresh.close()


def test_a_child_that_dies_is_an_env_process_error():
    env = ProcessEnv(Dying, timeout=30.0)
    env.reset({"key_room": 2})
    with pytest.raises(EnvProcessError, match="died during step .exit code 3"):
        env.step("go to room 2")
    assert env.pid is None


def test_building_the_environment_is_not_an_environment_call():
    # A new child's start-up and the factory's call are not held to the call timeout (an interpreter's start alone
    # takes longer than 1 ms); the reset after them is.
    env = ProcessEnv(SlowToBuild, timeout=0.001)
    with pytest.raises(TimeoutError, match="reset exceeded"):
        env.reset({"key_room": 1})
