"""The ALFWorld warm start that teaches *searching* and *reading skills*, not routes through the rooms it saw.

Cloning the games' walkthroughs teaches a small model to walk straight to where each object was in the training rooms:
it wins the rooms it saw and none it did not. Here the expert searches instead (`SearchExpert`): it visits
receptacles (in name order, the order of the admissible ``go to`` actions, which a policy can follow without
remembering where it has been), opening the closed ones, until it has *seen* what the next step of the task needs, and
only then follows the planner's shortest plan from the current state (`ALFWorldEnv(expert_plans=True)`). Two kinds of
demonstration (`record_search_demos`; the bundled training games' are recorded in `BUNDLED_DEMOS`, and
`alfworld_search_demos` replays them into the behaviour-cloning set):

- ``skill``: the step prompt carries, in front of it as the SDAR teacher reads it, the skill block of the
  ``alfworld_homes`` library for this task, stating a home for each object the task names, and the expert visits
  the stated homes first (`stated_homes`): as often as the world's priors hold (`HOME_STRENGTH`) the block states
  where the object really is in this room, otherwise a receptacle drawn at random. So the block is as reliable as
  the true library is on these games, and the demonstrations teach "go where the block says, and take the object
  when it is there", not routes. (A block that states a random home every time is nearly always wrong: the expert
  would always move on after the stated home, and the clone would learn to walk past what it found.)
- ``blind``: no block, and the expert searches in name order from where it stands.

So the cloned student searches without skills and the teacher (the same model given the true block) goes to the
true homes first. Which objects the block names, and so which homes the clone sees stated, is the training games';
whether the student *without* a block has picked up the priors from them is measured before RL (its first ``go to``
is the object's home, `scripts/alfworld/measure_search.py`).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, get_args

from datasets import Dataset

from sdar_trl.agent.engine import ContextBlocks, RolloutConfig
from sdar_trl.agent.formats import AgentFormat
from sdar_trl.envs.alfworld import HOME_STRENGTH, HOMES, ALFWorldEnv, homes_skill_library
from sdar_trl.envs.protocol import Observation, StepResult
from sdar_trl.skills.retrieval import KeywordRetriever, Task
from sdar_trl.teacher.prompt import OFFICIAL_CONTEXT_TEMPLATE, render_context

from .bundled import bundled_path
from .evaluation import TeacherViewEngine
from .expert import add_step_examples, expert_response


DemoKind = Literal["skill", "blind"]
DEMO_KINDS: tuple[str, ...] = get_args(DemoKind)
# The recorded demonstrations of the bundled training games (`record_search_demos`, seed 0).
BUNDLED_DEMOS = bundled_path("alfworld", "search_demos.json")
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


def plan_target(plan: Sequence[str]) -> str | None:
    """The object the plan next needs to have found: ``"take apple 1 from fridge 1"`` -> ``"apple 1"``, ``"use
    desklamp 1"`` -> ``"desklamp 1"``; None when no step of the plan takes or uses anything."""
    for action in plan:
        if action.startswith("take ") and " from " in action:
            return action[len("take ") :].split(" from ", 1)[0]
        if action.startswith("use "):
            return action[len("use ") :]
    return None


def next_receptacle(receptacles: Sequence[str], here: str | None) -> str:
    """The receptacle after ``here`` in name order, wrapping around (the first one from the middle of the room): the
    order of the admissible ``go to`` actions, so a policy that sees where it stands and those actions can follow it
    without remembering where it has been."""
    ordered = sorted(receptacles)
    if here is None:
        return ordered[0]
    return next((r for r in ordered if r > here), ordered[0])


@dataclass
class SearchExpert:
    """Searches until it has seen the object the planner's next step needs, then follows the planner. The search
    goes to the stated home of that object first (``homes``: object type -> receptacle type; none for a blind
    search), then from receptacle to receptacle in name order (`next_receptacle`), opening the closed ones: a rule a
    policy can follow from its step prompt alone. Call `act` with each observation (the first one included) and the
    current plan."""

    receptacles: list[str]
    homes: Mapping[str, str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    opened: set[str] = field(default_factory=set)
    tried_homes: set[str] = field(default_factory=set)
    here: str | None = None

    def act(self, observation: Observation, plan: Sequence[str]) -> str:
        if not plan:
            raise RuntimeError("The planner has no plan from this state.")
        self.seen |= instances(observation.text)
        target = plan_target(plan)
        if target is None or target in self.seen:
            action = plan[0]
        elif self.here not in self.opened and f"open {self.here}" in observation.admissible_actions:
            self.opened.add(self.here)
            action = f"open {self.here}"
        else:
            home = self.homes.get(receptacle_type(target))
            at_home = [r for r in self.receptacles if receptacle_type(r) == home]
            if at_home and home not in self.tried_homes:
                self.tried_homes.add(home)
                action = f"go to {at_home[0]}"
            else:
                action = f"go to {next_receptacle(self.receptacles, self.here)}"
        if action.startswith("go to "):
            self.here = action.removeprefix("go to ")
        return action


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


def _single_types(receptacles: Sequence[str]) -> list[str]:
    """The receptacle types a room holds once (a stated home must name one receptacle: "Go to fridge 1 first")."""
    types = [receptacle_type(r) for r in receptacles]
    return sorted({t for t in types if types.count(t) == 1})


def random_homes(task: str, receptacles: Sequence[str], rng: random.Random) -> dict[str, str]:
    """A random home for each object ``task`` names, drawn among the receptacle types this room holds once."""
    single = _single_types(receptacles)
    return {obj: rng.choice(single) for obj in task_objects(task)}


_IN_RECEPTACLE = re.compile(r"\(inReceptacle (\w+?)_bar\S* (\w+?)_bar\S*\)")


def object_places(pddl_problem: str) -> dict[str, set[str]]:
    """Object type -> the receptacle types holding an instance of it at the start, from a game's PDDL problem
    (``(inReceptacle Apple_bar_... Fridge_bar_...)`` -> ``{"apple": {"fridge"}}``), in ALFWorld's lower-case names."""
    places: dict[str, set[str]] = {}
    for obj, recep in _IN_RECEPTACLE.findall(pddl_problem):
        places.setdefault(obj.lower(), set()).add(recep.lower())
    return places


def stated_homes(
    task: str,
    receptacles: Sequence[str],
    places: Mapping[str, set[str]],
    rng: random.Random,
    right: float = HOME_STRENGTH,
) -> dict[str, str]:
    """The homes a ``skill`` demonstration's block states for the objects ``task`` names: with probability ``right``
    where the object really is (its `HOMES` receptacle when an instance is there, else another receptacle type this
    room holds once that holds one), otherwise (or when no such receptacle exists) one drawn at random among the
    types the room holds once (`random_homes`)."""
    single = _single_types(receptacles)
    stated = {}
    for obj in task_objects(task):
        true = sorted(places.get(obj, set()) & set(single))
        if true and rng.random() < right:
            stated[obj] = HOMES[obj] if HOMES[obj] in true else true[0]
        else:
            stated[obj] = rng.choice(single)
    return stated


def game_key(gamefile: str | Path) -> str:
    """A game's name in recorded demonstrations: ``<task folder>/<trial folder>`` (unique in a game set)."""
    path = Path(gamefile)
    return f"{path.parent.parent.name}/{path.parent.name}"


@dataclass(frozen=True)
class SearchDemo:
    """One recorded demonstration: the game (`game_key`), its kind, the homes its block states (empty for a blind
    one) and the expert's actions, which win the game."""

    game: str
    kind: DemoKind
    stated: Mapping[str, str]
    actions: tuple[str, ...]


def record_search_demos(
    rows: Sequence[Mapping[str, Any]], kinds: Sequence[str] = DEMO_KINDS, seed: int = 0, max_turns: int = 60
) -> list[SearchDemo]:
    """Play the searching expert on every row, once per kind (module docstring), and record what it did. The planner
    replans after every action (about 1.8 s per episode on 2 cores), so the bundled games' demonstrations are
    recorded once, by ``scripts/alfworld/record_search_demos.py``, into `BUNDLED_DEMOS`."""
    unknown = set(kinds) - set(DEMO_KINDS)
    if unknown:
        raise ValueError(f"Unknown demonstration kinds {sorted(unknown)}; choose from {DEMO_KINDS}.")
    rng = random.Random(f"alfworld-search:{seed}")
    demos = []
    for row in rows:
        for kind in kinds:
            env = ExpertALFWorldEnv()
            first = env.reset(row)
            receptacles = room_receptacles(first.text)
            if kind == "skill":
                places = object_places(json.loads(Path(row["gamefile"]).read_text())["pddl_problem"])
                stated = stated_homes(first.task, receptacles, places, rng)
            else:
                stated = {}
            expert = SearchExpert(receptacles, stated)
            actions: list[str] = []
            for _ in range(max_turns):
                actions.append(expert.act(env.last, env.expert_plan()))
                result = env.step(actions[-1])
                if result.done:
                    break
            env.close()
            if not result.won:
                raise RuntimeError(f"The searching expert lost {row['gamefile']} ({kind}) in {max_turns} turns.")
            demos.append(SearchDemo(game_key(row["gamefile"]), kind, stated, tuple(actions)))
    return demos


def save_search_demos(demos: Sequence[SearchDemo], path: str | Path) -> None:
    rows = [{"game": d.game, "kind": d.kind, "stated": dict(d.stated), "actions": list(d.actions)} for d in demos]
    Path(path).write_text(json.dumps(rows, indent=0) + "\n")


def load_search_demos(path: str | Path = BUNDLED_DEMOS) -> list[SearchDemo]:
    return [
        SearchDemo(d["game"], d["kind"], d["stated"], tuple(d["actions"])) for d in json.loads(Path(path).read_text())
    ]


def alfworld_search_demos(
    tokenizer,
    rows: Sequence[Mapping[str, Any]],
    demos: Sequence[SearchDemo],
    *,
    rollout: RolloutConfig,
    agent_format: AgentFormat,
    reply: Callable[[str], str] = expert_response,
) -> tuple[Dataset, dict[str, int]]:
    """The behaviour-cloning set: every recorded demonstration of a game in ``rows`` replayed through the training
    engine (same format and history window), the ``skill`` ones with their block in front of the prompt where the
    SDAR teacher reads it; one example ``(input_ids, completion_mask)`` per step. Returns the dataset and the number
    of examples per kind."""
    by_game = {game_key(row["gamefile"]): row for row in rows}
    missing = sorted(by_game.keys() - {d.game for d in demos})
    if missing:
        raise ValueError(f"No recorded search demonstration for {len(missing)} game(s), e.g. {missing[0]}.")
    max_turns = max(len(d.actions) for d in demos)
    engine = TeacherViewEngine(tokenizer, agent_format, replace(rollout, max_turns=max_turns))
    eos = tokenizer.eos_token_id
    examples: dict[str, list] = {"input_ids": [], "completion_mask": []}
    per_kind = dict.fromkeys(DEMO_KINDS, 0)
    for demo in demos:
        if demo.game not in by_game:
            continue
        plan = list(demo.actions)

        def contexts(episodes, demo=demo):
            if demo.kind == "blind":
                return [ContextBlocks()]
            return [ContextBlocks(teacher=homes_block(demo.stated, episodes[0].first.task))]

        def act(prompts, plan=plan):
            return [tokenizer(reply(plan.pop(0)), add_special_tokens=False)["input_ids"] + [eos]]

        (episode,), _ = engine.run([by_game[demo.game]], ALFWorldEnv, act, contexts=contexts)
        if not episode.won:
            raise RuntimeError(f"The recorded demonstration of {demo.game} ({demo.kind}) does not win on replay.")
        per_kind[demo.kind] += add_step_examples(examples, episode)
    return Dataset.from_dict(examples), per_kind
