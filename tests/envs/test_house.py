"""The house environment: priors hold, the informed expert wins, resets are deterministic, actions are ALFWorld's,
and a wrong-skill library states exactly the asked share wrong."""

import json
import random

import pytest

from sdar_trl.envs import HouseEnv, ReportsMetrics, TextEnv
from sdar_trl.envs.house import (
    HOME_TYPES,
    OBJECT_TYPES,
    PRIORS,
    HouseExpert,
    make_house,
    search_order,
    stated_priors,
    write_house_skills,
)
from sdar_trl.skills import Task, build_retriever, load_skill_library


def play(seed: int, informed: bool, max_turns: int = 4) -> tuple[bool, HouseEnv]:
    env = HouseEnv()
    env.reset({"seed": seed})
    house = env.house
    expert = HouseExpert(search_order(house, random.Random(seed), house.home if informed else None))
    for _ in range(max_turns):
        result = env.step(expert.act(env))
        if result.done:
            return result.won, env
    return False, env


def test_priors_hold_statistically():
    houses = [make_house({"seed": s}) for s in range(2000)]
    at_home = sum(h.at_home for h in houses) / len(houses)
    assert abs(at_home - 0.8) < 0.03  # 3 standard errors is 0.027
    assert all(h.location_of_object == h.home for h in houses if h.at_home)
    assert all(h.location_of_object not in (h.home, h.target) for h in houses if not h.at_home)
    assert all(h.home == f"{PRIORS[h.object_type]} 1" for h in houses)
    # every object type is drawn, layouts vary, targets are never homes
    assert {h.object_type for h in houses} == set(OBJECT_TYPES)
    assert len({h.receptacles for h in houses}) > 1900
    assert all(h.target.split()[0] not in HOME_TYPES for h in houses)
    # the house is large enough that a blind first guess is rarely right
    assert sum(len(h.receptacles) for h in houses) / len(houses) > 9.5


def test_expert_with_true_skills_wins_and_blind_search_rarely_does():
    informed = sum(play(s, True)[0] for s in range(1000)) / 1000
    blind = sum(play(s, False)[0] for s in range(1000)) / 1000
    assert informed > 0.75 and blind < 0.16
    # whenever the object is at home, the informed expert wins in the shortest 4 turns
    for seed in range(100):
        won, env = play(seed, True, max_turns=4)
        assert won == env.house.at_home
        if env.house.at_home:
            assert (
                env.episode_metrics()["first_visit_home"] == 1.0 and env.episode_metrics()["receptacles_searched"] == 1
            )


def test_reset_is_deterministic_in_the_row():
    a, b = HouseEnv(), HouseEnv()
    for seed in (0, 7, 123):
        first_a, first_b = a.reset({"seed": seed}), b.reset({"seed": seed})
        assert first_a == first_b and a.house == b.house
    assert make_house({"seed": 1}) != make_house({"seed": 2})
    # a row may fix the object and replace the priors (the warm start's random worlds)
    house = make_house({"seed": 5, "object_type": "pen", "priors": {**PRIORS, "pen": "toaster"}})
    assert house.object_type == "pen" and house.home == "toaster 1"


def test_admissible_actions_and_a_full_episode():
    env = HouseEnv()
    assert isinstance(env, TextEnv) and isinstance(env, ReportsMetrics)
    seed = next(s for s in range(100) if make_house({"seed": s}).at_home)
    first = env.reset({"seed": seed})
    house = env.house
    assert first.task == house.task == f"put a {house.object_type} in/on {house.target}"
    assert first.task_type == house.object_type
    assert first.admissible_actions == tuple(f"go to {r}" for r in house.receptacles)
    assert env.step(f"take {house.object_name} from {house.home}").observation.text == "Nothing happens."
    arrive = env.step(f"go to {house.home}")
    assert arrive.observation.text.startswith(f"You arrive at {house.home}. On the {house.home}, you see a ")
    assert f"take {house.object_name} from {house.home}" in arrive.observation.admissible_actions
    assert f"go to {house.home}" not in arrive.observation.admissible_actions
    take = env.step(f"take {house.object_name} from {house.home}")
    assert take.observation.text == f"You pick up the {house.object_name} from the {house.home}."
    assert not any(a.startswith("take ") for a in take.observation.admissible_actions)
    assert f"put {house.object_name} in/on {house.home}" in take.observation.admissible_actions
    env.step(f"go to {house.target}")
    done = env.step(f"put {house.object_name} in/on {house.target}")
    assert (done.reward, done.done, done.won) == (10.0, True, True)
    assert env.episode_metrics() == {
        "first_visit_home": 1.0,
        "receptacles_searched": 1.0,
        "found": 1.0,
        "object_at_home": 1.0,
        "no_op_actions": 1.0,
    }


def test_putting_elsewhere_does_not_win():
    env = HouseEnv()
    seed = next(s for s in range(100) if make_house({"seed": s}).at_home)
    env.reset({"seed": seed})
    house = env.house
    env.step(f"go to {house.home}")
    env.step(f"take {house.object_name} from {house.home}")
    result = env.step(f"put {house.object_name} in/on {house.home}")
    assert not result.done and result.reward == 0.0
    assert f"take {house.object_name} from {house.home}" in result.observation.admissible_actions


@pytest.mark.parametrize("share", [0.0, 0.25, 0.5, 1.0])
def test_wrong_share_flips_the_stated_share(tmp_path, share):
    folder = write_house_skills(tmp_path / "skills", wrong_share=share, seed=3)
    info = json.loads((folder / "house_priors.json").read_text())
    wrong = [obj for obj in PRIORS if info["stated"][obj] != PRIORS[obj]]
    assert sorted(wrong) == info["wrong"] and len(wrong) == round(share * len(PRIORS))
    assert all(info["stated"][obj] in HOME_TYPES for obj in PRIORS)
    # the library loads in the official layout, and each task gets the general skills plus its own entry only
    library = load_skill_library(folder)
    for strategy in ("task_type", "official", "keyword"):
        retriever = build_retriever(strategy, library)
        text = retriever.retrieve(Task("put a mug in/on cabinet 1", "mug")).text
        assert text.startswith("### GENERAL SKILLS ###")
        assert f"The mug is usually in the {info['stated']['mug']}." in text and "### APPLE ###" not in text
    # the same seed draws the same wrong skills
    assert stated_priors(PRIORS, share, seed=3) == (info["stated"], info["wrong"])
