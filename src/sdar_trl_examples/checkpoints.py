"""Resuming an example's run: which checkpoint to load, and whether the embedded warm start can be reused.

`SDARConfig.resume_from_checkpoint` (TRL's field) is a checkpoint folder, or `true`/`latest` for the newest complete
`checkpoint-*` of `output_dir`, as `SDARTrainer.train(resume_from_checkpoint=True)` takes it. A checkpoint
carries everything the run needs (weights, optimizer and DeepSpeed shards, scheduler, RNG, the skill bandit's
statistics), so the only part of an example that must not be repeated is the embedded behaviour-cloning warm start,
whose model folder the trainer is built from.
"""

from __future__ import annotations

import json
import os

from accelerate import PartialState

from sdar_trl.checkpoints import resolve_checkpoint


WARM_START_MARKER = "warm_start.json"


def resume_checkpoint(resume_from_checkpoint: str | bool | None, output_dir: str) -> str | None:
    """The checkpoint folder to resume from, or None (`sdar_trl.checkpoints.resolve_checkpoint`: `true`/`latest` is the
    newest complete checkpoint; an incomplete folder is a ValueError naming what it misses)."""
    return resolve_checkpoint(resume_from_checkpoint, output_dir)


def clear_warm_start(folder: str) -> None:
    """Forget a previous warm start in ``folder`` before it is rebuilt (a crash half-way must not look finished)."""
    if os.path.isfile(os.path.join(folder, WARM_START_MARKER)):
        os.remove(os.path.join(folder, WARM_START_MARKER))


def mark_warm_start(folder: str, **settings) -> None:
    """Record that ``folder`` holds a finished warm start (written once the model is saved)."""
    with open(os.path.join(folder, WARM_START_MARKER), "w") as f:
        json.dump(settings, f, indent=2)


def finished_warm_start(folder: str) -> bool:
    """Whether ``folder`` holds a warm start that finished (an interrupted one is redone)."""
    return os.path.isfile(os.path.join(folder, WARM_START_MARKER))


def train_and_save(trainer, resume: str | None) -> None:
    """Train (from checkpoint ``resume``, if any), then save the model and ``trainer_state.json`` (what `sdar-trl plot`
    reads) to ``output_dir``; returns once every process is done."""
    trainer.train(resume_from_checkpoint=resume)
    trainer.save_model(trainer.args.output_dir)
    trainer.save_state()
    PartialState().wait_for_everyone()
