"""Resolving `--resume_from_checkpoint` for the examples, and the warm-start marker that lets a resume skip it."""

import pytest

from sdar_trl.resume import finished_warm_start, mark_warm_start, resume_checkpoint


def make_checkpoint(folder):
    folder.mkdir(parents=True)
    (folder / "trainer_state.json").write_text("{}")
    return folder


def test_no_resume():
    assert resume_checkpoint(None, "anywhere") is None
    assert resume_checkpoint("false", "anywhere") is None


def test_latest_checkpoint_of_the_output_dir(tmp_path):
    for step in (2, 10):
        make_checkpoint(tmp_path / f"checkpoint-{step}")
    assert resume_checkpoint("true", str(tmp_path)) == str(tmp_path / "checkpoint-10")
    assert resume_checkpoint("latest", str(tmp_path)) == str(tmp_path / "checkpoint-10")


def test_explicit_checkpoint(tmp_path):
    folder = make_checkpoint(tmp_path / "checkpoint-3")
    assert resume_checkpoint(str(folder), str(tmp_path)) == str(folder)


@pytest.mark.parametrize("value", ["true", "latest"])
def test_latest_without_checkpoints_names_the_field(tmp_path, value):
    with pytest.raises(ValueError, match="resume_from_checkpoint=.*output_dir"):
        resume_checkpoint(value, str(tmp_path / "missing"))


def test_folder_that_is_not_a_checkpoint_names_the_field(tmp_path):
    with pytest.raises(ValueError, match="`resume_from_checkpoint`.*not a checkpoint folder"):
        resume_checkpoint(str(tmp_path), str(tmp_path))


def test_warm_start_marker(tmp_path):
    assert not finished_warm_start(str(tmp_path))
    mark_warm_start(str(tmp_path), epochs=2)
    assert finished_warm_start(str(tmp_path))
