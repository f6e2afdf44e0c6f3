"""Runs as cached specs: each run one process, ``workers`` at a time; a finished run's result is a file named by the
hash of its spec, so an interrupted benchmark goes on where it stopped and a changed setting makes new runs."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from .arms import Arm
from .budget import Budget


BENCHMARKS = Path(__file__).resolve().parents[1]
ROOT = BENCHMARKS.parent
ENTRY = BENCHMARKS / "bench_learning.py"  # what a run's process executes (`--run_one`)
STOP_FILE = "STOP"  # in the output folder: start no new run (those running finish); the cache resumes later


def subprocess_env() -> dict:
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "1")
    env.update(
        HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false", WANDB_MODE="disabled", TRANSFORMERS_VERBOSITY="error"
    )
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def run_spec(arm: Arm, seed: int, lr: float, budget: Budget, valid: bool) -> dict:
    return {"arm": asdict(arm), "seed": seed, "lr": lr, "budget": asdict(budget), "valid": valid}


def spec_key(spec: dict) -> str:
    return hashlib.sha1(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:10]


def collect(specs: list[dict], out: Path) -> list[dict]:
    """The finished runs among ``specs``, in their order."""
    paths = [out / "results" / f"{spec_key(spec)}.json" for spec in specs]
    return [json.loads(p.read_text()) for p in paths if p.exists()]


def launch(specs: list[dict], out: Path, workers: int, log) -> list[dict]:
    """Run every spec not done yet, ``workers`` at a time, each in its own process; return the finished results in
    the order of ``specs`` (without the runs left out because ``out/STOP`` exists)."""
    (out / "specs").mkdir(parents=True, exist_ok=True)
    (out / "results").mkdir(parents=True, exist_ok=True)

    def one(spec: dict) -> dict | None:
        key = spec_key(spec)
        done = out / "results" / f"{key}.json"
        if done.exists():
            return json.loads(done.read_text())
        if (out / STOP_FILE).exists():
            return None
        spec_path = out / "specs" / f"{key}.json"
        spec_path.write_text(json.dumps(spec))
        name = f"{spec['arm']['name']} seed {spec['seed']} lr {spec['lr']:g}"
        log(f"start {name}")
        t0 = time.time()
        with open(out / "specs" / f"{key}.log", "w") as f:
            proc = subprocess.run(
                [sys.executable, str(ENTRY), "--run_one", str(spec_path), "--out", str(out)],
                env=subprocess_env(),
                stdout=f,
                stderr=subprocess.STDOUT,
            )
        if proc.returncode != 0 or not done.exists():
            # The run's own log holds the cause; print its tail so that a failure seen only in CI can be read there.
            tail = (out / "specs" / f"{key}.log").read_text()[-4000:]
            raise RuntimeError(f"{name} failed (exit {proc.returncode}); its log ends:\n{tail}")
        log(f"done  {name} in {time.time() - t0:.0f}s")
        return json.loads(done.read_text())

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return [r for r in pool.map(one, specs) if r is not None]
