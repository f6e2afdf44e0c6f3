"""Record the searching expert's demonstrations on the bundled training games (`--warm_start search`'s data).

    python scripts/alfworld/record_search_demos.py           # -> src/sdar_trl_examples/data/alfworld/search_demos.json

One ``skill`` demonstration (a block stating a home for each object the task names, right as often as the games'
priors hold, visited first: `stated_homes`) and one ``blind`` one (no block, name order) per training game, each
played to a win by `sdar_trl_examples.alfworld_search.SearchExpert` with the planner replanning after every action
(a few minutes). The warm start replays the recorded actions, which takes seconds. Running it twice writes the
same file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sdar_trl.envs.alfworld import bundled_games, game_rows
from sdar_trl_examples.alfworld_search import BUNDLED_DEMOS, record_search_demos, save_search_demos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--games", type=Path, default=None, help="training games (default: the bundled train split)")
    parser.add_argument("--out", type=Path, default=BUNDLED_DEMOS)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    demos = record_search_demos(game_rows(args.games or bundled_games("train")), seed=args.seed)
    save_search_demos(demos, args.out)
    print(f"{len(demos)} demonstrations ({sum(len(d.actions) for d in demos)} steps) -> {args.out}")


if __name__ == "__main__":
    main()
