"""Shop for a few bundled WebShop goals with a trained model and print what it did next to what the expert does.

    python scripts/webshop/show_episodes.py outputs/webshop-sdar/bc-model --split eval --goals 12

For each goal: the instruction, the expert's actions after its search (`shop_walkthrough`), the model's actions and
the score of its purchase (0 when it bought nothing). Greedy by default (``--temperature 0``). Reading a clone's
episodes this way shows how it fails: a query with a memorized word, a frequent option value instead of the
instruction's, a product id clicked again on the item page.
"""

from __future__ import annotations

import argparse

from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.agent.generation import load_generate_fn
from sdar_trl.envs.webshop import ShopEnv, load_catalogue, load_goals, shop_walkthrough


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model_dir")
    parser.add_argument("--split", choices=("train", "eval"), default="eval")
    parser.add_argument("--goals", type=int, default=12, help="the first N goals of the split")
    parser.add_argument("--results_per_page", type=int, default=5, help="as the model was trained (example: 5)")
    parser.add_argument("--max_turns", type=int, default=10)
    parser.add_argument("--temperature", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    tokenizer, generate = load_generate_fn(
        args.model_dir, max_new_tokens=64, temperature=args.temperature, seed=args.seed
    )
    catalogue = load_catalogue()
    goals = load_goals(args.split)[: args.goals]
    engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(max_turns=args.max_turns, history_window=2))
    episodes, _ = engine.run(goals, lambda: ShopEnv(catalogue, per_page=args.results_per_page), generate)
    for goal, episode in zip(goals, episodes):
        score = episode.turns[-1].info.get("score", 0.0) if episode.turns else 0.0
        print(f"\n{goal['instruction_text']}")
        print(f"    expert: {shop_walkthrough(goal, catalogue, args.results_per_page)[1:]}")
        print(f"    model:  {[turn.action.action for turn in episode.turns]} -> score {score:.2f}")


if __name__ == "__main__":
    main()
