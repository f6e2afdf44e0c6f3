"""Multi-turn agent rollouts: agent formats and parsers, the batched engine, and the episode/step collators."""

from .collate import TrainingRows, episode_return, episode_rows, group_advantages, step_advantages, step_rows
from .engine import Episode, RolloutConfig, RolloutEngine, RolloutStats, Turn
from .formats import ACTION_FORMAT, SEARCH_FORMAT, AgentFormat, HistoryEntry, ParsedAction, parse_action, parse_search


__all__ = [
    "ACTION_FORMAT",
    "SEARCH_FORMAT",
    "AgentFormat",
    "Episode",
    "HistoryEntry",
    "ParsedAction",
    "RolloutConfig",
    "RolloutEngine",
    "RolloutStats",
    "TrainingRows",
    "Turn",
    "episode_return",
    "episode_rows",
    "group_advantages",
    "step_advantages",
    "parse_action",
    "parse_search",
    "step_rows",
]
