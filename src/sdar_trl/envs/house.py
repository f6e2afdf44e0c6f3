"""`HouseEnv`: find an object in a house and bring it to a target receptacle, ALFWorld-style, in pure Python.

A house is a list of receptacles (``fridge 1``, ``cabinet 2``, ``drawer 1``, ...). The task names an object type and a
target receptacle:

    Your task is to: put a apple in/on countertop 1.

Admissible actions are listed as ALFWorld lists them: ``go to <receptacle>`` (going to a receptacle reveals what is in
it), ``take <object> from <receptacle>`` where the agent stands, ``put <object> in/on <receptacle>`` while holding
something. The episode is won, with reward 10, when the object is put in the target; any other action answers
``Nothing happens.``. The trainer's ``max_turns`` is the turn limit.

**Fixed priors.** Every object type has a *home* receptacle type (`PRIORS`: apples live in the fridge, mugs in the
coffeemachine, ...). With probability ``prior_strength`` (0.8) the object is in its home, otherwise in any other
receptacle except the target. Home types are single-instance receptacles (there is one ``fridge 1``), so knowing the
prior means knowing the first ``go to``. The layout (which receptacles exist, how many cabinets and drawers, their
listing order, the distractor objects) varies with the row's ``seed``; `reset(row)` is deterministic in the row.

**Sparse reward.** A house has about 10 receptacles and the shortest solution takes 4 turns (go, take, go, put). With
a turn limit of 4 the first ``go to`` decides the episode: a blind search wins about one time in nine (11%), an agent
that knows the prior four times in five (81%); with a limit of 5, 23% and 83%.

A row is ``{"seed": int}``, optionally with ``"object_type"`` (the object to find) and ``"priors"`` (an object type ->
home type mapping that replaces the fixed priors for this house, used by the warm start's demonstrations, which must
not follow the real priors). ``Observation.task_type`` is the object type, so per-task skill retrieval
(``skill_retrieval="task_type"``) routes on it. `episode_metrics()` reports ``first_visit_home`` (the first
``go to`` went to the object's home: the internalized prior), ``receptacles_searched`` (distinct receptacles visited
before the object was picked up), ``found``, ``object_at_home`` and ``no_op_actions``.

`write_house_skills` writes a skill library in the official SDAR layout stating the priors (optionally a share of
them wrong), and `HouseExpert` is the searching expert of the warm start and of the tests.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .protocol import Observation, StepResult


# Single-instance receptacle types: every home is one of them (a house has at most one fridge).
HOME_TYPES: tuple[str, ...] = (
    "fridge",
    "coffeemachine",
    "sinkbasin",
    "shelf",
    "desk",
    "bed",
    "sofa",
    "safe",
    "microwave",
    "garbagecan",
    "toaster",
    "armchair",
    "bathtubbasin",
    "stoveburner",
)
# Multi-instance receptacle types (min, max instances); targets are drawn from these, so a target is never a home.
MULTI_TYPES: Mapping[str, tuple[int, int]] = {
    "cabinet": (1, 2),
    "drawer": (1, 2),
    "countertop": (1, 1),
    "sidetable": (0, 1),
    "diningtable": (0, 1),
    "dresser": (0, 1),
}
OBJECT_TYPES: tuple[str, ...] = ("apple", "mug", "soapbar", "book", "pen", "pillow", "remotecontrol", "keychain")
# The fixed priors of the world: object type -> home receptacle type.
PRIORS: Mapping[str, str] = {
    "apple": "fridge",
    "mug": "coffeemachine",
    "soapbar": "sinkbasin",
    "book": "shelf",
    "pen": "desk",
    "pillow": "bed",
    "remotecontrol": "sofa",
    "keychain": "safe",
}
REWARD = 10.0
NOTHING = "Nothing happens."


@dataclass(frozen=True)
class HouseSpec:
    """How houses are drawn.

    Attributes:
        priors: object type -> home receptacle type (each a `HOME_TYPES` entry).
        prior_strength: probability that the object is in its home receptacle.
        other_home_presence: probability that each other single-instance receptacle exists in a house.
        distractors: (min, max) number of other objects scattered over the house.
        object_types: the object types a task draws from.
    """

    priors: Mapping[str, str] = field(default_factory=lambda: dict(PRIORS))
    prior_strength: float = 0.8
    other_home_presence: float = 0.3
    distractors: tuple[int, int] = (3, 6)
    object_types: tuple[str, ...] = OBJECT_TYPES

    def __post_init__(self):
        if not 0.0 <= self.prior_strength <= 1.0:
            raise ValueError(f"`prior_strength` must be in [0, 1] (got {self.prior_strength}).")
        unknown = {h for h in self.priors.values() if h not in HOME_TYPES}
        if unknown:
            raise ValueError(
                f"Homes must be single-instance receptacle types {list(HOME_TYPES)}; got {sorted(unknown)}."
            )


@dataclass
class House:
    """One drawn house: receptacles in listing order, what each holds, the task and where the object is."""

    seed: int
    receptacles: tuple[str, ...]
    contents: dict[str, list[str]]
    object_type: str
    object_name: str
    home: str  # the receptacle of the object's home type ("fridge 1")
    target: str
    at_home: bool

    @property
    def task(self) -> str:
        return f"put a {self.object_type} in/on {self.target}"

    @property
    def location_of_object(self) -> str:
        return next(r for r, objs in self.contents.items() if self.object_name in objs)


def make_house(row: Mapping[str, Any], spec: HouseSpec | None = None) -> House:
    """The house of ``row`` (deterministic in it): see the module docstring."""
    spec = spec or HouseSpec()
    seed = int(row["seed"])
    priors = dict(row.get("priors") or spec.priors)
    rng = random.Random(f"house:{seed}")
    object_type = str(row.get("object_type") or rng.choice(spec.object_types))
    home_type = priors[object_type]
    receptacles = [f"{home_type} 1"]
    for kind in HOME_TYPES:
        if kind != home_type and rng.random() < spec.other_home_presence:
            receptacles.append(f"{kind} 1")
    for kind, (low, high) in MULTI_TYPES.items():
        receptacles += [f"{kind} {i}" for i in range(1, rng.randint(low, high) + 1)]
    rng.shuffle(receptacles)
    home = f"{home_type} 1"
    target = rng.choice([r for r in receptacles if r.split()[0] in MULTI_TYPES])
    contents: dict[str, list[str]] = {r: [] for r in receptacles}
    object_name = f"{object_type} {rng.randint(1, 3)}"
    at_home = rng.random() < spec.prior_strength
    where = home if at_home else rng.choice([r for r in receptacles if r not in (home, target)])
    contents[where].append(object_name)
    others = [t for t in OBJECT_TYPES if t != object_type]
    used = {object_name}
    for _ in range(rng.randint(*spec.distractors)):
        name = f"{rng.choice(others)} {rng.randint(1, 3)}"
        if name not in used:
            used.add(name)
            contents[rng.choice(receptacles)].append(name)
    for objs in contents.values():
        objs.sort()
    return House(seed, tuple(receptacles), contents, object_type, object_name, home, target, at_home)


def describe(receptacle: str, objects: Sequence[str]) -> str:
    """ALFWorld's arrival text: ``On the fridge 1, you see a apple 1, and a mug 2.``"""
    if not objects:
        return f"On the {receptacle}, you see nothing."
    items = [f"a {o}" for o in objects]
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + f", and {items[-1]}"
    return f"On the {receptacle}, you see {listed}."


class HouseEnv:
    """The house environment behind `sdar_trl.envs.TextEnv` (and `ReportsMetrics`); see the module docstring."""

    def __init__(self, spec: HouseSpec | None = None):
        self.spec = spec or HouseSpec()
        self.house: House | None = None
        self.location: str | None = None
        self.holding: str | None = None
        self.visited: list[str] = []
        self.picked_after: int | None = None
        self.no_ops = 0

    def reset(self, row: Mapping[str, Any]) -> Observation:
        self.house = make_house(row, self.spec)
        self.location, self.holding, self.visited, self.picked_after, self.no_ops = None, None, [], None, 0
        task = self.house.task
        return Observation(
            text="You are in the middle of a room.",
            admissible_actions=self.admissible_actions(),
            task=task,
            task_type=self.house.object_type,
        )

    def admissible_actions(self) -> tuple[str, ...]:
        house = self.house
        actions = [f"go to {r}" for r in house.receptacles if r != self.location]
        if self.location is not None:
            if self.holding is None:
                actions += [f"take {o} from {self.location}" for o in house.contents[self.location]]
            else:
                actions.append(f"put {self.holding} in/on {self.location}")
        return tuple(actions)

    def step(self, action: str) -> StepResult:
        action = " ".join(action.strip().lower().split())
        house = self.house
        if action not in self.admissible_actions():
            self.no_ops += 1
            return StepResult(Observation(NOTHING, self.admissible_actions()), 0.0, False)
        if action.startswith("go to "):
            self.location = action[len("go to ") :]
            self.visited.append(self.location)
            text = f"You arrive at {self.location}. " + describe(self.location, house.contents[self.location])
            return StepResult(Observation(text, self.admissible_actions()), 0.0, False)
        if action.startswith("take "):
            obj = action[len("take ") : action.rindex(" from ")]
            house.contents[self.location].remove(obj)
            self.holding = obj
            if obj == house.object_name and self.picked_after is None:
                self.picked_after = len(dict.fromkeys(self.visited))
            text = f"You pick up the {obj} from the {self.location}."
            return StepResult(Observation(text, self.admissible_actions()), 0.0, False)
        obj, self.holding = self.holding, None  # put
        if obj == house.object_name and self.location == house.target:
            return StepResult(Observation(f"You put the {obj} in/on the {self.location}.", ()), REWARD, True, won=True)
        house.contents[self.location].append(obj)
        return StepResult(
            Observation(f"You put the {obj} in/on the {self.location}.", self.admissible_actions()), 0.0, False
        )

    def episode_metrics(self) -> dict[str, float]:
        """See the module docstring; ``first_visit_home`` is NaN-free (0 when nothing was visited)."""
        house = self.house
        searched = self.picked_after if self.picked_after is not None else len(dict.fromkeys(self.visited))
        return {
            "first_visit_home": float(bool(self.visited) and self.visited[0] == house.home),
            "receptacles_searched": float(searched),
            "found": float(self.picked_after is not None),
            "object_at_home": float(house.at_home),
            "no_op_actions": float(self.no_ops),
        }

    def close(self) -> None:
        """Nothing to release."""


# ---------------------------------------------------------------------------------------------------- the expert
@dataclass
class HouseExpert:
    """A searching expert that sees only what an agent sees: it visits receptacles in ``order`` (skipping the
    target), takes the object when it is where it stands, carries it to the target and puts it there."""

    order: Sequence[str]

    def act(self, env: HouseEnv) -> str:
        house = env.house
        if env.holding == house.object_name:
            if env.location == house.target:
                return f"put {house.object_name} in/on {house.target}"
            return f"go to {house.target}"
        if env.location is not None and house.object_name in house.contents[env.location]:
            return f"take {house.object_name} from {env.location}"
        seen = set(env.visited)
        return "go to " + next(r for r in self.order if r not in seen and r != house.target)


def search_order(house: House, rng: random.Random, first: str | None = None) -> list[str]:
    """A random order over the receptacles the expert may search (all but the target), ``first`` (e.g. the home
    a skill states) first when the house has it."""
    rest = [r for r in house.receptacles if r != house.target and r != first]
    rng.shuffle(rest)
    return ([first] if first in house.receptacles and first != house.target else []) + rest


# ---------------------------------------------------------------------------------------------------- skills
GENERAL_SKILLS = (
    "### GENERAL SKILLS ###\n"
    "1. Find the object first: go to the receptacle where it usually is before searching anywhere else.\n"
    "2. When you see the object, take it, go to the target receptacle and put it there."
)


def object_skill(object_type: str, home_type: str) -> str:
    """The skill file of one object type: where it usually is, and what to do about it."""
    return (
        f"### {object_type.upper()} ###\nThe {object_type} is usually in the {home_type}. Go to {home_type} 1 first."
    )


def stated_priors(
    priors: Mapping[str, str], wrong_share: float = 0.0, seed: int = 0
) -> tuple[dict[str, str], list[str]]:
    """The priors a library states: ``priors`` with ``round(wrong_share * n)`` object types (drawn with ``seed``)
    given another home; returns (stated mapping, object types stated wrong)."""
    if not 0.0 <= wrong_share <= 1.0:
        raise ValueError(f"`wrong_share` must be in [0, 1] (got {wrong_share}).")
    rng = random.Random(f"wrong-skills:{seed}")
    objects = sorted(priors)
    wrong = sorted(rng.sample(objects, math.floor(wrong_share * len(objects) + 0.5)))
    stated = dict(priors)
    for obj in wrong:
        stated[obj] = rng.choice([h for h in HOME_TYPES if h != priors[obj]])
    return stated, wrong


def write_house_skills(
    folder: str | Path, priors: Mapping[str, str] | None = None, wrong_share: float = 0.0, seed: int = 0
) -> Path:
    """Write a skill library in the official SDAR layout stating ``priors`` (default: the fixed `PRIORS`), with a
    share ``wrong_share`` of them wrong: ``skill_mapping.json`` (one skill per object type, task type = object type,
    keyword = the object's name), ``general_skills.md``, one ``<object>.md`` per object type, and
    ``house_priors.json`` (what is stated, what is true, which are wrong). Retrieval by ``task_type`` or by keyword
    hands the teacher the general skills and this task's entry alone."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    priors = dict(priors or PRIORS)
    stated, wrong = stated_priors(priors, wrong_share, seed)
    (folder / "general_skills.md").write_text(GENERAL_SKILLS + "\n", encoding="utf-8")
    for obj, home in stated.items():
        (folder / f"{obj}.md").write_text(object_skill(obj, home) + "\n", encoding="utf-8")
    mapping = {
        "routing": "keyword",
        "skill_files": {"general_skills": "general_skills.md", **{obj: f"{obj}.md" for obj in stated}},
        "task_to_skill": {obj: obj for obj in stated},
        "task_keywords": {obj: [obj] for obj in stated},
    }
    (folder / "skill_mapping.json").write_text(json.dumps(mapping, indent=2) + "\n", encoding="utf-8")
    info = {"true": priors, "stated": stated, "wrong": wrong, "wrong_share": wrong_share, "seed": seed}
    (folder / "house_priors.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return folder


def house_skill_library(stated: Mapping[str, str]):
    """The in-memory `SkillLibrary` that `write_house_skills` writes for ``stated`` (what the retriever renders)."""
    from ..skills.library import SkillLibrary

    return SkillLibrary.per_keyword(GENERAL_SKILLS, {obj: object_skill(obj, home) for obj, home in stated.items()})
