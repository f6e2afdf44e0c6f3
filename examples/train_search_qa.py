"""Train a Search-QA agent with SDAR (or a baseline): search a retriever, then answer; reward = exact match.

Offline, with no arguments, it starts this project's retriever server on loopback over the bundled corpus (BM25,
Search-R1's `/retrieve` API), builds a small local model, warm-starts it on expert searches, trains a few SDAR steps,
evaluates before/after (EM per data source and task family) and shuts the server down:

    accelerate launch examples/train_search_qa.py

With a Search-R1 retriever already running (e5 index, GPU) and the NQ/HotpotQA parquet data:

    accelerate launch --config_file recipes/accelerate/zero2.yaml examples/train_search_qa.py \
        --model_name_or_path Qwen/Qwen2.5-3B-Instruct --retriever_url http://127.0.0.1:8000 \
        --train_file data/nq_hotpotqa/train.parquet --eval_file data/nq_hotpotqa/test.parquet \
        --max_turns 4 --history_window 4 --beta 0.001 --invalid_action_penalty 0.01 --learning_rate 1e-6
"""

from __future__ import annotations

import json
import os
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from accelerate import PartialState
from datasets import Dataset
from transformers import AutoTokenizer
from trl import TrlParser

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.config import Method, apply_baseline
from sdar_trl.embedded import (behaviour_clone, build_local_model, cpu_defaults, evaluate_splits, report,
                               reusable_warm_start, train_and_save, wandb_defaults, warm_start_dir)
from sdar_trl.envs.search_qa.env import SearchQAEnv, load_search_r1_parquet
from sdar_trl.embedded.checkpoints import resume_checkpoint
from sdar_trl.agent import SEARCH_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.embedded.expert import expert_dataset, expert_search_response
from sdar_trl.envs.search_qa.client import RetrieverClient
from sdar_trl.envs.search_qa.server import RetrieverServer


DATA = Path(__file__).resolve().parents[1] / "src" / "sdar_trl" / "data"


@dataclass
class SearchQAArguments:
    """
    Arguments of the Search-QA example (the training ones are `SDARConfig`'s).

    Args:
        method (`str`, *optional*, defaults to `"sdar"`): a key of `sdar_trl.config.BASELINES`: `sdar`, `grpo`,
            `grpo_opsd`, `opsd_only`, `skill_grpo`, `skill_sd` or `rlsd`.
        model_name_or_path (`str`, *optional*): model to train; unset: a small local model warm-started on expert
            searches.
        retriever_url (`str`, *optional*): a running Search-R1 retriever; unset: the local server over `corpus`.
        corpus (`str`, *optional*): JSONL corpus of the local server (default: the bundled one).
        train_file / eval_file (`str`, *optional*): JSONL (bundled format) or Search-R1 parquet files.
        num_train / num_eval (`int`, *optional*): use the first N questions.
        topk (`int`, *optional*, defaults to `3`): documents per search.
        eval_temperature (`float`, *optional*, defaults to `0.4`): evaluation sampling temperature.
        bc_epochs (`float`, *optional*, defaults to `6`), bc_learning_rate (`float`, *optional*, defaults to `1e-3`).
    """

    method: Method = field(default="sdar")
    model_name_or_path: str | None = field(default=None, metadata={"help": "Model (unset: embedded default)."})
    retriever_url: str | None = field(default=None, metadata={"help": "Running retriever (unset: local server)."})
    corpus: str = field(default=str(DATA / "search_qa" / "corpus.jsonl"), metadata={"help": "Local server corpus."})
    train_file: str = field(default=str(DATA / "search_qa" / "train.jsonl"), metadata={"help": "Training data."})
    eval_file: str = field(default=str(DATA / "search_qa" / "eval.jsonl"), metadata={"help": "Evaluation data."})
    num_train: int | None = field(default=None, metadata={"help": "Use the first N training questions."})
    num_eval: int | None = field(default=None, metadata={"help": "Evaluate on the first N questions."})
    topk: int = field(default=3, metadata={"help": "Documents per search."})
    eval_temperature: float = field(default=0.4, metadata={"help": "Evaluation sampling temperature."})
    bc_epochs: float = field(default=6, metadata={"help": "Behaviour-cloning epochs of the embedded default."})
    bc_learning_rate: float = field(default=1e-3, metadata={"help": "Behaviour-cloning learning rate."})


EMBEDDED_DEFAULTS = dict(
    output_dir="outputs/search-qa-sdar",
    max_steps=6,
    per_device_train_batch_size=8,
    num_generations=4,
    max_completion_length=40,
    learning_rate=2e-5,
    temperature=0.7,
    logging_steps=1,
    save_steps=6,
    max_turns=4,
    history_window=4,
    agent_max_prompt_length=1536,
    invalid_action_penalty=0.01,
    beta=0.0,
    skills_dir=str(DATA / "skills" / "search"),
    skill_retrieval="official",
    seed=42,
    run_name="search-qa-sdar-embedded",
)


def load_questions(path: str, limit: int | None) -> list[dict]:
    path = os.path.expandvars(path)  # recipes name Search-R1's files as ${SEARCH_R1_DATA}/...
    rows = load_search_r1_parquet(path) if path.endswith(".parquet") else [json.loads(l) for l in open(path) if l.strip()]
    return rows[:limit] if limit else rows


def main(args: SearchQAArguments, training_args: SDARConfig) -> dict:
    apply_baseline(training_args, args.method)
    resume = resume_checkpoint(training_args.resume_from_checkpoint, training_args.output_dir)
    train_rows, eval_rows = load_questions(args.train_file, args.num_train), load_questions(args.eval_file, args.num_eval)
    engine_config = RolloutConfig.from_args(training_args)
    # Every process talks to the same server: the main process starts it unless one is given.
    server = RetrieverServer(args.corpus) if args.retriever_url is None and PartialState().is_main_process else None
    with server or nullcontext():
        url = [server.url if server else args.retriever_url]
        if args.retriever_url is None and PartialState().num_processes > 1:
            from accelerate.utils import broadcast_object_list
            broadcast_object_list(url)
        client = RetrieverClient(url[0])

        def make_env():
            return SearchQAEnv(client, topk=args.topk)

        model = args.model_name_or_path or reusable_warm_start(training_args.output_dir, resume)
        if model is None:
            texts = [row["question"] for row in train_rows] + [
                line for line in open(args.corpus).read().splitlines()[:2000]]
            model = build_local_model(warm_start_dir(training_args.output_dir), texts)
            tokenizer = AutoTokenizer.from_pretrained(model)
            expert_engine = RolloutEngine(tokenizer, SEARCH_FORMAT, replace(engine_config, max_turns=4))
            data = expert_dataset(
                expert_engine, train_rows, make_env,
                lambda row: [f"search: {q}" for q in row["expert_queries"]] + [f"answer: {row['golden_answers'][0]}"],
                respond=expert_search_response,
            )
            behaviour_clone(model, data, epochs=args.bc_epochs, learning_rate=args.bc_learning_rate,
                            seed=training_args.seed, use_cpu=training_args.use_cpu, bf16=training_args.bf16,
                            output_dir=os.path.join(training_args.output_dir, "bc"))

        def run(model_dir, label):
            return evaluate_splits(model_dir, lambda tok: RolloutEngine(tok, SEARCH_FORMAT, engine_config),
                                   {"eval": eval_rows}, make_env, label=label,
                                   max_new_tokens=training_args.max_completion_length,
                                   temperature=args.eval_temperature, seed=training_args.seed,
                                   invalid_penalty=training_args.invalid_action_penalty or 0.0)

        before = run(model, "before")
        trainer = SDARTrainer(model=model, args=training_args, train_dataset=Dataset.from_list(train_rows),
                              env=make_env, agent_format=SEARCH_FORMAT)
        train_and_save(trainer, resume)
        after = run(training_args.output_dir, "after")
        PartialState().wait_for_everyone()
    return report(before + after, training_args.output_dir,
                  f"Search-QA, method {args.method}, {len(train_rows)} train / {len(eval_rows)} eval questions, "
                  f"{trainer.state.global_step} RL steps (success = exact match)")


if __name__ == "__main__":
    parser = TrlParser((SearchQAArguments, SDARConfig))
    parser.set_defaults(**EMBEDDED_DEFAULTS, **cpu_defaults(), **wandb_defaults())
    search_args, sdar_args = parser.parse_args_and_config()
    main(search_args, sdar_args)
