"""Rollout throughput: the batched engine vs one episode at a time, and the share of time outside generation.

    OMP_NUM_THREADS=1 python benchmarks/bench_rollout.py                 # 8 parallel episodes, KeyDoor env
    OMP_NUM_THREADS=1 python benchmarks/bench_rollout.py --episodes 16 --json out.json

The policy is the tiny local model with transformers `generate` (sampling, `--max_new_tokens` per turn); both modes
play the same rows with the same seed. Targets (issue 4): >= 3x episodes/s batched vs sequential at 8 parallel
episodes, and < 10% of rollout time outside generation.
"""

from __future__ import annotations

import argparse
import json
import statistics

import torch

from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.agent.generation import hf_generate_fn
from sdar_trl.embedded.tiny_model import build_tiny_model, build_tiny_tokenizer
from sdar_trl.envs import KeyDoorEnv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--episodes", type=int, default=8)
    parser.add_argument("--max_turns", type=int, default=4)
    parser.add_argument("--max_new_tokens", type=int, default=32)
    parser.add_argument("--hidden_size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=str, default=None)
    args = parser.parse_args()

    torch.set_num_threads(1)
    tokenizer = build_tiny_tokenizer()
    model = build_tiny_model(tokenizer, hidden_size=args.hidden_size).eval()
    generate = hf_generate_fn(model, tokenizer, max_new_tokens=args.max_new_tokens, temperature=1.0)
    engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(layout="step", max_turns=args.max_turns))
    rows = [{"key_room": 1 + i % 2} for i in range(args.episodes)]

    results = {}
    for mode, batched in (("batched", True), ("sequential", False)):
        rates, outside = [], []
        for repeat in range(args.repeats):
            torch.manual_seed(repeat)
            episodes, seconds, generation_seconds = play(engine, rows, generate, batched)
            rates.append(len(episodes) / seconds)
            outside.append(1 - generation_seconds / seconds)
        results[mode] = {"episodes_per_s": statistics.median(rates), "outside_generation": statistics.median(outside)}
    speedup = results["batched"]["episodes_per_s"] / results["sequential"]["episodes_per_s"]
    print(
        f"{args.episodes} episodes x {args.max_turns} turns, {args.max_new_tokens} new tokens per turn, "
        f"tiny model (hidden {args.hidden_size}), median of {args.repeats}"
    )
    for mode, r in results.items():
        print(
            f"{mode:<10} {r['episodes_per_s']:8.2f} episodes/s   "
            f"{100 * r['outside_generation']:5.1f}% outside generation"
        )
    print(f"speed-up   {speedup:8.2f}x   (targets: >= 3x, < 10% outside generation)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"results": results, "speedup": speedup, "config": vars(args)}, f, indent=2)


def play(engine, rows, generate, batched: bool):
    """All rows in one lockstep rollout, or the baseline: one rollout per row, one episode at a time. Returns the
    episodes, the wall time and the time spent generating."""
    runs = (
        [engine.run(rows, KeyDoorEnv, generate)] if batched else [engine.run([r], KeyDoorEnv, generate) for r in rows]
    )
    episodes = [e for run_episodes, _ in runs for e in run_episodes]
    return (
        episodes,
        sum(stats.total_seconds for _, stats in runs),
        sum(stats.generation_seconds for _, stats in runs),
    )


if __name__ == "__main__":
    main()
