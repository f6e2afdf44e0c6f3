"""ALFWorld adapter on the bundled games (real TextWorld engine), and regeneration from the PDDL problems."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.envs.alfworld import (
    HOME_STRENGTH,
    HOMES,
    TASK_TYPES,
    ALFWorldEnv,
    bundled_games,
    expert_walkthrough,
    game_rows,
    homes_skill_library,
    is_alfworld_available,
    task_type_of,
)
from sdar_trl.skills import load_skill_library


pytestmark = pytest.mark.skipif(not is_alfworld_available(), reason="needs the `alfworld` extra (installed in CI)")

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_splits_cover_all_six_task_types():
    for split in ("train", "eval"):
        rows = game_rows(bundled_games(split))
        assert {r["task_type"] for r in rows} == set(TASK_TYPES)
    train = {Path(r["gamefile"]).parent.parent.name for r in game_rows(bundled_games("train"))}
    evals = {Path(r["gamefile"]).parent.parent.name for r in game_rows(bundled_games("eval"))}
    assert not train & evals


def test_a_folder_of_links_to_games_is_a_game_set(tmp_path):
    rows = game_rows(bundled_games("train"))[:2] + game_rows(bundled_games("eval"))[:1]
    for i, row in enumerate(rows):
        task = Path(row["gamefile"]).parent.parent
        (tmp_path / f"{task.name}-{i}").symlink_to(task, target_is_directory=True)
    linked = {Path(r["gamefile"]).resolve(): r["task_type"] for r in game_rows(tmp_path)}
    assert linked == {Path(r["gamefile"]).resolve(): r["task_type"] for r in rows}


@pytest.mark.parametrize(
    "row",
    game_rows(bundled_games("train")) + game_rows(bundled_games("eval")),
    ids=lambda r: Path(r["gamefile"]).parent.parent.name,
)
def test_expert_walkthrough_wins_with_reward_10(row):
    env = ALFWorldEnv()
    first = env.reset(row)
    assert first.text.startswith("You are in the middle of a room.") and "Welcome" not in first.text
    assert first.task and first.task_type == row["task_type"] and "help" not in first.admissible_actions
    walkthrough = expert_walkthrough(row["gamefile"])
    for i, action in enumerate(walkthrough):
        assert action in env._admissible(env._env.state) or action.startswith("move "), action
        result = env.step(action)
        assert result.done == (i == len(walkthrough) - 1)
    assert (result.won, result.reward) == (True, 10.0)
    env.close()


def test_placing_without_heating_does_not_win():
    row = next(r for r in game_rows(bundled_games("train")) if r["task_type"] == "pick_heat_then_place_in_recep")
    plan = [a for a in expert_walkthrough(row["gamefile"]) if not a.startswith(("heat", "go to microwave"))]
    env = ALFWorldEnv()
    env.reset(row)
    results = [env.step(a) for a in plan]
    assert not any(r.won for r in results) and all(r.reward == 0 for r in results)
    assert env.step("fly to the moon").observation.text == "Nothing happens."


def test_invalid_output_is_penalised_in_the_engine():
    rows = game_rows(bundled_games("eval"))[:1]
    engine = RolloutEngine(_tokenizer(), ACTION_FORMAT, RolloutConfig(layout="step", max_turns=2))
    episodes, _ = engine.run(rows, ALFWorldEnv, lambda prompts: [[1, 2, 3]] * len(prompts))
    assert episodes[0].invalid_steps == 2 and not episodes[0].won
    assert episodes[0].turns[0].observation.text == "Nothing happens."


def _tokenizer():
    from sdar_trl_examples.tiny_model import build_tiny_tokenizer

    return build_tiny_tokenizer()


def test_task_type_from_paths():
    assert (
        task_type_of("x/pick_two_obj_and_place-Pencil-None-Desk-15/trial_1/game.tw-pddl") == "pick_two_obj_and_place"
    )
    assert (
        task_type_of("json_2.1.1/valid_seen/pick_and_place_simple-Cup-None-Shelf-5/t/game.tw-pddl")
        == "pick_and_place_simple"
    )
    assert task_type_of("nowhere/game.tw-pddl") is None


@pytest.mark.slow
def test_regeneration_from_the_pddl_problems_reproduces_the_games(tmp_path):
    problems = ROOT / "src" / "sdar_trl" / "data" / "alfworld" / "problems"
    subset = tmp_path / "problems"
    picked = sorted((problems / "eval").iterdir())[:3]
    for folder in picked:
        target = subset / "eval" / folder.name
        target.mkdir(parents=True)
        for trial in folder.iterdir():
            (target / trial.name).mkdir()
            for f in trial.iterdir():
                (target / trial.name / f.name).write_bytes(f.read_bytes())
    games = tmp_path / "games"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "alfworld" / "generate_games.py"),
            "--problems",
            str(subset),
            "--games",
            str(games),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    rows = game_rows(games)
    assert len(rows) == 3
    for row in rows:
        regenerated = json.loads(Path(row["gamefile"]).read_text())
        bundled = json.loads((bundled_games("eval") / Path(row["gamefile"]).relative_to(games / "eval")).read_text())
        assert regenerated["solvable"] and regenerated["walkthrough"] == bundled["walkthrough"]
        assert regenerated["grammar"] == bundled["grammar"]  # same task sentence: the generation is seeded
        env = ALFWorldEnv()
        env.reset(row)
        assert [env.step(a) for a in regenerated["walkthrough"]][-1].won


def _placements(split: str) -> list[tuple[str, str]]:
    """(object class, receptacle class) of every task object in the PDDL problems of ``split``."""
    placements = []
    for traj in sorted(
        (ROOT / "src" / "sdar_trl" / "data" / "alfworld" / "problems" / split).glob("*/*/traj_data.json")
    ):
        target = json.loads(traj.read_text())["pddl_params"]["object_target"]
        facts = (traj.parent / "initial_state.pddl").read_text().split("(:goal", 1)[0]
        types = dict(re.findall(r"\((?:objectType|receptacleType) (\S+) (\S+)Type\)", facts))
        for obj, recep in re.findall(r"\(inReceptacle (\S+) (\S+)\)", facts):
            if types[obj] == target:
                placements.append((target, types[recep]))
    return placements


def test_bundled_games_follow_the_placement_priors():
    for split, minimum in (("train", 66), ("eval", 24)):
        placements = _placements(split)
        assert len(placements) >= minimum
        at_home = sum(recep.lower() == HOMES[obj.lower()] for obj, recep in placements) / len(placements)
        # each object is drawn at home with probability 0.8 (binomial spread over ~80 or ~30 objects)
        assert abs(at_home - HOME_STRENGTH) < 0.15, (split, at_home)


def test_make_problems_writes_the_bundled_problems(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "alfworld" / "make_problems.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    bundled = ROOT / "src" / "sdar_trl" / "data" / "alfworld" / "problems"
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(bundled) for p in bundled.rglob("*") if p.is_file())
    assert all((tmp_path / p).read_bytes() == (bundled / p).read_bytes() for p in written)


def test_homes_library_states_the_priors_of_the_games():
    bundled = load_skill_library("bundled:alfworld_homes")
    expected = homes_skill_library(HOMES)
    assert bundled.general == expected.general and dict(bundled.skills) == dict(expected.skills)
    assert dict(bundled.task_keywords) == dict(expected.task_keywords) and bundled.routing == "keyword"


@pytest.mark.slow
def test_show_episodes_prints_each_game_with_where_its_objects_really_are(tiny_model_dir):
    script = ROOT / "scripts" / "alfworld" / "show_episodes.py"
    command = [sys.executable, str(script), tiny_model_dir, "--games", "2", "--max_turns", "2", "--view", "teacher"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    games = [line for line in out.splitlines() if "| really at {" in line]
    assert len(games) == 2 and all(line.endswith("| won False") for line in games)
    # Two turns a game, each printed as the action and the start of the engine's answer.
    assert sum(" -> " in line for line in out.splitlines()) == 4
