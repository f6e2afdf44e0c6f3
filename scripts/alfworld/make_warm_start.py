"""Make the bundled ALFWorld warm start (`--warm_start bundled`, the main job's model), offline, on CPU.

    python scripts/alfworld/make_warm_start.py  # -> src/sdar_trl_examples/data/models/alfworld_search (about 30 min)

The clone is the searching expert's (`sdar_trl_examples.alfworld_search`) on 132 training rooms: the 66 bundled ones
and 66 more laid out by the same scripts from another seed (`make_problems.py --seed 7`, `generate_games.py`), the
evaluation rooms staying unseen. Cloning on twice the bundled rooms carries the clone to unseen rooms best
(docs/results/alfworld.md); it takes longer than the 10 minutes a main job may take, so it is done once, here, and
shipped: the main job then spends its time on evaluation and RL. The steps, each a command of its own:

1. lay out and generate the 66 extra rooms (about a minute; every game checked solvable by the planner);
2. join them to the bundled training rooms (links, each extra room's folder named with the suffix `-s7`);
3. `examples/train_alfworld.py --warm_start search ... --warm_start_only true`: record the searching expert's
   demonstrations on the 132 rooms (about 13 min), the copy warm-up and the cloning (about 15 min);
4. copy the model, its tokenizer and its `warm_start.json` into the package (`sdar_trl_examples.export_warm_start`),
   adding the command and the rooms to `warm_start.json`.

Cloning on the CPU in one process with fixed seeds is deterministic on one machine; other machines and torch builds
may differ in the last bits, and so in the clone.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from sdar_trl.envs.alfworld import bundled_games
from sdar_trl_examples import export_warm_start


ROOT = Path(__file__).resolve().parents[2]
BUNDLED_MODEL = ROOT / "src" / "sdar_trl_examples" / "data" / "models" / "alfworld_search"
EXTRA_ROOMS_SEED = 7
# The cloning settings; everything else is the example's default.
CLONE_ARGS = [
    "--warm_start", "search",
    "--skills_dir", "bundled:alfworld_homes",
    "--skill_retrieval", "keyword",
    "--copy_steps", "800",
    "--bc_epochs", "2",
    "--max_turns", "20",
    "--seed", "42",
]  # fmt: skip


def run(*command: str) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=BUNDLED_MODEL)
    parser.add_argument("--work_dir", type=Path, default=None, help="kept when given (default: a temporary folder)")
    args = parser.parse_args()
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="alfworld-warm-start-"))
    extra = work / f"rooms{EXTRA_ROOMS_SEED}"

    # 1. the extra rooms
    problems, games = str(extra / "problems"), str(extra / "games")
    run(sys.executable, "scripts/alfworld/make_problems.py", "--out", problems, "--seed", str(EXTRA_ROOMS_SEED))
    run(sys.executable, "scripts/alfworld/generate_games.py", "--problems", problems, "--games", games)

    # 2. the 132 training rooms
    rooms = work / "rooms"
    rooms.mkdir(parents=True, exist_ok=True)
    for game in sorted(Path(bundled_games("train")).iterdir()):
        (rooms / game.name).symlink_to(game)
    for game in sorted((extra / "games" / "train").iterdir()):
        (rooms / f"{game.name}-s{EXTRA_ROOMS_SEED}").symlink_to(game.resolve())

    # 3. the warm start
    command = ["examples/train_alfworld.py", "--train_games", "rooms", *CLONE_ARGS, "--warm_start_only", "true"]
    run("accelerate", "launch", "--num_processes", "1", *command[:2], str(rooms), *command[3:],
        "--output_dir", str(work / "run"), "--report_to", "none")  # fmt: skip

    # 4. into the package
    export_warm_start(
        work / "run" / "bc-model",
        args.out,
        made_by="python scripts/alfworld/make_warm_start.py",
        command=" ".join(["accelerate launch", *command]),
        train_games=f"rooms: the 66 bundled training rooms and 66 from `make_problems.py --seed {EXTRA_ROOMS_SEED}`",
    )
    print(f"warm start -> {args.out}")


if __name__ == "__main__":
    main()
