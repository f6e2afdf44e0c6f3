"""Runs killed for real (SIGKILL, inside a save included), preempted by SIGTERM, and resumed: they end at max_steps
with the uninterrupted run's prompts and losses; a finished run resumed trains nothing; under torchrun, processes
agree on the step they stop at, and a process that dies takes the others down within seconds."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sdar_trl.checkpoints import missing_parts


WORKER = str(Path(__file__).with_name("kill_resume_run.py"))
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "WANDB_MODE": "offline"}


def launch(model, out, max_steps, *resume, torchrun_port=None, timeout=300, **env):
    command = [sys.executable, WORKER, model, str(out), str(max_steps), *resume]
    if torchrun_port is not None:
        command[1:1] = ["-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", str(torchrun_port)]
    return subprocess.run(
        command, env={**ENV, **{k: str(v) for k, v in env.items()}}, capture_output=True, text=True, timeout=timeout
    )


def checkpoints(out):
    return sorted(name for name in os.listdir(out) if "checkpoint" in name)


def losses(out, step):
    history = json.loads((out / f"checkpoint-{step}" / "trainer_state.json").read_text())["log_history"]
    return {h["step"]: h["loss"] for h in history if "loss" in h}


def prompts(out, rank=0):
    """The prompts of each optimizer step as last generated (a step killed before its save is generated again)."""
    rows = [json.loads(line) for line in (out / f"prompts_rank{rank}.jsonl").read_text().splitlines()]
    return {row["step"]: row["prompts"] for row in rows}


@pytest.mark.slow
def test_killed_at_any_moment_the_run_resumes_and_ends_as_the_uninterrupted_one(tiny_model_dir, tmp_path):
    full, out = tmp_path / "full", tmp_path / "killed"
    assert launch(tiny_model_dir, full, 5).returncode == 0

    # 1. SIGKILL inside the save of checkpoint-2 (weights, optimizer, scheduler and RNG written, no trainer state):
    # only its staging folder is left.
    run = launch(tiny_model_dir, out, 5, KILL_IN_SAVE=2)
    assert run.returncode == -signal.SIGKILL
    assert checkpoints(out) == ["checkpoint-1", "tmp-checkpoint-2"]
    written = set(os.listdir(out / "tmp-checkpoint-2" / "checkpoint-2"))
    assert {"model.safetensors", "optimizer.pt", "scheduler.pt", "rng_state.pth"} <= written
    assert "trainer_state.json" not in written

    # 2. Resumed; preempted by SIGTERM during step 3: the step finishes, checkpoint-3 is saved, exit code 0.
    run = launch(tiny_model_dir, out, 5, "true", PREEMPT=1, SIGNAL_AT_STEP=3)
    assert run.returncode == 0, run.stderr[-3000:]
    assert (
        f"Preempted (SIGTERM): stopped after step 3 and saved {out / 'checkpoint-3'}. To resume, run the same "
        "command with `--resume_from_checkpoint true`" in run.stderr
    )
    assert checkpoints(out) == ["checkpoint-1", "checkpoint-2", "checkpoint-3"]  # the staging folder is cleared

    # 3. SIGKILL at the end of step 4, before its save: step 4 is lost, nothing else.
    run = launch(tiny_model_dir, out, 5, "true", KILL_AFTER_STEP=4)
    assert run.returncode == -signal.SIGKILL and checkpoints(out)[-1] == "checkpoint-3"

    # 4. SIGKILL from outside as soon as checkpoint-4 exists: wherever it lands (step 5, its save, the end).
    process = subprocess.Popen(
        [sys.executable, WORKER, tiny_model_dir, str(out), "5", "true"],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while not (out / "checkpoint-4").exists() and process.poll() is None:
        time.sleep(0.05)
    process.kill()
    process.wait()
    assert all(missing_parts(str(out / name)) == [] for name in checkpoints(out) if name.startswith("checkpoint-"))

    # 5. Resumed to the end.
    run = launch(tiny_model_dir, out, 5, "true")
    assert run.returncode == 0, run.stderr[-3000:]
    assert losses(out, 5) == losses(full, 5) and sorted(losses(full, 5)) == [1, 2, 3, 4, 5]
    assert prompts(out) == prompts(full)

    # 6. The finished run resumed again: nothing trained, no checkpoint written, exit code 0.
    before = checkpoints(out)
    run = launch(tiny_model_dir, out, 5, "true")
    assert run.returncode == 0, run.stderr[-3000:]
    assert f"Nothing to train: the run resumed from {out / 'checkpoint-5'} is already at max_steps=5." in run.stderr
    assert checkpoints(out) == before and prompts(out) == prompts(full)


@pytest.mark.slow
def test_two_processes_stop_after_the_same_step_when_one_gets_the_signal(tiny_model_dir, tmp_path):
    # Only process 1 receives SIGTERM, during step 2: both finish step 2, save checkpoint-2 together and exit 0.
    run = launch(tiny_model_dir, tmp_path, 4, torchrun_port=29571, PREEMPT=1, SIGNAL_AT_STEP=2, ONLY_RANK=1)
    assert run.returncode == 0, run.stderr[-4000:]
    assert run.stderr.count("Preempted (SIGTERM): stopped after step 2") == 1  # said once, by the main process
    assert checkpoints(tmp_path) == ["checkpoint-1", "checkpoint-2"]
    assert missing_parts(str(tmp_path / "checkpoint-2")) == []
    assert {"rng_state_0.pth", "rng_state_1.pth"} <= set(os.listdir(tmp_path / "checkpoint-2"))
    assert [max(prompts(tmp_path, rank)) for rank in (0, 1)] == [1, 1]  # neither generated for step 3


@pytest.mark.slow
def test_sigterm_to_torchrun_reaches_every_process_which_saves_and_exits(tiny_model_dir, tmp_path):
    # What a scheduler does: SIGTERM to the launcher, which forwards it to each process and SIGKILLs them after its
    # shutdown timeout (30 s by default).
    command = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", "29573"]
    launcher = subprocess.Popen(
        [*command, WORKER, tiny_model_dir, str(tmp_path), "50"],
        env={**ENV, "PREEMPT": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    while not (tmp_path / "checkpoint-1").exists() and launcher.poll() is None:
        time.sleep(0.05)
    launcher.send_signal(signal.SIGTERM)
    _, stderr = launcher.communicate(timeout=120)
    saved = [name for name in checkpoints(tmp_path) if name.startswith("checkpoint-")]
    step = int(saved[-1].split("-")[1])
    assert 1 < step < 50 and f"Preempted (SIGTERM): stopped after step {step} and saved" in stderr
    assert [missing_parts(str(tmp_path / name)) for name in saved] == [[]] * len(saved)
    assert [max(prompts(tmp_path, rank)) for rank in (0, 1)] == [step - 1] * 2
    # Both processes exited 0 after their save; the launcher itself reports the signal it got and exits 1.
    assert "exitcode" not in stderr and "got signal: 15" in stderr and launcher.returncode == 1


@pytest.mark.slow
def test_a_process_killed_under_torchrun_takes_the_other_down_within_seconds(tiny_model_dir, tmp_path):
    # Process 1 is SIGKILLed after step 1; process 0 waits for it in the next collective. torchrun sees the death,
    # sends SIGTERM to process 0 (SIGKILL 30 s later) and exits 1 naming the lost process, with no 30-minute
    # collective timeout. With `save_on_preemption` the survivor takes that SIGTERM for a preemption, but its step
    # cannot finish without process 1, so it ends all the same.
    start = time.monotonic()
    run = launch(tiny_model_dir, tmp_path, 4, torchrun_port=29572, PREEMPT=1, KILL_AFTER_STEP=1, ONLY_RANK=1)
    elapsed = time.monotonic() - start
    assert run.returncode == 1
    assert "Signal 9 (SIGKILL) received by PID" in run.stderr
    assert elapsed < 120, elapsed
    assert checkpoints(tmp_path) == []


ALFWORLD = [
    str(Path(__file__).resolve().parents[1] / "examples" / "train_alfworld.py"),
    "--max_steps",
    "2",
    "--save_steps",
    "1",
    "--env_workers",
    "2",
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
    "--eval_with_skills",
    "false",
    "--report_to",
    "none",
]


@pytest.mark.slow
def test_the_agent_example_with_env_workers_resumes_after_a_kill(tmp_path):
    pytest.importorskip("alfworld", reason="needs the `alfworld` extra (installed in CI)")
    psutil = pytest.importorskip("psutil")
    command = [sys.executable, *ALFWORLD, "--output_dir", str(tmp_path)]
    # SIGKILL as soon as checkpoint-1 exists, while step 2 plays its episodes in the environment processes.
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not (tmp_path / "checkpoint-1").exists() and process.poll() is None:
        time.sleep(0.05)
    workers = psutil.Process(process.pid).children(recursive=True)
    process.kill()
    assert process.wait() == -signal.SIGKILL
    # The environment processes end with their parent (their pipe closes) instead of living on.
    gone, alive = psutil.wait_procs(workers, timeout=30)
    assert workers and not alive

    resumed = subprocess.run(
        [*command, "--resume_from_checkpoint", "true"], env=ENV, capture_output=True, text=True, timeout=600
    )
    assert resumed.returncode == 0, resumed.stderr[-4000:]
    history = json.loads((tmp_path / "trainer_state.json").read_text())["log_history"]
    assert sorted(h["step"] for h in history if "sdar/loss" in h) == [1, 2]
    assert "=== ALFWorld, method sdar" in resumed.stdout

    # Resumed once more, the finished run trains nothing and the example still writes its model and tables.
    for name in ("model.safetensors", "eval_results.md"):
        (tmp_path / name).unlink()
    again = subprocess.run(
        [*command, "--resume_from_checkpoint", "true"], env=ENV, capture_output=True, text=True, timeout=600
    )
    assert again.returncode == 0, again.stderr[-4000:]
    assert f"Nothing to train: the run resumed from {tmp_path / 'checkpoint-2'} is already at max_steps=2" in (
        again.stderr
    )
    assert checkpoints(tmp_path) == ["checkpoint-1", "checkpoint-2"]
    assert (tmp_path / "model.safetensors").exists() and (tmp_path / "eval_results.md").exists()
    assert "=== ALFWorld, method sdar" in again.stdout
