"""Re-evaluate finished ALFWorld runs with several episodes per unseen game (avg@k), to tell a change from noise.

    python scripts/alfworld/reevaluate.py RUN_DIR [RUN_DIR ...] --samples 8 [--views student teacher] [--out F]

`examples/train_alfworld.py` evaluates each of its 24 unseen games once: one game is 4.2 points, and a policy that
wins a game one time in three wins it or not by chance. This plays each unseen game of a run (its
`validation_set.json`) ``--samples`` times with the run's own settings (its `training_args.bin`: turns, history
window, response budget, skills, seed) at the example's evaluation temperature, for the model the runs started from
(``--start``, default the bundled warm start; with the first run's settings) and for each run's final model, and
prints the success rate of each with its binomial standard error, in each of ``--views``: ``student`` (no skills,
the default) and ``teacher`` (the skills in front of the prompt, where the SDAR teacher reads them).
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from pathlib import Path

import torch

from sdar_trl.agent import ACTION_FORMAT
from sdar_trl.envs.alfworld import ALFWorldEnv
from sdar_trl_examples import evaluate_policy
from sdar_trl_examples.bundled import bundled_path


VIEWS = {"student": {}, "teacher": {"with_skills": True, "skills_view": "teacher"}}


def evaluate(model_dir: str, run_dir: Path, samples: int, temperature: float, views: list[str]) -> dict:
    """Success of ``model_dir`` on ``run_dir``'s unseen games, with that run's settings, in each of ``views``."""
    training_args = torch.load(run_dir / "training_args.bin", weights_only=False)
    # Write the evaluation's own validation_set.json elsewhere: the run's folder stays as the run left it.
    training_args.output_dir = tempfile.mkdtemp(prefix="reevaluate-")
    rows = json.loads((run_dir / "validation_set.json").read_text())["eval"]
    run = dict(
        training_args=training_args,
        agent_format=ACTION_FORMAT,
        splits={"eval": rows},
        make_env=ALFWorldEnv,
        temperature=temperature,
        samples=samples,
    )
    results = {view: evaluate_policy(model_dir, label=view, **VIEWS[view], **run)[0] for view in views}
    return {
        view: {"success": r.success_rate, "episodes": r.episodes, "games": len(rows), "mean_turns": r.mean_turns}
        for view, r in results.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", type=Path, help="output folders of examples/train_alfworld.py runs")
    parser.add_argument("--samples", type=int, default=8, help="episodes per unseen game")
    parser.add_argument("--temperature", type=float, default=0.4, help="the example's eval_temperature")
    parser.add_argument("--start", default=str(bundled_path("models", "alfworld_search")), help="'' to skip")
    parser.add_argument("--views", nargs="+", choices=list(VIEWS), default=["student"])
    parser.add_argument("--out", type=Path, default=None, help="write the results as JSON here")
    args = parser.parse_args()

    models = ([("start", args.start, args.runs[0])] if args.start else []) + [(str(r), str(r), r) for r in args.runs]
    results = {}
    for name, model_dir, run_dir in models:
        results[name] = evaluate(model_dir, run_dir, args.samples, args.temperature, args.views)
        for view, r in results[name].items():
            p, n = r["success"], r["episodes"]
            print(
                f"| {name} | {view} | {100 * p:.1f}% ± {100 * math.sqrt(p * (1 - p) / n):.1f} | {n} episodes | "
                f"{r['mean_turns']:.1f} turns |",
                flush=True,
            )
    if args.out:
        args.out.write_text(json.dumps({"samples": args.samples, "results": results}, indent=1))


if __name__ == "__main__":
    main()
