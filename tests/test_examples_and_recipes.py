"""Every recipe parses into its example's arguments, and the example runs end to end on the embedded default."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from trl import ModelConfig, TrlParser

from sdar_trl import SDARConfig


ROOT = Path(__file__).resolve().parents[1]


def load_example(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


SINGLE_TURN_RECIPES = sorted((ROOT / "recipes" / "single_turn").rglob("*.yaml"))


@pytest.mark.parametrize("recipe", SINGLE_TURN_RECIPES, ids=lambda p: str(p.relative_to(ROOT)))
def test_single_turn_recipe_parses(recipe):
    example = load_example("train_single_turn")
    parser = TrlParser((example.ScriptArguments, SDARConfig, ModelConfig))
    parser.set_defaults(**example.cpu_defaults())
    _, training_args, _ = parser.parse_args_and_config(["--config", str(recipe)])
    assert isinstance(training_args, SDARConfig)
    assert training_args.output_dir.endswith(recipe.stem)


def test_baseline_recipes_carry_their_settings():
    by_name = {p.stem: p.read_text() for p in SINGLE_TURN_RECIPES}
    assert "sdar_coef: 0.0" in by_name["grpo"]
    assert "gate_sharpness: 0.0" in by_name["grpo_opsd"]
    assert "policy_loss_coef: 0.0" in by_name["opsd_only"]
    assert "privileged_context_to_student: true" in by_name["skill_grpo"]


def test_recall_reward():
    example = load_example("train_single_turn")
    completions = [[{"content": "microwave 3"}], [{"content": "4 or 3"}], [{"content": "none"}]]
    assert example.recall_reward(completions, answer=["3", "3", "3"]) == [1.0, 0.0, 0.0]


@pytest.mark.slow
def test_single_turn_example_runs_under_accelerate_launch(tmp_path):
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "WANDB_MODE": "offline"}
    result = subprocess.run(
        [sys.executable, "-m", "accelerate.commands.launch", str(ROOT / "examples" / "train_single_turn.py"),
         "--max_steps", "2", "--output_dir", str(tmp_path), "--num_tasks", "8"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "model.safetensors").exists()
    assert "sdar/gate_mean" in result.stdout + result.stderr
