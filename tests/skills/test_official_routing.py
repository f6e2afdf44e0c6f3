"""The default `official` retrieval routes each bundled library as the official SDAR code does for its environment."""

import json
from dataclasses import fields
from pathlib import Path
from typing import get_args, get_type_hints

import pytest

import sdar_trl
from sdar_trl import SDARConfig
from sdar_trl.skills import (
    RETRIEVALS,
    SkillLibrary,
    SkillLibraryError,
    Task,
    build_retriever,
    detect_routing,
    has_keyword,
    is_comparison,
    load_skill_library,
)
from sdar_trl.skills.context_source import PrivilegedContextSource
from sdar_trl.skills.retrieval import DATA_SOURCE_TASK_TYPES, RetrievalName


BUNDLED = Path(sdar_trl.__file__).resolve().parent / "data" / "skills"
FIXTURE = Path(__file__).resolve().parents[3] / "shared" / "peers" / "sdar-skills"
needs_fixture = pytest.mark.skipif(
    not FIXTURE.is_dir(),
    reason="the SDAR format fixture lives in ../shared, outside the repository; absent on this checkout",
)
CLEAN_MUG = Task(
    "Your task is to: put a clean mug in coffeemachine.",
    task_type="pick_clean_then_place_in_recep-Mug-None-CoffeeMachine-6/trial_1",
)


def official(env):
    return build_retriever("official", load_skill_library(BUNDLED / env))


def test_official_is_the_default_and_the_strategy_names_have_one_source():
    assert RETRIEVALS == get_args(RetrievalName) and RETRIEVALS[0] == "official"
    field = next(f for f in fields(SDARConfig) if f.name == "skill_retrieval")
    assert field.default == "official"
    assert get_args(get_type_hints(SDARConfig)["skill_retrieval"]) == RETRIEVALS


def test_default_config_routes_alfworld_by_game_path(tmp_path):
    args = SDARConfig(output_dir=str(tmp_path), use_cpu=True, report_to=[], skills_dir=str(BUNDLED / "alfworld"))
    source = PrivilegedContextSource(args)
    source.texts([{"prompt": CLEAN_MUG.text, "task_type": CLEAN_MUG.task_type}])
    assert source.last_pulls == [(CLEAN_MUG.task_type, ("clean",))]


def test_alfworld_routes_by_game_path_not_keywords():
    retriever = official("alfworld")
    assert retriever.retrieve(CLEAN_MUG).skills == ("clean",)  # keywords would add pick_and_place ("put")
    assert build_retriever("keyword", retriever.library).retrieve(CLEAN_MUG).skills == ("clean", "pick_and_place")
    for path, skill in {
        "pick_heat_then_place_in_recep-Egg-None-CounterTop-10/trial_T2019": "heat",
        "pick_cool_then_place_in_recep-Apple-None-Fridge-1/trial_2": "cool",
        "look_at_obj_in_light-Book-None-DeskLamp-3/trial_1": "look_at_obj_in_light",
        "pick_two_obj_and_place-Pencil-None-Drawer-4/trial_1": "pick_and_place",
        "pick_and_place_simple-Cup-None-Shelf-5/trial_1": "pick_and_place",
        "pick_cool_then_place_in_recep": "cool",  # a task family (our ALFWorld rows) is a game path too
    }.items():
        assert retriever.retrieve(Task("put a hot egg in fridge", task_type=path)).skills == (skill,), path
    # No game path: the keyword rule, as the official code does for rows without a game file.
    assert retriever.retrieve(Task("heat some egg and put it in countertop.")).skills == ("heat", "pick_and_place")


def test_game_path_takes_the_first_task_type_in_mapping_order():
    library = SkillLibrary(
        general="G",
        skills={"a": "A", "b": "B"},
        routing="game_path",
        task_to_skill={"pick_and_place": "a", "pick_and_place_simple": "b"},
        task_keywords={},
    )
    task = Task("", task_type="pick_and_place_simple-Cup-None-Shelf-5")
    assert build_retriever("official", library).retrieve(task).skills == ("a",)
    assert build_retriever("task_type", library).retrieve(task).skills == ("b",)  # ours: the longest


def test_keywords_match_whole_words():
    library = load_skill_library(BUNDLED / "alfworld")
    keyword = build_retriever("keyword", library)
    assert keyword.retrieve(Task("put a shotglass in cabinet.")).skills == ("pick_and_place",)
    assert keyword.retrieve(Task("put a hot potato in fridge.")).skills == ("heat", "pick_and_place")
    assert keyword.retrieve(Task("look at bowl under the desklamp.")).skills == ("look_at_obj_in_light",)
    assert not has_keyword("shotglass", "hot") and not has_keyword("that", "hat") and not has_keyword("output", "put")
    assert has_keyword("Running SHOES", "shoe") and has_keyword("two watches", "watch") and has_keyword("hot", "hot")
    assert has_keyword("a Power  Bank", "power bank") and not has_keyword("powerbanks", "power bank")


def test_search_routes_every_data_source_as_the_official_code():
    retriever = official("search")
    question = "Who was the director of the film Alpha?"  # "or" only inside "director": no comparison
    for source, skill in {
        "popqa": "entity_attribute_lookup",
        "nq": "direct_retrieval",
        "triviaqa": "direct_retrieval",
        "hotpotqa": "multi_hop_reasoning",
        "2wikimultihopqa": "multi_hop_reasoning",
        "musique": "multi_hop_reasoning",
        "bamboogle": "multi_hop_reasoning",
    }.items():
        assert retriever.retrieve(Task(question, task_type=source)).skills == (skill,), source
    assert retriever.retrieve(Task(question, task_type="some_other_set")).skills == ()


def test_search_comparison_rule():
    retriever = official("search")
    compare = "Which film came out first, Alpha or Beta?"
    for source in ("2wikimultihopqa", "musique", "bamboogle", "some_other_set"):
        assert retriever.retrieve(Task(compare, task_type=source)).skills == ("compare",), source
    for source in ("popqa", "nq", "triviaqa", "hotpotqa"):  # routed by source before the rule
        assert retriever.retrieve(Task(compare, task_type=source)).skills != ("compare",), source
    blocked = "Which prize did Alpha win for Beta, the Gold or the Silver?"  # "for" vetoes it
    assert retriever.retrieve(Task(blocked, task_type="2wikimultihopqa")).skills == ("multi_hop_reasoning",)
    assert is_comparison("WHICH is older, A OR B?")
    assert not is_comparison("Which director was born in Oslo?")  # "or" only inside words
    assert not is_comparison("Which one is taller, A or B, for real?")


def test_search_rows_labelled_by_family_and_text_source():
    retriever = official("search")
    # Our bundled data labels rows with the library's task types: they route to themselves.
    for family in ("direct_retrieval", "entity_attribute_lookup", "multi_hop_reasoning", "compare"):
        assert retriever.retrieve(Task("Who wrote Alpha?", task_type=family)).skills == (family,)
    # The `text` source (official ALFWorld/WebShop parquets) falls back to the keyword rule.
    assert retriever.retrieve(Task("What year was Alpha founded?", task_type="text")).skills == (
        "entity_attribute_lookup",
    )


def test_bundled_search_mapping_agrees_with_the_official_data_source_table():
    library = load_skill_library(BUNDLED / "search")
    for source, task_type in DATA_SOURCE_TASK_TYPES.items():
        assert library.task_to_skill[source] == library.task_to_skill[task_type], source


def test_webshop_routes_by_keywords_on_word_boundaries():
    retriever = official("webshop")
    assert retriever.retrieve(Task("i need running shoes for men, size 10", task_type="fashion")).skills == (
        "footwear",
    )
    assert retriever.retrieve(Task("i want a drug store shampoo under 20 dollars")).skills == ("beauty_health",)
    assert retriever.retrieve(Task("a usb charger that also works as a power bank")).skills == ("electronics",)
    assert retriever.retrieve(Task("a leather wallet and a belt")).skills == ("accessories",)
    assert retriever.retrieve(Task("a blue hoodie and a pair of sandals")).skills == ("apparel", "footwear")
    assert retriever.retrieve(Task("organic green tea")).skills == ()


def test_bundled_libraries_declare_their_routing():
    assert [load_skill_library(BUNDLED / env).routing for env in ("alfworld", "search", "webshop")] == [
        "game_path",
        "data_source",
        "keyword",
    ]


@needs_fixture
def test_routing_is_inferred_for_the_official_files():
    routings = [detect_routing(load_skill_library(FIXTURE / env)) for env in ("alfworld", "search", "webshop")]
    assert routings == ["game_path", "data_source", "keyword"]
    retriever = build_retriever("official", load_skill_library(FIXTURE / "alfworld"))
    assert retriever.retrieve(CLEAN_MUG).skills == ("clean",)


def test_unknown_routing_is_an_error(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "general.md").write_text("General.")
    (folder / "skill_mapping.json").write_text(
        json.dumps({"skill_files": {"general_skills": "general.md"}, "routing": "bm25"})
    )
    with pytest.raises(SkillLibraryError, match=r"`routing` is 'bm25'"):
        load_skill_library(folder)
