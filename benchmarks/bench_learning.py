"""Does SDAR learn? A controlled CPU benchmark of SDAR against GRPO and the paper's baselines on `HouseEnv`.

    OMP_NUM_THREADS=1 python benchmarks/bench_learning.py               # the full benchmark (resumes where it stopped)
    OMP_NUM_THREADS=1 python benchmarks/bench_learning.py --quick --out /tmp/quick   # GRPO and SDAR, 1 seed, minutes
    python benchmarks/bench_learning.py --report_only    # the report and figures from the finished runs

The claim under test: a teacher that reads privileged skills (the same network, with the task's skill block in front
of its prompt) gives a dense token-level signal that lets the student internalize the skills faster than GRPO alone,
and the gate protects against wrong skills. The task is `sdar_trl.envs.house.HouseEnv`: find an object in a house
and bring it to a target, with fixed priors (each object type lives in its home receptacle 80% of the time), a tight
turn limit (4: the first ``go to`` decides the episode) and about 10 receptacles, so a blind search rarely wins and
most GRPO groups are all-zero.

Stages (each cached in ``--out``, so an interrupted run goes on where it stopped; ``touch OUT/STOP`` lets the runs
in progress finish and starts no new one):

1. **Warm start** (`learning.house`, `learning.warm_start`): a tiny Qwen3-style model behaviour-cloned on
   demonstrations that teach *reading* skills (blocks stating random priors, placed as the SDAR teacher sees them;
   blind random search without a block; the block in the user message for Skill-GRPO), never the real priors.
   Evaluated on the test houses: the student without skills (the floor) and the teacher with the true skills (the
   ceiling). Its weights' hash, the library versions, the CPU capability and the threads are recorded.
2. **Learning rate**: 1e-4 by default, the rate a grid on GRPO chose (``--lr_grid`` runs such a grid: the student's
   success on validation houses, then used for every arm).
3. **Arms** (`learning.arms.PROTOCOL_ARMS` in that order, all seeds of an arm before the next): the same warm start,
   budget, learning rate, KL anchor and seeds for every method; each run is the real `SDARTrainer` with
   ``agent_layout="step"``, evaluated every ``eval_every`` steps on validation houses (the student without skills,
   the teacher with the true skills) and at the end on the test houses.
4. **Report** (`learning.report`, `learning.plots`): ``results.md``, ``results.json`` and PNG curves with episodes on
   the x-axis; each run's full result stays in ``results/<spec hash>.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

from learning.arms import ARMS, PROTOCOL_ARMS, QUICK_ARMS
from learning.budget import QUICK_BUDGET, Budget
from learning.harness import ENTRY, ROOT, collect, launch, run_spec, spec_key, subprocess_env
from learning.report import markdown, mean_std, summarize


DEFAULT_OUT = ROOT / "docs" / "results" / "learning"
# Chosen once on GRPO by the 40-step grid {1e-4, 3e-4, 1e-3} (validation houses, seeds 0-1); every arm uses it.
DEFAULT_LR = 1e-4


def machine() -> str:
    import os

    import torch

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:  # no /proc (not Linux): the platform's processor name stands
        pass
    return (
        f"{os.cpu_count()} CPU cores ({cpu}, torch CPU capability {torch.backends.cpu.get_cpu_capability()}), no GPU"
    )


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def choose_lr(args, budget: Budget, out: Path, log) -> dict:
    """The learning rate: ``--lr``, or the best of ``--lr_grid`` on GRPO (validation houses)."""
    if not args.lr_grid:
        return {"chosen": args.lr, "how": "chosen once on GRPO by a 40-step grid {1e-4, 3e-4, 1e-3}, seeds 0-1"}
    specs = [run_spec(ARMS["grpo"], s, lr, budget, True) for lr in args.lr_grid for s in range(args.lr_seeds)]
    grid = collect(specs, out) if args.report_only else launch(specs, out, args.workers, log)
    # Chosen by the student's success on validation houses (ties: its first go-to to the home, then the smaller rate):
    # the first go-to alone once picked a rate at which GRPO's success and the teacher's reading collapsed to 0%.
    scores: dict[float, list[dict]] = {}
    for r in grid:
        scores.setdefault(r["spec"]["lr"], []).append(r["valid"]["student"])
    table = []
    for lr, evals in scores.items():
        m, s = mean_std([e["success"] for e in evals])
        h, hs = mean_std([e["first_visit_home"] for e in evals])
        table.append(
            {
                "lr": lr,
                "success": f"{100 * m:.1f} ± {100 * s:.1f}",
                "first_visit_home": f"{100 * h:.1f} ± {100 * hs:.1f}",
                "home": h,
                "mean": m,
            }
        )
    chosen = max(table, key=lambda row: (row["mean"], row["home"], -row["lr"]))["lr"]
    log(f"chosen learning rate {chosen:g}")
    return {
        "chosen": chosen,
        "how": f"chosen on GRPO from {args.lr_grid}, seeds 0-{args.lr_seeds - 1}",
        "table": table,
    }


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--quick", action="store_true", help="GRPO and SDAR, one seed, a few steps: a smoke run")
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--seed0", type=int, default=100, help="first seed (seeds: seed0, seed0 + 1, ...)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--arms", nargs="*", default=None, help=f"in this order, from {list(ARMS)}")
    parser.add_argument("--lr", type=float, default=DEFAULT_LR)
    parser.add_argument("--lr_grid", type=float, nargs="*", default=None, help="choose the rate on GRPO from these")
    parser.add_argument("--lr_seeds", type=int, default=2)
    parser.add_argument("--steps", type=int, default=None)
    parser.add_argument("--run_one", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--warm_start", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--only_warm_start", action="store_true", help="stop after the warm start and its evaluation")
    parser.add_argument("--report_only", action="store_true", help="the report from the finished runs; runs nothing")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seeds = list(range(args.seed0, args.seed0 + (1 if args.quick else args.seeds)))

    if args.warm_start:  # stage 1 in its own process, with the budget the parent wrote
        from learning.warm_start import warm_start

        return warm_start(out, Budget(**json.loads((out / "budget.json").read_text())), seeds)

    if args.run_one:
        from learning.run import run_one

        spec = json.loads(Path(args.run_one).read_text())
        result = run_one(spec, out)
        (out / "results" / f"{spec_key(spec)}.json").write_text(json.dumps(result))
        return result

    budget = Budget(**(QUICK_BUDGET if args.quick else {}))
    if args.steps is not None:
        budget.steps = args.steps
    arm_names = args.arms or list(QUICK_ARMS if args.quick else PROTOCOL_ARMS)
    start = time.time()
    log_file = open(out / "bench.log", "a")

    def log(msg: str):
        line = f"[{time.time() - start:7.0f}s] {msg}"
        print(line, flush=True)
        log_file.write(line + "\n")
        log_file.flush()

    # 1. warm start (in a subprocess, so this process stays light)
    warm_path = out / "warm_start.json"
    if args.report_only and not warm_path.exists():
        raise SystemExit(f"{out} holds no warm start: nothing to report.")
    # The results committed with the benchmark keep warm_start.json, not the weights: resuming rebuilds the weights
    # and checks their hash against the recorded one (`learning.warm_start`).
    if not args.report_only and not ((out / "warm_start").exists() and warm_path.exists()):
        log("warm start: behaviour cloning")
        (out / "budget.json").write_text(json.dumps(asdict(budget)))
        command = [sys.executable, str(ENTRY), "--warm_start", "--out", str(out)]
        subprocess.run(
            [*command, "--seeds", str(len(seeds)), "--seed0", str(seeds[0])], env=subprocess_env(), check=True
        )
    warm = json.loads(warm_path.read_text())
    log(f"warm start ready ({warm['bc_seconds']:.0f}s of behaviour cloning), weights sha1 {warm.get('weights_sha1')}")
    if args.only_warm_start:
        return {"warm_start": warm}

    # 2. learning rate, 3. arms
    lr = choose_lr(args, budget, out, log)
    grid_seeds = range(args.lr_seeds) if args.lr_grid else range(0)
    specs = [
        run_spec(ARMS[name], s, lr["chosen"], budget, name == "grpo" and s in grid_seeds)
        for name in arm_names
        for s in seeds
    ]
    results = collect(specs, out) if args.report_only else launch(specs, out, args.workers, log)
    if not results:
        raise SystemExit("No finished run to report.")

    # 4. report
    summary = summarize(results, warm)
    missing = [name for name in arm_names if name not in summary]
    context = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit(),
        "command": " ".join(
            [
                "OMP_NUM_THREADS=1 python benchmarks/bench_learning.py",
                *(a for a in argv or sys.argv[1:] if a != "--report_only"),
            ]
        ),
        "machine": machine(),
        "seeds": seeds,
        "times": {
            "warm start": warm["demo_seconds"] + warm["bc_seconds"] + warm["eval_seconds"],
            f"runs (sum over {len(results)} runs, {args.workers} at a time)": sum(r["wall_seconds"] for r in results),
        },
        "not_run": missing,
    }
    from learning.plots import plots

    report = markdown(summary, warm, lr, budget, context)
    partial = {name: len(summary[name]["seeds"]) for name in summary if len(summary[name]["seeds"]) < len(seeds)}
    if missing or partial:
        report += f"\nNot run yet: {missing}; fewer seeds than asked: {partial}.\n"
    (out / "results.md").write_text(report)
    files = plots(summary, warm, out, results)
    everything = {
        "budget": asdict(budget),
        "lr": lr,
        "warm_start": warm,
        "context": context,
        "summary": summary,
        "plots": files,
        "arms": {name: asdict(ARMS[name]) for name in arm_names},
        "runs": {f"{r['spec']['arm']['name']} seed {r['spec']['seed']}": spec_key(r["spec"]) for r in results},
    }
    (out / "results.json").write_text(json.dumps(everything, indent=1, default=float))
    log(f"results: {out / 'results.md'}")
    print(report)
    return everything


if __name__ == "__main__":
    main()
