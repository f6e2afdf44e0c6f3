"""Two real processes (torchrun, gloo on CPU): SDAR trains, metrics are reduced, UCB state is identical."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest


# Every launched process; a crash dumps the Python stack of each thread (the gloo exit abort printed none).
LAUNCH_ENV = {
    **os.environ,
    "OMP_NUM_THREADS": "1",
    "HF_HUB_OFFLINE": "1",
    "WANDB_MODE": "offline",
    "PYTHONFAULTHANDLER": "1",
}


@pytest.mark.slow
def test_two_process_sdar_with_ucb_skills(tiny_model_dir, tmp_path):
    skills = tmp_path / "skills"
    skills.mkdir()
    (skills / "skill_mapping.json").write_text(
        json.dumps(
            {
                "skill_files": {"general_skills": "g.md", "heat": "heat.md", "cool": "cool.md"},
                "task_to_skill": {"pick_heat_then_place_in_recep": "heat", "pick_cool_then_place_in_recep": "cool"},
            }
        )
    )
    for name, text in {"g.md": "General.", "heat.md": "Microwave.", "cool.md": "Fridge."}.items():
        (skills / name).write_text(text)
    worker = Path(__file__).with_name("distributed_sdar_run.py")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--nproc_per_node",
            "2",
            "--master_port",
            "29517",
            str(worker),
            tiny_model_dir,
            str(skills),
            str(tmp_path),
        ],
        env=LAUNCH_ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    ranks = [json.loads((tmp_path / f"rank{r}.json").read_text()) for r in (0, 1)]
    assert all(r["world"] == 2 for r in ranks)
    # The bandit learned from both processes' trajectories: 2 steps x 2 processes x 4 rows = 16 pulls, everywhere.
    assert ranks[0]["state"] == ranks[1]["state"]
    pulls = sum(p for ctx in ranks[0]["state"]["retriever"]["stats"].values() for p, _ in ctx.values())
    assert pulls == 16
    logged = [h for h in ranks[0]["history"] if "sdar/loss" in h]
    assert len(logged) == 2 and all(0.0 < h["sdar/gate_mean"] < 1.0 for h in logged)
    # Metrics are reduced across processes, so both ranks log the same values.
    assert [h["sdar/gate_mean"] for h in logged] == [
        h["sdar/gate_mean"] for h in ranks[1]["history"] if "sdar/loss" in h
    ]


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["step", "episode"])
def test_two_processes_with_episodes_of_different_lengths(tiny_model_dir, tmp_path, layout):
    worker = Path(__file__).with_name("distributed_agent_run.py")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--nproc_per_node",
            "2",
            "--master_port",
            "29518",
            str(worker),
            tiny_model_dir,
            layout,
            str(tmp_path),
        ],
        env=LAUNCH_ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    ranks = [json.loads((tmp_path / f"agent_rank{r}.json").read_text()) for r in (0, 1)]
    # Rank 0's episodes end after 1 turn, rank 1's after 4; both make the same 4 generation calls (rank 0 with empty
    # batches), so a collective generation backend cannot hang.
    assert [r["generation_calls"] for r in ranks] == [4, 4]
    for r in ranks:
        log = r["history"][0]
        assert log["env/mean_turns"] == 2.5 and log["env/success_rate"] == 1.0
        assert log["env/success/len1"] == 1.0 and log["env/success/len4"] == 1.0
        assert math.isfinite(log["loss"]) and math.isfinite(log["sdar/loss"])


# The multi-turn SDAR example (ALFWorld, embedded default) under each of recipes/accelerate's configs, on two CPU
# processes (the configs' GPU count and bf16 overridden on the command line, as a user with other hardware would).
# Without a GPU, accelerate runs DDP/DeepSpeed/FSDP on the CPU over gloo (`accelerate launch --cpu` would start only
# one process).
LAUNCHERS = ["ddp", "zero2", "zero3", "fsdp2"]
ROOT = Path(__file__).resolve().parents[1]
SKILL_STATE = "skill_retriever_state.json"
_runs: dict = {}


def launch_alfworld(backend, output_dir, port, *extra):
    command = [
        sys.executable,
        "-m",
        "accelerate.commands.launch",
        "--config_file",
        str(ROOT / "recipes" / "accelerate" / f"{backend}.yaml"),
        "--num_processes",
        "2",
        "--mixed_precision",
        "no",
        "--main_process_port",
        str(port),
        str(ROOT / "examples" / "train_alfworld.py"),
        "--output_dir",
        str(output_dir),
        "--max_steps",
        "2",
        "--save_steps",
        "1",
        # The warm start is built in the run (not the bundled one), so that resuming must reuse it.
        "--warm_start",
        "walkthrough",
        "--bc_epochs",
        "1",
        # 4 games, 2 prompts per process and step: each step is an epoch, so step 2 starts epoch 1.
        "--num_train_games",
        "4",
        "--num_eval_games",
        "1",
        "--max_turns",
        "2",
        "--per_device_train_batch_size",
        "4",
        "--num_generations",
        "2",
        "--skill_retrieval",
        "ucb",
        "--eval_with_skills",
        "false",
        "--report_to",
        "none",
        *extra,
    ]
    result = subprocess.run(command, env=LAUNCH_ENV, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-6000:]
    return result


def scale_out_run(backend, tmp_path_factory):
    """Train 2 steps (checkpoint after each), then resume from checkpoint-1 in the same folder; cached per backend."""
    if backend not in _runs:
        if backend.startswith("zero"):
            pytest.importorskip("deepspeed", reason="needs the `deepspeed` extra (installed in CI)")
        pytest.importorskip("alfworld", reason="needs the `alfworld` extra (installed in CI)")
        out = tmp_path_factory.mktemp(backend)
        port = 29540 + LAUNCHERS.index(backend)
        launch_alfworld(backend, out, port)
        full = {
            "history": json.loads((out / "trainer_state.json").read_text())["log_history"],
            "bandit": json.loads((out / "checkpoint-2" / SKILL_STATE).read_text()),
            "checkpoint": sorted(p.name for p in (out / "checkpoint-1").iterdir()),
            "warm_start_mtime": (out / "bc-model" / "warm_start.json").stat().st_mtime,
            "evaluations": set(json.loads((out / "summary.json").read_text())),
        }
        resumed = launch_alfworld(backend, out, port, "--resume_from_checkpoint", str(out / "checkpoint-1"))
        _runs[backend] = dict(
            full=full,
            out=out,
            resumed_stdout=resumed.stdout,
            resumed={
                "history": json.loads((out / "trainer_state.json").read_text())["log_history"],
                "bandit": json.loads((out / "checkpoint-2" / SKILL_STATE).read_text()),
            },
        )
    return _runs[backend]


def train_logs(history):
    return {h["step"]: h for h in history if "sdar/loss" in h}


@pytest.mark.slow
@pytest.mark.parametrize("backend", LAUNCHERS)
def test_multi_turn_sdar_example_trains_checkpoints_and_resumes(backend, tmp_path_factory):
    run = scale_out_run(backend, tmp_path_factory)
    full, resumed = run["full"], run["resumed"]
    logs = train_logs(full["history"])
    assert sorted(logs) == [1, 2]
    # The unseen games before and after, sharded over both processes; no training games unless asked, no skills here.
    assert full["evaluations"] == {"before eval", "after eval"}
    for log in logs.values():  # the teacher pass ran: a gate strictly inside (0, 1), a finite SDAR term
        assert 0.0 < log["sdar/gate_mean"] < 1.0 and math.isfinite(log["sdar/loss"]) and math.isfinite(log["loss"])
    # Step rows outnumber `per_device_train_batch_size` (4): every backend, DeepSpeed included, runs them in chunks.
    assert max(log.get("agent/chunks_per_micro_batch", 1.0) for log in logs.values()) > 1
    # A checkpoint holds the optimizer (DeepSpeed: its sharded states), scheduler, both ranks' RNG and the bandit.
    assert {"scheduler.pt", "rng_state_0.pth", "rng_state_1.pth", SKILL_STATE, "model.safetensors"} <= set(
        full["checkpoint"]
    )
    assert ("global_step1" in full["checkpoint"]) == backend.startswith("zero")
    assert ("optimizer.pt" in full["checkpoint"]) == (not backend.startswith("zero"))  # FSDP: full optimizer state
    # Resumed from checkpoint-1: the warm start was reused, step 1 comes from the checkpoint, step 2 was trained again
    # and is the uninterrupted run's step 2 (same prompts, samples, weights); the bandit kept learning from where it
    # was: 2 steps x 2 processes x 4 rows = 16 pulls, identical statistics.
    assert (run["out"] / "bc-model" / "warm_start.json").stat().st_mtime == full["warm_start_mtime"]
    again = train_logs(resumed["history"])
    assert sorted(again) == [1, 2] and again[1] == logs[1]
    for key in ("loss", "sdar/loss", "sdar/gate_mean", "reward"):
        assert again[2][key] == pytest.approx(logs[2][key], rel=1e-5), key
    assert resumed["bandit"] == full["bandit"]
    pulls = sum(p for arms in resumed["bandit"]["retriever"]["stats"].values() for p, _ in arms.values())
    assert pulls == 16
    assert "=== ALFWorld, method sdar" in run["resumed_stdout"]


@pytest.mark.slow
def test_ddp_zero2_zero3_and_fsdp2_train_the_same_steps(tmp_path_factory):
    """Same seed, data and initial weights: sharding changes where the state lives, not the update."""
    logs = {backend: train_logs(scale_out_run(backend, tmp_path_factory)["full"]["history"]) for backend in LAUNCHERS}
    for backend in ("zero2", "zero3", "fsdp2"):
        for step in (1, 2):
            for key in ("loss", "sdar/gate_mean"):
                assert logs[backend][step][key] == pytest.approx(logs["ddp"][step][key], rel=1e-4), (backend, step)


@pytest.mark.slow
def test_minibatches_take_the_same_optimizer_steps_under_ddp_and_zero2(tmp_path_factory):
    """`rows_per_optimizer_step`: several optimizer steps per rollout; DeepSpeed steps inside backward, and its
    learning-rate schedule still advances once per rollout."""
    pytest.importorskip("deepspeed", reason="needs the `deepspeed` extra (installed in CI)")
    pytest.importorskip("alfworld", reason="needs the `alfworld` extra (installed in CI)")
    logs = {}
    for backend, port in (("ddp", 29560), ("zero2", 29561)):
        out = tmp_path_factory.mktemp(f"minibatches-{backend}")
        launch_alfworld(
            backend,
            out,
            port,
            "--rows_per_optimizer_step",
            "4",
            "--lr_scheduler_type",
            "linear",
            "--save_strategy",
            "no",
        )
        logs[backend] = train_logs(json.loads((out / "trainer_state.json").read_text())["log_history"])
    for backend, run in logs.items():
        assert sorted(run) == [1, 2]
        assert all(log["optimizer_steps_per_rollout"] > 1 for log in run.values()), backend
        # linear decay over 2 rollouts: the second rollout runs at half the rate, however many optimizer steps
        assert run[2]["learning_rate"] == pytest.approx(run[1]["learning_rate"] / 2), backend
    for step in (1, 2):
        for key in ("loss", "sdar/gate_mean", "optimizer_steps_per_rollout"):
            assert logs["zero2"][step][key] == pytest.approx(logs["ddp"][step][key], rel=1e-4), (step, key)
