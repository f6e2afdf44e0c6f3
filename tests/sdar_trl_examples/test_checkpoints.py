"""Resolving `--resume_from_checkpoint` for the examples, and the warm-start marker that lets a resume skip it."""

import pytest
from checkpoint_files import write_checkpoint

from sdar_trl_examples.checkpoints import clear_warm_start, finished_warm_start, mark_warm_start, resume_checkpoint


def make_checkpoint(folder):
    return write_checkpoint(folder, step=int(folder.name.split("-")[-1]))


def test_no_resume():
    assert resume_checkpoint(None, "anywhere") is None
    assert resume_checkpoint("false", "anywhere") is None


def test_latest_checkpoint_of_the_output_dir(tmp_path):
    for step in (2, 10):
        make_checkpoint(tmp_path / f"checkpoint-{step}")
    assert resume_checkpoint("true", str(tmp_path)) == str(tmp_path / "checkpoint-10")
    assert resume_checkpoint("latest", str(tmp_path)) == str(tmp_path / "checkpoint-10")
    # A YAML recipe's `resume_from_checkpoint: true` arrives as a bool.
    assert resume_checkpoint(True, str(tmp_path)) == str(tmp_path / "checkpoint-10")
    assert resume_checkpoint(False, str(tmp_path)) is None


def test_explicit_checkpoint(tmp_path):
    folder = make_checkpoint(tmp_path / "checkpoint-3")
    assert resume_checkpoint(str(folder), str(tmp_path)) == str(folder)


@pytest.mark.parametrize("value", ["true", "latest"])
def test_latest_without_checkpoints_names_the_field(tmp_path, value):
    with pytest.raises(ValueError, match="resume_from_checkpoint=.*output_dir"):
        resume_checkpoint(value, str(tmp_path / "missing"))


def test_folder_that_is_not_a_checkpoint_names_the_field(tmp_path):
    with pytest.raises(ValueError, match="`resume_from_checkpoint`.*not a complete checkpoint.*trainer_state.json"):
        resume_checkpoint(str(tmp_path), str(tmp_path))


def test_warm_start_marker(tmp_path):
    assert not finished_warm_start(str(tmp_path))
    mark_warm_start(str(tmp_path), epochs=2)
    assert finished_warm_start(str(tmp_path))
    clear_warm_start(str(tmp_path))  # a rebuild starts by forgetting it, so a crash half-way is not "finished"
    assert not finished_warm_start(str(tmp_path))


def test_yaml_recipe_value_through_trl_parser(tmp_path):
    from trl import TrlParser

    from sdar_trl import SDARConfig

    make_checkpoint(tmp_path / "checkpoint-4")
    recipe = tmp_path / "recipe.yaml"
    recipe.write_text(f"output_dir: {tmp_path}\nresume_from_checkpoint: true\nuse_cpu: true\nbf16: false\n")
    (args,) = TrlParser((SDARConfig,)).parse_args_and_config(["--config", str(recipe)])
    assert resume_checkpoint(args.resume_from_checkpoint, args.output_dir) == str(tmp_path / "checkpoint-4")
