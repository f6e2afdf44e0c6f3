"""Retrieval strategies: task-type and keyword routing, the general skills alone, reproducible random, and UCB by
hand."""

import math
from pathlib import Path

import pytest

import sdar_trl
from sdar_trl import SDARConfig
from sdar_trl.skills import SkillLibrary, Task, build_retriever, load_skill_library
from sdar_trl.skills.context_source import PrivilegedContextSource
from sdar_trl.skills.retrieval import UCBRetriever


FIXTURE = Path(__file__).resolve().parents[3] / "shared" / "peers" / "sdar-skills"
needs_fixture = pytest.mark.skipif(
    not FIXTURE.is_dir(),
    reason="the SDAR format fixture lives in ../shared, outside the repository; absent on this checkout",
)


@needs_fixture
def test_alfworld_task_type_routing_from_game_paths():
    retriever = build_retriever("task_type", load_skill_library(FIXTURE / "alfworld"))
    cases = {
        "pick_heat_then_place_in_recep-Egg-None-CounterTop-10/trial_T2019": ("heat",),
        "pick_cool_then_place_in_recep-Apple-None-Fridge-1": ("cool",),
        "pick_clean_then_place_in_recep-Mug-None-CoffeeMachine-2": ("clean",),
        "look_at_obj_in_light-Book-None-DeskLamp-3": ("look_at_obj_in_light",),
        "pick_two_obj_and_place-Pencil-None-Drawer-4": ("pick_and_place",),
        "pick_and_place_simple-Cup-None-Shelf-5": ("pick_and_place",),
    }
    for path, skills in cases.items():
        assert retriever.retrieve(Task("", task_type=path)).skills == skills, path
    unmatched = retriever.retrieve(Task("", task_type="unknown_family"))
    assert unmatched.skills == () and not unmatched.matched


@needs_fixture
def test_keyword_matching_follows_the_official_semantics():
    library = load_skill_library(FIXTURE / "alfworld")
    retriever = build_retriever("keyword", library)
    heat = retriever.retrieve(Task("Your task is to: heat some egg and put it in countertop."))
    # "heat" and "put" both match: general skills once, then every matched skill in mapping order.
    assert heat.skills == ("heat", "pick_and_place")
    assert heat.text == "\n\n".join([library.general, library.skills["heat"], library.skills["pick_and_place"]])
    assert heat.text.count("### GENERAL SKILLS ###") == 1
    two = retriever.retrieve(Task("Find two pencil and PUT TWO of them in drawer"))
    assert two.skills == ("pick_and_place",)  # both put-two and put map to the same skill: once
    light = retriever.retrieve(Task("look at the book under the desklamp"))
    assert light.skills == ("look_at_obj_in_light",)
    none = retriever.retrieve(Task("examine the room"))
    assert none.skills == () and none.text == library.general and not none.matched


@needs_fixture
def test_search_routes_by_data_source():
    retriever = build_retriever("task_type", load_skill_library(FIXTURE / "search"))
    assert retriever.retrieve(Task("who?", task_type="multi_hop_reasoning")).skills == ("multi_hop_reasoning",)


LIB = SkillLibrary(
    general="G",
    skills={"a": "A", "b": "B", "c": "C"},
    task_to_skill={"ta": "a", "tb": "b"},
    task_keywords={"ta": ("alpha",), "tb": ("beta",)},
)


def test_full_and_random():
    assert build_retriever("full", LIB).retrieve(Task("x")).text == "G\n\nA\n\nB\n\nC"
    first = [build_retriever("random", LIB, seed=3, random_k=2).retrieve(Task("x")).skills for _ in range(2)]
    assert first[0] == first[1] and len(first[0]) == 2  # same seed, same draws
    retriever = build_retriever("random", LIB, seed=3)
    draws = [retriever.retrieve(Task("x")).skills for _ in range(20)]
    assert len(set(draws)) > 1
    resumed = build_retriever("random", LIB, seed=3)
    resumed.load_state_dict({"draws": 10})
    assert [resumed.retrieve(Task("x")).skills for _ in range(10)] == draws[10:]


def test_general_gives_the_general_skills_alone():
    # The paper-era official teacher on ALFWorld and WebShop: no game file, `data_source` "text", no fallback.
    bundled = Path(sdar_trl.__file__).resolve().parent / "data" / "skills"
    tasks = {
        "alfworld": Task(
            "Your task is to: put a clean mug in coffeemachine.",
            task_type="pick_clean_then_place_in_recep-Mug-None-CoffeeMachine-6/trial_1",
        ),
        "webshop": Task("i need running shoes for men, size 10", task_type="fashion"),
    }
    for env, task in tasks.items():
        library = load_skill_library(bundled / env)
        assert build_retriever("official", library).retrieve(task).skills  # official routing finds a task skill
        general = build_retriever("general", library).retrieve(task)
        assert general.text == library.general and general.skills == () and not general.matched
    assert build_retriever("general", LIB).retrieve(Task("alpha beta", task_type="ta")).text == "G"


def test_general_from_the_config(tmp_path):
    bundled = Path(sdar_trl.__file__).resolve().parent / "data" / "skills" / "webshop"
    args = SDARConfig(
        output_dir=str(tmp_path), use_cpu=True, report_to=[], skills_dir=str(bundled), skill_retrieval="general"
    )
    source = PrivilegedContextSource(args)
    texts = source.texts([{"prompt": "a blue hoodie and a pair of sandals"}, {"prompt": "a leather wallet"}])
    assert texts == [load_skill_library(bundled).general] * 2
    assert source.last_pulls == [(None, ()), (None, ())]


def test_ucb_selection_order_and_update_rule_by_hand():
    lib = SkillLibrary(general="G", skills={"A": "a", "B": "b"}, task_to_skill={}, task_keywords={})
    ucb = UCBRetriever(lib, exploration=1.0)
    task = Task("anything")
    assert ucb.retrieve(task).skills == ("A",)  # both unpulled: the first arm
    assert ucb.retrieve(task).skills == ("B",)  # A now has a pending pull: unpulled B wins
    ucb.update([(None, ("A",), 1.0), (None, ("B",), 0.0)])
    # N = 2: A = 1 + sqrt(ln 2 / 1) = 1.833, B = 0 + 0.833
    assert ucb.scores("*") == pytest.approx({"A": 1 + math.sqrt(math.log(2)), "B": math.sqrt(math.log(2))})
    assert ucb.retrieve(task).skills == ("A",)
    ucb.update([(None, ("A",), 0.0)])
    # N = 3: A = 0.5 + sqrt(ln 3 / 2) = 1.241, B = sqrt(ln 3) = 1.048
    assert ucb.retrieve(task).skills == ("A",)
    ucb.update([(None, ("A",), 0.0)])
    # N = 4: A = 1/3 + sqrt(ln 4 / 3) = 1.013, B = sqrt(ln 4) = 1.177
    assert ucb.retrieve(task).skills == ("B",)
    stats = ucb.state_dict()["stats"]["*"]
    assert stats == {"A": [3, 1.0], "B": [1, 0.0]}


def test_ucb_keeps_statistics_per_task_type_and_restores():
    ucb = UCBRetriever(LIB, exploration=0.5)
    ucb.update([("ta", ("b",), 10.0), ("tb", ("c",), 1.0)])
    assert ucb.stats["ta"]["b"].pulls == 1 and ucb.stats["tb"]["c"].pulls == 1 and ucb.stats["ta"]["c"].pulls == 0
    copy = UCBRetriever(LIB, exploration=0.5)
    copy.load_state_dict(ucb.state_dict())
    assert copy.state_dict() == ucb.state_dict()
    assert [copy.retrieve(Task("x", "ta")).skills for _ in range(3)] == [
        ucb.retrieve(Task("x", "ta")).skills for _ in range(3)
    ]


def test_unknown_strategy():
    with pytest.raises(ValueError, match="skill_retrieval"):
        build_retriever("bm25", LIB)
