"""The end of an example's processes."""

from __future__ import annotations

from accelerate import PartialState


def end_processes() -> None:
    """Destroy the process group (if any) while the interpreter is whole: gloo's worker threads left running into
    its finalization can abort a process whose work is done ("terminate called without an active exception",
    SIGABRT; seen once in CI at the end of a ZeRO-3 resume run). Call it last in an example's ``__main__``."""
    PartialState().destroy_process_group()
