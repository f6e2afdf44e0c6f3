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
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field

from accelerate import PartialState
from datasets import Dataset
from trl import TrlParser

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.agent import SEARCH_FORMAT
from sdar_trl.bundled import bundled_path
from sdar_trl.config import Method, apply_baseline
from sdar_trl.embedded import (
    cpu_defaults,
    end_processes,
    evaluate_policy,
    prepare_model,
    report,
    resume_checkpoint,
    train_and_save,
    wandb_defaults,
)
from sdar_trl.embedded.expert import expert_search_response
from sdar_trl.envs.search_qa.client import RetrieverClient
from sdar_trl.envs.search_qa.env import SearchQAEnv, load_search_r1_parquet
from sdar_trl.envs.search_qa.server import RetrieverServer


@dataclass
class SearchQAArguments:
    """
    Arguments of the Search-QA example (the training ones are `SDARConfig`'s).

    Args:
        method (`str`, *optional*, defaults to `"sdar"`):
            Baseline preset of `sdar_trl.config.BASELINES` applied on top of the config: `sdar`, `grpo`,
            `grpo_opsd`, `opsd_only`, `skill_grpo`, `skill_sd` or `rlsd`.
        model_name_or_path (`str`, *optional*):
            Model to train. Unset: the embedded default, a small model built locally and warm-started by behaviour
            cloning on expert searches.
        retriever_url (`str`, *optional*):
            A running Search-R1 retriever. Unset: the example starts its own BM25 server over `corpus` on loopback.
        corpus (`str`, *optional*, defaults to the bundled corpus):
            JSONL corpus of the local server.
        train_file (`str`, *optional*, defaults to the bundled training questions):
            Training questions: JSONL (the bundled format) or a Search-R1 parquet file.
        eval_file (`str`, *optional*, defaults to the bundled evaluation questions):
            Evaluation questions, in the same formats.
        num_train (`int`, *optional*):
            Use only the first N training questions.
        num_eval (`int`, *optional*):
            Evaluate on the first N questions.
        topk (`int`, *optional*, defaults to `3`):
            Documents per search.
        eval_temperature (`float`, *optional*, defaults to `0.4`):
            Sampling temperature of evaluation (0 is greedy).
        eval_samples (`int`, *optional*, defaults to `1`):
            Episodes sampled per evaluation task (avg@k over them).
        bc_epochs (`float`, *optional*, defaults to `5`):
            Behaviour-cloning epochs of the embedded default (ignored with `model_name_or_path`).
        bc_learning_rate (`float`, *optional*, defaults to `1e-3`):
            Learning rate of the behaviour-cloning warm start.
        bc_questions (`int`, *optional*):
            Embedded default: clone only the first N training questions and train with RL on the others (the cloned
            policy answers most questions it was cloned on, so their groups carry little GRPO signal). Unset: clone
            all of them and train on all of them.
        copy_steps (`int`, *optional*, defaults to `2000`):
            Steps of the embedded model's copy warm-up before cloning (`sdar_trl.embedded.copy_warmup`): a model
            built on the spot cannot copy names from its prompt until it has learned to; 0 skips it.
    """

    method: Method = field(default="sdar", metadata={"help": "Baseline preset of sdar_trl.config.BASELINES."})
    model_name_or_path: str | None = field(default=None, metadata={"help": "Model (unset: embedded default)."})
    retriever_url: str | None = field(default=None, metadata={"help": "Running retriever (unset: local server)."})
    corpus: str = field(
        default=str(bundled_path("search_qa", "corpus.jsonl")), metadata={"help": "Local server corpus."}
    )
    train_file: str = field(default=str(bundled_path("search_qa", "train.jsonl")), metadata={"help": "Training data."})
    eval_file: str = field(default=str(bundled_path("search_qa", "eval.jsonl")), metadata={"help": "Evaluation data."})
    num_train: int | None = field(default=None, metadata={"help": "Use the first N training questions."})
    num_eval: int | None = field(default=None, metadata={"help": "Evaluate on the first N questions."})
    topk: int = field(default=3, metadata={"help": "Documents per search."})
    eval_temperature: float = field(default=0.4, metadata={"help": "Evaluation sampling temperature."})
    eval_samples: int = field(default=1, metadata={"help": "Episodes sampled per evaluation task (avg@k)."})
    bc_epochs: float = field(default=5, metadata={"help": "Behaviour-cloning epochs of the embedded default."})
    bc_learning_rate: float = field(default=1e-3, metadata={"help": "Behaviour-cloning learning rate."})
    bc_questions: int | None = field(default=None, metadata={"help": "Questions cloned, RL on the rest (unset: all)."})
    copy_steps: int = field(default=2000, metadata={"help": "Copy warm-up steps before cloning (0: none)."})


# The embedded default: a few CPU minutes; a recipe or the command line overrides any of them.
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
    skills_dir="bundled:search",
    skill_retrieval="official",
    seed=42,
    run_name="search-qa-sdar-embedded",
)


def load_questions(path: str, limit: int | None) -> list[dict]:
    """Questions of a JSONL file (the bundled format) or a Search-R1 parquet file; the first ``limit`` when set."""
    path = os.path.expandvars(path)  # recipes name Search-R1's files as ${SEARCH_R1_DATA}/...
    if path.endswith(".parquet"):
        rows = load_search_r1_parquet(path)
    else:
        with open(path) as f:
            rows = [json.loads(line) for line in f if line.strip()]
    return rows[:limit] if limit else rows


@contextmanager
def retriever_client(args: SearchQAArguments) -> Iterator[RetrieverClient]:
    """A client of `retriever_url`, or of a BM25 server over `corpus` that the main process runs on loopback (every
    process talks to that one server)."""
    server = RetrieverServer(args.corpus) if args.retriever_url is None and PartialState().is_main_process else None
    with server or nullcontext():
        url = [server.url if server else args.retriever_url]
        if args.retriever_url is None and PartialState().num_processes > 1:
            from accelerate.utils import broadcast_object_list

            broadcast_object_list(url)
        yield RetrieverClient(url[0])
        # The main process stops its server on leaving: not before every process is done with it.
        PartialState().wait_for_everyone()


def search_walkthrough(row: dict) -> list[str]:
    """The expert's actions: the question's expert queries, then its first golden answer."""
    return [f"search: {q}" for q in row["expert_queries"]] + [f"answer: {row['golden_answers'][0]}"]


def main(args: SearchQAArguments, training_args: SDARConfig) -> dict:
    apply_baseline(training_args, args.method)
    resume = resume_checkpoint(training_args.resume_from_checkpoint, training_args.output_dir)

    # ---- data ----
    train_rows = load_questions(args.train_file, args.num_train)
    # With `bc_questions`, the embedded model is cloned on the first questions and trains on the others.
    rl_rows = train_rows
    if args.model_name_or_path is None and args.bc_questions is not None:
        rl_rows = train_rows[args.bc_questions :]
        if not rl_rows:
            raise ValueError(
                f"`bc_questions` ({args.bc_questions}) leaves none of the {len(train_rows)} training questions for RL."
            )
    eval_rows = load_questions(args.eval_file, args.num_eval)
    with retriever_client(args) as client:

        def make_env():
            return SearchQAEnv(client, topk=args.topk)

        # ---- model and warm start ----
        def search_text() -> list[str]:
            """Questions and the start of the corpus: the text the embedded tokenizer is trained on."""
            with open(args.corpus) as f:
                return [row["question"] for row in train_rows] + f.read().splitlines()[:2000]

        model = prepare_model(
            args.model_name_or_path,
            training_args,
            resume,
            agent_format=SEARCH_FORMAT,
            text=search_text,
            expert_rows=train_rows[: args.bc_questions],
            make_env=make_env,
            walkthrough=search_walkthrough,
            respond=expert_search_response,
            expert_turns=4,
            epochs=args.bc_epochs,
            learning_rate=args.bc_learning_rate,
            copy_steps=args.copy_steps,
        )

        # ---- evaluate before ----
        splits = {"eval": eval_rows}
        before = evaluate_policy(
            model,
            training_args,
            SEARCH_FORMAT,
            splits,
            make_env,
            label="before",
            temperature=args.eval_temperature,
            samples=args.eval_samples,
        )

        # ---- train ----
        trainer = SDARTrainer(
            model=model,
            args=training_args,
            train_dataset=Dataset.from_list(rl_rows),
            env=make_env,
            agent_format=SEARCH_FORMAT,
        )
        train_and_save(trainer, resume)

        # ---- evaluate after ----
        after = evaluate_policy(
            training_args.output_dir,
            training_args,
            SEARCH_FORMAT,
            splits,
            make_env,
            label="after",
            temperature=args.eval_temperature,
            samples=args.eval_samples,
        )

    # ---- report ----
    return report(
        before + after,
        training_args.output_dir,
        f"Search-QA, method {args.method}, {len(rl_rows)} RL train / {len(eval_rows)} eval questions, "
        f"{trainer.state.global_step} RL steps (success = exact match, score = F1)",
        with_score=True,
    )


if __name__ == "__main__":
    parser = TrlParser((SearchQAArguments, SDARConfig))
    parser.set_defaults(**EMBEDDED_DEFAULTS, **cpu_defaults(), **wandb_defaults())
    search_args, sdar_args = parser.parse_args_and_config()
    main(search_args, sdar_args)
    end_processes()
