"""From episodes to training rows: the `episode` and `step` layouts, and group-normalized advantages.

``episode`` (TRL's multi-turn format): one row per episode. Prompt: the first conversation turn; completion: every
response followed by the observation turn that came back, as token ids. Observation tokens stay in attention but are
masked out of every loss term (``tool_mask`` = 0). One advantage per episode.

``step`` (the official SDAR / verl-agent layout): one row per environment step. Prompt: the step prompt rebuilt from
the task and the history window; completion: that step's response. Every step carries its episode's advantage.

Advantages are normalized within each group of ``group_size`` consecutive episodes (the ``num_generations`` episodes
of one task): ``A = (R - mean) / (std + eps)``. With ``weights`` the mean and (unbiased) standard deviation are
frequency-weighted: weights = step counts gives the statistics "over all steps of the group" of the official code;
weights of 1 give per-episode statistics. Episodes of weight 0 (no step was played) do not enter the statistics.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .engine import Episode


@dataclass
class TrainingRows:
    """Row-aligned lists; ``episode`` maps each row to its episode's position in the batch."""

    prompt_ids: list[list[int]]
    completion_ids: list[list[int]]
    tool_mask: list[list[int]] | None
    episode: list[int]


def episode_return(episode: Episode, invalid_penalty: float) -> float:
    """The episode's reward: the environment's rewards minus ``invalid_penalty`` per invalid step."""
    return episode.env_return - invalid_penalty * episode.invalid_steps


def episode_rows(episodes: list[Episode]) -> TrainingRows:
    rows = TrainingRows([], [], [], [])
    for episode in episodes:
        if not episode.turns:
            continue  # nothing was generated (e.g. the reset failed): counted by the engine, not trainable
        completion, mask = [], []
        for turn in episode.turns:
            completion += turn.response_ids + turn.observation_ids
            mask += [1] * len(turn.response_ids) + [0] * len(turn.observation_ids)
        rows.prompt_ids.append(list(episode.prompt_ids))
        rows.completion_ids.append(completion)
        rows.tool_mask.append(mask)
        rows.episode.append(episode.index)
    return rows


def step_rows(episodes: list[Episode]) -> TrainingRows:
    rows = TrainingRows([], [], None, [])
    for episode in episodes:
        for turn in episode.turns:
            rows.prompt_ids.append(list(turn.prompt_ids))
            rows.completion_ids.append(list(turn.response_ids))
            rows.episode.append(episode.index)
    return rows


def group_advantages(
    returns: torch.Tensor, group_size: int, *, weights: torch.Tensor | None = None, scale: bool = True,
    eps: float = 1e-4,
) -> torch.Tensor:
    """Group-normalized advantages, shape (E,), for ``returns`` (E,) in consecutive groups of ``group_size``.

    Args:
        returns: one return per episode.
        group_size: episodes per group (``num_generations``); E must be a multiple of it.
        weights: frequency weights (E,), e.g. step counts; default 1 for every episode.
        scale: divide by the group's standard deviation (+ eps), as TRL's ``scale_rewards="group"``.
    """
    if returns.numel() % group_size:
        raise ValueError(f"{returns.numel()} episodes do not split into groups of {group_size}.")
    returns = returns.to(torch.float64)
    weights = torch.ones_like(returns) if weights is None else weights.to(torch.float64)
    r = returns.view(-1, group_size)
    w = weights.view(-1, group_size)
    total = w.sum(dim=1, keepdim=True)
    mean = (w * r).sum(dim=1, keepdim=True) / total.clamp(min=1e-12)
    advantages = r - mean
    if scale:
        var = (w * (r - mean) ** 2).sum(dim=1, keepdim=True) / (total - 1).clamp(min=1e-12)
        std = torch.where(total > 1, var.sqrt(), torch.zeros_like(var))
        advantages = advantages / (std + eps)
    advantages = torch.where(w > 0, advantages, torch.zeros_like(advantages))
    return advantages.view(-1).to(torch.float32)
