"""Evaluate a policy on environment tasks: success overall and per task type, with or without skills in the prompt.

The "with skills" run shows the policy the same privileged block the teacher gets in training (the Skill-GRPO
setting); comparing it with the run without skills is the paper's skill-internalization check.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

import torch
from accelerate import PartialState
from accelerate.utils import gather_object
from tqdm.auto import tqdm
from transformers import AutoModelForCausalLM, AutoTokenizer

from sdar_trl.agent.collate import episode_return
from sdar_trl.agent.engine import ContextBlocks, Episode, RolloutConfig, RolloutEngine
from sdar_trl.agent.formats import AgentFormat
from sdar_trl.agent.generation import hf_generate_fn, vllm_generate_fn
from sdar_trl.config import SDARConfig
from sdar_trl.skills import Task, build_retriever, load_skill_library
from sdar_trl.teacher.prompt import OFFICIAL_CONTEXT_TEMPLATE, insert_prefix_ids


@dataclass(frozen=True)
class EpisodeOutcome:
    """What an evaluation keeps of one episode (small, so that processes can gather it)."""

    won: bool
    task_type: str
    turns: int
    invalid_steps: int
    episode_return: float
    score: float | None

    @classmethod
    def of(cls, episode: Episode, invalid_penalty: float) -> EpisodeOutcome:
        return cls(
            episode.won,
            episode.first.task_type or "unknown",
            len(episode.turns),
            episode.invalid_steps,
            episode_return(episode, invalid_penalty),
            episode.score,
        )


@dataclass
class EvalResult:
    """Success rate overall and per task type, mean turns, invalid-action rate and mean return."""

    name: str
    episodes: int
    success_rate: float
    success_by_type: dict[str, float] = field(default_factory=dict)
    mean_turns: float = 0.0
    invalid_action_rate: float = 0.0
    mean_return: float = 0.0
    mean_score: float | None = None  # environments that report a task score (WebShop)

    @classmethod
    def from_episodes(cls, name: str, episodes: Sequence[Episode], invalid_penalty: float) -> EvalResult:
        return cls.from_outcomes(name, [EpisodeOutcome.of(e, invalid_penalty) for e in episodes])

    @classmethod
    def from_outcomes(cls, name: str, outcomes: Sequence[EpisodeOutcome]) -> EvalResult:
        by_type: dict[str, list[bool]] = defaultdict(list)
        for o in outcomes:
            by_type[o.task_type].append(o.won)
        turns = sum(o.turns for o in outcomes)
        n = max(len(outcomes), 1)
        return cls(
            name=name,
            episodes=len(outcomes),
            success_rate=sum(o.won for o in outcomes) / n,
            success_by_type={t: sum(w) / len(w) for t, w in sorted(by_type.items())},
            mean_turns=turns / n,
            invalid_action_rate=sum(o.invalid_steps for o in outcomes) / max(turns, 1),
            mean_return=sum(o.episode_return for o in outcomes) / n,
            mean_score=(sum(o.score or 0.0 for o in outcomes) / n)
            if any(o.score is not None for o in outcomes)
            else None,
        )


SkillsView = Literal["user", "teacher"]
SKILLS_VIEWS: tuple[str, ...] = get_args(SkillsView)


class TeacherViewEngine(RolloutEngine):
    """A rollout engine whose prompts are what the SDAR teacher reads: each episode's ``context.teacher`` block, as
    token ids, in front of the chat-templated step prompt (after a BOS token, if the tokenizer adds one)."""

    def _chat_ids(self, episode: Episode, content: str) -> list[int]:
        ids = super()._chat_ids(episode, content)
        if not episode.context.teacher:
            return ids
        block_ids = self.tokenizer(episode.context.teacher, add_special_tokens=False)["input_ids"]
        return insert_prefix_ids(ids, block_ids, self.tokenizer.bos_token_id)


def evaluate(
    engine: RolloutEngine,
    rows: Sequence[Mapping[str, Any]],
    make_env: Callable,
    generate: Callable[[list[list[int]]], list[list[int]]],
    *,
    name: str = "eval",
    skill_text: Callable[[Episode], str] | None = None,
    template: str = OFFICIAL_CONTEXT_TEMPLATE,
    invalid_penalty: float | None = None,
    gather: Callable[[list[EpisodeOutcome]], list[EpisodeOutcome]] = lambda outcomes: outcomes,
    skills_view: SkillsView = "user",
) -> EvalResult:
    """Play one episode per row and summarize. ``skill_text(episode)`` puts that text (in ``template``) at the start
    of the user message of the episode's prompts, where Skill-GRPO trains with it (``skills_view="user"``), or in
    the episode's ``context.teacher``, which a `TeacherViewEngine` puts in front of the prompt where the SDAR teacher
    reads it (``skills_view="teacher"``). ``invalid_penalty`` is the
    configured penalty (`SDARConfig.invalid_action_penalty`); None: the engine's agent format's
    (`AgentFormat.penalty`). ``gather`` collects the outcomes of every process when ``rows`` is one shard."""
    contexts = None
    if skill_text is not None:

        def contexts(episodes):
            blocks = [template.format(context=skill_text(e)) for e in episodes]
            if skills_view == "teacher":
                return [ContextBlocks(teacher=b) for b in blocks]
            return [ContextBlocks(student=b) for b in blocks]

    with tqdm(total=len(rows), desc=name, unit="episode", disable=not PartialState().is_main_process) as bar:
        episodes, _ = engine.run(rows, make_env, generate, contexts=contexts, progress=bar.update)
    penalty = engine.format.penalty(invalid_penalty)
    return EvalResult.from_outcomes(name, gather([EpisodeOutcome.of(e, penalty) for e in episodes]))


def markdown_table(results: Sequence[EvalResult]) -> str:
    """Results side by side: overall success, then one line per task type."""
    types = sorted({t for r in results for t in r.success_by_type})
    lines = ["| | " + " | ".join(r.name for r in results) + " |", "|---|" + "---|" * len(results)]
    lines.append("| success | " + " | ".join(f"{100 * r.success_rate:.1f}%" for r in results) + " |")
    for t in types:
        cells = [f"{100 * r.success_by_type[t]:.1f}%" if t in r.success_by_type else "-" for r in results]
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    if any(r.mean_score is not None for r in results):
        lines.append(
            "| mean score | "
            + " | ".join("-" if r.mean_score is None else f"{r.mean_score:.3f}" for r in results)
            + " |"
        )
    lines.append("| mean turns | " + " | ".join(f"{r.mean_turns:.1f}" for r in results) + " |")
    lines.append("| invalid actions | " + " | ".join(f"{100 * r.invalid_action_rate:.1f}%" for r in results) + " |")
    return "\n".join(lines)


def write_results(results: Sequence[EvalResult], json_path: str, markdown_path: str | None = None) -> None:
    with open(json_path, "w") as f:
        json.dump([asdict(r) for r in results], f, indent=2)
    if markdown_path:
        with open(markdown_path, "w") as f:
            f.write(markdown_table(results) + "\n")


@contextmanager
def _outside_zero3():
    """While a ZeRO-3 trainer is alive, transformers builds every new model partitioned over all processes and
    `generate` syncs its steps with the other processes (collectives); evaluation runs on the main process alone, with
    a whole model of its own, so neither may happen there."""
    from transformers.integrations import deepspeed as hf_deepspeed

    kept = hf_deepspeed._hf_deepspeed_config_weak_ref
    hf_deepspeed.unset_hf_deepspeed_config()
    try:
        yield
    finally:
        hf_deepspeed._hf_deepspeed_config_weak_ref = kept


def evaluate_splits(
    model_dir: str,
    make_engine: Callable[[Any], RolloutEngine],
    splits: Mapping[str, Sequence[Mapping[str, Any]]],
    make_env: Callable,
    *,
    label: str,
    max_new_tokens: int,
    temperature: float,
    seed: int,
    invalid_penalty: float | None = None,
    skill_text: Callable | None = None,
    skills_view: SkillsView = "user",
    samples: int = 1,
    vllm_gpu_memory_utilization: float | None = None,
) -> list[EvalResult]:
    """One `evaluate` per split, ``samples`` episodes per task (avg@k), sharded over all processes: each plays every
    ``num_processes``-th episode with a whole model of its own, and the outcomes are gathered, so every process
    returns the same results. Every process must call it.

    With ``vllm_gpu_memory_utilization`` (runs that train with vLLM), each process generates with a `vllm.LLM` of its
    own over ``model_dir``, taking that share of its GPU (leave room for a colocated training engine); otherwise with
    transformers `generate`."""
    state = PartialState()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    with _outside_zero3():
        engine = make_engine(tokenizer)
        if vllm_gpu_memory_utilization is not None:
            from vllm import LLM, SamplingParams

            llm = LLM(
                model=model_dir, gpu_memory_utilization=vllm_gpu_memory_utilization, seed=seed + state.process_index
            )
            params = SamplingParams(max_tokens=max_new_tokens, temperature=temperature)
            generate = vllm_generate_fn(llm, params)
        else:
            # On the accelerator, in bf16 there: a 7B model evaluated in fp32 on CPU would outlast the other
            # processes' collective timeout while they wait.
            on_gpu = torch.cuda.is_available()
            model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.bfloat16 if on_gpu else None)
            model = model.to(PartialState().device).eval()
            generate = hf_generate_fn(model, tokenizer, max_new_tokens=max_new_tokens, temperature=temperature)
        torch.manual_seed(seed + state.process_index)  # each shard samples its own episodes
        return [
            evaluate(
                engine,
                [row for row in rows for _ in range(samples)][state.process_index :: state.num_processes],
                make_env,
                generate,
                name=f"{label} {split}",
                skill_text=skill_text,
                skills_view=skills_view,
                invalid_penalty=invalid_penalty,
                gather=gather_object,
            )
            for split, rows in splits.items()
        ]


def evaluate_policy(
    model_dir: str,
    training_args: SDARConfig,
    agent_format: AgentFormat,
    splits: Mapping[str, Sequence[Mapping[str, Any]]],
    make_env: Callable,
    *,
    label: str,
    temperature: float,
    with_skills: bool = False,
    skills_view: SkillsView = "user",
    samples: int = 1,
) -> list[EvalResult]:
    """An example's evaluation of the model in ``model_dir``: one run per split, named ``"<label> <split>"``, sharded
    over all processes (every one must call it and gets the results), with the training run's rollout settings,
    response budget, seed and invalid-action penalty, sampling ``samples`` episodes per task at ``temperature``.
    The tasks of each split are written to ``validation_set.json`` in the run's output folder, so that a comparison
    can list what it was measured on.

    ``with_skills`` shows the policy the skills retrieved from ``training_args.skills_dir`` (the skill-internalization
    check; nothing is shown when it is unset), in the user message (``skills_view="user"``) or in front of the
    prompt where the SDAR teacher reads it (``"teacher"``: the teacher's success, the ceiling). UCB retrieval is
    replaced by the official routing there: evaluation must not pull the bandit's arms."""
    skill_text = None
    if with_skills and training_args.skills_dir:
        strategy = "official" if training_args.skill_retrieval == "ucb" else training_args.skill_retrieval
        retriever = build_retriever(strategy, load_skill_library(training_args.skills_dir))

        def skill_text(episode: Episode) -> str:
            return retriever.retrieve(Task(episode.first.task, episode.first.task_type)).text

    if PartialState().is_main_process:
        os.makedirs(training_args.output_dir, exist_ok=True)
        with open(os.path.join(training_args.output_dir, "validation_set.json"), "w") as f:
            json.dump({split: list(rows) for split, rows in splits.items()}, f, indent=1, default=str)
    if skills_view not in SKILLS_VIEWS:
        raise ValueError(f"`skills_view` must be one of {SKILLS_VIEWS} (got {skills_view!r}).")
    engine_config = RolloutConfig.from_args(training_args)
    engine_class = TeacherViewEngine if skills_view == "teacher" else RolloutEngine
    return evaluate_splits(
        model_dir,
        lambda tokenizer: engine_class(tokenizer, agent_format, engine_config),
        splits,
        make_env,
        label=label,
        max_new_tokens=training_args.max_completion_length,
        temperature=temperature,
        seed=training_args.seed,
        invalid_penalty=training_args.invalid_action_penalty,
        skill_text=skill_text,
        skills_view=skills_view,
        samples=samples,
        # A run that trains with vLLM evaluates with it too, at the same GPU share as its training engine.
        vllm_gpu_memory_utilization=training_args.vllm_gpu_memory_utilization if training_args.use_vllm else None,
    )


def report(results: Sequence[EvalResult], output_dir: str, title: str, with_score: bool = False) -> dict:
    """Write ``eval_results.{json,md}`` and ``summary.json`` to ``output_dir`` and print the one-screen table (main
    process only); returns the summary (success per run, plus the mean score when ``with_score``)."""
    if not PartialState().is_main_process:
        return {}
    write_results(results, os.path.join(output_dir, "eval_results.json"), os.path.join(output_dir, "eval_results.md"))
    summary = {
        r.name: ({"success": r.success_rate, "score": r.mean_score} if with_score else r.success_rate) for r in results
    }
    with open(os.path.join(output_dir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print(
        f"\n=== {title} ===\n{markdown_table(results)}\nresults: {output_dir}/eval_results.md   "
        f"checkpoint: {output_dir}\n"
    )
    return summary
