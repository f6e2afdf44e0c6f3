"""Run several methods on the same environment, seeds and budget, and write a Table-1-shaped comparison.

    python examples/compare_methods.py --example train_alfworld.py --methods sdar grpo grpo_opsd skill_grpo \
        --seeds 1 2 3 4 --output_dir outputs/compare-alfworld -- --max_steps 8 --eval_samples 4

Everything after ``--`` goes unchanged to every run (the example's own arguments: a recipe with ``--config``, a
model, a budget, ``--eval_samples k`` for avg@k). Each (method, seed) runs in its own process under
``accelerate launch`` (add ``--accelerate_config`` for a cluster config) into ``OUTPUT_DIR/<method>/seed<S>``. Then
``OUTPUT_DIR/comparison.md`` gets one row per method: the final evaluation's success per split as the mean ± standard
deviation over seeds (and the score where the environment has one), RL steps and wall time, under a header that
states the budget, the seeds, the commit and the validation set (also in ``OUTPUT_DIR/validation_set.json``);
``comparison.json`` keeps every run, and ``OUTPUT_DIR/<method>/seed<S>/curves.png`` each run's curves.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sdar_trl.config import METHODS


EXAMPLES = Path(__file__).resolve().parent


def final_results(run_dir: Path) -> dict:
    """The "after" rows of a run's summary.json (success, and score where the environment has one)."""
    summary = json.loads((run_dir / "summary.json").read_text())
    return {name: value for name, value in summary.items() if name.startswith("after") and "+skills" not in name}


def run_once(example: str, method: str, seed: int, out: Path, passthrough: list[str], accelerate: str | None) -> dict:
    """One training run of ``example`` with ``method`` and ``seed``; its final results, steps and wall time."""
    command = [sys.executable, "-m", "accelerate.commands.launch"]
    if accelerate:
        command += ["--config_file", accelerate]
    command += [
        str(EXAMPLES / example),
        *passthrough,
        "--method",
        method,
        "--seed",
        str(seed),
        "--output_dir",
        str(out),
    ]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    log = out.parent / f"seed{seed}.log"
    out.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        raise RuntimeError(f"{method} (seed {seed}) failed (exit {result.returncode}); see {log}")
    state = json.loads((out / "trainer_state.json").read_text())
    return {
        "method": method,
        "seed": seed,
        "results": final_results(out),
        "steps": state["global_step"],
        "seconds": seconds,
    }


def mean_std(values: list[float]) -> str:
    """``mean ± std`` over seeds, in percent (the std of one seed is not defined: shown alone)."""
    if len(values) == 1:
        return f"{100 * values[0]:.1f}%"
    return f"{100 * statistics.mean(values):.1f} ± {100 * statistics.stdev(values):.1f}%"


def markdown(runs: list[dict]) -> str:
    """One row per method: success per split, mean ± std over its seeds; score; RL steps; mean wall time."""
    splits = sorted({name for run in runs for name in run["results"]})
    header = "| method | seeds | " + " | ".join(f"{s} success" for s in splits) + " | score | RL steps | wall time |"
    lines = [header, "|" + "---|" * (header.count("|") - 1)]
    for method in dict.fromkeys(run["method"] for run in runs):
        mine = [run for run in runs if run["method"] == method]
        cells, scores = [], []
        for split in splits:
            values = []
            for run in mine:
                value = run["results"].get(split)
                if isinstance(value, dict):
                    if value["score"] is not None:
                        scores.append(value["score"])
                    value = value["success"]
                if value is not None:
                    values.append(value)
            cells.append(mean_std(values) if values else "-")
        score = f"{statistics.mean(scores):.3f}" if scores else "-"
        minutes = statistics.mean(run["seconds"] for run in mine) / 60
        lines.append(
            f"| {method} | {len(mine)} | "
            + " | ".join(cells)
            + f" | {score} | {mine[0]['steps']} | {minutes:.1f} min |"
        )
    return "\n".join(lines)


def commit() -> str:
    """The code the runs start with: the commit, marked `-dirty` when the working tree has uncommitted changes."""
    command = ["git", "describe", "--always", "--dirty"]
    return subprocess.run(command, capture_output=True, text=True, cwd=EXAMPLES).stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> str:
    argv = sys.argv[1:] if argv is None else argv
    passthrough = argv[argv.index("--") + 1 :] if "--" in argv else []
    own = argv[: argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--example",
        default="train_alfworld.py",
        choices=["train_alfworld.py", "train_search_qa.py", "train_webshop.py"],
    )
    parser.add_argument("--methods", nargs="+", default=["sdar", "grpo"], choices=list(METHODS))
    parser.add_argument("--seeds", nargs="+", type=int, default=[42], help="One run per seed and method.")
    parser.add_argument("--output_dir", default="outputs/compare")
    parser.add_argument("--accelerate_config", default=None)
    args = parser.parse_args(own)

    from sdar_trl.plots import render_curves

    base = Path(args.output_dir)
    base.mkdir(parents=True, exist_ok=True)
    code = commit()  # before the runs: the tree may change while they train
    runs = []
    for method in args.methods:
        for seed in args.seeds:
            out = base / method / f"seed{seed}"
            runs.append(run_once(args.example, method, seed, out, passthrough, args.accelerate_config))
            render_curves(out, out / "curves.png")
    # Every run evaluates on the same tasks (the example's fixed validation split); keep one copy, listed.
    first = base / args.methods[0] / f"seed{args.seeds[0]}" / "validation_set.json"
    validation = json.loads(first.read_text()) if first.exists() else {}
    (base / "validation_set.json").write_text(json.dumps(validation, indent=1))
    table = markdown(runs)
    budget = " ".join(passthrough) or "the example's defaults"
    tasks = ", ".join(f"{split}: {len(rows)} tasks" for split, rows in validation.items()) or "see the runs"
    (base / "comparison.md").write_text(
        f"# {args.example}: {' vs '.join(args.methods)}\n\n"
        f"Budget (every run): `{budget}`. Seeds: {', '.join(map(str, args.seeds))}. Commit: {code}. "
        f"Validation set ({tasks}): `validation_set.json`. Success: mean ± standard deviation over seeds.\n\n"
        f"{table}\n"
    )
    (base / "comparison.json").write_text(json.dumps(runs, indent=2))
    print(table)
    return table


if __name__ == "__main__":
    main()
