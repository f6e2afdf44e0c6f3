"""The embedded model and its warm start: a tokenizer and a small Qwen3-style model built on the spot from the
environment's own text, then behaviour cloning on expert steps (TRL's `SFTTrainer`), so that reinforcement learning
starts from a policy that writes valid actions."""

from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from accelerate import PartialState
from datasets import Dataset
from transformers import AutoTokenizer

from sdar_trl.agent.engine import RolloutConfig, RolloutEngine
from sdar_trl.agent.formats import AgentFormat
from sdar_trl.config import SDARConfig

from .checkpoints import WARM_START_MARKER, clear_warm_start, finished_warm_start, mark_warm_start
from .expert import expert_dataset, expert_response
from .tiny_model import save_tiny_model


def warm_start_dir(output_dir: str) -> str:
    """Where an example keeps its embedded model and warm start."""
    return os.path.join(output_dir, "bc-model")


# What a shipped warm start holds: the model and its tokenizer, not `training_args.bin` (the cloning run's paths).
WARM_START_FILES = (
    "config.json",
    "generation_config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "chat_template.jinja",
)


def export_warm_start(folder: str | os.PathLike, out: str | os.PathLike, **provenance: str) -> None:
    """Copy the finished warm start in ``folder`` to ``out`` (e.g. into the package, to be shipped), its
    `warm_start.json` extended with ``provenance`` (how it was made: the command, the data)."""
    if not finished_warm_start(str(folder)):
        raise ValueError(f"{folder} holds no finished warm start ({WARM_START_MARKER} is missing).")
    os.makedirs(out, exist_ok=True)
    for name in WARM_START_FILES:
        shutil.copy2(os.path.join(folder, name), os.path.join(out, name))
    with open(os.path.join(folder, WARM_START_MARKER)) as f:
        settings = json.load(f)
    with open(os.path.join(out, WARM_START_MARKER), "w") as f:
        json.dump({**settings, **provenance}, f, indent=2)
        f.write("\n")


def reusable_warm_start(output_dir: str, resume: str | None) -> str | None:
    """Resuming: the interrupted run's finished warm start (the checkpoint's weights are loaded over it); else None."""
    folder = warm_start_dir(output_dir)
    return folder if resume and finished_warm_start(folder) else None


def build_local_model(
    folder: str, text: Iterable[str], *, hidden_size: int = 128, num_layers: int = 4, split_digits: bool = False
) -> str:
    """Tokenizer trained on ``text`` plus a random Qwen3-style model, saved to ``folder`` by the main process
    (``split_digits``: see `build_tiny_tokenizer`)."""
    if PartialState().is_main_process:
        clear_warm_start(folder)
        save_tiny_model(
            folder,
            hidden_size=hidden_size,
            num_layers=num_layers,
            vocab_size=2048,
            extra_text=text,
            split_digits=split_digits,
        )
    PartialState().wait_for_everyone()
    return folder


def _supervised(
    folder: str, data: Dataset, *, seed: int, use_cpu: bool, bf16: bool, output_dir: str, **schedule
) -> None:
    """TRL's `SFTTrainer` on processed ``(input_ids, completion_mask)`` examples (loss on the completion), the model
    saved in place; ``schedule``: the `SFTConfig` fields of this phase (epochs or steps, learning rate, batch)."""
    from trl import SFTConfig, SFTTrainer

    args = SFTConfig(
        output_dir=output_dir,
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
        **schedule,
    )
    trainer = SFTTrainer(
        model=folder, args=args, train_dataset=data, processing_class=AutoTokenizer.from_pretrained(folder)
    )
    trainer.train()
    # Every process calls save_model: under ZeRO-3 it gathers the sharded weights (the main process writes them).
    trainer.save_model(folder)
    PartialState().wait_for_everyone()
    # Under DeepSpeed, accelerate refuses a second Accelerator with a DeepSpeed plugin in the same process (the next
    # phase or the RL trainer); this phase is finished, so its accelerator state goes (the process group stays).
    if trainer.is_deepspeed_enabled:
        from accelerate.state import AcceleratorState, GradientState

        del trainer
        AcceleratorState._reset_state()
        GradientState._reset_state()


def copy_examples(tokenizer, text: Sequence[str], count: int, *, max_width: int = 32, seed: int = 0) -> Dataset:
    """``count`` windows of ``text``'s tokens (8 to ``max_width`` long), each followed by itself, with the loss on
    the repeat: ``[w_1 .. w_n | w_1 .. w_n]``, predicting ``w_2 .. w_n`` of the second copy.

    A language model learns to copy from such sequences (attention to where the current token appeared before, then
    to the token after it: an induction head). A pretrained LLM has that ability; a model built on the spot does not,
    and without it the warm start memorizes the training tasks' names instead of copying the ones a new task gives
    (a search query from the question, an answer from the documents, a product id from the page)."""
    newline = tokenizer("\n", add_special_tokens=False)["input_ids"]
    # Line by line (one long call would trip the tokenizer's max-length warning), joined by newlines.
    ids = [i for line in tokenizer(list(text), add_special_tokens=False)["input_ids"] for i in (*line, *newline)]
    if len(ids) <= max_width:
        raise ValueError(f"The copy warm-up needs more than {max_width} tokens of text; got {len(ids)}.")
    rng = random.Random(seed)
    examples = {"input_ids": [], "completion_mask": []}
    for _ in range(count):
        width = rng.randint(min(8, max_width), max_width)
        start = rng.randrange(len(ids) - width)
        window = ids[start : start + width]
        examples["input_ids"].append(window + window)
        examples["completion_mask"].append([0] * (width + 1) + [1] * (width - 1))
    return Dataset.from_dict(examples)


def copy_warmup(
    folder: str,
    text: Sequence[str],
    *,
    steps: int,
    learning_rate: float,
    seed: int,
    use_cpu: bool,
    bf16: bool,
    output_dir: str,
    batch_size: int = 16,
) -> str:
    """``steps`` optimizer steps on `copy_examples` of ``text``; the model is saved in place."""
    data = copy_examples(AutoTokenizer.from_pretrained(folder), text, steps * batch_size, seed=seed)
    _supervised(
        folder,
        data,
        seed=seed,
        use_cpu=use_cpu,
        bf16=bf16,
        output_dir=output_dir,
        max_steps=steps,
        learning_rate=learning_rate,
        per_device_train_batch_size=batch_size,
    )
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
    """Supervised warm start on processed ``(input_ids, completion_mask)`` examples; the model is saved in place and
    marked as a finished warm start."""
    _supervised(
        folder,
        data,
        seed=seed,
        use_cpu=use_cpu,
        bf16=bf16,
        output_dir=output_dir,
        num_train_epochs=epochs,
        learning_rate=learning_rate,
        per_device_train_batch_size=8,
    )
    if PartialState().is_main_process:
        mark_warm_start(folder, epochs=epochs, learning_rate=learning_rate, seed=seed, examples=len(data))
    PartialState().wait_for_everyone()
    return folder


@dataclass
class WarmStartConfig:
    """
    How an example builds its embedded default: a local model whose tokenizer is trained on the example's text, cloned
    (`behaviour_clone`) on an expert's steps.

    Args:
        agent_format (`AgentFormat`):
            The prompts and responses the expert's steps are rendered in (the policy's, so that it is cloned on what it
            will read and write).
        text (`Callable[[], Iterable[str]]`):
            The text the tokenizer is trained on, with the expert's responses; called only when a model is built (it
            may take time).
        expert_rows (`Sequence[Mapping]`):
            The tasks the expert plays.
        make_env (`Callable`):
            The environment factory the expert plays in.
        walkthrough (`Callable[[Mapping], list[str]]`):
            The expert's actions for a task row.
        expert_turns (`int`):
            Steps per expert episode: the expert plays each task to the end, whatever `max_turns` the policy gets.
        epochs (`float`):
            Behaviour-cloning epochs.
        learning_rate (`float`):
            Learning rate of the copy warm-up and the cloning.
        respond (`Callable[[str], str]`, *optional*, defaults to `expert_response`):
            The expert's response for an action (its reasoning and the action in the format's tags).
        hidden_size (`int`, *optional*, defaults to `128`):
            Hidden size of the local model (4 layers).
        copy_steps (`int`, *optional*, defaults to `0`):
            Steps of `copy_warmup` on the same text before cloning, for tasks whose actions copy names from the
            prompt; 0 skips it.
        demonstrations (`Callable[[tokenizer], Dataset]`, *optional*):
            Builds the behaviour-cloning set instead of the walkthroughs (e.g. the searching expert's,
            `sdar_trl_examples.alfworld_search`); the walkthroughs' responses still go into the tokenizer's text.
        split_digits (`bool`, *optional*, defaults to `False`):
            One token per digit (`build_tiny_tokenizer`).
    """

    agent_format: AgentFormat
    text: Callable[[], Iterable[str]]
    expert_rows: Sequence[Mapping[str, Any]]
    make_env: Callable
    walkthrough: Callable[[Mapping[str, Any]], list[str]]
    expert_turns: int
    epochs: float
    learning_rate: float
    respond: Callable[[str], str] = expert_response
    hidden_size: int = 128
    copy_steps: int = 0
    demonstrations: Callable[[Any], Dataset] | None = None
    split_digits: bool = False


def prepare_model(
    model_name_or_path: str | None, training_args: SDARConfig, resume: str | None, warm_start: WarmStartConfig
) -> str:
    """The model an example trains: ``model_name_or_path`` when given; else, when resuming (``resume``), the
    interrupted run's finished warm start; else the embedded default, built in `warm_start_dir(output_dir)` as
    ``warm_start`` says: ``walkthrough(row)`` played on each of ``expert_rows`` through ``agent_format``'s prompts
    and ``respond``'s responses (or the ``demonstrations``), after ``copy_steps`` of the copy warm-up."""
    model = model_name_or_path or reusable_warm_start(training_args.output_dir, resume)
    if model is not None:
        return model
    plans = [list(warm_start.walkthrough(row)) for row in warm_start.expert_rows]
    # The responses the model is cloned on are part of the tokenizer's text, so that the format tags and the action
    # words are a few tokens each: fewer tokens to learn and to get wrong at every step.
    responses = [warm_start.respond(action) for plan in plans for action in plan]
    corpus = [*warm_start.text(), *responses]
    folder = build_local_model(
        warm_start_dir(training_args.output_dir),
        corpus,
        hidden_size=warm_start.hidden_size,
        split_digits=warm_start.split_digits,
    )
    if warm_start.copy_steps:
        copy_warmup(
            folder,
            corpus,
            steps=warm_start.copy_steps,
            learning_rate=warm_start.learning_rate,
            seed=training_args.seed,
            use_cpu=training_args.use_cpu,
            bf16=training_args.bf16,
            output_dir=os.path.join(training_args.output_dir, "copy"),
        )
    tokenizer = AutoTokenizer.from_pretrained(folder)
    if warm_start.demonstrations is not None:
        data = warm_start.demonstrations(tokenizer)
    else:
        engine_config = replace(RolloutConfig.from_args(training_args), max_turns=warm_start.expert_turns)
        engine = RolloutEngine(tokenizer, warm_start.agent_format, engine_config)
        data = expert_dataset(engine, warm_start.expert_rows, warm_start.make_env, plans, respond=warm_start.respond)
    return behaviour_clone(
        folder,
        data,
        epochs=warm_start.epochs,
        learning_rate=warm_start.learning_rate,
        seed=training_args.seed,
        use_cpu=training_args.use_cpu,
        bf16=training_args.bf16,
        output_dir=os.path.join(training_args.output_dir, "bc"),
    )
