"""What the examples' embedded defaults share: machine defaults, the local model's warm start, evaluation runs.

An embedded default trains on bundled data with a small model built on the spot: a tokenizer trained on the
environment's own text, a Qwen3-style model, and a behaviour-cloning warm start on expert steps (TRL's `SFTTrainer`),
so that reinforcement learning starts from a policy that writes valid actions.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import torch
from accelerate import PartialState
from datasets import Dataset
from transformers import AutoModelForCausalLM, AutoTokenizer

from .resume import clear_warm_start, finished_warm_start, mark_warm_start
from .rollout.engine import RolloutEngine
from .rollout.evaluate import EvalResult, evaluate, markdown_table, write_results
from .rollout.generation import hf_generate_fn
from .tiny_model import save_tiny_model


def cpu_defaults() -> dict:
    """Without an accelerator, train on the CPU in float32 (GRPOConfig defaults to bf16, which needs a GPU)."""
    if torch.cuda.is_available():
        return {}
    return {"use_cpu": True, "bf16": False, "gradient_checkpointing": False}


def wandb_defaults() -> dict:
    """Log to W&B when it is installed; offline (sync later with `wandb sync`) when nobody is logged in."""
    if importlib.util.find_spec("wandb") is None:
        return {"report_to": "none"}
    logged_in = os.environ.get("WANDB_API_KEY") or os.path.exists(os.path.expanduser("~/.netrc"))
    if not logged_in:
        os.environ.setdefault("WANDB_MODE", "offline")
    return {"report_to": "wandb"}


def warm_start_dir(output_dir: str) -> str:
    """Where an example keeps its embedded model and warm start."""
    return os.path.join(output_dir, "bc-model")


def reusable_warm_start(output_dir: str, resume: str | None) -> str | None:
    """Resuming: the interrupted run's finished warm start (the checkpoint's weights are loaded over it); else None."""
    folder = warm_start_dir(output_dir)
    return folder if resume and finished_warm_start(folder) else None


def train_and_save(trainer, resume: str | None) -> None:
    """Train (from checkpoint ``resume``, if any), then save the model and ``trainer_state.json`` (what `sdar-trl plot`
    reads) to ``output_dir``; returns once every process is done."""
    trainer.train(resume_from_checkpoint=resume)
    trainer.save_model(trainer.args.output_dir)
    trainer.save_state()
    PartialState().wait_for_everyone()


def build_local_model(folder: str, text: Iterable[str], *, hidden_size: int = 128, num_layers: int = 4) -> str:
    """Tokenizer trained on ``text`` plus a random Qwen3-style model, saved to ``folder`` by the main process."""
    if PartialState().is_main_process:
        clear_warm_start(folder)
        save_tiny_model(folder, hidden_size=hidden_size, num_layers=num_layers, vocab_size=2048, extra_text=text)
    PartialState().wait_for_everyone()
    return folder


def behaviour_clone(folder: str, data: Dataset, *, epochs: float, learning_rate: float, seed: int, use_cpu: bool,
                    bf16: bool, output_dir: str) -> str:
    """Supervised warm start on processed ``(input_ids, completion_mask)`` examples; the model is saved in place."""
    from trl import SFTConfig, SFTTrainer

    args = SFTConfig(
        output_dir=output_dir, num_train_epochs=epochs, learning_rate=learning_rate, per_device_train_batch_size=8,
        lr_scheduler_type="cosine", warmup_steps=0.05, logging_steps=10, save_strategy="no", report_to="none",
        completion_only_loss=True, max_length=None, seed=seed, use_cpu=use_cpu, bf16=bf16,
    )
    trainer = SFTTrainer(model=folder, args=args, train_dataset=data,
                         processing_class=AutoTokenizer.from_pretrained(folder))
    trainer.train()
    # Every process calls save_model: under ZeRO-3 it gathers the sharded weights (the main process writes them).
    trainer.save_model(folder)
    if PartialState().is_main_process:
        mark_warm_start(folder, epochs=epochs, learning_rate=learning_rate, seed=seed, examples=len(data))
    PartialState().wait_for_everyone()
    # Under DeepSpeed, accelerate refuses a second Accelerator with a DeepSpeed plugin in the same process (the RL
    # trainer that follows); the warm start is finished, so its accelerator state goes (the process group stays).
    if trainer.is_deepspeed_enabled:
        from accelerate.state import AcceleratorState, GradientState

        del trainer
        AcceleratorState._reset_state()
        GradientState._reset_state()
    return folder


@contextmanager
def _outside_zero3():
    """While a ZeRO-3 trainer is alive, transformers builds every new model partitioned over all processes and
    `generate` syncs its steps with the other processes (collectives); evaluation runs on the main process alone, with
    a whole model of its own, so neither may happen there."""
    from transformers.integrations import deepspeed as hf_deepspeed

    kept = hf_deepspeed._hf_deepspeed_config_weak_ref
    hf_deepspeed.unset_hf_deepspeed_config()
    try:
        yield
    finally:
        hf_deepspeed._hf_deepspeed_config_weak_ref = kept


def evaluate_splits(
    model_dir: str,
    make_engine: Callable[[Any], RolloutEngine],
    splits: Mapping[str, Sequence[Mapping[str, Any]]],
    make_env: Callable,
    *,
    label: str,
    max_new_tokens: int,
    temperature: float,
    seed: int,
    invalid_penalty: float,
    skill_text: Callable | None = None,
) -> list[EvalResult]:
    """One `evaluate` per split on the main process (the others return nothing)."""
    if not PartialState().is_main_process:
        return []
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    with _outside_zero3():
        # On the accelerator, in bf16 there: a 7B model evaluated in fp32 on CPU would outlast the other processes'
        # collective timeout while they wait.
        on_gpu = torch.cuda.is_available()
        model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.bfloat16 if on_gpu else None)
        model = model.to(PartialState().device).eval()
        engine = make_engine(tokenizer)
        generate = hf_generate_fn(model, tokenizer, max_new_tokens=max_new_tokens, temperature=temperature)
        torch.manual_seed(seed)
        return [evaluate(engine, rows, make_env, generate, name=f"{label} {split}", skill_text=skill_text,
                         invalid_penalty=invalid_penalty) for split, rows in splits.items()]


def report(results: Sequence[EvalResult], output_dir: str, title: str, with_score: bool = False) -> dict:
    """Write ``eval_results.{json,md}`` and ``summary.json`` to ``output_dir`` and print the one-screen table (main
    process only); returns the summary (success per run, plus the mean score when ``with_score``)."""
    if not PartialState().is_main_process:
        return {}
    write_results(results, os.path.join(output_dir, "eval_results.json"), os.path.join(output_dir, "eval_results.md"))
    summary = {r.name: ({"success": r.success_rate, "score": r.mean_score} if with_score else r.success_rate)
               for r in results}
    with open(os.path.join(output_dir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print(f"\n=== {title} ===\n{markdown_table(results)}\nresults: {output_dir}/eval_results.md   "
          f"checkpoint: {output_dir}\n")
    return summary
