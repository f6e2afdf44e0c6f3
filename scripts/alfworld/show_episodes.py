"""Play a few bundled ALFWorld games with a trained model and print what it did, turn by turn.

    python scripts/alfworld/show_episodes.py outputs/alfworld-sdar --view teacher --split eval --games 5

``--view student`` plays the step prompt alone; ``--view teacher`` puts the true skill block of the
``alfworld_homes`` library in front of it, where the SDAR teacher reads it. For each game: the task, where the task's
objects really are (from the game's PDDL problem), whether it was won, and each action with the start of what the
engine answered: enough to see, e.g., a clone that walks past the object it was sent to find.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.agent.engine import ContextBlocks
from sdar_trl.agent.generation import load_generate_fn
from sdar_trl.envs.alfworld import HOMES, ALFWorldEnv, bundled_games, game_rows
from sdar_trl_examples.alfworld_search import homes_block, object_places, task_objects
from sdar_trl_examples.evaluation import TeacherViewEngine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model_dir")
    parser.add_argument("--view", choices=("student", "teacher"), default="student")
    parser.add_argument("--split", choices=("train", "eval"), default="eval")
    parser.add_argument("--games", type=int, default=5, help="every k-th game of the split, k = split size / games")
    parser.add_argument("--max_turns", type=int, default=20)
    parser.add_argument("--temperature", type=float, default=0.4)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    tokenizer, generate = load_generate_fn(
        args.model_dir, max_new_tokens=40, temperature=args.temperature, seed=args.seed
    )
    every = game_rows(bundled_games(args.split))
    rows = every[:: max(1, len(every) // args.games)][: args.games]
    rollout = RolloutConfig(max_turns=args.max_turns, history_window=2)
    if args.view == "teacher":
        engine = TeacherViewEngine(tokenizer, ACTION_FORMAT, rollout)

        def contexts(episodes):
            return [ContextBlocks(teacher=homes_block(HOMES, e.first.task)) for e in episodes]
    else:
        engine, contexts = RolloutEngine(tokenizer, ACTION_FORMAT, rollout), None
    episodes, _ = engine.run(rows, ALFWorldEnv, generate, contexts=contexts)
    for row, episode in zip(rows, episodes):
        places = object_places(json.loads(Path(row["gamefile"]).read_text())["pddl_problem"])
        where = {obj: sorted(places.get(obj, ())) for obj in task_objects(episode.first.task)}
        print(f"\n{episode.first.task} | really at {where} | homes {[HOMES[o] for o in where]} | won {episode.won}")
        for turn in episode.turns:
            print(f"    {turn.action.action!r:40} -> {turn.observation.text[:110]}")


if __name__ == "__main__":
    main()
