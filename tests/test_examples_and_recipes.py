"""Every recipe parses into its example's arguments, and the example runs end to end on the embedded default."""

import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from trl import ModelConfig, TrlParser

from sdar_trl import SDARConfig
from sdar_trl.config import BASELINES, METHODS, apply_baseline
from sdar_trl.skills import load_skill_library, resolve_skills_dir
from sdar_trl_examples.bundled import bundled_path


ROOT = Path(__file__).resolve().parents[1]


def load_example(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


SINGLE_TURN_RECIPES = sorted((ROOT / "recipes" / "single_turn").rglob("*.yaml"))
ACCELERATE_RECIPES = sorted((ROOT / "recipes" / "accelerate").glob("*.yaml"))


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


def test_single_turn_rewards_a_dataset_with_its_own_functions_only(tmp_path):
    from trl.rewards import think_format_reward

    example = load_example("train_single_turn")
    assert example.load_reward_funcs(["think_format_reward", "train_single_turn.recall_reward"]) == [
        think_format_reward,
        example.recall_reward,
    ]
    # The recall reward scores the built-in task alone: a dataset without reward functions is refused.
    script_args = example.ScriptArguments(dataset_name=str(tmp_path))
    with pytest.raises(ValueError, match="--reward_funcs"):
        example.main(script_args, SDARConfig(output_dir=str(tmp_path), use_cpu=True, report_to=[]), ModelConfig())


@pytest.mark.parametrize(
    "recipe",
    [ROOT / "recipes" / task / "qwen2.5-3b-instruct" / "sdar.yaml" for task in ("alfworld", "webshop", "search_qa")],
    ids=lambda p: p.parts[-3],
)
def test_a_recipes_bundled_skills_name_loads_the_library(recipe):
    skills_dir = next(
        line.split(":", 1)[1].strip() for line in recipe.read_text().splitlines() if line.startswith("skills_dir:")
    )
    assert skills_dir.startswith("bundled:")
    library = load_skill_library(skills_dir)
    assert library.skills and library.general
    assert Path(library.source) == resolve_skills_dir(skills_dir)


def launch_example(script: str, *args: str) -> subprocess.CompletedProcess:
    """`accelerate launch examples/<script> <args>` offline on one CPU thread; fails the test on a non-zero exit."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "WANDB_MODE": "offline"}
    result = subprocess.run(
        [sys.executable, "-m", "accelerate.commands.launch", str(ROOT / "examples" / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return result


@pytest.mark.slow
def test_single_turn_example_runs_under_accelerate_launch(tmp_path):
    result = launch_example(
        "train_single_turn.py", "--max_steps", "2", "--output_dir", str(tmp_path), "--num_tasks", "8"
    )
    assert (tmp_path / "model.safetensors").exists()
    assert "sdar/gate_mean" in result.stdout + result.stderr


def test_baselines_are_the_methods():
    # The examples type `--method` with `Method`, and `apply_baseline` looks the preset up in `BASELINES`.
    assert tuple(BASELINES) == METHODS


# task folder -> (example, its arguments dataclass, paper settings: max_turns, history_window, prompt tokens,
# rows per device, KL beta, invalid-action penalty, rows per optimizer step, entropy coefficient, warmup steps),
# from the official SDAR repository's scripts (docs/parity.md, "Paper settings"): examples/{sdar,grpo,grpo_opsd,
# opsd,skill_grpo,skillsd,rlsd}_trainer/run_*.sh there. Rows per optimizer step is their `ppo_mini_batch_size` (verl
# multiplies it by `actor_rollout_ref.rollout.n`, 1 in verl-agent, then splits it over the GPUs); the entropy
# coefficient is verl's `entropy_coeff` default in verl/trainer/config/ppo_trainer.yaml, which no script overrides;
# warmup is the search scripts' `lr_warmup_steps_ratio=0.1` of 150 steps.
AGENT_TASKS = {
    "alfworld": ("train_alfworld", "ALFWorldArguments", (50, 2, 2048, 16, 0.01, 0.1, 256, 0.001, 0)),
    "webshop": ("train_webshop", "WebShopArguments", (15, 2, 4096, 16, 0.01, 0.1, 64, 0.001, 0)),
    "search_qa": ("train_search_qa", "SearchQAArguments", (4, 4, 4096, 128, 0.001, 0.01, 256, 0.001, 15)),
}
AGENT_RECIPES = sorted(p for task in AGENT_TASKS for p in (ROOT / "recipes" / task).rglob("*.yaml"))
AGENT_METHODS = ["grpo", "grpo_opsd", "opsd_only", "rlsd", "sdar", "skill_grpo", "skill_sd"]


def parse_example(example_name: str, *argv: str):
    """The example module and its `(arguments, SDARConfig)` parsed from ``argv`` over its embedded defaults, as on a
    CPU machine without W&B."""
    sys.path.insert(0, str(ROOT / "examples"))
    example = load_example(example_name)
    arguments = {name: cls for name, cls, _paper in AGENT_TASKS.values()}[example_name]
    parser = TrlParser((getattr(example, arguments), SDARConfig))
    parser.set_defaults(**example.EMBEDDED_DEFAULTS, use_cpu=True, bf16=False, report_to="none")
    return example, *parser.parse_args_and_config(list(argv))


def test_every_task_has_every_model_and_method():
    for task in AGENT_TASKS:
        for model in ("qwen2.5-3b-instruct", "qwen2.5-7b-instruct", "qwen3-1.7b"):
            names = sorted(p.stem for p in (ROOT / "recipes" / task / model).glob("*.yaml"))
            assert names == AGENT_METHODS, (task, model)


@pytest.mark.parametrize("recipe", AGENT_RECIPES, ids=lambda p: str(p.relative_to(ROOT)))
def test_agent_recipe_parses(recipe, monkeypatch):
    task = recipe.relative_to(ROOT / "recipes").parts[0]
    example_name, arguments, paper = AGENT_TASKS[task]
    sys.path.insert(0, str(ROOT / "examples"))
    example = load_example(example_name)
    parser = TrlParser((getattr(example, arguments), SDARConfig))
    # Parse as on a CPU machine: the GPU recipes ask for bf16, which only a GPU can honour.
    parser.set_defaults(**example.EMBEDDED_DEFAULTS)
    text = recipe.read_text().replace("bf16: true", "bf16: false").replace("use_vllm: true", "use_vllm: false")
    patched = Path(str(recipe.parent / ("_cpu_" + recipe.name)))
    args, training = None, None
    try:
        patched.write_text(text + "use_cpu: true\n")
        args, training = parser.parse_args_and_config(["--config", str(patched)])
    finally:
        patched.unlink()
    assert args.method == recipe.stem or recipe.parent.name == "embedded"
    assert training.output_dir.endswith(recipe.stem)
    if recipe.parent.name != "embedded":
        assert (
            training.max_turns,
            training.history_window,
            training.agent_max_prompt_length,
            training.per_device_train_batch_size,
            training.beta,
            training.invalid_action_penalty,
            training.rows_per_optimizer_step,
            training.entropy_coef,
            training.warmup_steps,
        ) == paper
        # One PPO epoch over each rollout, split by rows_per_optimizer_step alone.
        assert (training.gradient_accumulation_steps, training.steps_per_generation, training.num_iterations) == (
            1,
            1,
            1,
        )
        # verl's optimizer: AdamW, weight decay 0.01, constant lr after the warmup.
        schedule = "constant_with_warmup" if training.warmup_steps else "constant"
        assert (training.lr_scheduler_type, training.weight_decay) == (schedule, 0.01)
        assert (training.learning_rate, training.num_generations, training.max_completion_length) == (1e-6, 8, 512)
        assert (training.temperature, training.epsilon, training.max_steps) == (1.0, 0.2, 150)
        # Recipes name the package's own library, so they run wherever the package is installed.
        assert training.skills_dir == f"bundled:{'search' if task == 'search_qa' else task}"
        assert args.model_name_or_path.startswith("Qwen/") and resolve_skills_dir(training.skills_dir).is_dir()
        if "qwen3" in recipe.parent.name:
            assert training.chat_template_kwargs == {"enable_thinking": False}
        launch = recipe.read_text().splitlines()[1]
        accelerate_config = launch.split("--config_file ")[1].split()[0]
        assert (ROOT / accelerate_config).is_file() and f"examples/{example_name}.py" in launch
        # Each recipe writes its method's preset out, so applying it (as the example does) changes nothing.
        preset = BASELINES[args.method]
        assert {name: getattr(training, name) for name in preset} == preset, recipe
        apply_baseline(training, args.method)
        assert {name: getattr(training, name) for name in preset} == preset
        if args.method == "skill_sd":
            assert (training.sdar_coef, training.skill_sd_coef, training.rlsd_coef) == (0.0, 0.001, 0.0)
        if args.method == "rlsd":
            assert (training.sdar_coef, training.skill_sd_coef, training.rlsd_coef) == (0.0, 0.0, 0.5)
            assert (training.rlsd_decay_steps, training.rlsd_clip) == (100, 0.2)
        if args.method == "opsd_only":
            # The official OPSD scripts are the SDAR ones plus `pg_loss_coef=0`: the SDAR term alone (λ 0.01, β 5),
            # the policy-gradient term off, the KL anchor and the entropy bonus kept (checked above with the paper's).
            assert (training.policy_loss_coef, training.sdar_coef, training.gate_sharpness) == (0.0, 0.01, 5.0)
            assert (training.skill_sd_coef, training.rlsd_coef, training.sdar_gate) == (0.0, 0.0, "gap")
            assert training.beta > 0 and training.entropy_coef > 0
        else:
            assert training.policy_loss_coef == 1.0
        assert training.uses_teacher == (args.method in ("sdar", "grpo_opsd", "opsd_only", "skill_sd", "rlsd"))


def test_alfworld_embedded_recipe_is_the_no_argument_default():
    # The recipe writes the main job out; parsed, it must be the job `accelerate launch examples/train_alfworld.py`
    # runs (only the output folder differs).
    from dataclasses import asdict

    _, default_args, default_training = parse_example("train_alfworld")
    _, args, training = parse_example("train_alfworld", "--config", str(ROOT / "recipes/alfworld/embedded/sdar.yaml"))
    assert asdict(args) == asdict(default_args)
    differing = {
        key
        for key, value in training.to_dict().items()
        if value != default_training.to_dict()[key] and key not in ("output_dir", "logging_dir")
    }
    assert differing == set(), differing


@pytest.mark.parametrize("example_name", ["train_alfworld", "train_webshop"])
def test_each_bundled_warm_start_loads_and_records_the_command_that_made_it(example_name):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from sdar_trl_examples.warm_start import WARM_START_FILES

    example, _, _ = parse_example(example_name)
    folder = bundled_path(*example.BUNDLED_WARM_START)
    assert {p.name for p in folder.iterdir()} == {*WARM_START_FILES, "warm_start.json"}
    provenance = json.loads((folder / "warm_start.json").read_text())
    assert provenance["made_by"].startswith("python scripts/") and (ROOT / provenance["made_by"].split()[1]).is_file()
    # The recorded command is the example's: its arguments parse, and it asks for a warm start built on the spot.
    argv = shlex.split(provenance["command"])
    assert argv[:3] == ["accelerate", "launch", f"examples/{example_name}.py"]
    _, args, _ = parse_example(example_name, *argv[3:])
    assert args.warm_start != "bundled" and args.warm_start_only
    assert provenance["examples"] > 0 and provenance["epochs"] == args.bc_epochs and provenance["seed"] == 42
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder)
    assert model.config.vocab_size == len(tokenizer) and tokenizer.chat_template


@pytest.mark.parametrize("recipe", ACCELERATE_RECIPES, ids=lambda p: p.name)
def test_accelerate_recipes_are_valid_configs(recipe):
    from accelerate.commands.config.config_args import load_config_from_file

    config = load_config_from_file(str(recipe))  # accelerate's own loader: unknown keys raise
    assert config.num_processes >= 1 and config.num_machines >= 1
    if "zero" in recipe.name:
        assert config.deepspeed_config["zero_stage"] == int(recipe.stem[-1])


@pytest.mark.slow
def test_alfworld_example_runs_end_to_end_on_the_embedded_default(tmp_path):
    pytest.importorskip("alfworld", reason="needs the `alfworld` extra (installed in CI)")
    result = launch_example(
        "train_alfworld.py",
        "--max_steps",
        "1",
        "--num_train_games",
        "6",
        "--num_eval_games",
        "2",
        "--max_turns",
        "3",
        "--per_device_train_batch_size",
        "4",
        "--num_generations",
        "2",
        "--eval_train_games",
        "true",
        "--output_dir",
        str(tmp_path),
        "--report_to",
        "none",
    )
    summary = json.loads((tmp_path / "summary.json").read_text())
    # The bundled warm start reads skills where the SDAR teacher does: the final policy is evaluated there too; the
    # training games only when asked.
    assert set(summary) == {"before train", "before eval", "after train", "after eval", "after+skills eval"}
    assert all(0.0 <= v <= 1.0 for v in summary.values())
    assert (tmp_path / "model.safetensors").exists() and (tmp_path / "eval_results.md").exists()
    assert not (tmp_path / "bc-model").exists()  # the package's warm start, not one built in the run
    # The model card names the bundled model the run started from, and its quick start loads the run's folder.
    card = (tmp_path / "README.md").read_text()
    assert "the bundled warm start `alfworld_search`" in card and f'model="{tmp_path}"' in card
    assert "None" not in card
    assert "=== ALFWorld, method sdar" in result.stdout
    assert "sdar/gate_mean" in result.stdout + result.stderr

    # The finished run re-evaluated with 2 episodes per unseen game, student and teacher view, with its own settings.
    validation_set = (tmp_path / "validation_set.json").read_text()
    out = tmp_path / "reevaluated.json"
    reevaluate = [sys.executable, str(ROOT / "scripts" / "alfworld" / "reevaluate.py"), str(tmp_path)]
    subprocess.run(
        [*reevaluate, "--samples", "2", "--views", "student", "teacher", "--start", "", "--out", str(out)],
        check=True,
        capture_output=True,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    views = json.loads(out.read_text())["results"][str(tmp_path)]
    assert set(views) == {"student", "teacher"}
    assert all(v["games"] == 2 and v["episodes"] == 4 and 0 < v["mean_turns"] <= 3 for v in views.values())
    assert (tmp_path / "validation_set.json").read_text() == validation_set  # the run's folder left as it was


@pytest.mark.slow
def test_evaluate_alfworld_plays_each_game_without_and_with_skills(tmp_path):
    out = tmp_path / "eval.json"
    command = [sys.executable, str(ROOT / "examples" / "evaluate_alfworld.py")]
    model = str(bundled_path("models", "alfworld_search"))
    settings = ["--num_games", "2", "--max_turns", "3", "--max_new_tokens", "40", "--output_json", str(out)]
    skills = ["--skills_dir", "bundled:alfworld_homes", "--skill_retrieval", "keyword"]
    subprocess.run(
        [*command, "--model_name_or_path", model, *settings, *skills],
        check=True,
        capture_output=True,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    results = json.loads(out.read_text())
    assert [r["name"] for r in results] == ["without skills", "with skills"]
    assert all(r["episodes"] == 2 and 0 < r["mean_turns"] <= 3 for r in results)
    assert "| success |" in (tmp_path / "eval.md").read_text()


@pytest.mark.parametrize(
    "example_name, argv",
    [
        ("train_alfworld", []),
        ("train_alfworld", ["--warm_start", "search", "--model_name_or_path", "some/model"]),
        ("train_webshop", []),
    ],
)
def test_warm_start_only_without_a_warm_start_to_build_is_refused_before_model_work(example_name, argv, tmp_path):
    example, args, training = parse_example(
        example_name, *argv, "--warm_start_only", "true", "--output_dir", str(tmp_path)
    )
    with pytest.raises(ValueError, match="`warm_start_only`.*`model_name_or_path`"):
        example.main(args, training)
    assert not any(tmp_path.iterdir())


@pytest.mark.slow
def test_alfworld_example_stops_after_a_search_warm_start_when_asked(tmp_path):
    # How scripts/alfworld/make_warm_start.py makes the bundled warm start, on 4 games and a few steps.
    pytest.importorskip("alfworld", reason="needs the `alfworld` extra (installed in CI)")
    launch_example(
        "train_alfworld.py",
        "--warm_start",
        "search",
        "--warm_start_only",
        "true",
        "--num_train_games",
        "4",
        "--copy_steps",
        "2",
        "--bc_epochs",
        "1",
        "--output_dir",
        str(tmp_path),
        "--report_to",
        "none",
    )
    settings = json.loads((tmp_path / "bc-model" / "warm_start.json").read_text())
    # 4 games, a `skill` and a `blind` demonstration each, one example per step: more examples than games
    assert settings["epochs"] == 1 and settings["examples"] > 8
    assert (tmp_path / "bc-model" / "model.safetensors").is_file()
    assert not (tmp_path / "model.safetensors").exists() and not (tmp_path / "summary.json").exists()


@pytest.mark.slow
def test_search_qa_example_runs_end_to_end_with_its_local_server(tmp_path):
    pytest.importorskip("fastapi", reason="needs the `search` extra (installed in CI)")
    result = launch_example(
        "train_search_qa.py",
        "--max_steps",
        "1",
        "--bc_epochs",
        "1",
        "--copy_steps",
        "2",
        "--bc_questions",
        "4",
        "--num_train",
        "8",
        "--num_eval",
        "4",
        "--per_device_train_batch_size",
        "4",
        "--num_generations",
        "2",
        "--output_dir",
        str(tmp_path),
        "--report_to",
        "none",
    )
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert set(summary) == {"before eval", "after eval"}
    assert "=== Search-QA, method sdar" in result.stdout and (tmp_path / "model.safetensors").exists()


@pytest.mark.slow
@pytest.mark.parametrize("warm_start", ["bundled", "clone"])
def test_webshop_example_runs_end_to_end_on_the_bundled_shop(tmp_path, warm_start):
    pytest.importorskip("rapidfuzz", reason="needs the `webshop` extra (installed in CI)")
    result = launch_example(
        "train_webshop.py",
        "--warm_start",
        warm_start,
        "--max_steps",
        "1",
        "--bc_epochs",
        "1",
        "--copy_steps",
        "2",
        "--num_train",
        "8",
        "--num_eval",
        "4",
        "--max_turns",
        "4",
        "--per_device_train_batch_size",
        "4",
        "--num_generations",
        "2",
        "--output_dir",
        str(tmp_path),
        "--report_to",
        "none",
    )
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert set(summary) == {"before eval", "after eval"}
    assert all(0.0 <= v["score"] <= 1.0 for v in summary.values())
    assert "=== WebShop, method sdar" in result.stdout and "mean score" in result.stdout
    # `bundled` trains the package's warm start; `clone` builds one in the run (the cloning settings apply)
    assert (tmp_path / "bc-model").exists() == (warm_start == "clone")
    # The model card names the model the run started from: the package's, or the one the run built.
    started_from = "the bundled warm start `webshop_clone`" if warm_start == "bundled" else f"`{tmp_path}/bc-model`"
    card = (tmp_path / "README.md").read_text()
    assert started_from in card and f'model="{tmp_path}"' in card and "None" not in card


@pytest.mark.slow
def test_comparison_harness_runs_two_methods_and_writes_the_table(tmp_path):
    pytest.importorskip("alfworld", reason="needs the `alfworld` extra (installed in CI)")
    pytest.importorskip("matplotlib", reason="needs the `plots` extra (installed in CI)")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "WANDB_MODE": "offline"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "compare_methods.py"),
            "--example",
            "train_alfworld.py",
            "--methods",
            "sdar",
            "grpo",
            "--seeds",
            "1",
            "2",
            "--output_dir",
            str(tmp_path),
            "--",
            "--max_steps",
            "1",
            "--bc_epochs",
            "1",
            "--num_train_games",
            "4",
            "--num_eval_games",
            "2",
            "--max_turns",
            "2",
            "--per_device_train_batch_size",
            "4",
            "--num_generations",
            "2",
            "--eval_with_skills",
            "false",
            "--report_to",
            "none",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    table = (tmp_path / "comparison.md").read_text()
    assert "| sdar | 2 |" in table and "| grpo | 2 |" in table and "after eval success" in table
    assert "Seeds: 1, 2." in table and "Commit: " in table and "eval: 2 tasks" in table
    assert " ± " in table  # two seeds: mean ± std
    for method in ("sdar", "grpo"):
        for seed in (1, 2):
            assert (tmp_path / method / f"seed{seed}" / "curves.png").stat().st_size > 0
    runs = json.loads((tmp_path / "comparison.json").read_text())
    assert [(r["method"], r["seed"], r["steps"]) for r in runs] == [
        ("sdar", 1, 1),
        ("sdar", 2, 1),
        ("grpo", 1, 1),
        ("grpo", 2, 1),
    ]
    assert all(r["seconds"] > 0 for r in runs)
    validation = json.loads((tmp_path / "validation_set.json").read_text())
    assert len(validation["eval"]) == 2
