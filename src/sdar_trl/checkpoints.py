"""Checkpoints a killed run resumes from: which ones are complete, atomic saves, finished runs.

A run on a preemptible cluster can be killed at any moment, in the middle of a save included. So:

- a checkpoint counts only when everything a resume reads is there and intact (`missing_parts`); resuming with
  `true`/`latest` takes the newest complete one and names the incomplete ones it skips (`resolve_checkpoint`);
- the trainer writes each checkpoint into a staging folder, `tmp-checkpoint-N/checkpoint-N`, and renames it to
  `checkpoint-N` once every process is done (`staging_run_dir`, `publish_checkpoint`): a kill leaves a staging
  folder, which no resume reads, never a `checkpoint-N` that looks finished;
- a resumed run that is already at its end trains nothing (`finished_message`).

`sdar_trl.trainer_checkpoints` applies them in the trainer; `sdar_trl.preemption` stops a run on a signal.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import struct
import zipfile
from collections.abc import Iterable

from transformers.trainer_utils import PREFIX_CHECKPOINT_DIR, rotate_checkpoints


logger = logging.getLogger(__name__)

CHECKPOINT_NAME = re.compile(rf"^{PREFIX_CHECKPOINT_DIR}-(\d+)$")
# Neither transformers' `get_last_checkpoint` nor its rotation (`checkpoint-*`) matches these names.
STAGING_PREFIX = f"tmp-{PREFIX_CHECKPOINT_DIR}-"
DELETING_PREFIX = f"tmp-deleting-{PREFIX_CHECKPOINT_DIR}-"
TRAINER_STATE = "trainer_state.json"
# Weights as transformers saves them: full model (safetensors or torch), PEFT adapter, sharded (an index naming its
# shards), FSDP (one file or a folder of shards); a DeepSpeed checkpoint holds them in its `global_step*` folder.
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "adapter_model.safetensors", "adapter_model.bin")
WEIGHT_INDEXES = ("model.safetensors.index.json", "pytorch_model.bin.index.json")
FSDP_WEIGHTS = ("pytorch_model_fsdp.bin", "pytorch_model_fsdp_0")
OPTIMIZER_FILES = ("optimizer.pt", "optimizer.bin", "optimizer_0")
DEEPSPEED_TAG = "latest"
RNG_NAME = re.compile(r"^rng_state(_\d+)?\.pth$")


# ---------------------------------------------------------------------------------------------- complete checkpoints
def checkpoint_step(path: str) -> int | None:
    """The step of a `checkpoint-N` folder name, else None."""
    match = CHECKPOINT_NAME.match(os.path.basename(os.path.normpath(path)))
    return int(match.group(1)) if match else None


def file_problem(path: str) -> str | None:
    """Why the file or folder at ``path`` cannot be loaded ("missing", "truncated", ...), or None when it is intact.

    Cheap checks that catch what a kill leaves: a safetensors file shorter than its header says, a torch zip archive
    without its central directory (written last), JSON that does not parse, an empty folder."""
    if not os.path.exists(path):
        return "missing"
    if os.path.isdir(path):
        return None if os.listdir(path) else "empty"
    size = os.path.getsize(path)
    try:
        if path.endswith(".safetensors"):
            with open(path, "rb") as f:
                if size < 8:
                    return "truncated"
                (header_size,) = struct.unpack("<Q", f.read(8))
                if size < 8 + header_size:
                    return "truncated"
                header = json.loads(f.read(header_size))
            end = max((t["data_offsets"][1] for k, t in header.items() if k != "__metadata__"), default=0)
            return "truncated" if size < 8 + header_size + end else None
        if path.endswith(".json"):
            with open(path) as f:
                json.load(f)
            return None
        if path.endswith((".pt", ".pth", ".bin")):
            if size == 0:
                return "empty"
            if zipfile.is_zipfile(path):
                zipfile.ZipFile(path).close()
                return None
            # torch.save writes zip archives; a torch file that is not one was cut before its central directory.
            return "truncated"
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as error:
        return f"unreadable: {error}"
    return None if size > 0 else "empty"


def missing_parts(folder: str, *, save_only_model: bool = False, extra_files: Iterable[str] = ()) -> list[str]:
    """What a resume from ``folder`` needs and does not find intact, as ``"<name> (<problem>)"``; empty when complete.

    Needed: `trainer_state.json`, the weights, and unless ``save_only_model`` the optimizer (DeepSpeed: its
    `global_step*` shards), the scheduler (kept by DeepSpeed itself when it has its own), the RNG states (each one
    there intact; a resume on another number of processes reads those it finds, as transformers does), and
    ``extra_files`` (the trainer's own state, such as the skill bandit's statistics)."""
    if not os.path.isdir(folder):
        return [f"{folder} (not a folder)"]
    names = set(os.listdir(folder))
    problems: list[str] = []

    def need(name: str) -> None:
        problem = file_problem(os.path.join(folder, name))
        if problem is not None:
            problems.append(f"{name} ({problem})")

    need(TRAINER_STATE)
    deepspeed = _deepspeed_folder(folder, names, problems)
    weights = [n for n in (*WEIGHT_FILES, *FSDP_WEIGHTS) if n in names]
    indexes = [n for n in WEIGHT_INDEXES if n in names]
    for name in weights:
        need(name)
    for name in indexes:
        need(name)
        for shard in _index_shards(os.path.join(folder, name)):
            need(shard)
    if not weights and not indexes and deepspeed is None:
        problems.append("model weights (missing: no model.safetensors, adapter or shards)")
    if not save_only_model:
        if deepspeed is None:
            optimizers = [n for n in OPTIMIZER_FILES if n in names]
            for name in optimizers:
                need(name)
            if not optimizers:
                problems.append("optimizer.pt (missing)")
            need("scheduler.pt")
        elif "scheduler.pt" in names:  # a scheduler of the trainer's, next to DeepSpeed's shards
            need("scheduler.pt")
        rng = sorted(n for n in names if RNG_NAME.match(n))
        for name in rng:
            need(name)
        if not rng:
            problems.append("rng_state.pth (missing)")
    for name in extra_files:
        need(name)
    return problems


def _deepspeed_folder(folder: str, names: set[str], problems: list[str]) -> str | None:
    """The DeepSpeed checkpoint tag folder named by `latest` (checked file by file), or None without DeepSpeed."""
    if DEEPSPEED_TAG not in names:
        return None
    with open(os.path.join(folder, DEEPSPEED_TAG)) as f:
        tag = f.read().strip()
    tag_folder = os.path.join(folder, tag)
    if not tag or not os.path.isdir(tag_folder) or not os.listdir(tag_folder):
        problems.append(f"{tag or DEEPSPEED_TAG} (missing: DeepSpeed shards)")
        return tag_folder
    for name in sorted(os.listdir(tag_folder)):
        problem = file_problem(os.path.join(tag_folder, name))
        if problem is not None:
            problems.append(f"{tag}/{name} ({problem})")
    return tag_folder


def _index_shards(index_path: str) -> list[str]:
    try:
        with open(index_path) as f:
            return sorted(set(json.load(f)["weight_map"].values()))
    except (OSError, ValueError, KeyError):
        return []  # the index itself is reported


def checkpoint_folders(output_dir: str) -> list[str]:
    """The `checkpoint-N` folders of ``output_dir``, newest (highest N) first."""
    if not os.path.isdir(output_dir):
        return []
    found = [(checkpoint_step(n), n) for n in os.listdir(output_dir) if os.path.isdir(os.path.join(output_dir, n))]
    return [
        os.path.join(output_dir, n) for step, n in sorted(((s, n) for s, n in found if s is not None), reverse=True)
    ]


def latest_complete_checkpoint(output_dir: str, **expect) -> tuple[str | None, dict[str, list[str]]]:
    """The newest complete checkpoint of ``output_dir`` (or None) and the newer incomplete ones skipped on the way,
    each with what it misses. ``expect``: the keyword arguments of `missing_parts`."""
    skipped: dict[str, list[str]] = {}
    for folder in checkpoint_folders(output_dir):
        missing = missing_parts(folder, **expect)
        if not missing:
            return folder, skipped
        skipped[folder] = missing
    return None, skipped


def _describe(skipped: dict[str, list[str]]) -> str:
    return "; ".join(f"{os.path.basename(folder)}: {', '.join(missing)}" for folder, missing in skipped.items())


def resolve_checkpoint(resume_from_checkpoint: str | bool | None, output_dir: str, **expect) -> str | None:
    """The checkpoint folder a run resumes from, or None; raises a ValueError naming the field when there is none.

    ``resume_from_checkpoint``: None/False/"false"/"" (no resume), True/"true"/"latest" (the newest complete
    checkpoint of ``output_dir``; incomplete newer ones are skipped with a warning naming them and what they miss), or
    a folder, which must be complete. A YAML recipe's ``true`` arrives as a bool, the command line's as a string.
    ``expect``: the keyword arguments of `missing_parts`."""
    if isinstance(resume_from_checkpoint, bool):
        resume_from_checkpoint = "true" if resume_from_checkpoint else None
    if resume_from_checkpoint is None or resume_from_checkpoint.lower() in ("", "false", "none"):
        return None
    if resume_from_checkpoint.lower() in ("true", "latest"):
        folder, skipped = latest_complete_checkpoint(output_dir, **expect)
        if folder is None and not skipped:
            raise ValueError(
                f"`resume_from_checkpoint={resume_from_checkpoint}` but `output_dir` ({output_dir!r}) holds no "
                "checkpoint-* folder; give a checkpoint folder or drop the flag."
            )
        if folder is None:
            raise ValueError(
                f"`resume_from_checkpoint={resume_from_checkpoint}` but no checkpoint of `output_dir` "
                f"({output_dir!r}) is complete ({_describe(skipped)}); give a complete checkpoint folder or drop the "
                "flag."
            )
        if skipped:
            logger.warning(
                "Skipping incomplete checkpoint(s) of %s (%s); resuming from %s.",
                output_dir,
                _describe(skipped),
                os.path.basename(folder),
            )
        return folder
    missing = missing_parts(resume_from_checkpoint, **expect)
    if missing:
        raise ValueError(
            f"`resume_from_checkpoint` ({resume_from_checkpoint!r}) is not a complete checkpoint: missing or "
            f"unreadable {', '.join(missing)}. Give a complete `checkpoint-N` folder of `output_dir`, or `true` for "
            "the newest complete one."
        )
    return resume_from_checkpoint


def read_trainer_state(folder: str) -> dict:
    with open(os.path.join(folder, TRAINER_STATE)) as f:
        return json.load(f)


def finished_message(folder: str, max_steps: int, num_train_epochs: float) -> str | None:
    """When the run of checkpoint ``folder`` is already at its end, the message saying so; else None.

    The end is the run's ``max_steps`` when it is set (> 0), else the end of its ``num_train_epochs`` (the step count
    that the checkpoint's run computed for them, as long as the number of epochs is the same)."""
    state = read_trainer_state(folder)
    step = state["global_step"]
    if max_steps > 0:
        if step < max_steps:
            return None
        end = f"max_steps={max_steps}" if step == max_steps else f"step {step}, past max_steps={max_steps}"
    else:
        if state.get("num_train_epochs") != num_train_epochs or step < state["max_steps"]:
            return None
        end = f"the end of its {num_train_epochs:g} epochs (step {step})"
    return (
        f"Nothing to train: the run resumed from {folder} is already at {end}. To train further, raise "
        "`max_steps` (or `num_train_epochs`) and resume again."
    )


# -------------------------------------------------------------------------------------------------- atomic saves
def staging_run_dir(run_dir: str, step: int) -> str:
    """The folder in which checkpoint ``step`` is written (as ``<it>/checkpoint-<step>``) before it is published."""
    return os.path.join(run_dir, f"{STAGING_PREFIX}{step}")


def publish_checkpoint(
    run_dir: str, step: int, *, save_total_limit: int | None = None, best_model_checkpoint: str | None = None
) -> str:
    """Move the staged checkpoint ``step`` into place as ``run_dir/checkpoint-<step>`` (one rename), then delete older
    checkpoints beyond ``save_total_limit`` and leftover staging folders. Called by the saving process once every
    process has written its part. Returns the checkpoint's folder."""
    staging = staging_run_dir(run_dir, step)
    final = os.path.join(run_dir, f"{PREFIX_CHECKPOINT_DIR}-{step}")
    if os.path.isdir(final):
        # A checkpoint of this step saved before (an earlier attempt, or a save at the same step): set aside, so that
        # `final` is either the old one or the new one at every moment but the instant between the two renames.
        aside = os.path.join(run_dir, f"{DELETING_PREFIX}{step}")
        shutil.rmtree(aside, ignore_errors=True)
        os.rename(final, aside)
    os.rename(os.path.join(staging, f"{PREFIX_CHECKPOINT_DIR}-{step}"), final)
    _fsync_dir(run_dir)
    # The new checkpoint is in place and complete: only now may older ones go.
    rotate_checkpoints(run_dir, save_total_limit=save_total_limit, best_model_checkpoint=best_model_checkpoint)
    for name in os.listdir(run_dir):
        if name.startswith((STAGING_PREFIX, DELETING_PREFIX)):
            shutil.rmtree(os.path.join(run_dir, name), ignore_errors=True)
    return final


def clear_staging(run_dir: str, step: int) -> None:
    """Remove what a killed save of checkpoint ``step`` left in its staging folder, before it is written again."""
    shutil.rmtree(staging_run_dir(run_dir, step), ignore_errors=True)


def _fsync_dir(path: str) -> None:
    """Make a rename in ``path`` durable (a machine that loses power keeps either the old or the new name)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse fsync on a folder; the rename itself is still atomic
    finally:
        os.close(fd)
