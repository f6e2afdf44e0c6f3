"""The learning benchmark's smoke run: `--quick` (GRPO and SDAR, one seed, a few steps) completes with finite metrics.

It checks that the harness runs end to end (warm start, the real `SDARTrainer` on `HouseEnv`, periodic and final
evaluation, the report and the curves), not which method wins.
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
    for name, entry in results["summary"].items():
        for key in ("student/success", "student/mean_turns", "teacher/success"):
            assert math.isfinite(entry[key]["mean"]), (name, key)
        assert len(entry["periodic"]["student"]) >= 1
    runs = {r["spec"]["arm"]["name"]: r for r in results["runs"]}
    logged = [h for h in runs["sdar_sdar_0.1"]["log_history"] if "loss" in h]
    assert len(logged) == results["budget"]["steps"]
    for h in logged:
        for key in ("loss", "env/success_rate", "sdar/gate_active_ratio", "sdar/teacher_gap_mean"):
            assert math.isfinite(h[key]), key
    assert not any("sdar/loss" in h for h in runs["grpo"]["log_history"])  # GRPO has no teacher pass
    for name in ("results.md", "curves_main.png", "curves_per_method.png", "gate_dynamics.png"):
        assert (out / name).stat().st_size > 0
