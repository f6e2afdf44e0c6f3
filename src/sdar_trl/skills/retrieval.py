"""Skill retrieval strategies: what the teacher is shown for one task.

Every strategy returns the general skills followed by the task skills it picks (each once). A task is its text
(`Task.text`: the task description, or the whole step prompt) and its type (`Task.task_type`: an ALFWorld game path
or task family, a Search-QA ``data_source``, a WebShop category, ...).

Official (the routing of the official SDAR code, the default):

- ``official``: routes as the official code does for the library's environment, named by its `SkillLibrary.routing`
  (or inferred by `detect_routing`):

  - ``game_path`` (ALFWorld): the *first* task type, in mapping order, contained in the task type (the game path
    ``pick_clean_then_place_in_recep-Mug-None-CoffeeMachine-6/trial_1`` routes to ``clean`` alone). A row whose type
    contains none falls back to the keyword rule, as the official code does for rows without a game file.
  - ``data_source`` (Search-QA): the rule of `route_data_source` (popqa, nq, triviaqa, hotpotqa by source; then the
    comparison rule; then 2wikimultihopqa, musique, bamboogle to multi-hop). The ``text`` source falls back to the
    keyword rule.
  - ``keyword`` (WebShop): the keyword rule over the task text (the official code matches the whole step prompt,
    observation and actions included; here it is whatever `Task.text` the caller passes).

  The *keyword rule* (official): every task type with any of its keywords in the text, in mapping order; all their
  skills, each once. Where we differ from the official code: a keyword matches on word boundaries, optionally
  followed by a plural ``s``/``es`` (`has_keyword`), where the official code tests substrings (under which a keyword
  ``hot`` fires inside "shotglass" and the official WebShop keyword ``hat`` inside "that"); the comparison rule tests
  whole words of the task text, where the official code tests substrings of the whole decoded prompt; and a
  Search-QA row typed with one of the library's own task types (our bundled data labels rows by family) routes to it.

- ``general``: the general skills alone, no task skill, whatever the task: what the teacher saw on ALFWorld and
  WebShop in the official code the paper's numbers come from (its initial commit, 92f1b0f). There the rollout never
  passed the game file, and the ALFWorld and WebShop rows had ``data_source`` ``text``, which the data-source rule did
  not route and did not send to the keyword rule (the routing by game path and the keyword fallback came with the
  later PR #36). For Search-QA the paper-era teacher was routed by ``data_source``, as ``official`` routes it.
  `Retrieved.matched` is always False (no task skill).

Ours:

- ``task_type``: the skill mapped to the task type. The type is matched exactly, else as the longest task type that
  is a substring of it; a Search-QA ``data_source`` is used as given (through the library's ``task_to_skill``).
- ``keyword``: the keyword rule above, whatever the environment.
- ``full``: every task skill (the official ``skill_all`` switch).
- ``random``: ``k`` task skills drawn with a seeded generator (reproducible run to run).
- ``ucb``: a UCB1 bandit. *Arms* are the library's task skills; each task picks one. Statistics are kept per
  *context*, the task type when the row has one and ``"*"`` otherwise, so that each family learns its own best skill.
  Score ``mean_reward(arm) + c * sqrt(ln N / n(arm))`` with ``N`` the pulls of the context and ``n`` those of the
  arm; unpulled arms first, ties to the earlier arm. The *reward of an arm* is the total reward of each trajectory
  whose teacher saw it (one pull per trajectory). ``c`` (``ucb_exploration``, default 1.0) is in reward units: raise
  it with the reward scale (e.g. 10 for ALFWorld's 10·won). Within a batch, selections count as pending pulls so
  that rows spread over arms; `update` replaces them with the real rewards. Call `update` with the (arm, reward)
  pairs of *all* processes and the statistics stay identical everywhere.

Evaluation: `SkillRetriever.retrieve_all` with ``training=False`` restores the selection state afterwards (pending
pulls, random draws), so an evaluation between two training batches leaves the training selections unchanged.

A task with no matching skill gets the general skills alone; `Retrieved.matched` is then False (the trainer counts
these).
"""

from __future__ import annotations

import math
import random
import re
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Literal, get_args

from .library import Routing, SkillLibrary


RetrievalName = Literal["official", "general", "task_type", "keyword", "full", "random", "ucb"]
RETRIEVALS: tuple[str, ...] = get_args(RetrievalName)

# ALFWorld's task families (and the official library's shorter ``pick_and_place``): a library with any of them as a
# task type is routed by game path.
ALFWORLD_TASK_TYPES = frozenset(
    {
        "pick_and_place",
        "pick_and_place_simple",
        "pick_two_obj_and_place",
        "look_at_obj_in_light",
        "pick_clean_then_place_in_recep",
        "pick_heat_then_place_in_recep",
        "pick_cool_then_place_in_recep",
    }
)
# The official Search-QA table: data source -> task type.
DATA_SOURCE_TASK_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "popqa": "entity_attribute_lookup",
        "nq": "direct_retrieval",
        "triviaqa": "direct_retrieval",
        "hotpotqa": "multi_hop_reasoning",
        "2wikimultihopqa": "multi_hop_reasoning",
        "musique": "multi_hop_reasoning",
        "bamboogle": "multi_hop_reasoning",
    }
)
# Sources the official code routes by the table *before* the comparison rule (the others only after it).
ROUTED_BEFORE_COMPARISON = frozenset({"popqa", "nq", "triviaqa", "hotpotqa"})
COMPARISON_TASK_TYPE = "compare"
# The data source of the official ALFWorld/WebShop parquet files: such rows fall back to the keyword rule.
KEYWORD_SOURCE = "text"


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


@lru_cache(maxsize=4096)
def _word_pattern(phrase: str, plural: bool) -> re.Pattern:
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<!\w){words}{'(?:e?s)?' if plural else ''}(?!\w)", re.IGNORECASE)


def has_keyword(text: str, keyword: str) -> bool:
    """Whether ``keyword`` occurs in ``text`` as whole words (case-insensitive), optionally followed by a plural
    ``s``/``es``: ``shoe`` matches "running shoes", ``hot`` does not match "shotglass", ``look at`` matches
    "Look  at"."""
    return _word_pattern(keyword, True).search(text) is not None


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (case-insensitive, no plural)."""
    return _word_pattern(word, False).search(text) is not None


def is_comparison(question: str) -> bool:
    """The official comparison rule: the question has ``which`` and ``or`` and no ``for`` (here: as whole words)."""
    return has_word(question, "which") and has_word(question, "or") and not has_word(question, "for")


def route_task_type(library: SkillLibrary, task_type: str | None) -> str | None:
    """The library's task type for a row's type field: exact match, else the longest one contained in it."""
    if not task_type:
        return None
    if task_type in library.task_to_skill:
        return task_type
    contained = [t for t in library.task_to_skill if t in task_type]
    return max(contained, key=len) if contained else None


def route_game_path(library: SkillLibrary, game_path: str | None) -> str | None:
    """The official ALFWorld rule: the first task type, in mapping order, that is a substring of the game path."""
    if not game_path:
        return None
    return next((t for t in library.task_to_skill if t in game_path), None)


def route_data_source(library: SkillLibrary, data_source: str | None, question: str) -> str | None:
    """The official Search-QA rule, giving a task type (``None``: no task skill), in this order:

    1. popqa -> entity_attribute_lookup; nq, triviaqa -> direct_retrieval; hotpotqa -> multi_hop_reasoning;
    2. (ours) a source that is one of the library's own task types and not in the official table -> itself;
    3. `is_comparison` on the question -> compare;
    4. 2wikimultihopqa, musique, bamboogle -> multi_hop_reasoning.
    """
    source = data_source or ""
    if source in ROUTED_BEFORE_COMPARISON:
        return DATA_SOURCE_TASK_TYPES[source]
    if source in library.task_to_skill and source not in DATA_SOURCE_TASK_TYPES:
        return source
    if is_comparison(question):
        return COMPARISON_TASK_TYPE
    return DATA_SOURCE_TASK_TYPES.get(source)


def keyword_skills(library: SkillLibrary, text: str) -> list[str]:
    """The keyword rule: skills of every task type with a keyword in ``text`` (`has_keyword`), in mapping order,
    each once."""
    names = [
        library.task_to_skill[t] for t, kws in library.task_keywords.items() if any(has_keyword(text, k) for k in kws)
    ]
    return list(dict.fromkeys(names))


def detect_routing(library: SkillLibrary) -> Routing:
    """The library's official routing: as declared, else ``game_path`` when a task type is an ALFWorld family,
    ``data_source`` when every task type of the official Search-QA table is one, ``keyword`` otherwise."""
    if library.routing is not None:
        return library.routing
    task_types = set(library.task_to_skill)
    if task_types & ALFWORLD_TASK_TYPES:
        return "game_path"
    if set(DATA_SOURCE_TASK_TYPES.values()) <= task_types:
        return "data_source"
    return "keyword"


def official_skills(library: SkillLibrary, task: Task) -> list[str]:
    """The task skills the official SDAR code shows for ``task``, by the library's routing (module docstring)."""
    routing = detect_routing(library)
    if routing == "game_path":
        task_type = route_game_path(library, task.task_type)
        if task_type is None:
            return keyword_skills(library, task.text)
    elif routing == "data_source":
        task_type = route_data_source(library, task.task_type, task.text)
        if task_type is None and task.task_type == KEYWORD_SOURCE:
            return keyword_skills(library, task.text)
    else:
        return keyword_skills(library, task.text)
    skill = library.task_to_skill.get(task_type) if task_type is not None else None
    return [skill] if skill is not None else []


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

    def retrieve_all(self, tasks: Sequence[Task], *, training: bool = True) -> list[Retrieved]:
        """`retrieve` for each task in order. ``training=False`` (evaluation): the selection state is restored
        afterwards, so the call leaves no trace in later selections; within the call, rows still spread over arms."""
        if training:
            return [self.retrieve(task) for task in tasks]
        saved = self.selection_state()
        try:
            return [self.retrieve(task) for task in tasks]
        finally:
            self.restore_selection_state(saved)

    def selection_state(self) -> object:
        """What selecting changes before `update` (a copy); stateless strategies have none."""
        return None

    def restore_selection_state(self, state: object) -> None:  # noqa: B027 - stateless strategies: nothing to undo
        """Undo the selections made since `selection_state` returned ``state``."""

    def update(self, pulls: list[tuple[str | None, tuple[str, ...], float]]) -> None:  # noqa: B027 - not a bandit
        """Learn from ``(task type, skills shown, trajectory reward)`` of every process; a no-op unless a bandit."""

    def state_dict(self) -> dict:
        return {}

    def load_state_dict(self, state: dict) -> None:  # noqa: B027 - stateless strategies: nothing to restore
        """Stateless: nothing to restore."""


class OfficialRetriever(SkillRetriever):
    def pick(self, task: Task) -> list[str]:
        return official_skills(self.library, task)


class GeneralRetriever(SkillRetriever):
    def pick(self, task: Task) -> list[str]:
        return []


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

    def selection_state(self) -> int:
        return self.draws

    def restore_selection_state(self, state: int) -> None:
        self.draws = state

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


def _pending_counts() -> defaultdict[str, defaultdict[str, int]]:
    return defaultdict(lambda: defaultdict(int))


class UCBRetriever(SkillRetriever):
    def __init__(self, library: SkillLibrary, *, exploration: float = 1.0):
        super().__init__(library)
        if not library.skill_names:
            raise ValueError(f"UCB retrieval needs task skills; the library at {library.source!r} has none.")
        self.exploration = exploration
        self.stats: dict[str, dict[str, ArmStats]] = {}  # context -> arm -> stats; a context appears once updated
        self._pending = _pending_counts()

    def context(self, task_type: str | None) -> str:
        return route_task_type(self.library, task_type) or "*"

    def _arms(self, context: str) -> dict[str, ArmStats]:
        """The statistics of ``context``, created on first use."""
        return self.stats.setdefault(context, {a: ArmStats() for a in self.library.skill_names})

    def scores(self, context: str) -> dict[str, float]:
        """UCB score of every arm in ``context``, counting this batch's pending pulls; inf for an unpulled arm."""
        arms = self.stats.get(context) or {a: ArmStats() for a in self.library.skill_names}
        pending = self._pending.get(context, {})
        total = sum(s.pulls + pending.get(a, 0) for a, s in arms.items())
        out = {}
        for arm, s in arms.items():
            n = s.pulls + pending.get(arm, 0)
            out[arm] = math.inf if n == 0 else s.mean + self.exploration * math.sqrt(math.log(total) / n)
        return out

    def pick(self, task: Task) -> list[str]:
        context = self.context(task.task_type)
        scores = self.scores(context)
        arm = max(scores, key=lambda a: scores[a])  # max keeps the first of equal scores: library order
        self._pending[context][arm] += 1
        return [arm]

    def selection_state(self) -> dict[str, dict[str, int]]:
        return {ctx: dict(arms) for ctx, arms in self._pending.items()}

    def restore_selection_state(self, state: dict[str, dict[str, int]]) -> None:
        self._pending = _pending_counts()
        for ctx, arms in state.items():
            self._pending[ctx].update(arms)

    def update(self, pulls: list[tuple[str | None, tuple[str, ...], float]]) -> None:
        self._pending.clear()
        for task_type, arms, reward in pulls:
            for arm in arms:
                stats = self._arms(self.context(task_type))[arm]
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
                    self._arms(ctx)[arm] = ArmStats(int(pulls), float(reward_sum))


def build_retriever(
    name: str, library: SkillLibrary, *, seed: int = 0, random_k: int = 1, ucb_exploration: float = 1.0
) -> SkillRetriever:
    """The retriever called ``name`` (one of `RETRIEVALS`)."""
    if name == "official":
        return OfficialRetriever(library)
    if name == "general":
        return GeneralRetriever(library)
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
