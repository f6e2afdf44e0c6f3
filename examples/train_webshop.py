"""Train a WebShop agent with SDAR (or a baseline) and report WebShop-Acc (score = 1) and the average score.

Offline, with no arguments, it runs the embedded default on the bundled shop (330 products, WebShop's pages and
reward): the bundled warm start (a small local model cloned on scripted expert purchases, made by
`scripts/webshop/make_warm_start.py`), a few SDAR steps, and success/score before and after:

    accelerate launch examples/train_webshop.py

With the real WebShop (princeton-nlp/WebShop installed from its repository with its data):

    accelerate launch --config_file recipes/accelerate/zero2.yaml examples/train_webshop.py --real_webshop \
        --model_name_or_path Qwen/Qwen2.5-7B-Instruct --max_turns 15 --history_window 2 --beta 0.01 \
        --learning_rate 1e-6 --per_device_train_batch_size 16 --num_generations 8 --max_steps 150
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sdar_trl import SDARConfig
from sdar_trl.agent import ACTION_FORMAT
from sdar_trl.config import apply_baseline
from sdar_trl.envs.webshop import RealWebShopEnv, ShopEnv, load_catalogue, load_goals, shop_walkthrough
from sdar_trl_examples import (
    AgentExampleArguments,
    WarmStartConfig,
    prepare_model,
    resume_checkpoint,
    run_example,
    train_and_evaluate,
)
from sdar_trl_examples.bundled import bundled_path
from sdar_trl_examples.expert import expert_shop_response


WarmStart = Literal["bundled", "clone"]
# The bundled warm start: the default cloning settings below (`scripts/webshop/make_warm_start.py`).
BUNDLED_WARM_START = ("models", "webshop_clone")


@dataclass
class WebShopArguments(AgentExampleArguments):
    """
    Arguments of the WebShop example: `AgentExampleArguments` (method, model, evaluation sampling, cloning) and
    these (the training ones are `SDARConfig`'s).

    Args:
        real_webshop (`bool`, *optional*, defaults to `False`):
            Train on princeton-nlp/WebShop instead of the bundled shop (needs `model_name_or_path`).
        train_sessions (`int`, *optional*, defaults to `6000`):
            Real WebShop: train on the goals from `eval_sessions` up to this one.
        eval_sessions (`int`, *optional*, defaults to `500`):
            Real WebShop: evaluate on the goals below this one.
        num_train (`int`, *optional*):
            Use only the first N training goals.
        num_eval (`int`, *optional*):
            Evaluate on the first N goals.
        bc_epochs (`float`, *optional*, defaults to `3`):
            Behaviour-cloning epochs of the embedded default (ignored with `model_name_or_path`).
        bc_goals (`int`, *optional*, defaults to `200`):
            Training goals whose expert purchases are cloned.
        results_per_page (`int`, *optional*, defaults to `5`):
            Results per page of the bundled shop (WebShop shows 10; 5 keeps the embedded default's prompts short
            enough for a CPU).
        copy_steps (`int`, *optional*, defaults to `800`):
            Steps of the embedded model's copy warm-up before cloning (`sdar_trl_examples.copy_warmup`): a model
            built on the spot cannot copy names from its prompt until it has learned to; 0 skips it.
        warm_start (`str`, *optional*, defaults to `"bundled"`):
            The embedded default's warm start: `bundled` (shipped with the examples' package, made by
            `scripts/webshop/make_warm_start.py` with the cloning defaults here, so that the example spends its
            minutes on RL) or `clone` (built and cloned now, with the `bc_*` and `copy_steps` settings: about 25
            minutes on 2 CPU cores).
        warm_start_only (`bool`, *optional*, defaults to `False`):
            Stop once the embedded warm start is saved in `<output_dir>/bc-model`.
    """

    real_webshop: bool = field(default=False, metadata={"help": "Use princeton-nlp/WebShop."})
    train_sessions: int = field(default=6000, metadata={"help": "Real WebShop: goals 500..N train."})
    eval_sessions: int = field(default=500, metadata={"help": "Real WebShop: goals 0..N evaluate."})
    num_train: int | None = field(default=None, metadata={"help": "Use the first N training goals."})
    num_eval: int | None = field(default=None, metadata={"help": "Evaluate on the first N goals."})
    bc_epochs: float = field(default=3, metadata={"help": "Behaviour-cloning epochs of the embedded default."})
    bc_goals: int = field(default=200, metadata={"help": "Training goals whose expert purchases are cloned."})
    results_per_page: int = field(default=5, metadata={"help": "Bundled shop: results per page (WebShop: 10)."})
    copy_steps: int = field(default=800, metadata={"help": "Copy warm-up steps before cloning (0: none)."})
    warm_start: WarmStart = field(default="bundled", metadata={"help": "bundled, or clone now."})
    warm_start_only: bool = field(default=False, metadata={"help": "Stop once the warm start is saved."})


# The embedded default: a few CPU minutes; a recipe or the command line overrides any of them.
EMBEDDED_DEFAULTS = dict(
    output_dir="outputs/webshop-sdar",
    max_steps=6,
    per_device_train_batch_size=8,
    num_generations=4,
    max_completion_length=64,  # product ids and option values make click actions long in the small vocabulary
    learning_rate=2e-5,
    temperature=0.7,
    logging_steps=1,
    save_steps=6,
    max_turns=10,  # the paper uses 15; an expert purchase takes 4 to 6 steps
    history_window=2,
    agent_max_prompt_length=1536,
    skills_dir="bundled:webshop",
    skill_retrieval="official",
    seed=42,
    run_name="webshop-sdar-embedded",
)


def shop_text(train_rows, catalogue) -> list[str]:
    """Goals and product listings: the text the embedded tokenizer is trained on."""
    return [row["instruction_text"] for row in train_rows] + [
        f"{p['asin'].lower()} {p['name']} {p['query']} {' '.join(v for vs in p['options'].values() for v in vs)}"
        for p in catalogue.products
    ]


def main(args: WebShopArguments, training_args: SDARConfig) -> dict:
    if args.warm_start_only and (args.warm_start == "bundled" or args.model_name_or_path is not None):
        raise ValueError(
            "`warm_start_only` stops after building the embedded warm start; give `--warm_start clone` and no "
            "`model_name_or_path`."
        )
    apply_baseline(training_args, args.method)
    resume = resume_checkpoint(training_args.resume_from_checkpoint, training_args.output_dir)

    # ---- data ----
    if args.real_webshop:
        if args.model_name_or_path is None:
            raise ValueError("The embedded model is built for the bundled shop; give `--model_name_or_path`.")
        make_env = RealWebShopEnv
        train_rows = [{"session": i} for i in range(args.eval_sessions, args.train_sessions)][: args.num_train]
        eval_rows = [{"session": i} for i in range(args.eval_sessions)][: args.num_eval]
    else:
        catalogue = load_catalogue()

        def make_env():
            return ShopEnv(catalogue, per_page=args.results_per_page)

        train_rows, eval_rows = load_goals("train")[: args.num_train], load_goals("eval")[: args.num_eval]

    # ---- model ----
    bundled = args.warm_start == "bundled" and args.model_name_or_path is None
    warm_start = WarmStartConfig(
        agent_format=ACTION_FORMAT,
        text=lambda: shop_text(train_rows, catalogue),
        expert_rows=train_rows[: args.bc_goals],
        make_env=make_env,
        walkthrough=lambda row: shop_walkthrough(row, catalogue, args.results_per_page),
        expert_turns=30,
        respond=expert_shop_response,
        epochs=args.bc_epochs,
        learning_rate=args.bc_learning_rate,
        copy_steps=args.copy_steps,
        split_digits=True,  # product ids are copied from the page digit by digit, not recalled as one token each
    )
    model = str(bundled_path(*BUNDLED_WARM_START)) if bundled else args.model_name_or_path
    model = prepare_model(model, training_args, resume, warm_start)
    if args.warm_start_only:
        return {"warm_start": model}

    # ---- evaluation ----
    splits = {"eval": eval_rows}

    # ---- training ----
    return train_and_evaluate(
        model,
        args,
        training_args,
        resume,
        agent_format=ACTION_FORMAT,
        make_env=make_env,
        train_rows=train_rows,
        splits=splits,
        title=f"WebShop, method {args.method}, {len(train_rows)} train / {len(eval_rows)} eval goals",
        scoring="success = score 1",
    )


if __name__ == "__main__":
    run_example(main, WebShopArguments, EMBEDDED_DEFAULTS)
