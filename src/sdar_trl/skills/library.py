"""Skill libraries: the SDAR layout (``skill_mapping.json`` + Markdown) and SkillRL's JSON, loaded into plain data.

SDAR layout (one folder per environment)::

    skill_mapping.json   {"skill_files":   {skill name -> file},        # must include "general_skills"
                          "task_to_skill": {task type -> skill name},
                          "task_keywords": {task type -> [keyword, ...]},   # optional
                          "routing": "game_path" | "data_source" | "keyword"}  # optional, ours
    general_skills.md    shown to the teacher for every task
    <skill>.md           one file per task family

SkillRL JSON (``claude_style_skills.json``): ``general_skills`` (list of {title, principle, when_to_apply}),
``task_specific_skills`` ({task type -> list of the same}), ``common_mistakes`` (list of {description,
why_it_happens, how_to_avoid}). Each task type becomes a skill of the same name, its keywords are its name with
underscores as spaces, and the common mistakes are rendered after the general skills.

``routing`` (our addition; the official files have none) says how the official SDAR code routes this environment's
rows, which is what ``skill_retrieval="official"`` reproduces: ``game_path`` (ALFWorld), ``data_source`` (Search-QA)
or ``keyword`` (WebShop). When it is absent the retriever infers it from the task types (see
`sdar_trl.skills.retrieval.detect_routing`). Keywords are stored lower-cased and stripped.

A `SkillLibrary` is immutable after loading (mappings are read-only views, sequences are tuples).

A library shipped with the package is named ``bundled:<name>`` (``bundled:alfworld``, ``bundled:alfworld_homes``,
``bundled:search``, ``bundled:webshop``) wherever a path is accepted (`SDARConfig.skills_dir`, recipes,
``sdar-trl skills show``), so that recipes do not depend on where the package is installed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, get_args

from ..bundled import bundled_path


GENERAL = "general_skills"
BUNDLED_PREFIX = "bundled:"
Routing = Literal["game_path", "data_source", "keyword"]
ROUTINGS: tuple[str, ...] = get_args(Routing)


class SkillLibraryError(ValueError):
    """A skill library that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class SkillLibrary:
    """Skill texts and the routing from task types and keywords to them.

    Attributes:
        general: text of the general skills, shown for every task.
        skills: task-family skill name -> text (without the general skills), in file order.
        task_to_skill: task type -> skill name.
        task_keywords: task type -> keywords (lower-case) that select it in the task text, in mapping order.
        source: where the library was loaded from.
        routing: how the official code routes this environment's rows (one of `ROUTINGS`); ``None``: not declared.
    """

    general: str
    skills: Mapping[str, str]
    task_to_skill: Mapping[str, str]
    task_keywords: Mapping[str, tuple[str, ...]]
    source: str = ""
    routing: Routing | None = None

    def __post_init__(self):
        for name in ("skills", "task_to_skill", "task_keywords"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    @classmethod
    def per_keyword(cls, general: str, skills: Mapping[str, str]) -> SkillLibrary:
        """A library with one skill per keyword, named after it (``skills``: keyword -> text), routed by keyword: a
        task's block holds ``general`` and the skill of each keyword its text names (the house benchmark's and
        ALFWorld's ``alfworld_homes`` libraries, one skill per object)."""
        return cls(
            general=general,
            skills=dict(skills),
            task_to_skill={name: name for name in skills},
            task_keywords={name: (name,) for name in skills},
            routing="keyword",
        )

    @property
    def skill_names(self) -> tuple[str, ...]:
        return tuple(self.skills)

    def render(self, skill_names: list[str] | tuple[str, ...]) -> str:
        """General skills, then each named task skill once, separated by blank lines."""
        parts = [self.general]
        for name in dict.fromkeys(skill_names):
            parts.append(self.skills[name])
        return "\n\n".join(part.strip() for part in parts if part.strip())


def bundled_skill_names() -> tuple[str, ...]:
    """Names of the skill libraries shipped with the package (the ``<name>`` of ``bundled:<name>``)."""
    return tuple(sorted(p.name for p in bundled_path("skills").iterdir() if p.is_dir()))


def resolve_skills_dir(skills_dir: str | Path) -> Path:
    """The path of a library: ``bundled:<name>`` is the package's own library of that name; anything else is a path.

    An unknown bundled name raises a `SkillLibraryError` that lists the bundled names."""
    text = str(skills_dir)
    if not text.startswith(BUNDLED_PREFIX):
        return Path(skills_dir)
    name = text[len(BUNDLED_PREFIX) :]
    if name not in bundled_skill_names():
        raise SkillLibraryError(
            f"{text}: no bundled skill library of that name; the bundled ones are "
            + ", ".join(BUNDLED_PREFIX + n for n in bundled_skill_names())
            + "."
        )
    return bundled_path("skills", name)


def load_skill_library(path: str | Path) -> SkillLibrary:
    """Load a library from an SDAR folder (with ``skill_mapping.json``), a SkillRL ``.json`` file, or a bundled one
    named ``bundled:<name>``."""
    path = resolve_skills_dir(path)
    if path.is_dir():
        if (path / "skill_mapping.json").is_file():
            return load_sdar_library(path)
        candidates = sorted(path.glob("*skills*.json"))
        if len(candidates) == 1:
            return load_skillrl_json(candidates[0])
        raise SkillLibraryError(f"{path}: no skill_mapping.json (SDAR layout) and no single *skills*.json file.")
    if path.suffix == ".json":
        return load_skillrl_json(path)
    raise SkillLibraryError(f"{path}: not a skill folder or a SkillRL .json file.")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SkillLibraryError(f"{path}: file not found.") from None
    except json.JSONDecodeError as e:
        raise SkillLibraryError(f"{path}: malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}.") from None


def _require_mapping(value: Any, path: Path, key: str) -> dict:
    if not isinstance(value, dict):
        raise SkillLibraryError(f"{path}: `{key}` must be an object, got {type(value).__name__}.")
    return value


def load_sdar_library(folder: str | Path) -> SkillLibrary:
    """Load the SDAR layout, checking every reference; errors name the file and the problem."""
    folder = Path(folder)
    mapping_path = folder / "skill_mapping.json"
    mapping = _require_mapping(_read_json(mapping_path), mapping_path, "skill_mapping.json")
    skill_files = _require_mapping(mapping.get("skill_files"), mapping_path, "skill_files")
    task_to_skill = _require_mapping(mapping.get("task_to_skill", {}), mapping_path, "task_to_skill")
    task_keywords = _require_mapping(mapping.get("task_keywords", {}), mapping_path, "task_keywords")
    if GENERAL not in skill_files:
        raise SkillLibraryError(f"{mapping_path}: `skill_files` has no `{GENERAL}` entry.")

    texts = {}
    for name, filename in skill_files.items():
        file = folder / filename
        if not file.is_file():
            raise SkillLibraryError(
                f"{mapping_path}: skill `{name}` lists {filename!r}, which does not exist in {folder}."
            )
        text = file.read_text(encoding="utf-8").strip()
        if not text:
            raise SkillLibraryError(f"{file}: skill `{name}` is empty.")
        texts[name] = text
    for task_type, skill in task_to_skill.items():
        if skill not in skill_files or skill == GENERAL:
            raise SkillLibraryError(
                f"{mapping_path}: task type `{task_type}` maps to unknown skill `{skill}` "
                f"(skills: {sorted(set(skill_files) - {GENERAL})})."
            )
    for task_type, keywords in task_keywords.items():
        if task_type not in task_to_skill:
            raise SkillLibraryError(
                f"{mapping_path}: `task_keywords` names unknown task type `{task_type}` (not in `task_to_skill`)."
            )
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k.strip() for k in keywords):
            raise SkillLibraryError(f"{mapping_path}: keywords of `{task_type}` must be a list of non-empty strings.")
    routing = mapping.get("routing")
    if routing is not None and routing not in ROUTINGS:
        raise SkillLibraryError(f"{mapping_path}: `routing` is {routing!r}; expected one of {list(ROUTINGS)}.")
    return SkillLibrary(
        general=texts.pop(GENERAL),
        skills=texts,
        task_to_skill=task_to_skill,
        task_keywords={t: tuple(k.strip().lower() for k in kws) for t, kws in task_keywords.items()},
        source=str(folder),
        routing=routing,
    )


def _render_entries(entries: Any, path: Path, where: str, fields: tuple[str, ...]) -> str:
    if not isinstance(entries, list) or not entries:
        raise SkillLibraryError(f"{path}: `{where}` must be a non-empty list.")
    lines = []
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(f), str) and entry[f].strip() for f in fields[:1]
        ):
            raise SkillLibraryError(f"{path}: entry {i} of `{where}` has no `{fields[0]}` text.")
        head, *rest = (entry.get(f, "").strip() for f in fields)
        lines.append(f"{i}. {head}" + (": " + " ".join(part for part in rest if part) if any(rest) else ""))
    return "\n".join(lines)


def load_skillrl_json(path: str | Path) -> SkillLibrary:
    """Load SkillRL's ``claude_style_skills.json`` layout."""
    path = Path(path)
    data = _require_mapping(_read_json(path), path, "the file")
    skill_fields = ("title", "principle", "when_to_apply")
    general = "### GENERAL SKILLS ###\n" + _render_entries(
        data.get("general_skills"), path, "general_skills", skill_fields
    )
    if data.get("common_mistakes"):
        mistakes = _render_entries(
            data["common_mistakes"], path, "common_mistakes", ("description", "why_it_happens", "how_to_avoid")
        )
        general += "\n\n### COMMON MISTAKES ###\n" + mistakes
    task_specific = _require_mapping(data.get("task_specific_skills", {}), path, "task_specific_skills")
    skills = {
        task: f"### TASK: {task} ###\n" + _render_entries(entries, path, f"task_specific_skills.{task}", skill_fields)
        for task, entries in task_specific.items()
    }
    return SkillLibrary(
        general=general,
        skills=skills,
        task_to_skill={task: task for task in skills},
        task_keywords={task: (task.replace("_", " ").lower(),) for task in skills},
        source=str(path),
    )
