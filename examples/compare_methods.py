"""Run several methods on the same environment, seed and budget, and write the comparison table and curves.

    python examples/compare_methods.py --example train_alfworld.py --methods sdar grpo grpo_opsd skill_grpo \
        --output_dir outputs/compare-alfworld -- --max_steps 8 --seed 42

Everything after ``--`` goes unchanged to every run (the example's own arguments: a recipe with ``--config``, a
model, a budget). Each method runs in its own process under ``accelerate launch`` (add ``--accelerate_config`` for a
cluster config) into ``OUTPUT_DIR/<method>``; then ``OUTPUT_DIR/comparison.md`` gets one row per method (success and
score of the final evaluation, RL steps, wall time: the shape of the paper's Table 1) and ``OUTPUT_DIR/<method>/
curves.png`` the method's curves.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from sdar_trl.config import BASELINES


EXAMPLES = Path(__file__).resolve().parent


def final_results(run_dir: Path) -> dict:
    """The "after" rows of a run's summary.json (success, and score where the environment has one)."""
    summary = json.loads((run_dir / "summary.json").read_text())
    return {name: value for name, value in summary.items() if name.startswith("after") and "+skills" not in name}


def run_method(example: str, method: str, out: Path, passthrough: list[str], accelerate_config: str | None) -> dict:
    command = [sys.executable, "-m", "accelerate.commands.launch"]
    if accelerate_config:
        command += ["--config_file", accelerate_config]
    command += [str(EXAMPLES / example), *passthrough, "--method", method, "--output_dir", str(out)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    (out.parent / f"{method}.log").write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        raise RuntimeError(f"{method} failed (exit {result.returncode}); see {out.parent / (method + '.log')}")
    state = json.loads((out / "trainer_state.json").read_text())
    return {"method": method, "results": final_results(out), "steps": state["global_step"], "seconds": seconds}


def markdown(rows: list[dict]) -> str:
    splits = sorted({name for row in rows for name in row["results"]})
    header = "| method | " + " | ".join(f"{s} success" for s in splits) + " | score | RL steps | wall time |"
    lines = [header, "|" + "---|" * (header.count("|") - 1)]
    for row in rows:
        cells, scores = [], []
        for split in splits:
            value = row["results"].get(split)
            if isinstance(value, dict):
                scores.append(value["score"])
                value = value["success"]
            cells.append("-" if value is None else f"{100 * value:.1f}%")
        score = "-" if not scores or scores[0] is None else f"{scores[0]:.3f}"
        lines.append(
            f"| {row['method']} | "
            + " | ".join(cells)
            + f" | {score} | {row['steps']} | {row['seconds'] / 60:.1f} min |"
        )
    return "\n".join(lines)


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
    parser.add_argument("--methods", nargs="+", default=["sdar", "grpo"], choices=list(BASELINES))
    parser.add_argument("--output_dir", default="outputs/compare")
    parser.add_argument("--accelerate_config", default=None)
    args = parser.parse_args(own)

    from sdar_trl.plots import render_curves

    base = Path(args.output_dir)
    base.mkdir(parents=True, exist_ok=True)
    rows = []
    for method in args.methods:
        rows.append(run_method(args.example, method, base / method, passthrough, args.accelerate_config))
        render_curves(base / method, base / method / "curves.png")
    table = markdown(rows)
    (base / "comparison.md").write_text(f"# {args.example}: {' vs '.join(args.methods)}\n\n{table}\n")
    (base / "comparison.json").write_text(json.dumps(rows, indent=2))
    print(table)
    return table


if __name__ == "__main__":
    main()
