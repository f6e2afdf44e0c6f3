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

from sdar_trl import SDARConfig
from sdar_trl.agent import SEARCH_FORMAT
from sdar_trl.bundled import bundled_path
from sdar_trl.config import apply_baseline
from sdar_trl.envs.search_qa.client import RetrieverClient
from sdar_trl.envs.search_qa.env import SearchQAEnv, load_search_r1_parquet
from sdar_trl.envs.search_qa.server import RetrieverServer
from sdar_trl_examples import (
    AgentExampleArguments,
    WarmStartConfig,
    prepare_model,
    resume_checkpoint,
    run_example,
    train_and_evaluate,
)
from sdar_trl_examples.expert import expert_search_response


@dataclass
class SearchQAArguments(AgentExampleArguments):
    """
    Arguments of the Search-QA example: `AgentExampleArguments` (method, model, evaluation sampling, cloning) and
    these (the training ones are `SDARConfig`'s).

    Args:
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
        bc_questions (`int`, *optional*):
            Embedded default: clone only the first N training questions and train with RL on the others (the cloned
            policy answers most questions it was cloned on, so their groups carry little GRPO signal). Unset: clone
            all of them and train on all of them.
        copy_steps (`int`, *optional*, defaults to `2000`):
            Steps of the embedded model's copy warm-up before cloning (`sdar_trl_examples.copy_warmup`): a model
            built on the spot cannot copy names from its prompt until it has learned to; 0 skips it.
    """

    retriever_url: str | None = field(default=None, metadata={"help": "Running retriever (unset: local server)."})
    corpus: str = field(
        default=str(bundled_path("search_qa", "corpus.jsonl")), metadata={"help": "Local server corpus."}
    )
    train_file: str = field(default=str(bundled_path("search_qa", "train.jsonl")), metadata={"help": "Training data."})
    eval_file: str = field(default=str(bundled_path("search_qa", "eval.jsonl")), metadata={"help": "Evaluation data."})
    num_train: int | None = field(default=None, metadata={"help": "Use the first N training questions."})
    num_eval: int | None = field(default=None, metadata={"help": "Evaluate on the first N questions."})
    topk: int = field(default=3, metadata={"help": "Documents per search."})
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


def search_text(args: SearchQAArguments, train_rows) -> list[str]:
    """Questions and the start of the corpus: the text the embedded tokenizer is trained on."""
    with open(args.corpus) as f:
        return [row["question"] for row in train_rows] + f.read().splitlines()[:2000]


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

        # ---- model ----
        warm_start = WarmStartConfig(
            agent_format=SEARCH_FORMAT,
            text=lambda: search_text(args, train_rows),
            expert_rows=train_rows[: args.bc_questions],
            make_env=make_env,
            walkthrough=search_walkthrough,
            respond=expert_search_response,
            expert_turns=4,
            epochs=args.bc_epochs,
            learning_rate=args.bc_learning_rate,
            copy_steps=args.copy_steps,
        )
        model = prepare_model(args.model_name_or_path, training_args, resume, warm_start)

        # ---- evaluation ----
        splits = {"eval": eval_rows}

        # ---- training ----
        return train_and_evaluate(
            model,
            args,
            training_args,
            resume,
            agent_format=SEARCH_FORMAT,
            make_env=make_env,
            train_rows=rl_rows,
            splits=splits,
            title=f"Search-QA, method {args.method}, {len(rl_rows)} RL train / {len(eval_rows)} eval questions",
            scoring="success = exact match, score = F1",
        )


if __name__ == "__main__":
    run_example(main, SearchQAArguments, EMBEDDED_DEFAULTS)
