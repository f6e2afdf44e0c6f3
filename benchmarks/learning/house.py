"""The learning benchmark's warm start and evaluation on `HouseEnv`: a policy that *reads* skills, not one that knows
the priors.

Behaviour cloning (`house_demos`) on three kinds of expert demonstrations, each in a house whose priors are a
*randomly drawn* object -> home mapping (so the real priors are never shown):

- ``skill``: the prompt carries a skill block stating this house's (random) mapping for the task's object, placed
  exactly as the SDAR teacher sees it (the block's token ids in front of the chat-templated step prompt,
  `sdar_trl.teacher.prompt.insert_prefix_ids` with `OFFICIAL_CONTEXT_TEMPLATE`), and the expert goes to the stated
  home first;
- ``blind``: no block, and the expert searches in a random order;
- ``user``: the same block at the start of the user message (where Skill-GRPO shows skills to the policy), and the
  expert follows it, so that the Skill-GRPO baseline starts from a policy that can read its skills too.

The cloned policy, given skills, follows them; without skills it searches blindly. `evaluate_house` measures it in
three views: ``student`` (no skills), ``teacher`` (the block in front of the prompt, as the SDAR teacher) and
``user`` (the block in the user message, as Skill-GRPO).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import torch
from datasets import Dataset

from sdar_trl.agent.engine import ContextBlocks, Episode, RolloutConfig
from sdar_trl.agent.formats import AgentFormat, HistoryEntry, parse_action
from sdar_trl.agent.generation import hf_generate_fn
from sdar_trl.envs.house import (
    HOME_TYPES,
    OBJECT_TYPES,
    HouseEnv,
    HouseExpert,
    HouseSpec,
    house_skill_library,
    search_order,
)
from sdar_trl.skills.retrieval import Task, TaskTypeRetriever
from sdar_trl.teacher.prompt import OFFICIAL_CONTEXT_TEMPLATE, render_context
from sdar_trl_examples.evaluation import EvalResult, TeacherViewEngine
from sdar_trl_examples.expert import add_step_examples


VIEWS = ("student", "teacher", "user")


def render_house_prompt(
    task: str, step: int, history: Sequence[HistoryEntry], observation: str, admissible: Sequence[str]
) -> str:
    """A compact step prompt with verl-agent's fields (task, step count, the history window, the observation, the
    admissible actions listed as the environment gives them): about half the tokens of `ACTION_FORMAT`'s, which is
    what makes a few thousand CPU rollouts affordable."""
    lines = [f"Task: {task}.", f"Step {step + 1}."]
    lines += [f"Before: {h.observation} You did: {h.action}." for h in history]
    lines.append(f"Now: {observation}")
    lines.append("Actions: " + ", ".join(admissible) + ".")
    lines.append("Answer <think>...</think><action>...</action>.")
    return "\n".join(lines)


# The house benchmark's format: `ACTION_FORMAT`'s parser and penalty with the compact prompt.
HOUSE_FORMAT = AgentFormat(render=render_house_prompt, parse=parse_action, invalid_penalty=0.1)


def expert_reply(action: str) -> str:
    """What the policy is taught to write for an action: a short fixed thought, then the action."""
    return f"<think>ok</think><action>{action}</action>"


def skill_block(stated: Mapping[str, str], object_type: str, template: str = OFFICIAL_CONTEXT_TEMPLATE) -> str:
    """The privileged block for a task on ``object_type`` under a library stating ``stated``: exactly what the
    trainer's ``skill_retrieval="task_type"`` retrieval renders for it."""
    retrieved = TaskTypeRetriever(house_skill_library(stated)).retrieve(Task("", object_type))
    return render_context(template, retrieved.text)


def random_priors(rng: random.Random) -> dict[str, str]:
    """An object -> home mapping drawn uniformly over the single-instance receptacle types."""
    return {obj: rng.choice(HOME_TYPES) for obj in OBJECT_TYPES}


@dataclass(frozen=True)
class DemoRow:
    """One demonstration: the house row (with its random priors), its kind and the search order."""

    row: Mapping[str, Any]
    kind: str  # "skill", "blind" or "user"


def demo_rows(counts: Mapping[str, int], seed: int, first_seed: int = 10_000_000) -> list[DemoRow]:
    """``counts[kind]`` demonstration rows per kind, each a house with its own random priors (seeds from
    ``first_seed`` on, far from the benchmark's training and evaluation houses)."""
    rng = random.Random(f"demos:{seed}")
    rows, next_seed = [], first_seed + 100_000 * seed
    for kind in ("skill", "blind", "user"):
        for _ in range(counts.get(kind, 0)):
            rows.append(DemoRow({"seed": next_seed, "priors": random_priors(rng)}, kind))
            next_seed += 1
    return rows


def house_demos(
    tokenizer,
    demos: Sequence[DemoRow],
    *,
    rollout: RolloutConfig,
    spec: HouseSpec | None = None,
    agent_format: AgentFormat = HOUSE_FORMAT,
    reply: Callable[[str], str] = expert_reply,
    max_expert_turns: int = 40,
    seed: int = 0,
) -> tuple[Dataset, dict[str, int]]:
    """The behaviour-cloning set: one example ``(input_ids, completion_mask)`` per expert step, the prompt built by
    the same engine as training prompts (history window, format) plus the view's block. Returns the dataset and the
    number of examples per kind. Every demonstration is played to the end (``max_expert_turns``), so none is
    dropped, and keeping only wins cannot leak which houses a blind search solves fast."""
    spec = spec or HouseSpec()
    engine = TeacherViewEngine(tokenizer, agent_format, replace(rollout, max_turns=max_expert_turns))
    rng = random.Random(f"demo-search:{seed}")
    eos = tokenizer.eos_token_id
    examples: dict[str, list] = {"input_ids": [], "completion_mask": []}
    per_kind = {"skill": 0, "blind": 0, "user": 0}
    for demo in demos:
        envs: list[HouseEnv] = []

        def make_env(envs=envs):
            envs.append(HouseEnv(spec))
            return envs[-1]

        stated = dict(demo.row["priors"])
        expert: list[HouseExpert] = []

        def contexts(episodes, demo=demo, stated=stated, expert=expert, envs=envs):
            (episode,) = episodes
            house = envs[0].house
            informed = demo.kind != "blind"
            expert.append(HouseExpert(search_order(house, rng, house.home if informed else None)))
            if demo.kind == "blind":
                return [ContextBlocks()]
            block = skill_block(stated, episode.first.task_type)
            return [ContextBlocks(teacher=block) if demo.kind == "skill" else ContextBlocks(student=block)]

        def act(prompts, envs=envs, expert=expert):
            return [tokenizer(reply(expert[0].act(envs[0])), add_special_tokens=False)["input_ids"] + [eos]]

        (episode,), _ = engine.run([demo.row], make_env, act, contexts=contexts)
        if not episode.won:
            raise RuntimeError(f"The expert lost demonstration {demo.row['seed']} ({demo.kind}).")
        per_kind[demo.kind] += add_step_examples(examples, episode)
    return Dataset.from_dict(examples), per_kind


def house_text(num_houses: int = 300, seed: int = 0) -> list[str]:
    """Prompts, observations, actions and skill blocks of expert episodes: the text the local tokenizer learns."""
    rng = random.Random(f"house-text:{seed}")
    texts = []
    for i in range(num_houses):
        stated = random_priors(rng)
        env = HouseEnv()
        first = env.reset({"seed": 20_000_000 + i, "priors": stated})
        texts += [
            HOUSE_FORMAT.render(first.task, 0, [], first.text, first.admissible_actions),
            skill_block(stated, first.task_type),
        ]
        expert = HouseExpert(search_order(env.house, rng, env.house.home))
        for _ in range(20):
            action = expert.act(env)
            result = env.step(action)
            texts += [expert_reply(action), result.observation.text, ", ".join(result.observation.admissible_actions)]
            if result.done:
                break
    return texts


@dataclass
class HouseEval:
    """Success and behaviour of a policy on a set of houses, in one view."""

    view: str
    episodes: int
    success: float
    mean_turns: float
    first_visit_home: float
    receptacles_searched: float
    invalid_action_rate: float
    success_by_type: dict[str, float]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@torch.no_grad()
def evaluate_house(
    model,
    tokenizer,
    rows: Sequence[Mapping[str, Any]],
    *,
    view: str = "student",
    stated: Mapping[str, str] | None = None,
    rollout: RolloutConfig,
    temperature: float = 0.4,
    max_new_tokens: int = 32,
    spec: HouseSpec | None = None,
    agent_format: AgentFormat = HOUSE_FORMAT,
    batch_size: int = 64,
) -> HouseEval:
    """Play one episode per row with ``model`` in ``view`` (`VIEWS`): ``student`` without skills, ``teacher`` with
    the block of ``stated`` in front of the prompt, ``user`` with it in the user message. The model is put in eval
    mode for the call and its previous mode restored."""
    if view not in VIEWS:
        raise ValueError(f"`view` must be one of {VIEWS} (got {view!r}).")
    if view != "student" and stated is None:
        raise ValueError(f"The {view!r} view needs the `stated` priors of a skill library.")
    spec = spec or HouseSpec()
    engine = TeacherViewEngine(tokenizer, agent_format, rollout)
    generate = hf_generate_fn(model, tokenizer, max_new_tokens=max_new_tokens, temperature=temperature)

    def contexts(episodes):
        if view == "student":
            return [ContextBlocks() for _ in episodes]
        blocks = [skill_block(stated, e.first.task_type) for e in episodes]
        if view == "teacher":
            return [ContextBlocks(teacher=b) for b in blocks]
        return [ContextBlocks(student=b) for b in blocks]

    was_training = model.training
    model.eval()
    episodes: list[Episode] = []
    try:
        for start in range(0, len(rows), batch_size):
            chunk, _ = engine.run(
                list(rows[start : start + batch_size]), lambda: HouseEnv(spec), generate, contexts=contexts
            )
            episodes += chunk
    finally:
        model.train(was_training)
    summary = EvalResult.from_episodes(view, episodes, agent_format.penalty(None))

    def mean_metric(name: str) -> float:
        values = [e.metrics[name] for e in episodes if name in e.metrics]
        return sum(values) / max(len(values), 1)

    return HouseEval(
        view=view,
        episodes=summary.episodes,
        success=summary.success_rate,
        mean_turns=summary.mean_turns,
        first_visit_home=mean_metric("first_visit_home"),
        receptacles_searched=mean_metric("receptacles_searched"),
        invalid_action_rate=summary.invalid_action_rate,
        success_by_type=summary.success_by_type,
    )
