"""Evaluate a trained ALFWorld agent: success overall and per task type, without and with skills in the prompt.

    python examples/evaluate_alfworld.py --model_name_or_path outputs/alfworld-sdar
    python examples/evaluate_alfworld.py --model_name_or_path outputs/alfworld/qwen2.5-7b-instruct/sdar \
        --eval_games '$ALFWORLD_DATA/json_2.1.1/valid_unseen' --max_turns 50 --output_json unseen.json

"With skills" shows the policy the retrieved skills (the Skill-GRPO setting); a policy that internalized them scores
about the same without. Writes JSON and a Markdown table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import TrlParser

from sdar_trl.agent import ACTION_FORMAT, RolloutConfig, RolloutEngine
from sdar_trl.agent.generation import hf_generate_fn
from sdar_trl.envs.alfworld import ALFWorldEnv, bundled_games, game_rows
from sdar_trl.skills import Task, build_retriever, load_skill_library
from sdar_trl_examples.evaluation import evaluate, markdown_table, write_results


@dataclass
class EvalArguments:
    """
    Arguments of the ALFWorld evaluation.

    Args:
        model_name_or_path (`str`):
            Model folder or hub id.
        eval_games (`str`, *optional*):
            Games folder (e.g. `$ALFWORLD_DATA/json_2.1.1/valid_unseen`). Unset: the bundled eval split.
        num_games (`int`, *optional*):
            Evaluate the first N games of the folder. Unset: all of them.
        skills_dir (`str`, *optional*, defaults to `"bundled:alfworld"`):
            Skill library of the "with skills" run: a folder, a SkillRL `.json` file, or `bundled:<name>`.
        skill_retrieval (`str`, *optional*, defaults to `"official"`):
            Retrieval strategy of that run.
        max_turns (`int`, *optional*, defaults to `50`):
            Maximum steps per episode.
        history_window (`int`, *optional*, defaults to `2`):
            History window of the step prompt.
        temperature (`float`, *optional*, defaults to `0.4`):
            Sampling temperature (0 is greedy).
        max_new_tokens (`int`, *optional*, defaults to `512`):
            Per-turn response budget.
        seed (`int`, *optional*, defaults to `0`):
            Sampling and retrieval seed.
        env_workers (`int`, *optional*, defaults to `2`):
            Games in worker processes, this many calls at once (`SDARConfig.env_workers`; 0: in this process).
        output_json (`str`, *optional*, defaults to `"eval_results.json"`):
            Where to write the results (a `.md` table is written beside it).
    """

    model_name_or_path: str = field(metadata={"help": "Model folder or hub id."})
    eval_games: str | None = field(default=None, metadata={"help": "Games folder (unset: bundled eval split)."})
    num_games: int | None = field(default=None, metadata={"help": "Evaluate the first N games (unset: all)."})
    skills_dir: str = field(default="bundled:alfworld", metadata={"help": "Skill library for the with-skills run."})
    skill_retrieval: str = field(default="official", metadata={"help": "Retrieval strategy for that run."})
    max_turns: int = field(default=50, metadata={"help": "Maximum steps per episode."})
    history_window: int = field(default=2, metadata={"help": "History window of the step prompt."})
    temperature: float = field(default=0.4, metadata={"help": "Sampling temperature (0: greedy)."})
    max_new_tokens: int = field(default=512, metadata={"help": "Per-turn response budget."})
    seed: int = field(default=0, metadata={"help": "Sampling seed."})
    env_workers: int = field(default=2, metadata={"help": "Games in worker processes, N calls at once (0: here)."})
    output_json: str = field(default="eval_results.json", metadata={"help": "Results file (JSON; .md beside it)."})


def main(args: EvalArguments):
    # ---- data ----
    games = os.path.expandvars(args.eval_games) if args.eval_games else bundled_games("eval")
    rows = game_rows(games, limit=args.num_games)

    # ---- model ----
    tokenizer = AutoTokenizer.from_pretrained(args.model_name_or_path)
    model = AutoModelForCausalLM.from_pretrained(args.model_name_or_path).eval()
    config = RolloutConfig(max_turns=args.max_turns, history_window=args.history_window, env_workers=args.env_workers)
    engine = RolloutEngine(tokenizer, ACTION_FORMAT, config)
    generate = hf_generate_fn(model, tokenizer, max_new_tokens=args.max_new_tokens, temperature=args.temperature)

    # ---- evaluate without and with skills ----
    # The returns count ACTION_FORMAT's invalid-action penalty, as training does unless told otherwise.
    retriever = build_retriever(args.skill_retrieval, load_skill_library(args.skills_dir), seed=args.seed)
    torch.manual_seed(args.seed)
    results = [
        evaluate(engine, rows, ALFWorldEnv, generate, name="without skills"),
        evaluate(
            engine,
            rows,
            ALFWorldEnv,
            generate,
            name="with skills",
            skill_text=lambda e: retriever.retrieve(Task(e.first.task, e.first.task_type)).text,
        ),
    ]

    # ---- report ----
    write_results(results, args.output_json, os.path.splitext(args.output_json)[0] + ".md")
    print(markdown_table(results))
    return results


if __name__ == "__main__":
    (eval_args,) = TrlParser((EvalArguments,)).parse_args_and_config()
    main(eval_args)
