"""Skill libraries (SDAR layout, SkillRL JSON) and the strategies that pick what the teacher is shown."""

from .library import SkillLibrary, SkillLibraryError, load_sdar_library, load_skill_library, load_skillrl_json
from .retrieval import RETRIEVALS, Retrieved, SkillRetriever, Task, build_retriever, keyword_skills, route_task_type


__all__ = [
    "RETRIEVALS", "Retrieved", "SkillLibrary", "SkillLibraryError", "SkillRetriever", "Task", "build_retriever",
    "keyword_skills", "load_sdar_library", "load_skill_library", "load_skillrl_json", "route_task_type",
]
