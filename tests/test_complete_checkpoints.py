"""Which checkpoints a resume may read, atomic publication and finished runs (`sdar_trl.checkpoints`), on checkpoint
files written as the trainer writes them."""

import json
import logging
import os

import pytest
from checkpoint_files import truncate, write_checkpoint

from sdar_trl.checkpoints import (
    finished_message,
    latest_complete_checkpoint,
    missing_parts,
    publish_checkpoint,
    resolve_checkpoint,
    staging_run_dir,
)


def test_a_checkpoint_as_written_is_complete(tmp_path):
    assert missing_parts(str(write_checkpoint(tmp_path / "checkpoint-1"))) == []
    assert missing_parts(str(write_checkpoint(tmp_path / "checkpoint-2", step=2, deepspeed=True))) == []


def test_what_a_kill_during_the_save_leaves_is_named(tmp_path):
    # The cases: a truncated model.safetensors; weights, optimizer, scheduler and RNG but no trainer state.
    cut = write_checkpoint(tmp_path / "checkpoint-4")
    truncate(cut / "model.safetensors")
    assert missing_parts(str(cut)) == ["model.safetensors (truncated)"]
    no_state = write_checkpoint(tmp_path / "checkpoint-278")
    (no_state / "trainer_state.json").unlink()
    assert missing_parts(str(no_state)) == ["trainer_state.json (missing)"]
    # A torch file cut before its zip directory, a JSON file cut mid-way, an empty file.
    torn = write_checkpoint(tmp_path / "checkpoint-5")
    truncate(torn / "optimizer.pt")
    truncate(torn / "trainer_state.json")
    (torn / "rng_state.pth").write_bytes(b"")
    problems = missing_parts(str(torn))
    assert problems[0].startswith("trainer_state.json (unreadable")
    assert problems[1:] == ["optimizer.pt (truncated)", "rng_state.pth (empty)"]


def test_what_a_resume_reads_beyond_the_weights(tmp_path):
    folder = write_checkpoint(tmp_path / "checkpoint-1")
    for name in ("optimizer.pt", "scheduler.pt", "rng_state.pth"):
        os.remove(folder / name)
    assert missing_parts(str(folder)) == [
        "optimizer.pt (missing)",
        "scheduler.pt (missing)",
        "rng_state.pth (missing)",
    ]
    assert missing_parts(str(folder), save_only_model=True) == []  # a weights-only checkpoint needs no more
    os.remove(folder / "model.safetensors")
    assert missing_parts(str(folder), save_only_model=True) == [
        "model weights (missing: no model.safetensors, adapter or shards)"
    ]
    # The trainer's own state (the skill bandit's statistics, the EMA teacher) when the run keeps one.
    full = write_checkpoint(tmp_path / "checkpoint-2")
    assert missing_parts(str(full), extra_files=["skill_retriever_state.json"]) == [
        "skill_retriever_state.json (missing)"
    ]


def test_deepspeed_shards_and_sharded_weights(tmp_path):
    ds = write_checkpoint(tmp_path / "checkpoint-3", step=3, deepspeed=True)
    truncate(ds / "global_step3" / "zero_pp_rank_0_mp_rank_00_optim_states.pt")
    assert missing_parts(str(ds)) == ["global_step3/zero_pp_rank_0_mp_rank_00_optim_states.pt (truncated)"]
    empty = write_checkpoint(tmp_path / "checkpoint-4", step=4, deepspeed=True)
    for shard in (empty / "global_step4").iterdir():
        shard.unlink()
    assert missing_parts(str(empty)) == ["global_step4 (missing: DeepSpeed shards)"]
    sharded = write_checkpoint(tmp_path / "checkpoint-5", step=5)
    os.rename(sharded / "model.safetensors", sharded / "model-00001-of-00002.safetensors")
    index = {"weight_map": {"w": "model-00001-of-00002.safetensors", "b": "model-00002-of-00002.safetensors"}}
    (sharded / "model.safetensors.index.json").write_text(json.dumps(index))
    assert missing_parts(str(sharded)) == ["model-00002-of-00002.safetensors (missing)"]


def test_latest_skips_incomplete_checkpoints_and_names_them(tmp_path, caplog):
    write_checkpoint(tmp_path / "checkpoint-3", step=3)
    cut = write_checkpoint(tmp_path / "checkpoint-4", step=4)
    truncate(cut / "model.safetensors")
    (cut / "trainer_state.json").unlink()
    (tmp_path / staging_run_dir("", 5)).mkdir()  # a staging folder is never a candidate
    with caplog.at_level(logging.WARNING, logger="sdar_trl.checkpoints"):
        for value in (True, "true", "latest"):
            assert resolve_checkpoint(value, str(tmp_path)) == str(tmp_path / "checkpoint-3")
    assert (
        "Skipping incomplete checkpoint(s) of "
        f"{tmp_path} (checkpoint-4: trainer_state.json (missing), "
        "model.safetensors (truncated)); resuming from checkpoint-3." in caplog.messages
    )
    assert latest_complete_checkpoint(str(tmp_path))[1] == {
        str(cut): ["trainer_state.json (missing)", "model.safetensors (truncated)"]
    }


def test_an_explicit_incomplete_checkpoint_is_an_error_naming_what_it_misses(tmp_path):
    cut = write_checkpoint(tmp_path / "checkpoint-4", step=4)
    (cut / "trainer_state.json").unlink()
    with pytest.raises(ValueError, match=r"is not a complete checkpoint: missing or unreadable trainer_state.json"):
        resolve_checkpoint(str(cut), str(tmp_path))
    with pytest.raises(ValueError, match=r"no checkpoint of `output_dir` .* is complete \(checkpoint-4: trainer_st"):
        resolve_checkpoint("latest", str(tmp_path))


def test_publish_renames_into_place_then_rotates(tmp_path):
    for step in (1, 2):
        write_checkpoint(tmp_path / f"checkpoint-{step}", step=step)
    staged = write_checkpoint(tmp_path / staging_run_dir("", 3) / "checkpoint-3", step=3)
    (tmp_path / staging_run_dir("", 2)).mkdir()  # left by a save killed earlier
    final = publish_checkpoint(str(tmp_path), 3, save_total_limit=2)
    assert final == str(tmp_path / "checkpoint-3") and not staged.exists()
    assert sorted(os.listdir(tmp_path)) == ["checkpoint-2", "checkpoint-3"]
    assert missing_parts(final) == []
    # The same step saved again replaces the old one whole.
    write_checkpoint(tmp_path / staging_run_dir("", 3) / "checkpoint-3", step=3, max_steps=99)
    publish_checkpoint(str(tmp_path), 3, save_total_limit=2)
    assert json.loads((tmp_path / "checkpoint-3" / "trainer_state.json").read_text())["max_steps"] == 99
    assert sorted(os.listdir(tmp_path)) == ["checkpoint-2", "checkpoint-3"]


def test_a_finished_run(tmp_path):
    at_end = write_checkpoint(tmp_path / "checkpoint-5", step=5, max_steps=5)
    message = finished_message(str(at_end), max_steps=5, num_train_epochs=3.0)
    assert message == (
        f"Nothing to train: the run resumed from {at_end} is already at max_steps=5. To train further, raise "
        "`max_steps` (or `num_train_epochs`) and resume again."
    )
    assert finished_message(str(at_end), max_steps=8, num_train_epochs=3.0) is None  # the budget was raised
    assert "already at step 5, past max_steps=4." in finished_message(str(at_end), max_steps=4, num_train_epochs=3.0)
    # Epoch-based: the step count the checkpoint's run computed for the same number of epochs.
    epochs = write_checkpoint(tmp_path / "checkpoint-12", step=12, max_steps=12, epochs=3.0)
    assert "the end of its 3 epochs (step 12)" in finished_message(str(epochs), max_steps=-1, num_train_epochs=3.0)
    assert finished_message(str(epochs), max_steps=-1, num_train_epochs=4.0) is None
