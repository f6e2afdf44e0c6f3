"""Turns the searching expert needs on every bundled game: knowing the true homes, following a random block, blind.

    python scripts/alfworld/measure_search.py [--games DIR] [--within 15]

Plays `sdar_trl_examples.alfworld_search.SearchExpert` on each game of the ``train`` and ``eval`` splits in three
ways (search order: the true homes of `HOMES` first; a randomly drawn home first, as the first version of the
``skill`` demonstrations; none: name order, as the ``blind`` ones) and prints, per split and way, the mean number of
turns to win, the share won within ``--within`` turns and the most turns taken. The gap between the first and the
last is what a teacher that reads the skills can hand the student.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from sdar_trl.envs.alfworld import HOMES, bundled_games, game_rows
from sdar_trl_examples.alfworld_search import (
    ExpertALFWorldEnv,
    SearchExpert,
    random_homes,
    room_receptacles,
    task_objects,
)


def play(row, way: str, rng: random.Random, max_turns: int = 80) -> int | None:
    """Turns the expert takes to win ``row`` searching the ``way`` way; None if it does not win."""
    env = ExpertALFWorldEnv()
    first = env.reset(row)
    receptacles = room_receptacles(first.text)
    if way == "true homes":
        homes = {o: HOMES[o] for o in task_objects(first.task)}
    elif way == "random block":
        homes = random_homes(first.task, receptacles, rng)
    else:
        homes = {}
    expert = SearchExpert(receptacles, homes)
    try:
        for turn in range(1, max_turns + 1):
            result = env.step(expert.act(env.last, env.expert_plan()))
            if result.done:
                return turn if result.won else None
        return None
    finally:
        env.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--games", type=Path, default=None, help="folder with train/ and eval/ (default: bundled)")
    parser.add_argument("--within", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for split in ("train", "eval"):
        rows = game_rows(args.games / split if args.games else bundled_games(split))
        t0 = time.time()
        for way in ("true homes", "random block", "blind"):
            turns = [play(row, way, rng) for row in rows]
            won = [t for t in turns if t is not None]
            print(
                f"{split:5s} {way:12s} games {len(rows):3d}  won {len(won):3d}"
                f"  mean turns {statistics.fmean(won):5.1f}"
                f"  within {args.within}: {sum(t <= args.within for t in won) / len(rows):6.1%}  max {max(won)}"
            )
        print(f"      ({time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
