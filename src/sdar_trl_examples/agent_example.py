"""What the three agent examples (`examples/train_alfworld.py`, `train_webshop.py`, `train_search_qa.py`) share:
the arguments every one of them takes (`AgentExampleArguments`, which each example's own arguments extend), their
tail (`train_and_evaluate`: evaluate, train, evaluate again, report) and their start (`run_example`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from datasets import Dataset
from trl import TrlParser

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.agent.formats import AgentFormat
from sdar_trl.config import Method

from .checkpoints import train_and_save
from .defaults import cpu_defaults, wandb_defaults
from .evaluation import SkillsView, evaluate_policy, report
from .processes import end_processes


@dataclass
class AgentExampleArguments:
    """
    Arguments every agent example takes (the training ones are `SDARConfig`'s); each example extends them with its
    data's and its warm start's, and may change the warm start's defaults.

    Args:
        method (`str`, *optional*, defaults to `"sdar"`):
            Baseline preset of `sdar_trl.config.BASELINES` applied on top of the config: `sdar`, `grpo` (sdar_coef
            0), `grpo_opsd` (gate sharpness 0), `opsd_only` (policy loss coefficient 0), `skill_grpo` (skills shown
            to the policy, sdar_coef 0), `skill_sd` (skill_sd_coef 0.001, sdar_coef 0) or `rlsd` (rlsd_coef 0.5,
            sdar_coef 0).
        model_name_or_path (`str`, *optional*):
            Model to train. Unset: the embedded default, a small local model warm-started by behaviour cloning on an
            expert (the example's warm-start arguments say how).
        eval_temperature (`float`, *optional*, defaults to `0.4`):
            Sampling temperature of evaluation (the paper's validation setting; 0 is greedy).
        eval_samples (`int`, *optional*, defaults to `1`):
            Episodes sampled per evaluation task (avg@k over them).
        bc_epochs (`float`, *optional*, defaults to `5`):
            Behaviour-cloning epochs of the embedded default (ignored with `model_name_or_path`).
        bc_learning_rate (`float`, *optional*, defaults to `1e-3`):
            Learning rate of the behaviour-cloning warm start.
        copy_steps (`int`, *optional*, defaults to `0`):
            Steps of the embedded model's copy warm-up before cloning (`sdar_trl_examples.copy_warmup`): a model
            built on the spot cannot copy names from its prompt until it has learned to; 0 skips it.
    """

    method: Method = field(default="sdar", metadata={"help": "Baseline preset of sdar_trl.config.BASELINES."})
    model_name_or_path: str | None = field(default=None, metadata={"help": "Model (unset: embedded default)."})
    eval_temperature: float = field(default=0.4, metadata={"help": "Evaluation sampling temperature (0: greedy)."})
    eval_samples: int = field(default=1, metadata={"help": "Episodes sampled per evaluation task (avg@k)."})
    bc_epochs: float = field(default=5, metadata={"help": "Behaviour-cloning epochs of the embedded default."})
    bc_learning_rate: float = field(default=1e-3, metadata={"help": "Behaviour-cloning learning rate."})
    copy_steps: int = field(default=0, metadata={"help": "Copy warm-up steps before cloning (0: none)."})


def train_and_evaluate(
    model: str,
    args: AgentExampleArguments,
    training_args: SDARConfig,
    resume: str | None,
    *,
    agent_format: AgentFormat,
    make_env: Callable,
    train_rows: Sequence[Mapping[str, Any]],
    splits: Mapping[str, Sequence[Mapping[str, Any]]],
    title: str,
    scoring: str | None = None,
    skills_view: SkillsView | None = None,
) -> dict:
    """An agent example's tail: evaluate ``model`` on ``splits`` ("before"), train it with `SDARTrainer` on
    ``train_rows`` (from checkpoint ``resume``, if any) and save it to ``output_dir``, evaluate the result ("after"),
    and report both (`report`) under ``"<title>, <steps> RL steps (<scoring>)"``. ``scoring`` says what success and
    the environment's task score mean (e.g. ``"success = score 1"``); given, the report carries the mean score.

    Every evaluation takes the run's settings, environment and the example's sampling (`eval_temperature`,
    `eval_samples`); only the model, the splits and the skills vary. With ``skills_view``, the trained policy is also
    evaluated on the ``eval`` split with the skills in its prompt, where that view puts them ("after+skills"), the
    skill-internalization check."""
    evaluate = partial(
        evaluate_policy,
        training_args=training_args,
        agent_format=agent_format,
        make_env=make_env,
        temperature=args.eval_temperature,
        samples=args.eval_samples,
    )
    before = evaluate(model, splits=splits, label="before")
    trainer = SDARTrainer(
        model=model,
        args=training_args,
        train_dataset=Dataset.from_list(list(train_rows)),
        env=make_env,
        agent_format=agent_format,
    )
    train_and_save(trainer, resume)
    after = evaluate(training_args.output_dir, splits=splits, label="after")
    if skills_view is not None:
        after += evaluate(
            training_args.output_dir,
            splits={"eval": splits["eval"]},
            label="after+skills",
            with_skills=True,
            skills_view=skills_view,
        )
    title = f"{title}, {trainer.state.global_step} RL steps" + (f" ({scoring})" if scoring else "")
    return report(before + after, training_args.output_dir, title, with_score=scoring is not None)


def run_example(
    main: Callable[[Any, SDARConfig], dict], arguments: type[AgentExampleArguments], embedded_defaults: Mapping
) -> None:
    """An agent example's ``__main__``: parse its arguments and `SDARConfig` (a ``--config`` recipe and the command
    line over ``embedded_defaults`` and this machine's defaults), run ``main``, and end the processes."""
    parser = TrlParser((arguments, SDARConfig))
    parser.set_defaults(**embedded_defaults, **cpu_defaults(), **wandb_defaults())
    args, training_args = parser.parse_args_and_config()
    main(args, training_args)
    end_processes()
