"""SDAR vs plain GRPO on the same CPU config and seed: wall time per optimizer step and peak memory.

    OMP_NUM_THREADS=1 python benchmarks/bench_sdar_vs_grpo.py            # prints a table and the ratios
    OMP_NUM_THREADS=1 python benchmarks/bench_sdar_vs_grpo.py --json out.json

Each method runs in its own process (so that peak memory is its own), `--repeats` times, alternating. Time per step
is the median over the timed steps of each run (after `--warmup` steps), then the median over runs. Memory is the
peak resident set size of the process (`ru_maxrss`) and, to leave out the Python/library baseline, its growth during
training (peak RSS minus RSS just before `train()`). Target (issue 2): SDAR <= 1.15x GRPO time, <= 1.05x memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_one(method: str, args) -> dict:
    import torch
    from datasets import Dataset
    from transformers import TrainerCallback

    from sdar_trl import SDARConfig, SDARTrainer
    from sdar_trl.embedded.tiny_model import build_tiny_model, build_tiny_tokenizer

    torch.set_num_threads(1)
    tokenizer = build_tiny_tokenizer()
    model = build_tiny_model(tokenizer, hidden_size=args.hidden_size, num_layers=args.num_layers, seed=0)
    n = args.batch_size * (args.steps + args.warmup)
    dataset = Dataset.from_dict(
        {
            "prompt": [
                [{"role": "user", "content": f"Your task is to: heat some egg {i} and put it in countertop 1."}]
                for i in range(n)
            ],
            "privileged_context": [
                "General skills: read the admissible actions. Heat skills: take the object, go to microwave 1, "
                f"heat it, then put it in the target receptacle {i}."
                for i in range(n)
            ],
        }
    )

    def reward(completions, **kwargs):
        return [float(len(c[0]["content"])) for c in completions]

    class StepTimes(TrainerCallback):
        def __init__(self):
            self.times, self._start = [], None

        def on_step_begin(self, *a, **k):
            self._start = time.perf_counter()

        def on_step_end(self, *a, **k):
            self.times.append(time.perf_counter() - self._start)

    with tempfile.TemporaryDirectory() as out:
        config = SDARConfig(
            output_dir=out,
            use_cpu=True,
            bf16=False,
            gradient_checkpointing=False,
            report_to=[],
            seed=0,
            per_device_train_batch_size=args.batch_size,
            num_generations=args.num_generations,
            max_completion_length=args.completion_length,
            max_steps=args.steps + args.warmup,
            save_strategy="no",
            logging_steps=1000,
            sdar_coef=0.01 if method == "sdar" else 0.0,
            generation_kwargs={"min_new_tokens": args.completion_length},  # same token count for both methods
        )
        trainer = SDARTrainer(
            model=model, reward_funcs=reward, args=config, train_dataset=dataset, processing_class=tokenizer
        )
        timer = StepTimes()
        trainer.add_callback(timer)
        rss_before = rss_mb()
        trainer.train()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timed = timer.times[args.warmup :]
    return {
        "method": method,
        "step_s": statistics.median(timed),
        "peak_rss_mb": peak,
        "train_rss_growth_mb": peak - rss_before,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hidden_size", type=int, default=256)
    parser.add_argument("--num_layers", type=int, default=4)
    parser.add_argument("--batch_size", type=int, default=8)
    parser.add_argument("--num_generations", type=int, default=4)
    parser.add_argument("--completion_length", type=int, default=64)
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=str, default=None)
    parser.add_argument("--child", type=str, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(run_one(args.child, args)))
        return

    runs = {"grpo": [], "sdar": []}
    forwarded = [f"--{k}={v}" for k, v in vars(args).items() if k not in ("json", "child")]
    for _ in range(args.repeats):
        for method in ("grpo", "sdar"):
            out = subprocess.run(
                [sys.executable, __file__, *forwarded, "--child", method],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "OMP_NUM_THREADS": "1"},
            )
            runs[method].append(json.loads(out.stdout.strip().splitlines()[-1]))
    summary = {
        m: {k: statistics.median(r[k] for r in rs) for k in ("step_s", "peak_rss_mb", "train_rss_growth_mb")}
        for m, rs in runs.items()
    }
    ratios = {k: summary["sdar"][k] / summary["grpo"][k] for k in summary["grpo"]}
    print(
        f"config: hidden {args.hidden_size}, layers {args.num_layers}, batch {args.batch_size}, "
        f"completion {args.completion_length} tokens, {args.steps} timed steps x {args.repeats} runs"
    )
    print(f"{'method':<6} {'s/step':>8} {'peak RSS MB':>12} {'train growth MB':>16}")
    for m, s in summary.items():
        print(f"{m:<6} {s['step_s']:>8.3f} {s['peak_rss_mb']:>12.0f} {s['train_rss_growth_mb']:>16.0f}")
    print(
        f"ratio  {ratios['step_s']:>8.3f} {ratios['peak_rss_mb']:>12.3f} {ratios['train_rss_growth_mb']:>16.3f}"
        "   (targets: time <= 1.15, memory <= 1.05)"
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"runs": runs, "summary": summary, "ratios": ratios}, f, indent=2)


if __name__ == "__main__":
    main()
