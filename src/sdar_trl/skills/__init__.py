"""Skill libraries (SDAR layout, SkillRL JSON) and the strategies that pick what the teacher is shown."""

from .library import (
    ROUTINGS,
    SkillLibrary,
    SkillLibraryError,
    bundled_skill_names,
    load_sdar_library,
    load_skill_library,
    load_skillrl_json,
    resolve_skills_dir,
)
from .retrieval import (
    RETRIEVALS,
    Retrieved,
    SkillRetriever,
    Task,
    build_retriever,
    detect_routing,
    has_keyword,
    is_comparison,
    keyword_skills,
    official_skills,
    route_data_source,
    route_game_path,
    route_task_type,
)


__all__ = [
    "RETRIEVALS",
    "ROUTINGS",
    "Retrieved",
    "SkillLibrary",
    "SkillLibraryError",
    "SkillRetriever",
    "Task",
    "build_retriever",
    "bundled_skill_names",
    "detect_routing",
    "has_keyword",
    "is_comparison",
    "keyword_skills",
    "load_sdar_library",
    "load_skill_library",
    "load_skillrl_json",
    "official_skills",
    "resolve_skills_dir",
    "route_data_source",
    "route_game_path",
    "route_task_type",
]
