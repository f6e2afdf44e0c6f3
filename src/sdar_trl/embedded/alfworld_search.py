"""The ALFWorld warm start that teaches *searching* and *reading skills*, not routes through the rooms it saw.

Cloning the games' walkthroughs teaches a small model to walk straight to where each object was in the training rooms:
it wins the rooms it saw and none it did not. Here the expert searches instead (`SearchExpert`): it visits
receptacles, opening the closed ones, until it has *seen* what the next step of the task needs, and only then follows
the planner's shortest plan from the current state (`ALFWorldEnv(expert_plans=True)`). Two kinds of demonstration
(`alfworld_search_demos`), on the training games:

- ``skill``: the step prompt carries, in front of it as the SDAR teacher reads it, the skill block of the
  ``alfworld_homes`` library for this task, but stating a *randomly drawn* home for each object the task names, and
  the expert visits the stated homes first. The block is usually wrong about this room, so the demonstrations teach
  "go where the block says first", not where objects really are.
- ``blind``: no block, and the expert searches in a random order.

So the cloned student searches without skills, the teacher (the same model given the true block) goes to the true
homes first, and neither has been shown the real priors: what the student learns about them in RL is what the
method under test teaches it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from datasets import Dataset

from ..agent.engine import ContextBlocks, RolloutConfig
from ..agent.formats import AgentFormat
from ..envs.alfworld import HOMES, ALFWorldEnv, homes_skill_library
from ..envs.protocol import Observation, StepResult
from ..skills.retrieval import KeywordRetriever, Task
from ..teacher_context import OFFICIAL_CONTEXT_TEMPLATE, render_context
from .evaluation import TeacherViewEngine
from .expert import add_step_examples, expert_response


DEMO_KINDS = ("skill", "blind")
_ROOM = re.compile(r"you see (.+?)\.(?:\s|$)")
_INSTANCE = re.compile(r"\b([a-z]+ \d+)\b")


def room_receptacles(text: str) -> list[str]:
    """The receptacles the first observation lists, in its order: ``"... you see a cabinet 2, a fridge 1, and a
    shelf 1."`` -> ``["cabinet 2", "fridge 1", "shelf 1"]``."""
    match = _ROOM.search(text)
    if not match:
        return []
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group(1))
    return [item.strip().removeprefix("an ").removeprefix("a ").strip() for item in items if item.strip()]


def instances(text: str) -> set[str]:
    """Every ``"<name> <number>"`` an observation mentions (objects and receptacles alike)."""
    return set(_INSTANCE.findall(text))


def receptacle_type(name: str) -> str:
    return name.rsplit(" ", 1)[0]


def search_order(receptacles: Sequence[str], rng: random.Random, first_types: Sequence[str] = ()) -> list[str]:
    """The receptacles of ``first_types`` (in that order, then listing order), then every other one in a random
    order."""
    first = [r for t in first_types for r in receptacles if receptacle_type(r) == t]
    first = list(dict.fromkeys(first))
    rest = [r for r in receptacles if r not in first]
    rng.shuffle(rest)
    return first + rest


def plan_target(plan: Sequence[str]) -> str | None:
    """The object the plan next needs to have found: ``"take apple 1 from fridge 1"`` -> ``"apple 1"``, ``"use
    desklamp 1"`` -> ``"desklamp 1"``; None when no step of the plan takes or uses anything."""
    for action in plan:
        if action.startswith("take ") and " from " in action:
            return action[len("take ") :].split(" from ", 1)[0]
        if action.startswith("use "):
            return action[len("use ") :]
    return None


@dataclass
class SearchExpert:
    """Searches the receptacles in ``order`` until it has seen the object the planner's next step needs, then follows
    the planner. Call `act` with each observation (the first one included) and the current plan."""

    order: list[str]
    seen: set[str] = field(default_factory=set)
    visited: set[str] = field(default_factory=set)
    opened: set[str] = field(default_factory=set)
    here: str | None = None

    def act(self, observation: Observation, plan: Sequence[str]) -> str:
        self.seen |= instances(observation.text)
        if not plan:
            raise RuntimeError("The planner has no plan from this state.")
        target = plan_target(plan)
        if target is None or target in self.seen:
            return plan[0]
        # Not seen yet: look inside where we stand, else go on to the next receptacle of the order.
        if (
            self.here is not None
            and self.here not in self.opened
            and f"open {self.here}" in observation.admissible_actions
        ):
            self.opened.add(self.here)
            return f"open {self.here}"
        for receptacle in self.order:
            if receptacle not in self.visited and receptacle != self.here:
                self.visited.add(receptacle)
                self.here = receptacle
                return f"go to {receptacle}"
        return plan[0]  # everything searched: the planner knows where it is


class ExpertALFWorldEnv(ALFWorldEnv):
    """`ALFWorldEnv` with the planner's plans on, remembering its last observation for the expert."""

    def __init__(self):
        super().__init__(expert_plans=True)
        self.last: Observation | None = None

    def reset(self, row: Mapping[str, Any]) -> Observation:
        self.last = super().reset(row)
        return self.last

    def step(self, action: str) -> StepResult:
        result = super().step(action)
        self.last = result.observation
        return result


def task_objects(task: str) -> list[str]:
    """The objects of `HOMES` a task sentence names (``"examine the book with the desklamp"`` -> book, desklamp)."""
    return list(KeywordRetriever(homes_skill_library(HOMES)).pick(Task(task)))


def homes_block(stated: Mapping[str, str], task: str, template: str = OFFICIAL_CONTEXT_TEMPLATE) -> str:
    """The privileged block for ``task`` under a library stating ``stated``: what the trainer's keyword retrieval
    renders from the bundled ``alfworld_homes`` library when ``stated`` is `HOMES`."""
    return render_context(template, KeywordRetriever(homes_skill_library(stated)).retrieve(Task(task)).text)


def random_homes(task: str, receptacles: Sequence[str], rng: random.Random) -> dict[str, str]:
    """A random home for each object ``task`` names, drawn among the receptacle types this room holds once."""
    types = [receptacle_type(r) for r in receptacles]
    single = sorted({t for t in types if types.count(t) == 1})
    return {obj: rng.choice(single) for obj in task_objects(task)}


def alfworld_search_demos(
    tokenizer,
    rows: Sequence[Mapping[str, Any]],
    *,
    rollout: RolloutConfig,
    agent_format: AgentFormat,
    kinds: Sequence[str] = DEMO_KINDS,
    reply: Callable[[str], str] = expert_response,
    max_expert_turns: int = 60,
    seed: int = 0,
) -> tuple[Dataset, dict[str, int]]:
    """The behaviour-cloning set: one example ``(input_ids, completion_mask)`` per expert step of one demonstration
    per row and kind (module docstring), prompts built by the training engine (same format and history window) with
    the block in front where the teacher reads it. Returns the dataset and the number of examples per kind. Every
    demonstration must be won within ``max_expert_turns``."""
    unknown = set(kinds) - set(DEMO_KINDS)
    if unknown:
        raise ValueError(f"Unknown demonstration kinds {sorted(unknown)}; choose from {DEMO_KINDS}.")
    engine = TeacherViewEngine(tokenizer, agent_format, replace(rollout, max_turns=max_expert_turns))
    rng = random.Random(f"alfworld-search:{seed}")
    eos = tokenizer.eos_token_id
    examples: dict[str, list] = {"input_ids": [], "completion_mask": []}
    per_kind = dict.fromkeys(kinds, 0)
    for row in rows:
        for kind in kinds:
            envs: list[ExpertALFWorldEnv] = []
            expert: list[SearchExpert] = []

            def make_env(envs=envs):
                envs.append(ExpertALFWorldEnv())
                return envs[-1]

            def contexts(episodes, kind=kind, expert=expert):
                (episode,) = episodes
                receptacles = room_receptacles(episode.first.text)
                if kind == "blind":
                    expert.append(SearchExpert(search_order(receptacles, rng)))
                    return [ContextBlocks()]
                stated = random_homes(episode.first.task, receptacles, rng)
                expert.append(SearchExpert(search_order(receptacles, rng, list(stated.values()))))
                return [ContextBlocks(teacher=homes_block(stated, episode.first.task))]

            def act(prompts, envs=envs, expert=expert):
                action = expert[0].act(envs[0].last, envs[0].expert_plan())
                return [tokenizer(reply(action), add_special_tokens=False)["input_ids"] + [eos]]

            (episode,), _ = engine.run([row], make_env, act, contexts=contexts)
            if not episode.won:
                raise RuntimeError(f"The searching expert lost {row['gamefile']} ({kind}).")
            per_kind[kind] += add_step_examples(examples, episode)
    return Dataset.from_dict(examples), per_kind
