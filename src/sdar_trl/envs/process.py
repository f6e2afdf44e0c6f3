"""`ProcessEnv`: a `TextEnv` whose environment runs in a child process of its own.

    env = ProcessEnv(ALFWorldEnv, timeout=60.0)  # the factory must pickle: a class or a module-level function
    first = env.reset(row)                       # the call runs in the child; the answer comes back pickled
    env.close()                                  # closes the environment; the child waits for the next one

Why: an environment engine that burns CPU (ALFWorld's TextWorld parses its game's PDDL and grammar on every reset,
about a second) leaves the trainer's process waiting, and cannot run on several threads at once (TextWorld is not
thread-safe). In processes, one per environment, the calls of a turn run side by side on every core: the rollout
engine does this with `RolloutConfig.env_workers` > 0.

Each call waits at most ``timeout`` seconds: past it, the child is killed (a stuck engine takes nothing else with
it) and the call raises `TimeoutError`. Building the environment (a new child's start-up, its imports, the factory's
call: not an environment call, and not timed in the trainer's process either) has `OPEN_TIMEOUT`. A child that dies
raises `EnvProcessError`; an exception the environment raises is raised here (as a `RuntimeError` with its text when
it does not pickle). Children are kept after `close` and reused by the next `ProcessEnv` of the same parent process,
so a run pays a child's start-up (about a second for ALFWorld) once per concurrent environment, not per episode.

A child is a fresh interpreter running `serve` (``subprocess``, not ``multiprocessing``: its ``spawn`` and
``forkserver`` re-import the parent's ``__main__`` script in every child, and an example script imports torch and
TRL, ten seconds; ``fork`` would copy the trainer's threads mid-lock). It sees the parent's ``sys.path`` and imports
only what the factory needs: `sdar_trl` loads its trainer lazily for this reason. It exits when its parent does
(its end of the pipe closes).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from typing import Any, Literal

from .protocol import Observation, ReportsMetrics, StepResult, TextEnv


Method = Literal["open", "reset", "step", "episode_metrics", "close"]
OPEN_TIMEOUT = 300.0  # seconds for a child to start and build its environment: only a hung factory reaches it


class EnvProcessError(RuntimeError):
    """The environment's child process died (a crash in native code, a kill) before it answered."""


def serve(fd: int) -> None:
    """The child's loop over the connection on file descriptor ``fd``: build an environment with each factory it is
    sent and answer its calls, one at a time. Every answer is ``(ok, value)``; an environment's exception travels
    back as its value."""
    # Ctrl-C reaches the whole terminal's process group: the parent handles it, and the child ends with its pipe.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn = Connection(fd)
    env: TextEnv | None = None
    while True:
        try:
            method, args = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        try:
            if method == "open":
                env = args[0]()
                value: Any = None
            elif method == "reset":
                value = env.reset(*args)
            elif method == "step":
                value = env.step(*args)
            elif method == "episode_metrics":
                value = dict(env.episode_metrics()) if isinstance(env, ReportsMetrics) else {}
            else:  # close
                closing, env, value = env, None, None
                if closing is not None:
                    closing.close()
            answer = (True, value)
        except Exception as error:  # noqa: BLE001 - the parent decides what an environment's failure means
            answer = (False, error if _round_trips(error) else RuntimeError(repr(error)))
        try:
            conn.send(answer)
        except Exception as error:  # noqa: BLE001 - an answer that does not pickle goes back as text
            conn.send((False, RuntimeError(f"{answer[1]!r} could not be sent back: {error!r}")))


def _round_trips(error: Exception) -> bool:
    """Whether the parent can unpickle ``error`` (an exception whose constructor takes other arguments cannot)."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any failure means the same: send its text instead
        return False
    return True


class _Child:
    """A started child process and the parent's end of its pipe."""

    def __init__(self):
        self.conn, theirs = multiprocessing.Pipe()
        fd = theirs.fileno()
        self.process = subprocess.Popen(
            [sys.executable, "-c", f"from sdar_trl.envs.process import serve; serve({fd})"],
            pass_fds=[fd],
            env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
        )
        theirs.close()  # the child holds its own copy; it sees end of file when ours closes

    def call(self, method: Method, args: tuple, timeout: float) -> Any:
        try:
            self.conn.send((method, args))
            answered = self.conn.poll(timeout)
            if answered:
                ok, value = self.conn.recv()
        except (EOFError, OSError) as error:
            self.kill()
            raise EnvProcessError(
                f"the environment's process died during {method} (exit code {self.process.returncode})"
            ) from error
        if not answered:
            self.kill()
            raise TimeoutError(f"the environment's {method} exceeded {timeout}s; its process was killed")
        if not ok:
            raise value
        return value

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.conn.close()


class _Idle:
    """Children whose environment was closed, waiting for the next `ProcessEnv` of this process."""

    def __init__(self):
        self._children: list[_Child] = []
        self._lock = threading.Lock()  # `ProcessEnv`s start and close on the engine's worker threads

    def take(self) -> _Child:
        with self._lock:
            while self._children:
                child = self._children.pop()
                if child.alive():
                    return child
        return _Child()

    def give_back(self, child: _Child) -> None:
        with self._lock:
            self._children.append(child)


_IDLE = _Idle()


class ProcessEnv:
    """`TextEnv` (and `ReportsMetrics`: ``{}`` when the environment reports nothing) over the environment that
    ``make_env()`` builds in a child process; every call within ``timeout`` seconds. The child is taken (or started)
    at the first call, so building a `ProcessEnv` costs nothing and the thread that makes the call pays the start-up.
    """

    def __init__(self, make_env: Callable[[], TextEnv], timeout: float):
        self.make_env = make_env
        self.timeout = timeout
        self._child: _Child | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id (None before the first call and after `close`)."""
        return self._child.process.pid if self._child else None

    def _call(self, method: Method, *args) -> Any:
        if self._child is None:
            self._child = _IDLE.take()
            self._ask("open", (self.make_env,), OPEN_TIMEOUT)
        return self._ask(method, args, self.timeout)

    def _ask(self, method: Method, args: tuple, timeout: float) -> Any:
        try:
            return self._child.call(method, args, timeout)
        except (TimeoutError, EnvProcessError):
            self._child = None  # killed: never reused
            raise

    def reset(self, row: Mapping[str, Any]) -> Observation:
        return self._call("reset", row)

    def step(self, action: str) -> StepResult:
        return self._call("step", action)

    def episode_metrics(self) -> Mapping[str, float]:
        return self._call("episode_metrics")

    def close(self) -> None:
        if self._child is None:
            return
        try:
            self._call("close")
        finally:
            if self._child is not None:  # alive (a close that raised leaves the child serving)
                _IDLE.give_back(self._child)
                self._child = None
