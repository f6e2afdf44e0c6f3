"""Generate the bundled ALFWorld games from their PDDL problems with ALFWorld's own tools, offline.

    python scripts/alfworld/generate_games.py                      # problems -> src/sdar_trl/data/alfworld/games
    python scripts/alfworld/generate_games.py --problems DIR --games OUT

Runs ALFWorld's `alfworld-generate` (the real engine: TextWorld's PDDL environment, ALFWorld's grammar and its
planner expert) over every ``traj_data.json`` + ``initial_state.pddl`` under ``--problems``. The planner expert
checks that each game is solvable and stores its walkthrough in ``game.tw-pddl``. ALFWorld picks the task sentence
template at random; the global seed is fixed first so that regenerating gives the same files.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import runpy
import shutil
import sys
from pathlib import Path

import alfworld


ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PROBLEMS = ROOT / "src" / "sdar_trl" / "data" / "alfworld" / "problems"
DEFAULT_GAMES = ROOT / "src" / "sdar_trl" / "data" / "alfworld" / "games"


def generate(problems: Path, games: Path, seed: int = 2605) -> int:
    """Run `alfworld-generate` with the planner expert; returns the number of problems given to it."""
    count = len(glob.glob(str(problems / "**" / "traj_data.json"), recursive=True))
    logic = Path(alfworld.__file__).parent / "data"
    script = shutil.which("alfworld-generate") or str(Path(sys.executable).parent / "alfworld-generate")
    argv = [
        script,
        "--data_path",
        str(problems),
        "--save_path",
        str(games),
        "--expert_type",
        "planner",
        # `--end` must be given: its default (-1) silently drops the last problem.
        "--end",
        str(count),
        "--domain",
        str(logic / "alfred.pddl"),
        "--grammar",
        str(logic / "alfred.twl2"),
    ]
    saved_argv = sys.argv
    try:
        sys.argv = argv
        random.seed(seed)
        runpy.run_path(script, run_name="__main__")
    finally:
        sys.argv = saved_argv
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--problems", type=Path, default=DEFAULT_PROBLEMS)
    parser.add_argument("--games", type=Path, default=DEFAULT_GAMES)
    parser.add_argument("--seed", type=int, default=2605)
    args = parser.parse_args()
    if args.games.exists():
        shutil.rmtree(args.games)
    os.makedirs(args.games)
    print(f"{generate(args.problems, args.games, args.seed)} problems -> {args.games}")


if __name__ == "__main__":
    main()
