"""Skill retrieval strategies: what the teacher is shown for one task.

Every strategy returns the general skills followed by the task skills it picks (each once):

- ``task_type``: the skill mapped to the task type. The type is matched exactly, else as the longest task type that
  is a substring of it (so an ALFWorld game path ``pick_heat_then_place_in_recep-Egg-None-.../trial_1`` routes to
  ``heat``); a Search-QA ``data_source`` is used as given.
- ``keyword`` (official SDAR semantics): every task type with any of its keywords in the lower-cased task text,
  in mapping order; all their skills, each once.
- ``full``: every task skill.
- ``random``: ``k`` task skills drawn with a seeded generator (reproducible run to run).
- ``ucb``: a UCB1 bandit. *Arms* are the library's task skills; each task picks one. Statistics are kept per
  *context*, the task type when the row has one and ``"*"`` otherwise, so that each family learns its own best skill.
  Score ``mean_reward(arm) + c * sqrt(ln N / n(arm))`` with ``N`` the pulls of the context and ``n`` those of the
  arm; unpulled arms first, ties to the earlier arm. The *reward of an arm* is the total reward of each trajectory
  whose teacher saw it (one pull per trajectory). ``c`` (``ucb_exploration``, default 1.0) is in reward units: raise
  it with the reward scale (e.g. 10 for ALFWorld's 10·won). Within a batch, selections count as pending pulls so
  that rows spread over arms; `update` replaces them with the real rewards. Call `update` with the (arm, reward)
  pairs of *all* processes and the statistics stay identical everywhere.

A task with no matching skill gets the general skills alone; `Retrieved.matched` is then False (the trainer counts
these).
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from .library import SkillLibrary


RetrievalName = Literal["task_type", "keyword", "full", "random", "ucb"]
RETRIEVALS: tuple[str, ...] = ("task_type", "keyword", "full", "random", "ucb")


@dataclass(frozen=True)
class Task:
    """What retrieval reads from a row: the task text and, when known, its task type (or data source)."""

    text: str
    task_type: str | None = None


@dataclass(frozen=True)
class Retrieved:
    """The teacher's privileged text for one task, the task skills in it, and whether any skill matched."""

    text: str
    skills: tuple[str, ...]
    matched: bool


def route_task_type(library: SkillLibrary, task_type: str | None) -> str | None:
    """The library's task type for a row's type field: exact match, else the longest one contained in it."""
    if not task_type:
        return None
    if task_type in library.task_to_skill:
        return task_type
    contained = [t for t in library.task_to_skill if t in task_type]
    return max(contained, key=len) if contained else None


def keyword_skills(library: SkillLibrary, text: str) -> list[str]:
    """Skills of every task type with a keyword in ``text`` (official semantics), in mapping order, each once."""
    text = text.lower()
    names = [library.task_to_skill[t] for t, kws in library.task_keywords.items() if any(k in text for k in kws)]
    return list(dict.fromkeys(names))


class SkillRetriever(ABC):
    """Base class: ``retrieve(task) -> Retrieved``; bandit strategies also learn from ``update``."""

    def __init__(self, library: SkillLibrary):
        self.library = library

    @abstractmethod
    def pick(self, task: Task) -> list[str]:
        """The task skills to show for ``task`` (empty: general skills only)."""

    def retrieve(self, task: Task) -> Retrieved:
        skills = tuple(self.pick(task))
        return Retrieved(text=self.library.render(skills), skills=skills, matched=bool(skills))

    def update(self, pulls: list[tuple[str | None, tuple[str, ...], float]]) -> None:
        """Learn from ``(task type, skills shown, trajectory reward)`` of every process; a no-op unless a bandit."""

    def state_dict(self) -> dict:
        return {}

    def load_state_dict(self, state: dict) -> None:
        """Stateless: nothing to restore."""


class TaskTypeRetriever(SkillRetriever):
    def pick(self, task: Task) -> list[str]:
        routed = route_task_type(self.library, task.task_type)
        return [self.library.task_to_skill[routed]] if routed else []


class KeywordRetriever(SkillRetriever):
    def pick(self, task: Task) -> list[str]:
        return keyword_skills(self.library, task.text)


class FullRetriever(SkillRetriever):
    def pick(self, task: Task) -> list[str]:
        return list(self.library.skill_names)


class RandomRetriever(SkillRetriever):
    def __init__(self, library: SkillLibrary, *, k: int = 1, seed: int = 0):
        super().__init__(library)
        self.k, self.seed, self.draws = k, seed, 0

    def pick(self, task: Task) -> list[str]:
        # One generator per draw, seeded by (seed, draw index): reproducible and resumable from `draws` alone.
        rng = random.Random(f"{self.seed}:{self.draws}")
        self.draws += 1
        names = list(self.library.skill_names)
        return rng.sample(names, min(self.k, len(names)))

    def state_dict(self) -> dict:
        return {"draws": self.draws}

    def load_state_dict(self, state: dict) -> None:
        self.draws = int(state.get("draws", 0))


@dataclass
class ArmStats:
    pulls: int = 0
    reward_sum: float = 0.0

    @property
    def mean(self) -> float:
        return self.reward_sum / self.pulls if self.pulls else 0.0


class UCBRetriever(SkillRetriever):
    def __init__(self, library: SkillLibrary, *, exploration: float = 1.0):
        super().__init__(library)
        if not library.skill_names:
            raise ValueError(f"UCB retrieval needs task skills; the library at {library.source!r} has none.")
        self.exploration = exploration
        self.stats: dict[str, dict[str, ArmStats]] = defaultdict(lambda: {a: ArmStats() for a in library.skill_names})
        self._pending: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def context(self, task_type: str | None) -> str:
        return route_task_type(self.library, task_type) or "*"

    def scores(self, context: str) -> dict[str, float]:
        """UCB score of every arm in ``context``, counting this batch's pending pulls; inf for an unpulled arm."""
        arms, pending = self.stats[context], self._pending[context]
        total = sum(s.pulls + pending[a] for a, s in arms.items())
        out = {}
        for arm, s in arms.items():
            n = s.pulls + pending[arm]
            out[arm] = math.inf if n == 0 else s.mean + self.exploration * math.sqrt(math.log(total) / n)
        return out

    def pick(self, task: Task) -> list[str]:
        context = self.context(task.task_type)
        scores = self.scores(context)
        arm = max(scores, key=lambda a: scores[a])  # max keeps the first of equal scores: library order
        self._pending[context][arm] += 1
        return [arm]

    def update(self, pulls: list[tuple[str | None, tuple[str, ...], float]]) -> None:
        self._pending.clear()
        for task_type, arms, reward in pulls:
            for arm in arms:
                stats = self.stats[self.context(task_type)][arm]
                stats.pulls += 1
                stats.reward_sum += float(reward)

    def state_dict(self) -> dict:
        return {
            "exploration": self.exploration,
            "stats": {ctx: {a: [s.pulls, s.reward_sum] for a, s in arms.items()} for ctx, arms in self.stats.items()},
        }

    def load_state_dict(self, state: dict) -> None:
        self._pending.clear()
        self.stats.clear()
        for ctx, arms in state.get("stats", {}).items():
            for arm, (pulls, reward_sum) in arms.items():
                if arm in self.library.skills:
                    self.stats[ctx][arm] = ArmStats(int(pulls), float(reward_sum))


def build_retriever(
    name: str, library: SkillLibrary, *, seed: int = 0, random_k: int = 1, ucb_exploration: float = 1.0
) -> SkillRetriever:
    """The retriever called ``name`` (one of `RETRIEVALS`)."""
    if name == "task_type":
        return TaskTypeRetriever(library)
    if name == "keyword":
        return KeywordRetriever(library)
    if name == "full":
        return FullRetriever(library)
    if name == "random":
        return RandomRetriever(library, k=random_k, seed=seed)
    if name == "ucb":
        return UCBRetriever(library, exploration=ucb_exploration)
    raise ValueError(f"Unknown skill retrieval {name!r}; set `skill_retrieval` to one of {list(RETRIEVALS)}.")
