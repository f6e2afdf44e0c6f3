"""Multi-turn agent rollouts: agent formats and parsers, the batched engine, the episode/step collators, and the
builder of the trainer's agent generation batch."""

from .batch import AgentBatch, AgentBatchBuilder, AgentSources, env_return_reward
from .collate import TrainingRows, episode_return, episode_rows, group_advantages, step_advantages, step_rows
from .engine import Episode, RolloutConfig, RolloutEngine, RolloutStats, Turn
from .formats import ACTION_FORMAT, SEARCH_FORMAT, AgentFormat, HistoryEntry, ParsedAction, parse_action, parse_search


__all__ = [
    "ACTION_FORMAT",
    "AgentBatch",
    "AgentBatchBuilder",
    "AgentSources",
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
    "env_return_reward",
    "episode_return",
    "episode_rows",
    "group_advantages",
    "step_advantages",
    "parse_action",
    "parse_search",
    "step_rows",
]
