"""Bundled data is found through the installed package, and `bundled:<name>` names a bundled skill library (the
bundled warm starts are checked with their examples, in test_examples_and_recipes.py)."""

from pathlib import Path

import pytest

import sdar_trl
from sdar_trl import SDARConfig
from sdar_trl.bundled import bundled_path
from sdar_trl.skills import SkillLibraryError, bundled_skill_names, load_skill_library, resolve_skills_dir


@pytest.mark.parametrize(
    "parts, expected",
    [
        (("alfworld", "games", "train"), None),
        (("alfworld", "games", "eval"), None),
        (("alfworld", "problems"), None),
        (("webshop",), "products.jsonl"),
        (("webshop",), "goals_train.jsonl"),
        (("webshop",), "goals_eval.jsonl"),
        (("search_qa",), "corpus.jsonl"),
        (("search_qa",), "train.jsonl"),
        (("search_qa",), "eval.jsonl"),
        (("skills", "alfworld"), "skill_mapping.json"),
        (("skills", "search"), "skill_mapping.json"),
        (("skills", "webshop"), "skill_mapping.json"),
    ],
)
def test_bundled_path_finds_each_bundled_data_folder(parts, expected):
    folder = bundled_path(*parts)
    assert folder == Path(sdar_trl.__file__).parent.joinpath("data", *parts)
    assert folder.is_dir() and any(folder.iterdir())
    if expected:
        assert (folder / expected).is_file()


def test_the_environments_read_their_data_through_bundled_path():
    from sdar_trl.envs import alfworld, webshop

    assert alfworld.DATA_DIR == bundled_path("alfworld") and webshop.DATA_DIR == bundled_path("webshop")


@pytest.mark.parametrize("name", ["alfworld", "alfworld_homes", "search", "webshop"])
def test_a_bundled_name_loads_the_library_of_that_name(name):
    assert name in bundled_skill_names()
    library = load_skill_library(f"bundled:{name}")
    assert library == load_skill_library(bundled_path("skills", name))
    assert library.skills and library.general


def test_paths_pass_through_and_unknown_bundled_names_list_the_known_ones(tmp_path):
    assert resolve_skills_dir(tmp_path) == tmp_path and resolve_skills_dir(str(tmp_path)) == tmp_path
    known = "bundled:alfworld, bundled:alfworld_homes, bundled:search, bundled:webshop"
    with pytest.raises(SkillLibraryError, match=known):
        load_skill_library("bundled:nope")


def test_config_accepts_a_bundled_name_and_refuses_an_unknown_one(tmp_path):
    args = SDARConfig(output_dir=str(tmp_path), use_cpu=True, report_to=[], skills_dir="bundled:webshop")
    assert args.skills_dir == "bundled:webshop"
    with pytest.raises(ValueError, match="no bundled skill library"):
        SDARConfig(output_dir=str(tmp_path), use_cpu=True, report_to=[], skills_dir="bundled:nope")
