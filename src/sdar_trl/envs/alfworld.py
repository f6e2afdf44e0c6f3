"""ALFWorld on its real text engine (TextWorld PDDL games with ALFWorld's grammar), behind the `TextEnv` protocol.

Each dataset row names a game: ``{"gamefile": ".../game.tw-pddl", "task_type": "pick_heat_then_place_in_recep"}``.
`game_rows(path)` builds those rows from

- the bundled game set (`bundled_games("train")` / `bundled_games("eval")`), generated offline from the PDDL problems
  in ``sdar_trl/data/alfworld/problems`` by ``scripts/alfworld/generate_games.py``;
- the official data after ``alfworld-download`` (``$ALFWORLD_DATA/json_2.1.1/{train,valid_seen,valid_unseen}``);
- any folder of ``game.tw-pddl`` files whose parent folders start with the task type, as ALFWorld lays them out.

Protocol details (as in verl-agent): the welcome banner is dropped from the first observation, the task is the text
after "Your task is to: ", ``help`` is not offered as an admissible action, the reward is 10 when the game is won,
and the task type is read from the game's path. Install the engine with ``pip install "sdar-trl[alfworld]"``.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..bundled import bundled_path
from .protocol import Observation, StepResult


TASK_TYPES = (
    "pick_and_place_simple",
    "look_at_obj_in_light",
    "pick_clean_then_place_in_recep",
    "pick_heat_then_place_in_recep",
    "pick_cool_then_place_in_recep",
    "pick_two_obj_and_place",
)
DATA_DIR = bundled_path("alfworld")
WIN_REWARD = 10.0
# The placement priors of the bundled games (object type -> its home receptacle type, as the game text names them).
# Each home is a receptacle a room holds once, so knowing the prior means knowing where to go first. The bundled
# games put an object in its home with probability `HOME_STRENGTH` (otherwise anywhere it fits, except the task's
# target), and the bundled ``alfworld_homes`` skill library states these priors in words.
HOMES: Mapping[str, str] = MappingProxyType(
    {
        "apple": "fridge",
        "egg": "fridge",
        "lettuce": "fridge",
        "tomato": "diningtable",
        "bread": "diningtable",
        "spoon": "diningtable",
        "potato": "sinkbasin",
        "fork": "sinkbasin",
        "mug": "coffeemachine",
        "pan": "stoveburner",
        "pot": "stoveburner",
        "cup": "microwave",
        "plate": "shelf",
        "bowl": "shelf",
        "book": "bed",
        "cellphone": "bed",
        "laptop": "bed",
        "cd": "desk",
        "pencil": "desk",
        "pen": "desk",
        "alarmclock": "desk",
        "desklamp": "desk",
        "keychain": "dresser",
        "creditcard": "dresser",
        "watch": "dresser",
    }
)
HOME_STRENGTH = 0.8
HOMES_GENERAL_SKILLS = (
    "### GENERAL SKILLS ###\n"
    "1. Find the object first: go to the receptacle where it usually is before searching anywhere else; open it if "
    "it is closed.\n"
    "2. When you hold the object, do what the task asks with it (heat, cool, clean or look under a lamp), then put "
    "it in the target receptacle."
)


def home_skill(obj: str, home: str) -> str:
    """The skill of one object in the ``alfworld_homes`` library: where it usually is."""
    return f"### {obj.upper()} ###\nThe {obj} is usually found at the {home}. Go to {home} 1 first."


def homes_skill_library(stated: Mapping[str, str]):
    """The ``alfworld_homes`` library stating ``stated`` (object -> home), in memory; with `HOMES` it is the
    bundled ``bundled:alfworld_homes`` (a test checks the files). Routed by keyword: a task's block holds the
    general skills and the skill of each object its sentence names."""
    from ..skills.library import SkillLibrary

    return SkillLibrary.per_keyword(HOMES_GENERAL_SKILLS, {obj: home_skill(obj, home) for obj, home in stated.items()})


def is_alfworld_available() -> bool:
    return importlib.util.find_spec("alfworld") is not None and importlib.util.find_spec("textworld") is not None


def require_alfworld() -> None:
    if not is_alfworld_available():
        raise ImportError(
            'ALFWorld is not installed. Install it with `pip install "sdar-trl[alfworld]"` (it compiles two '
            "packages, about two minutes)."
        )


def task_type_of(path: str | os.PathLike) -> str | None:
    """The ALFWorld task type of a game, from the folder names of its path (longest match first)."""
    for part in reversed(Path(path).parts):
        for task_type in sorted(TASK_TYPES, key=len, reverse=True):
            if part.startswith(task_type):
                return task_type
    return None


def bundled_games(split: str) -> Path:
    """Folder of the bundled games of ``split`` (``"train"`` or ``"eval"``)."""
    folder = DATA_DIR / "games" / split
    if not folder.is_dir():
        raise FileNotFoundError(f"No bundled ALFWorld games for split {split!r} in {folder}.")
    return folder


def game_rows(
    path: str | os.PathLike, task_types: tuple[str, ...] = TASK_TYPES, limit: int | None = None
) -> list[dict]:
    """One row per solvable game under ``path``, sorted by path: ``{"gamefile", "task_type"}``. Linked folders are
    followed, so a folder of links to games from several sets is a game set."""
    rows = []
    for root, _dirs, files in sorted(os.walk(path, followlinks=True)):
        if "game.tw-pddl" not in files:
            continue
        gamefile = os.path.join(root, "game.tw-pddl")
        task_type = task_type_of(gamefile)
        if task_type not in task_types or "movable" in root or "Sliced" in root:
            continue  # the same exclusions as ALFWorld's own loader
        with open(gamefile) as f:
            if not json.load(f).get("solvable", False):
                continue
        rows.append({"gamefile": gamefile, "task_type": task_type})
    if not rows:
        raise FileNotFoundError(f"No solvable ALFWorld games (game.tw-pddl) under {path}.")
    return rows[:limit] if limit else rows


def expert_walkthrough(gamefile: str | os.PathLike) -> list[str]:
    """The walkthrough ALFWorld's expert stored in the game file when it checked the game was solvable."""
    with open(gamefile) as f:
        return list(json.load(f)["walkthrough"])


def _strip_banner(text: str) -> str:
    return text.split("=-\n\n", 1)[-1].strip() if text.startswith("-=") else text.strip()


class ALFWorldEnv:
    """One ALFWorld game at a time on TextWorld's PDDL engine, with ALFWorld's name demangling.

    With ``expert_plans=True`` the engine replans after every action (TextWorld's ``policy_commands``, a planner call
    of a few tens of milliseconds) and `expert_plan()` returns the planner's shortest plan from the current state: the
    warm start's searching expert follows it once it has seen what it needs. Training and evaluation leave it off.
    """

    def __init__(self, expert_plans: bool = False):
        require_alfworld()
        import textworld
        from alfworld.agents.environment.alfred_tw_env import AlfredDemangler, AlfredInfos
        from textworld.envs import PddlEnv

        infos = textworld.EnvInfos(
            admissible_commands=True, won=True, extras=["gamefile"], policy_commands=expert_plans
        )
        self._env = AlfredInfos(AlfredDemangler(PddlEnv(infos), shuffle=False))
        self._expert_plans = expert_plans
        self._plan: tuple[str, ...] = ()
        self._loaded: str | None = None

    def expert_plan(self) -> tuple[str, ...]:
        """The planner's shortest plan from the current state (the environment must be built with
        ``expert_plans=True``)."""
        if not self._expert_plans:
            raise RuntimeError("expert_plan() needs ALFWorldEnv(expert_plans=True).")
        return self._plan

    def reset(self, row: Mapping[str, Any]) -> Observation:
        gamefile = str(row["gamefile"])
        if gamefile != self._loaded:
            self._env.load(gamefile)
            self._loaded = gamefile
        state = self._env.reset()
        self._plan = tuple(state["policy_commands"]) if self._expert_plans else ()
        text = _strip_banner(state.feedback)
        task = text.split("Your task is to: ", 1)[-1].strip().rstrip(".") if "Your task is to: " in text else ""
        return Observation(
            text=text,
            admissible_actions=self._admissible(state),
            task=task,
            task_type=row.get("task_type") or task_type_of(gamefile),
        )

    @staticmethod
    def _admissible(state) -> tuple[str, ...]:
        return tuple(a for a in state.admissible_commands if a != "help")

    def step(self, action: str) -> StepResult:
        state, _score, done = self._env.step(action)
        self._plan = tuple(state["policy_commands"] or ()) if self._expert_plans else ()
        won = bool(state.won)
        return StepResult(
            Observation(state.feedback.strip(), self._admissible(state)),
            WIN_REWARD if won else 0.0,
            done=bool(done) or won,
            won=won,
        )

    def close(self) -> None:
        self._env.close()
