"""Rollout throughput: the batched engine vs one episode at a time, and batches that thin out.

    OMP_NUM_THREADS=1 python benchmarks/bench_rollout.py                 # 8 parallel episodes, KeyDoor env
    OMP_NUM_THREADS=1 python benchmarks/bench_rollout.py --episodes 16 --json out.json
    OMP_NUM_THREADS=1 python benchmarks/bench_rollout.py --thinning --episodes 16 --max_turns 8
    OMP_NUM_THREADS=1 python benchmarks/bench_rollout.py --alfworld           # environments in worker processes

The policy is the tiny local model with transformers `generate` (sampling, `--max_new_tokens` per turn); every mode
plays the same rows with the same seed. Targets: >= 3x episodes/s batched vs sequential at 8 parallel episodes, and
< 10% of rollout time outside generation.

`--thinning` plays `CountdownEnv` episodes instead: all of `--max_turns` steps ("full"), or of lengths drawn from a
seeded distribution like ALFWorld's, where some episodes end early and most run long ("varied", lockstep: the batch
thins out as episodes end), and the same varied episodes with `max_live_episodes` = half the episodes ("refill": a
finished episode's slot goes to a waiting one). Throughput is in environment steps per second, so that full and
varied runs compare; the thinning cost is 1 - varied / full.

`--alfworld` plays a training step of the ALFWorld main job (the bundled warm start, 2 bundled training games x 4
episodes, 20 turns, temperature 0.7, 40 new tokens) with the environments in the trainer's process
(`env_workers=0`) and in worker processes (`--env_workers`, default 2), the same seed each: the same episodes, so the
ratio is the engine's alone. Each mode first plays once untimed (the worker processes start then, as in a job's
first step). Target: >= 1.3x env steps/s with 2 workers on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics

import torch

from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.agent.generation import hf_generate_fn
from sdar_trl.envs import CountdownEnv, KeyDoorEnv
from sdar_trl_examples.tiny_model import build_tiny_model, build_tiny_tokenizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--episodes", type=int, default=8)
    parser.add_argument("--max_turns", type=int, default=4)
    parser.add_argument("--max_new_tokens", type=int, default=32)
    parser.add_argument("--hidden_size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=str, default=None)
    parser.add_argument(
        "--thinning", action="store_true", help="Full vs varied episode lengths, with and without refill."
    )
    parser.add_argument("--alfworld", action="store_true", help="ALFWorld environments in and out of process.")
    parser.add_argument("--env_workers", type=int, default=2)
    args = parser.parse_args()
    if args.thinning:
        thinning(args)
        return
    if args.alfworld:
        alfworld(args)
        return

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


def varied_lengths(count: int, max_turns: int, seed: int = 0) -> list[int]:
    """Episode lengths like ALFWorld's: 40% end early (1 to half the turn limit), the rest use every turn."""
    rng = random.Random(seed)
    return [rng.randint(1, max(1, max_turns // 2)) if rng.random() < 0.4 else max_turns for _ in range(count)]


def thinning(args) -> None:
    torch.set_num_threads(1)
    tokenizer = build_tiny_tokenizer()
    model = build_tiny_model(tokenizer, hidden_size=args.hidden_size).eval()
    generate = hf_generate_fn(model, tokenizer, max_new_tokens=args.max_new_tokens, temperature=1.0)
    lengths = varied_lengths(args.episodes, args.max_turns)
    modes = {
        "full": ([args.max_turns] * args.episodes, None),
        "varied": (lengths, None),
        "refill": (lengths, max(1, args.episodes // 2)),
    }
    results = {}
    for mode, (mode_lengths, limit) in modes.items():
        config = RolloutConfig(layout="step", max_turns=args.max_turns, max_live_episodes=limit)
        engine = RolloutEngine(tokenizer, ACTION_FORMAT, config)
        rows = [{"length": n} for n in mode_lengths]
        rates, outside, calls = [], [], []
        for repeat in range(args.repeats):
            torch.manual_seed(repeat)
            episodes, stats = engine.run(rows, CountdownEnv, generate)
            rates.append(sum(len(e.turns) for e in episodes) / stats.total_seconds)
            outside.append(1 - stats.generation_seconds / stats.total_seconds)
            calls.append(stats.generation_calls)
        results[mode] = {
            "steps_per_s": statistics.median(rates),
            "outside_generation": statistics.median(outside),
            "generation_calls": statistics.median(calls),
            "steps": sum(mode_lengths),
        }
    cost = 1 - results["varied"]["steps_per_s"] / results["full"]["steps_per_s"]
    print(
        f"{args.episodes} episodes, up to {args.max_turns} turns (varied lengths {lengths}), "
        f"{args.max_new_tokens} new tokens per turn, tiny model (hidden {args.hidden_size}), median of {args.repeats}"
    )
    for mode, r in results.items():
        print(
            f"{mode:<7} {r['steps_per_s']:8.2f} env steps/s   {r['generation_calls']:4.0f} generation calls   "
            f"{100 * r['outside_generation']:5.1f}% outside generation"
        )
    print(
        f"thinning cost (1 - varied/full): {100 * cost:.1f}%   refill/varied: "
        f"{results['refill']['steps_per_s'] / results['varied']['steps_per_s']:.2f}x"
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {"results": results, "thinning_cost": cost, "lengths": lengths, "config": vars(args)}, f, indent=2
            )


def alfworld(args) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from sdar_trl.envs.alfworld import ALFWorldEnv, bundled_games, game_rows
    from sdar_trl_examples.bundled import bundled_path

    torch.set_num_threads(1)
    model_dir = bundled_path("models", "alfworld_search")
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir).eval()
    generate = hf_generate_fn(model, tokenizer, max_new_tokens=40, temperature=0.7)
    games = game_rows(bundled_games("train"))[:2]
    rows = [game for game in games for _ in range(4)]
    results, played = {}, {}
    for workers in (0, args.env_workers):
        engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(max_turns=20, env_workers=workers))
        torch.manual_seed(0)
        engine.run(rows, ALFWorldEnv, generate)  # untimed: starts the worker processes
        rates, outside = [], []
        for repeat in range(args.repeats):
            torch.manual_seed(repeat)
            episodes, stats = engine.run(rows, ALFWorldEnv, generate)
            rates.append(sum(len(e.turns) for e in episodes) / stats.total_seconds)
            outside.append(1 - stats.generation_seconds / stats.total_seconds)
            played.setdefault(repeat, []).append([[t.action.action for t in e.turns] for e in episodes])
        results[f"env_workers={workers}"] = {
            "steps_per_s": statistics.median(rates),
            "outside_generation": statistics.median(outside),
        }
    same = all(runs[0] == runs[1] for runs in played.values())
    ratio = results[f"env_workers={args.env_workers}"]["steps_per_s"] / results["env_workers=0"]["steps_per_s"]
    print(f"ALFWorld, {len(rows)} episodes x up to 20 turns, bundled warm start, median of {args.repeats}")
    for mode, r in results.items():
        share = 100 * r["outside_generation"]
        print(f"{mode:<14} {r['steps_per_s']:6.2f} env steps/s   {share:5.1f}% outside generation")
    print(f"speed-up {ratio:.2f}x (target >= 1.3x); the same episodes in both modes: {same}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"results": results, "speedup": ratio, "same_episodes": same, "config": vars(args)}, f, indent=2)


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
