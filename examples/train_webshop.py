"""Train a WebShop agent with SDAR (or a baseline) and report WebShop-Acc (score = 1) and the average score.

Offline, with no arguments, it runs the embedded default on the bundled shop (330 products, WebShop's pages and
reward): a small local model, a behaviour-cloning warm start on scripted expert purchases, a few SDAR steps, and
success/score before and after:

    accelerate launch examples/train_webshop.py

With the real WebShop (princeton-nlp/WebShop installed from its repository with its data):

    accelerate launch --config_file recipes/accelerate/zero2.yaml examples/train_webshop.py --real_webshop \
        --model_name_or_path Qwen/Qwen2.5-7B-Instruct --max_turns 15 --history_window 2 --beta 0.01 \
        --learning_rate 1e-6 --per_device_train_batch_size 16 --num_generations 8 --max_steps 150
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from datasets import Dataset
from transformers import AutoTokenizer
from trl import TrlParser

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.config import Method, apply_baseline
from sdar_trl.embedded import (behaviour_clone, build_local_model, cpu_defaults, evaluate_splits, report,
                               reusable_warm_start, train_and_save, wandb_defaults, warm_start_dir)
from sdar_trl.envs.webshop import RealWebShopEnv, ShopEnv, load_catalogue, load_goals, shop_walkthrough
from sdar_trl.embedded.checkpoints import resume_checkpoint
from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.embedded.expert import expert_dataset


SKILLS = str(Path(__file__).resolve().parents[1] / "src" / "sdar_trl" / "data" / "skills" / "webshop")


@dataclass
class WebShopArguments:
    """
    Arguments of the WebShop example (the training ones are `SDARConfig`'s).

    Args:
        method (`str`, *optional*, defaults to `"sdar"`): a key of `sdar_trl.config.BASELINES`: `sdar`, `grpo`,
            `grpo_opsd`, `opsd_only`, `skill_grpo`, `skill_sd` or `rlsd`.
        model_name_or_path (`str`, *optional*): model to train; unset: a small local model warm-started on expert
            purchases.
        real_webshop (`bool`, *optional*, defaults to `False`): train on princeton-nlp/WebShop (sessions
            `train_sessions`, evaluation on `eval_sessions`) instead of the bundled shop.
        num_train / num_eval (`int`, *optional*): use the first N goals.
        eval_temperature (`float`, *optional*, defaults to `0.4`): evaluation sampling temperature.
        bc_epochs (`float`, *optional*, defaults to `4`), bc_learning_rate (`float`, *optional*, defaults to `1e-3`).
        bc_goals (`int`, *optional*, defaults to `64`): training goals whose expert purchases are cloned.
        results_per_page (`int`, *optional*, defaults to `5`): results per page of the bundled shop (WebShop shows 10;
            5 keeps the embedded default's prompts short enough for a CPU).
    """

    method: Method = field(default="sdar")
    model_name_or_path: str | None = field(default=None, metadata={"help": "Model (unset: embedded default)."})
    real_webshop: bool = field(default=False, metadata={"help": "Use princeton-nlp/WebShop."})
    train_sessions: int = field(default=6000, metadata={"help": "Real WebShop: goals 500..N train."})
    eval_sessions: int = field(default=500, metadata={"help": "Real WebShop: goals 0..N evaluate."})
    num_train: int | None = field(default=None, metadata={"help": "Use the first N training goals."})
    num_eval: int | None = field(default=None, metadata={"help": "Evaluate on the first N goals."})
    eval_temperature: float = field(default=0.4, metadata={"help": "Evaluation sampling temperature."})
    bc_epochs: float = field(default=4, metadata={"help": "Behaviour-cloning epochs of the embedded default."})
    bc_goals: int = field(default=64, metadata={"help": "Training goals whose expert purchases are cloned."})
    results_per_page: int = field(default=5, metadata={"help": "Bundled shop: results per page (WebShop: 10)."})
    bc_learning_rate: float = field(default=1e-3, metadata={"help": "Behaviour-cloning learning rate."})


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
    skills_dir=SKILLS,
    skill_retrieval="official",
    seed=42,
    run_name="webshop-sdar-embedded",
)


def main(args: WebShopArguments, training_args: SDARConfig) -> dict:
    apply_baseline(training_args, args.method)
    resume = resume_checkpoint(training_args.resume_from_checkpoint, training_args.output_dir)
    if args.real_webshop:
        make_env = RealWebShopEnv
        train_rows = [{"session": i} for i in range(args.eval_sessions, args.train_sessions)][: args.num_train]
        eval_rows = [{"session": i} for i in range(args.eval_sessions)][: args.num_eval]
    else:
        catalogue = load_catalogue()

        def make_env():
            return ShopEnv(catalogue, per_page=args.results_per_page)

        train_rows, eval_rows = load_goals("train")[: args.num_train], load_goals("eval")[: args.num_eval]
    engine_config = RolloutConfig.from_args(training_args)

    model = args.model_name_or_path or reusable_warm_start(training_args.output_dir, resume)
    if model is None:
        if args.real_webshop:
            raise ValueError("The embedded model is built for the bundled shop; give `--model_name_or_path`.")
        texts = [row["instruction_text"] for row in train_rows] + [
            f"{p['asin'].lower()} {p['name']} {p['query']} {' '.join(v for vs in p['options'].values() for v in vs)}"
            for p in catalogue.products]
        model = build_local_model(warm_start_dir(training_args.output_dir), texts)
        tokenizer = AutoTokenizer.from_pretrained(model)
        expert_engine = RolloutEngine(tokenizer, ACTION_FORMAT, replace(engine_config, max_turns=30))
        data = expert_dataset(expert_engine, train_rows[: args.bc_goals], make_env,
                              lambda row: shop_walkthrough(row, catalogue, args.results_per_page))
        behaviour_clone(model, data, epochs=args.bc_epochs, learning_rate=args.bc_learning_rate,
                        seed=training_args.seed, use_cpu=training_args.use_cpu, bf16=training_args.bf16,
                        output_dir=os.path.join(training_args.output_dir, "bc"))

    def run(model_dir, label):
        return evaluate_splits(model_dir, lambda tok: RolloutEngine(tok, ACTION_FORMAT, engine_config),
                               {"eval": eval_rows}, make_env, label=label,
                               max_new_tokens=training_args.max_completion_length, temperature=args.eval_temperature,
                               seed=training_args.seed, invalid_penalty=ACTION_FORMAT.invalid_penalty)

    before = run(model, "before")
    trainer = SDARTrainer(model=model, args=training_args, train_dataset=Dataset.from_list(train_rows),
                          env=make_env, agent_format=ACTION_FORMAT)
    train_and_save(trainer, resume)
    after = run(training_args.output_dir, "after")
    return report(before + after, training_args.output_dir,
                  f"WebShop, method {args.method}, {len(train_rows)} train / {len(eval_rows)} eval goals, "
                  f"{trainer.state.global_step} RL steps (success = score 1)", with_score=True)


if __name__ == "__main__":
    parser = TrlParser((WebShopArguments, SDARConfig))
    parser.set_defaults(**EMBEDDED_DEFAULTS, **cpu_defaults(), **wandb_defaults())
    shop_args, sdar_args = parser.parse_args_and_config()
    main(shop_args, sdar_args)
