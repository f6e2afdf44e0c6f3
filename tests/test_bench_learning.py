"""The learning benchmark's smoke run: `--quick` (GRPO and SDAR, one seed, a few steps) completes with finite metrics.

It checks that the harness runs end to end (warm start, the real `SDARTrainer` on `HouseEnv`, periodic and final
evaluation, the diagnostics, the report and the curves), not which method wins.
"""

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_quick_run_completes_with_finite_metrics(tmp_path):
    out = tmp_path / "learning"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_learning.py"), "--quick", "--out", str(out)],
        check=True,
        timeout=900,
    )
    results = json.loads((out / "results.json").read_text())
    assert set(results["summary"]) == {"grpo", "sdar_sdar_0.1"}
    steps = results["budget"]["steps"]
    for name, entry in results["summary"].items():
        for key in ("student/success", "student/mean_turns", "teacher/success", "auc_student"):
            assert math.isfinite(entry[key]["mean"]), (name, key)
        # the warm start's point, then one per evaluation
        assert len(entry["held_out"]["student"]) == len(entry["held_out"]["episodes"]) >= 2
    assert len(results["warm_start"]["weights_sha1"]) == 40 and results["warm_start"]["versions"]["trl"]
    runs = {
        name.split()[0]: json.loads((out / "results" / f"{key}.json").read_text())
        for name, key in results["runs"].items()
    }
    logged = [h for h in runs["sdar_sdar_0.1"]["log_history"] if "loss" in h]
    assert len(logged) == steps
    for h in logged:
        for key in ("loss", "env/success_rate", "sdar/gate_active_ratio", "sdar/teacher_gap_mean"):
            assert math.isfinite(h[key]), key
        # the diagnostics recompute the trainer's SDAR term from the batch: the same loss, and a gradient on every
        # step of the quick budget (grad_every 1)
        assert h["diag/sdar_loss_check"] == pytest.approx(h["sdar/loss"], rel=1e-3, abs=1e-5)
        assert h["diag/grad_norm_sdar"] > 0 and math.isfinite(h["diag/grad_norm_grpo"])
    assert not any("sdar/loss" in h or "diag/grad_norm_sdar" in h for h in runs["grpo"]["log_history"])
    for name in ("results.md", "curves.png", "training.png"):
        assert (out / name).stat().st_size > 0
