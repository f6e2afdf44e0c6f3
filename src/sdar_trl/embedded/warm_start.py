"""The embedded model and its warm start: a tokenizer and a small Qwen3-style model built on the spot from the
environment's own text, then behaviour cloning on expert steps (TRL's `SFTTrainer`), so that reinforcement learning
starts from a policy that writes valid actions."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from accelerate import PartialState
from datasets import Dataset
from transformers import AutoTokenizer

from ..agent.engine import RolloutConfig, RolloutEngine
from ..agent.formats import AgentFormat
from ..config import SDARConfig
from .checkpoints import clear_warm_start, finished_warm_start, mark_warm_start
from .expert import expert_dataset, expert_response
from .tiny_model import save_tiny_model


def warm_start_dir(output_dir: str) -> str:
    """Where an example keeps its embedded model and warm start."""
    return os.path.join(output_dir, "bc-model")


def reusable_warm_start(output_dir: str, resume: str | None) -> str | None:
    """Resuming: the interrupted run's finished warm start (the checkpoint's weights are loaded over it); else None."""
    folder = warm_start_dir(output_dir)
    return folder if resume and finished_warm_start(folder) else None


def build_local_model(folder: str, text: Iterable[str], *, hidden_size: int = 128, num_layers: int = 4) -> str:
    """Tokenizer trained on ``text`` plus a random Qwen3-style model, saved to ``folder`` by the main process."""
    if PartialState().is_main_process:
        clear_warm_start(folder)
        save_tiny_model(folder, hidden_size=hidden_size, num_layers=num_layers, vocab_size=2048, extra_text=text)
    PartialState().wait_for_everyone()
    return folder


def behaviour_clone(
    folder: str,
    data: Dataset,
    *,
    epochs: float,
    learning_rate: float,
    seed: int,
    use_cpu: bool,
    bf16: bool,
    output_dir: str,
) -> str:
    """Supervised warm start on processed ``(input_ids, completion_mask)`` examples; the model is saved in place."""
    from trl import SFTConfig, SFTTrainer

    args = SFTConfig(
        output_dir=output_dir,
        num_train_epochs=epochs,
        learning_rate=learning_rate,
        per_device_train_batch_size=8,
        lr_scheduler_type="cosine",
        warmup_steps=0.05,
        logging_steps=10,
        save_strategy="no",
        report_to="none",
        completion_only_loss=True,
        max_length=None,
        seed=seed,
        use_cpu=use_cpu,
        bf16=bf16,
    )
    trainer = SFTTrainer(
        model=folder, args=args, train_dataset=data, processing_class=AutoTokenizer.from_pretrained(folder)
    )
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


def prepare_model(
    model_name_or_path: str | None,
    training_args: SDARConfig,
    resume: str | None,
    *,
    agent_format: AgentFormat,
    text: Callable[[], Iterable[str]],
    expert_rows: Sequence[Mapping[str, Any]],
    make_env: Callable,
    walkthrough: Callable[[Mapping[str, Any]], list[str]],
    expert_turns: int,
    epochs: float,
    learning_rate: float,
    respond: Callable[[str], str] = expert_response,
    hidden_size: int = 128,
) -> str:
    """The model an example trains: ``model_name_or_path`` when given; else, when resuming (``resume``), the
    interrupted run's finished warm start; else the embedded default, built in `warm_start_dir(output_dir)`.

    The embedded default is a local model whose tokenizer is trained on ``text()`` (called only then: playing the
    walkthroughs for it takes time), cloned (`behaviour_clone`) on the expert's steps: ``walkthrough(row)`` played on
    each of ``expert_rows`` through ``agent_format``'s prompts and ``respond``'s responses, up to ``expert_turns``
    steps per episode (the expert plays each task to the end, whatever ``max_turns`` the policy gets)."""
    model = model_name_or_path or reusable_warm_start(training_args.output_dir, resume)
    if model is not None:
        return model
    folder = build_local_model(warm_start_dir(training_args.output_dir), text(), hidden_size=hidden_size)
    engine_config = replace(RolloutConfig.from_args(training_args), max_turns=expert_turns)
    expert_engine = RolloutEngine(AutoTokenizer.from_pretrained(folder), agent_format, engine_config)
    data = expert_dataset(expert_engine, expert_rows, make_env, walkthrough, respond=respond)
    return behaviour_clone(
        folder,
        data,
        epochs=epochs,
        learning_rate=learning_rate,
        seed=training_args.seed,
        use_cpu=training_args.use_cpu,
        bf16=training_args.bf16,
        output_dir=os.path.join(training_args.output_dir, "bc"),
    )
