"""Preemption: on a signal (what a scheduler sends before it kills a job), every process of the run stops after the
same optimizer step, the run saves a checkpoint, and the processes exit with code 0 saying how to resume."""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading

import torch
import torch.distributed as dist
from accelerate import Accelerator
from transformers import TrainerCallback

from .checkpoints import checkpoint_step


def preemption_signal(name: str) -> signal.Signals:
    """The signal named ``name`` (``"SIGTERM"``, ``"SIGUSR1"``, ``"TERM"``, ...); a ValueError naming the field when it
    is unknown or cannot be caught."""
    full = name.upper() if name.upper().startswith("SIG") else f"SIG{name.upper()}"
    if full not in signal.Signals.__members__ or full in ("SIGKILL", "SIGSTOP"):
        raise ValueError(
            f"`preemption_signal={name!r}` is not a signal a process can catch; use e.g. 'SIGTERM' (what schedulers "
            "send before they kill), or 'SIGUSR1' with SLURM's `--signal=USR1@120`."
        )
    return signal.Signals[full]


class PreemptionCallback(TrainerCallback):
    """On the preemption signal, stop after the optimizer step under way on every process, with a checkpoint.

    The handler only records the signal; at the end of each optimizer step the processes sum their records (one
    all-reduce of one number), so all of them stop after the same step even when the signal reached only some, and
    the save that follows, a collective under DeepSpeed and FSDP, runs on all of them."""

    def __init__(self, signal_name: str, accelerator: Accelerator):
        self.signum = preemption_signal(signal_name)
        self.accelerator = accelerator
        self.received = False
        self.stopped_at: int | None = None
        self._previous = None

    def _record(self, signum, frame) -> None:
        self.received = True

    def on_train_begin(self, args, state, control, **kwargs):
        self.received, self.stopped_at = False, None
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError(
                "`save_on_preemption=True` installs a signal handler, which Python allows only in the main thread; "
                "call `trainer.train()` from the main thread or set `save_on_preemption=False`."
            )
        self._previous = signal.signal(self.signum, self._record)

    def on_step_end(self, args, state, control, **kwargs):
        stop = self.received
        if self.accelerator.num_processes > 1:
            flag = torch.tensor([float(stop)], device=self.accelerator.device)
            stop = bool(self.accelerator.reduce(flag, reduction="sum").item() > 0)
        if stop:
            self.stopped_at = state.global_step
            control.should_save = True
            control.should_training_stop = True
        return control

    def on_train_end(self, args, state, control, **kwargs):
        if self._previous is not None:
            signal.signal(self.signum, self._previous)
            self._previous = None


def preemption_message(signum: signal.Signals, checkpoint: str) -> str:
    return (
        f"Preempted ({signum.name}): stopped after step {checkpoint_step(checkpoint)} and saved {checkpoint}. "
        "To resume, run the same command with `--resume_from_checkpoint true` (in Python: "
        "`trainer.train(resume_from_checkpoint=True)`)."
    )


def exit_after_preemption() -> None:
    """Leave the process with exit code 0 once every process has its checkpoint written.

    Under a process group, as the examples end their processes: wait for the others, destroy the group, run the exit
    handlers (W&B, logging) and leave through ``os._exit``, because gloo's threads can abort an interpreter that
    finalizes while they hold Python objects."""
    if not dist.is_initialized():
        sys.exit(0)
    dist.barrier()
    dist.destroy_process_group()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
