"""Resuming an example's run: which checkpoint to load, and whether the embedded warm start can be reused.

`SDARConfig.resume_from_checkpoint` (TRL's field) is a checkpoint folder, or `true`/`latest` for the newest
`checkpoint-*` of `output_dir`, as `trainer.train(resume_from_checkpoint=True)` means in transformers. A checkpoint
carries everything the run needs (weights, optimizer and DeepSpeed shards, scheduler, RNG, the skill bandit's
statistics), so the only part of an example that must not be repeated is the embedded behaviour-cloning warm start,
whose model folder the trainer is built from.
"""

from __future__ import annotations

import json
import os

from accelerate import PartialState
from transformers.trainer_utils import get_last_checkpoint


WARM_START_MARKER = "warm_start.json"


def resume_checkpoint(resume_from_checkpoint: str | bool | None, output_dir: str) -> str | None:
    """The checkpoint folder to resume from, or None; raises a ValueError naming the field when there is none.

    A YAML recipe's ``resume_from_checkpoint: true`` arrives as a bool, the command line's as a string."""
    if isinstance(resume_from_checkpoint, bool):
        resume_from_checkpoint = "true" if resume_from_checkpoint else None
    if resume_from_checkpoint is None or resume_from_checkpoint.lower() in ("", "false", "none"):
        return None
    if resume_from_checkpoint.lower() in ("true", "latest"):
        last = get_last_checkpoint(output_dir) if os.path.isdir(output_dir) else None
        if last is None:
            raise ValueError(
                f"`resume_from_checkpoint={resume_from_checkpoint}` but `output_dir` ({output_dir!r}) "
                "holds no checkpoint-* folder; give a checkpoint folder or drop the flag."
            )
        return last
    if not os.path.isfile(os.path.join(resume_from_checkpoint, "trainer_state.json")):
        raise ValueError(
            f"`resume_from_checkpoint` ({resume_from_checkpoint!r}) is not a checkpoint folder (no "
            "trainer_state.json); give a `checkpoint-N` folder of `output_dir`, or `true` for the latest."
        )
    return resume_from_checkpoint


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
