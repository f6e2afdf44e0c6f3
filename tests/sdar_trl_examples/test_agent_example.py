"""The agent examples' shared tail on the toy environment: evaluate, train, evaluate again, report."""

import json

from sdar_trl.agent import ACTION_FORMAT
from sdar_trl.envs import KeyDoorEnv
from sdar_trl_examples import AgentExampleArguments, train_and_evaluate


def test_the_tail_evaluates_trains_evaluates_again_and_reports(tiny_model_dir, tiny_config, tmp_path, capsys):
    training_args = tiny_config(tmp_path, max_turns=2)
    rows = [{"key_room": k, "privileged_context": f"The key is in room {k}."} for k in (1, 2)]
    summary = train_and_evaluate(
        tiny_model_dir,
        AgentExampleArguments(eval_samples=2),
        training_args,
        None,
        agent_format=ACTION_FORMAT,
        make_env=KeyDoorEnv,
        train_rows=rows,
        splits={"train": rows[:1], "eval": rows},
        title="KeyDoor",
        scoring=None,
        skills_view="teacher",
    )
    # Before and after on each split, and the trained policy with skills on the eval split alone.
    names = ["before train", "before eval", "after train", "after eval", "after+skills eval"]
    assert list(summary) == names and all(0.0 <= v <= 1.0 for v in summary.values())
    results = json.loads((tmp_path / "eval_results.json").read_text())
    assert [r["name"] for r in results] == names
    assert [r["episodes"] for r in results] == [2, 4, 2, 4, 4]  # eval_samples episodes per task
    assert (tmp_path / "model.safetensors").is_file() and (tmp_path / "trainer_state.json").is_file()
    assert "=== KeyDoor, 1 RL steps ===" in capsys.readouterr().out
