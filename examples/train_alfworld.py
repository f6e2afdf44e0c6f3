"""Train an ALFWorld agent with SDAR (or a baseline) on the real ALFWorld text engine, then evaluate it.

Offline, on any machine, with no arguments, it runs the embedded default: the bundled games, the bundled warm start
(a small model cloned on a searching expert, made by `scripts/alfworld/make_warm_start.py`), SDAR steps with the
bundled skill library of the games' placement priors, and success before/after, without and with the skills:

    accelerate launch examples/train_alfworld.py

On GPUs, with the official data (`alfworld-download`, `ALFWORLD_DATA`) and a real model:

    accelerate launch --config_file recipes/accelerate/zero2.yaml examples/train_alfworld.py \
        --config recipes/alfworld/qwen2.5-3b-instruct/sdar.yaml

Methods (`--method`, the keys of `sdar_trl.config.BASELINES`): sdar (default), grpo, grpo_opsd, opsd_only,
skill_grpo, skill_sd, rlsd; layouts (`--agent_layout`): step (official) or episode; skill retrieval
(`--skill_retrieval`): official (default), general, task_type, keyword, full, random, ucb.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Literal

from sdar_trl import SDARConfig
from sdar_trl.agent import ACTION_FORMAT, RolloutConfig
from sdar_trl.config import apply_baseline
from sdar_trl.envs.alfworld import HOMES, ALFWorldEnv, bundled_games, expert_walkthrough, game_rows, require_alfworld
from sdar_trl_examples import (
    AgentExampleArguments,
    WarmStartConfig,
    prepare_model,
    resume_checkpoint,
    run_example,
    train_and_evaluate,
)
from sdar_trl_examples.alfworld_search import (
    alfworld_search_demos,
    homes_block,
    load_search_demos,
    record_search_demos,
)
from sdar_trl_examples.bundled import bundled_path


WarmStart = Literal["bundled", "walkthrough", "search"]
# The bundled warm start: the searching expert's clone on 132 rooms (`scripts/alfworld/make_warm_start.py`).
BUNDLED_WARM_START = ("models", "alfworld_search")


@dataclass
class ALFWorldArguments(AgentExampleArguments):
    """
    Arguments of the ALFWorld example: `AgentExampleArguments` (method, model, evaluation sampling, cloning) and
    these (the training ones are `SDARConfig`'s).

    Args:
        train_games (`str`, *optional*):
            Folder of training games (official layout or any folder of `game.tw-pddl`). Unset: the bundled train split.
        eval_games (`str`, *optional*):
            Folder of evaluation games (e.g. `$ALFWORLD_DATA/json_2.1.1/valid_unseen`). Unset: the bundled eval split.
        num_train_games (`int`, *optional*):
            Use only the first N training games.
        num_eval_games (`int`, *optional*, defaults to `24`):
            Evaluate on the first N games of each split (the bundled eval split has 24); 0 evaluates all of them.
        eval_train_games (`bool`, *optional*, defaults to `False`):
            Also evaluate on the first `num_eval_games` training games (rooms RL trained in), beside the unseen ones.
        eval_with_skills (`bool`, *optional*, defaults to `True`):
            Also evaluate the final policy with the skills in its prompt (the skill-internalization check).
        bc_epochs (`float`, *optional*, defaults to `10`):
            Behaviour-cloning epochs of the embedded default (ignored with `model_name_or_path`).
        model_hidden_size (`int`, *optional*, defaults to `128`):
            Hidden size of the embedded default's model (4 layers).
        warm_start (`str`, *optional*, defaults to `"bundled"`):
            The embedded default's warm start: `bundled` (shipped with the examples' package: the `search` clone on
            132 rooms, made by `scripts/alfworld/make_warm_start.py`, so that the main job spends its minutes on RL),
            or cloned now on the training games: `walkthrough` (the games' expert walkthroughs: it learns routes
            through the training rooms) or `search` (`sdar_trl_examples.alfworld_search`: a searching expert that
            follows a skill block, right as often as the games' priors, or searches blindly). `bundled` and `search`
            read the skills of `bundled:alfworld_homes` (the games' placement priors) with `keyword` retrieval, the
            defaults.
        warm_start_only (`bool`, *optional*, defaults to `False`):
            Stop once the embedded warm start is saved in `<output_dir>/bc-model` (how
            `scripts/alfworld/make_warm_start.py` makes the bundled one).
    """

    train_games: str | None = field(default=None, metadata={"help": "Training games folder (unset: bundled)."})
    eval_games: str | None = field(default=None, metadata={"help": "Evaluation games folder (unset: bundled)."})
    num_train_games: int | None = field(default=None, metadata={"help": "Use the first N training games."})
    num_eval_games: int = field(default=24, metadata={"help": "Evaluate on the first N games per split (0: all)."})
    eval_train_games: bool = field(default=False, metadata={"help": "Also evaluate on training games."})
    eval_with_skills: bool = field(default=True, metadata={"help": "Also evaluate with skills in the prompt."})
    bc_epochs: float = field(default=10, metadata={"help": "Behaviour-cloning epochs of the embedded default."})
    model_hidden_size: int = field(default=128, metadata={"help": "Hidden size of the embedded default's model."})
    warm_start: WarmStart = field(default="bundled", metadata={"help": "bundled, or cloned on walkthrough or search."})
    warm_start_only: bool = field(default=False, metadata={"help": "Stop once the warm start is saved."})


# The embedded default: a few CPU minutes; a recipe or the command line overrides any of them.
EMBEDDED_DEFAULTS = dict(
    output_dir="outputs/alfworld-sdar",
    max_steps=16,
    # The small cloned policy rarely finishes a game when sampling at 1.0 (the paper's setting for 3B-7B models),
    # which leaves GRPO groups without a reward difference to learn from; 0.7 keeps some successes in each batch.
    temperature=0.7,
    per_device_train_batch_size=8,
    num_generations=4,
    max_completion_length=40,
    # At the paper's 3B-7B rate (2e-5) 8 steps leave a model this size where it starts (SDAR and GRPO evaluate the
    # same on 2 seeds; docs/results/alfworld.md); 1e-4 is the rate the learning benchmark
    # (benchmarks/bench_learning.py) chose on GRPO for it. The same for every method.
    learning_rate=1e-4,
    # The SDAR term of the learning benchmark's best arm (λ = 1, `reinforce`), not the official λ = 0.01 / `sdar`
    # estimator: there the official term is 0.5% of GRPO's gradient, and its gated likelihood form only raises the
    # student's own tokens, never pushing down what the teacher rejects; the score-function form does
    # (docs/results/learning.md). Baselines set their own (grpo: λ 0).
    sdar_coef=1.0,
    sdar_estimator="reinforce",
    logging_steps=1,
    save_steps=16,
    max_turns=20,
    history_window=2,
    agent_max_prompt_length=1536,
    # ALFWorld's engine spends about a second on each reset, and the model waits for it: each environment runs in
    # a worker process, two calls at once (the two cores of the machine this default is sized for).
    env_workers=2,
    skills_dir="bundled:alfworld_homes",
    skill_retrieval="keyword",
    seed=42,
    run_name="alfworld-sdar-embedded",
)


def alfworld_text(rows) -> list[str]:
    """Observations and actions of the expert walkthroughs: the text the embedded tokenizer is trained on."""
    env, texts = ALFWorldEnv(), []
    for row in rows:
        first = env.reset(row)
        texts += [first.text, ACTION_FORMAT.render(first.task, 0, [], first.text, first.admissible_actions)]
        texts.append(homes_block(HOMES, first.task))  # the blocks of the `alfworld_homes` library
        for action in expert_walkthrough(row["gamefile"]):
            result = env.step(action)
            texts += [action, result.observation.text, ", ".join(result.observation.admissible_actions)]
    return texts


def main(args: ALFWorldArguments, training_args: SDARConfig) -> dict:
    if args.warm_start_only and (args.warm_start == "bundled" or args.model_name_or_path is not None):
        raise ValueError(
            "`warm_start_only` stops after building the embedded warm start; give `--warm_start search` or "
            "`walkthrough` and no `model_name_or_path`."
        )
    require_alfworld()
    apply_baseline(training_args, args.method)
    resume = resume_checkpoint(training_args.resume_from_checkpoint, training_args.output_dir)

    # ---- data ----
    # Recipes name the official data as ${ALFWORLD_DATA}/json_2.1.1/...
    train_games = os.path.expandvars(args.train_games) if args.train_games else bundled_games("train")
    eval_games = os.path.expandvars(args.eval_games) if args.eval_games else bundled_games("eval")
    train_rows = game_rows(train_games, limit=args.num_train_games)
    eval_rows = game_rows(eval_games, limit=args.num_eval_games)

    # ---- model ----
    def search_demonstrations(tokenizer):
        # recorded for the bundled games; other games are searched now (about 2 s per episode)
        demos = load_search_demos() if args.train_games is None else record_search_demos(train_rows)
        rollout = RolloutConfig.from_args(training_args)
        return alfworld_search_demos(tokenizer, train_rows, demos, rollout=rollout, agent_format=ACTION_FORMAT)[0]

    bundled = args.warm_start == "bundled" and args.model_name_or_path is None
    warm_start = WarmStartConfig(
        agent_format=ACTION_FORMAT,
        text=lambda: alfworld_text(train_rows),
        expert_rows=train_rows,
        make_env=ALFWorldEnv,
        walkthrough=lambda row: expert_walkthrough(row["gamefile"]),
        expert_turns=max(training_args.max_turns, 50),
        epochs=args.bc_epochs,
        learning_rate=args.bc_learning_rate,
        hidden_size=args.model_hidden_size,
        copy_steps=args.copy_steps,
        demonstrations=search_demonstrations if args.warm_start == "search" else None,
    )
    model = str(bundled_path(*BUNDLED_WARM_START)) if bundled else args.model_name_or_path
    model = prepare_model(model, training_args, resume, warm_start)
    if args.warm_start_only:
        return {"warm_start": model}

    # ---- evaluation ----
    splits = {"eval": eval_rows}
    if args.eval_train_games:
        splits = {"train": train_rows[: args.num_eval_games] if args.num_eval_games else train_rows, **splits}
    # A policy cloned on the searching expert reads skills where the SDAR teacher does: the final policy is evaluated
    # there too (the teacher's success: the ceiling the student is distilled toward, and whether RL kept its reading);
    # a walkthrough clone sees them as Skill-GRPO. The starting model's teacher view is a property of the warm start:
    # scripts/alfworld/reevaluate.py --views teacher measures it (and any run) with several episodes per game.
    skills_view = "user" if args.warm_start == "walkthrough" else "teacher"

    # ---- training ----
    return train_and_evaluate(
        model,
        args,
        training_args,
        resume,
        agent_format=ACTION_FORMAT,
        make_env=ALFWorldEnv,
        train_rows=train_rows,
        splits=splits,
        title=f"ALFWorld, method {args.method}, {len(train_rows)} train / {len(eval_rows)} eval games",
        skills_view=skills_view if args.eval_with_skills else None,
    )


if __name__ == "__main__":
    run_example(main, ALFWorldArguments, EMBEDDED_DEFAULTS)
    sys.exit(0)
