"""Single-turn SDAR (or any baseline) with a privileged-context column: the shape of TRL's `trl/scripts/grpo.py`.

Offline, with no arguments, it trains the embedded default: a tiny model built locally and a built-in recall task
whose privileged column holds the fact the answer needs (the teacher sees it, the student does not):

    accelerate launch examples/train_single_turn.py

With a recipe, or a real model and a dataset that has `prompt` and `privileged_context` columns and reward functions
for it (names in `trl.rewards` or dotted import paths, as in TRL's script):

    accelerate launch examples/train_single_turn.py --config recipes/single_turn/tiny/sdar.yaml
    accelerate launch --config_file recipes/accelerate/ddp.yaml examples/train_single_turn.py \
        --model_name_or_path Qwen/Qwen2.5-3B-Instruct --dataset_name my/dataset --reward_funcs my_rewards.exact_match \
        --sdar_coef 0.01
"""

from __future__ import annotations

import importlib
import os
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from datasets import Dataset, load_dataset
from trl import ModelConfig, TrlParser, get_peft_config

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl_examples import cpu_defaults, end_processes
from sdar_trl_examples.checkpoints import resume_checkpoint
from sdar_trl_examples.tiny_model import save_tiny_model


@dataclass
class ScriptArguments:
    """
    Arguments of the single-turn example.

    Args:
        dataset_name (`str`, *optional*):
            Dataset (hub id or local path loadable by `datasets.load_dataset`) with `prompt` and
            `privileged_context` columns. When unset, the built-in recall task is used.
        dataset_train_split (`str`, *optional*, defaults to `"train"`):
            Split to train on.
        reward_funcs (`list[str]`, *optional*):
            Reward functions of `dataset_name` (required with it): names in `trl.rewards` (e.g. `accuracy_reward`)
            or dotted import paths (e.g. `my_rewards.exact_match`, looked up from the working directory). The
            built-in task always uses its own `recall_reward`.
        num_tasks (`int`, *optional*, defaults to `64`):
            Number of rows of the built-in recall task.
    """

    dataset_name: str | None = field(default=None, metadata={"help": "Dataset with prompt/privileged_context."})
    dataset_train_split: str = field(default="train", metadata={"help": "Split to train on."})
    reward_funcs: list[str] | None = field(
        default=None, metadata={"help": "Reward functions of dataset_name: trl.rewards names or dotted paths."}
    )
    num_tasks: int = field(default=64, metadata={"help": "Rows of the built-in recall task."})


def recall_task(num_tasks: int, seed: int = 0) -> Dataset:
    """Questions whose answer is only in the privileged column (a number), with the answer kept for the reward."""
    rng = random.Random(seed)
    rows = {"prompt": [], "privileged_context": [], "answer": []}
    for i in range(num_tasks):
        answer = rng.randint(1, 9)
        rows["prompt"].append([{"role": "user", "content": f"Which microwave heats egg {i}? Answer with a number."}])
        rows["privileged_context"].append(f"The egg {i} is heated by microwave {answer}.")
        rows["answer"].append(str(answer))
    return Dataset.from_dict(rows)


def recall_reward(completions, answer, **kwargs) -> list[float]:
    """1.0 when the first number in the completion is the answer."""
    texts = [c[0]["content"] if isinstance(c, list) else c for c in completions]
    firsts = [re.search(r"\d+", text) for text in texts]
    return [float(m is not None and m.group() == a) for m, a in zip(firsts, answer)]


def load_reward_funcs(names: list[str]) -> list[Callable]:
    """Reward functions by name: a name in `trl.rewards`, or a dotted import path, as TRL's GRPO script takes them."""
    if os.getcwd() not in sys.path:  # dotted paths name the user's own modules, as in TRL's script
        sys.path.insert(0, os.getcwd())
    funcs = []
    for name in names:
        module, _, attribute = (name if "." in name else f"trl.rewards.{name}").rpartition(".")
        funcs.append(getattr(importlib.import_module(module), attribute))  # named by the user: a dynamic look-up
    return funcs


EMBEDDED_DEFAULTS = dict(
    output_dir="outputs/single-turn-sdar",
    max_steps=20,
    per_device_train_batch_size=8,
    num_generations=8,
    max_completion_length=8,
    learning_rate=3e-4,
    logging_steps=1,
    save_steps=20,
)


def main(script_args: ScriptArguments, training_args: SDARConfig, model_args: ModelConfig) -> None:
    # ---- data ----
    # The recall reward reads the built-in task's `answer` column: a dataset of the user's brings its own rewards.
    if script_args.dataset_name is None:
        dataset, reward_funcs = recall_task(script_args.num_tasks, seed=training_args.seed), [recall_reward]
    elif not script_args.reward_funcs:
        raise ValueError(
            "`--dataset_name` needs `--reward_funcs` (names in trl.rewards or dotted import paths); "
            "the built-in recall reward only scores the built-in task."
        )
    else:
        dataset = load_dataset(script_args.dataset_name, split=script_args.dataset_train_split)
        reward_funcs = load_reward_funcs(script_args.reward_funcs)

    # ---- model ----
    model = model_args.model_name_or_path
    if model is None:  # the embedded default: a tiny model built locally, no hub
        model = str(save_tiny_model(os.path.join(training_args.output_dir, "tiny-model")))

    # ---- train ----
    trainer = SDARTrainer(
        model=model,
        reward_funcs=reward_funcs,
        args=training_args,
        train_dataset=dataset,
        peft_config=get_peft_config(model_args),
    )
    trainer.train(
        resume_from_checkpoint=resume_checkpoint(training_args.resume_from_checkpoint, training_args.output_dir)
    )
    trainer.save_model(training_args.output_dir)


if __name__ == "__main__":
    parser = TrlParser((ScriptArguments, SDARConfig, ModelConfig))
    # Defaults of the embedded run (a few CPU minutes); a recipe or the command line overrides any of them.
    parser.set_defaults(**EMBEDDED_DEFAULTS, **cpu_defaults())
    script_args, training_args, model_args = parser.parse_args_and_config()
    main(script_args, training_args, model_args)
    end_processes()
