"""The end of an example's processes."""

from __future__ import annotations

import atexit
import os
import sys

import torch.distributed as dist
from accelerate import PartialState


def end_processes() -> None:
    """End an example's process once its work is done; call it last in the example's ``__main__``.

    Without a process group (one process) it returns. Under `torchrun` / `accelerate launch` it does not return: every
    process waits for the others, destroys the process group, runs the exit handlers (W&B's run
    finish, logging's flush) and flushes its streams while the interpreter is whole, then leaves with exit code 0
    through ``os._exit``, skipping the interpreter's finalization.

    Why: gloo's C++ threads can still hold objects that own Python references when the interpreter finalizes; a
    thread that then needs the GIL is torn down inside C++ and the process aborts ("terminate called without an
    active exception", SIGABRT) after its work is done. Destroying the group alone did not prevent it (CI caught it
    at the end of a 2-process DDP run and of a torchrun test worker); nothing is left to finalize once the work, the
    checkpoints and the exit handlers are done.
    """
    if not dist.is_initialized():
        return
    state = PartialState()
    state.wait_for_everyone()
    state.destroy_process_group()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
