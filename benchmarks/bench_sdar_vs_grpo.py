"""SDAR vs plain GRPO on the same CPU config and seed: time per optimizer step, the teacher's share of it, memory.

    OMP_NUM_THREADS=1 python benchmarks/bench_sdar_vs_grpo.py                    # single-turn, a short block
    OMP_NUM_THREADS=1 python benchmarks/bench_sdar_vs_grpo.py --paper_shapes     # prompt 4x completion, block 0.3x
    OMP_NUM_THREADS=1 python benchmarks/bench_sdar_vs_grpo.py --layout step      # agent step rows (KeyDoor)
    python benchmarks/bench_sdar_vs_grpo.py --device cuda --architecture qwen2.5-0.5b   # a GPU, bf16

Three runs side by side: GRPO, SDAR with the shared-prefix teacher pass (the default), and SDAR with the plain teacher
pass (`teacher_prefix_sharing=False`). Each runs in its own process (so that peak memory is its own), `--repeats`
times, alternating. Time per step is the median over the timed steps of each run (after `--warmup` steps), then the
median over runs; the teacher's share is the time inside `_teacher_pass` over the step time, "teacher s" that time per
step. Teacher tokens are the tokens the teacher pass forwards per generation batch; their floor is the distinct tokens
of the batch's teacher rows (the size of their prefix trie, `sdar_trl.teacher.prefix_trie_size`), which no pass can go
below. Memory is the peak resident set size of the process (`ru_maxrss`) and its growth during training (peak RSS
minus RSS just before `train()`). Targets: forwarded / floor <= 1.05 in every shape; SDAR/GRPO step time <= 1.10 at
64 completion tokens and in the step layout, <= 1.05 at 256 and in the paper's shapes; memory <= 1.05; the default
never slower than the plain pass.

On a GPU (`--device cuda`) the runs use bf16 and time each step after a CUDA synchronize; memory is then the peak of
`torch.cuda.max_memory_allocated` and its growth during training. `--architecture qwen2.5-0.5b` builds a randomly
initialised model with Qwen2.5-0.5B's shape (hidden 896, 24 layers, 14 heads, 2 key/value heads, MLP 4864) over the
tiny tokenizer, locally (no hub); the default is the tiny Qwen3 of `--hidden_size` and `--num_layers`.
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


METHODS = ("grpo", "sdar", "sdar_plain")  # sdar_plain: the teacher pass without prefix sharing


def words(count: int, seed: int) -> str:
    """About ``count`` tokens of the tiny tokenizer's vocabulary (ALFWorld-like words)."""
    pool = (
        "you see a cabinet drawer fridge microwave countertop shelf sink egg apple mug heat cool clean put take go to"
    )
    vocab = pool.split()
    return " ".join(vocab[(seed * 7 + i * 3) % len(vocab)] for i in range(count))


def run_one(method: str, args) -> dict:
    import torch
    from datasets import Dataset
    from transformers import TrainerCallback

    from sdar_trl import SDARConfig, SDARTrainer
    from sdar_trl.envs import KeyDoorEnv
    from sdar_trl.teacher import prefix_trie_size
    from sdar_trl.teacher.prefix import teacher_sequences
    from sdar_trl_examples.tiny_model import build_tiny_model, build_tiny_tokenizer

    torch.set_num_threads(1)
    cuda = args.device == "cuda"
    tokenizer = build_tiny_tokenizer()
    if args.architecture == "qwen2.5-0.5b":
        from transformers import Qwen2Config, Qwen2ForCausalLM

        torch.manual_seed(0)
        model = Qwen2ForCausalLM(
            Qwen2Config(
                vocab_size=len(tokenizer),
                hidden_size=896,
                intermediate_size=4864,
                num_hidden_layers=24,
                num_attention_heads=14,
                num_key_value_heads=2,
                max_position_embeddings=32768,
                rope_theta=1000000.0,
                tie_word_embeddings=True,
                eos_token_id=tokenizer.eos_token_id,
                pad_token_id=tokenizer.pad_token_id,
            )
        )
    else:
        model = build_tiny_model(tokenizer, hidden_size=args.hidden_size, num_layers=args.num_layers, seed=0)
    n = args.batch_size * (args.steps + args.warmup)
    prompt_words = args.completion_length * 4 if args.paper_shapes else 0
    block_words = int(0.3 * prompt_words) if args.paper_shapes else 0
    skills = "General skills: read the admissible actions. Heat skills: take the object, go to microwave 1, heat it."
    dataset = Dataset.from_dict(
        {
            "prompt": [
                [{"role": "user", "content": f"{words(prompt_words, i)} Your task is to: heat some egg {i}."}]
                for i in range(n)
            ],
            "key_room": [1 + i % 2 for i in range(n)],
            "privileged_context": [f"{skills} {words(block_words, i)} Target receptacle {i}." for i in range(n)],
        }
    )

    def reward(completions, **kwargs):
        return [float(len(c[0]["content"])) for c in completions]

    class TimedTrainer(SDARTrainer):
        teacher_seconds = 0.0
        teacher_floors: list[int] = []

        def _teacher_rows(self, *a, **k):
            rows = super()._teacher_rows(*a, **k)
            self.teacher_floors.append(prefix_trie_size(teacher_sequences(rows)))
            return rows

        def _teacher_pass(self, *a, **k):
            start = time.perf_counter()
            try:
                return super()._teacher_pass(*a, **k)
            finally:
                self.teacher_seconds += time.perf_counter() - start

    class StepTimes(TrainerCallback):
        def __init__(self):
            self.times, self._start = [], None

        def on_step_begin(self, *a, **k):
            if cuda:
                torch.cuda.synchronize()
            self._start = time.perf_counter()

        def on_step_end(self, *a, **k):
            if cuda:
                torch.cuda.synchronize()
            self.times.append(time.perf_counter() - self._start)

    with tempfile.TemporaryDirectory() as out:
        config = SDARConfig(
            output_dir=out,
            use_cpu=not cuda,
            bf16=cuda,
            gradient_checkpointing=False,
            report_to=[],
            seed=0,
            per_device_train_batch_size=args.batch_size,
            num_generations=args.num_generations,
            max_completion_length=args.completion_length,
            max_steps=args.steps + args.warmup,
            save_strategy="no",
            logging_steps=1000,
            sdar_coef=0.0 if method == "grpo" else 0.01,
            teacher_prefix_sharing=method != "sdar_plain",
            generation_kwargs={"min_new_tokens": args.completion_length},  # same token count for every method
            max_turns=args.max_turns,
        )
        agent = {"env": KeyDoorEnv} if args.layout == "step" else {"reward_funcs": reward}
        trainer = TimedTrainer(model=model, args=config, train_dataset=dataset, processing_class=tokenizer, **agent)
        timer = StepTimes()
        trainer.add_callback(timer)
        if cuda:
            torch.cuda.reset_peak_memory_stats()
        before = torch.cuda.memory_allocated() / 2**20 if cuda else rss_mb()
        trainer.train()
    peak = (
        torch.cuda.max_memory_allocated() / 2**20
        if cuda
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    timed = timer.times[args.warmup :]
    teacher_tokens = [h["sdar/teacher_tokens"] for h in trainer.state.log_history if "sdar/teacher_tokens" in h]
    return {
        "method": method,
        "step_s": statistics.median(timed),
        "teacher_share": trainer.teacher_seconds / sum(timer.times),
        "teacher_s": trainer.teacher_seconds / len(timer.times),
        "teacher_tokens": statistics.mean(teacher_tokens) if teacher_tokens else 0.0,
        "teacher_floor": statistics.mean(trainer.teacher_floors) if trainer.teacher_floors else 0.0,
        "peak_rss_mb": peak,
        "train_rss_growth_mb": peak - before,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--architecture", choices=["tiny", "qwen2.5-0.5b"], default="tiny")
    parser.add_argument("--hidden_size", type=int, default=256)
    parser.add_argument("--num_layers", type=int, default=4)
    parser.add_argument("--batch_size", type=int, default=8)
    parser.add_argument("--num_generations", type=int, default=4)
    parser.add_argument("--completion_length", type=int, default=64)
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--paper_shapes", action="store_true", help="Prompt 4x the completion, block 0.3x the prompt.")
    parser.add_argument("--layout", choices=["single", "step"], default="single")
    parser.add_argument("--max_turns", type=int, default=3, help="Step layout: turns per episode.")
    parser.add_argument("--json", type=str, default=None)
    parser.add_argument("--child", type=str, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(run_one(args.child, args)))
        return

    runs = {method: [] for method in METHODS}
    forwarded = [f"--{k}={v}" for k, v in vars(args).items() if k not in ("json", "child", "paper_shapes")]
    forwarded += ["--paper_shapes"] if args.paper_shapes else []
    for _ in range(args.repeats):
        for method in METHODS:
            out = subprocess.run(
                [sys.executable, __file__, *forwarded, "--child", method],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "OMP_NUM_THREADS": "1"},
            )
            runs[method].append(json.loads(out.stdout.strip().splitlines()[-1]))
    keys = (
        "step_s",
        "teacher_share",
        "teacher_s",
        "teacher_tokens",
        "teacher_floor",
        "peak_rss_mb",
        "train_rss_growth_mb",
    )
    summary = {m: {k: statistics.median(r[k] for r in rs) for k in keys} for m, rs in runs.items()}
    ratios = {
        m: {k: summary[m][k] / summary["grpo"][k] for k in ("step_s", "peak_rss_mb", "train_rss_growth_mb")}
        for m in ("sdar", "sdar_plain")
    }
    model = "Qwen2.5-0.5B shape" if args.architecture == "qwen2.5-0.5b" else f"hidden {args.hidden_size}"
    model += "" if args.architecture == "qwen2.5-0.5b" else f", layers {args.num_layers}"
    memory = "GPU memory" if args.device == "cuda" else "RSS"
    print(
        f"config: {args.layout} layout{', paper shapes' if args.paper_shapes else ''}, {args.device}, {model}, "
        f"batch {args.batch_size}, completion {args.completion_length} tokens, {args.steps} timed steps x "
        f"{args.repeats} runs; memory: {memory}"
    )
    print(
        f"{'method':<11} {'s/step':>7} {'teacher share':>13} {'teacher s':>9} {'teacher tokens':>14} {'floor':>7} "
        f"{'tokens/floor':>12} "
        f"{'peak MB':>8} {'growth MB':>9}"
    )
    for m, s in summary.items():
        over = f"{s['teacher_tokens'] / s['teacher_floor']:.3f}" if s["teacher_floor"] else "-"
        print(
            f"{m:<11} {s['step_s']:>7.3f} {100 * s['teacher_share']:>12.1f}% {s['teacher_s']:>9.3f} "
            f"{s['teacher_tokens']:>14.0f} "
            f"{s['teacher_floor']:>7.0f} {over:>12} {s['peak_rss_mb']:>8.0f} {s['train_rss_growth_mb']:>9.0f}"
        )
    for m, r in ratios.items():
        print(
            f"{m}/grpo: time {r['step_s']:.3f}, peak memory {r['peak_rss_mb']:.3f}, "
            f"growth {r['train_rss_growth_mb']:.3f}"
        )
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"runs": runs, "summary": summary, "ratios": ratios}, f, indent=2)


if __name__ == "__main__":
    main()
