"""From episodes to training rows: the `episode` and `step` layouts, and group-normalized advantages.

``episode`` (TRL's multi-turn format): one row per episode. Prompt: the first conversation turn; completion: every
response followed by the observation turn that came back, as token ids. Observation tokens stay in attention but are
masked out of every loss term (``tool_mask`` = 0). One advantage per episode.

``step`` (the official SDAR / verl-agent layout): one row per environment step. Prompt: the step prompt rebuilt from
the task and the history window; completion: that step's response.

Advantages are normalized within each group of ``group_size`` consecutive episodes (the ``num_generations`` episodes
of one task).

- Episode layout, `group_advantages`: one return per episode (the invalid-action penalty summed into it),
  ``A = (R - mean) / (std + eps)`` as TRL computes it; episodes of weight 0 (no step was played) do not enter the
  statistics.
- Step layout, `step_advantages` (the official verl-agent computation): every step row has its own score, the
  episode's reward minus the penalty if *that row's* action was invalid, ``s[e,t] = R[e] - p * invalid[e,t]``; the
  group's mean and (unbiased) std are taken over all its step rows (or over one score per episode, its first step's),
  ``A[e,t] = (s[e,t] - mean) / (std + 1e-6)``, and a group with a single score gets mean 0 and std 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import torch
from trl.trainer.utils import pad

from .engine import Episode


@dataclass
class TrainingRows:
    """Row-aligned lists; ``episode`` maps each row to its episode's position in the batch."""

    prompt_ids: list[list[int]]
    completion_ids: list[list[int]]
    tool_mask: list[list[int]] | None
    episode: list[int]


def collate_rows(
    rows: TrainingRows, advantages: torch.Tensor, pad_token_id: int, num_rows: int
) -> tuple[dict[str, torch.Tensor], list[int]]:
    """TRL's batch tensors for ``rows``, with filler rows up to ``num_rows``; ``rows`` is left unchanged.

    Returns the tensors (left-padded ``prompt_ids``/``prompt_mask``, right-padded ``completion_ids``/
    ``completion_mask``, ``advantages`` and, in the episode layout, ``tool_mask``) and the episode of every row.
    Filler rows hold one pad token, belong to episode 0, and have an empty ``completion_mask`` and advantage 0, so no
    loss term reads them.

    Args:
        rows: the training rows of one process.
        advantages: (len(rows),) one advantage per row.
        pad_token_id: the tokenizer's padding token.
        num_rows: rows wanted (>= len(rows)), e.g. the largest row count over processes.
    """
    real = len(rows.completion_ids)
    filler = num_rows - real
    prompts = [torch.tensor(p) for p in rows.prompt_ids] + [torch.tensor([pad_token_id])] * filler
    completions = [torch.tensor(c) for c in rows.completion_ids] + [torch.tensor([pad_token_id])] * filler
    completion_mask = [torch.ones(len(c), dtype=torch.long) for c in rows.completion_ids]
    completion_mask += [torch.zeros(1, dtype=torch.long)] * filler
    out = {
        "prompt_ids": pad(prompts, padding_value=pad_token_id, padding_side="left"),
        "prompt_mask": pad([torch.ones_like(p) for p in prompts], padding_value=0, padding_side="left"),
        "completion_ids": pad(completions, padding_value=pad_token_id, padding_side="right"),
        "completion_mask": pad(completion_mask, padding_value=0, padding_side="right"),
        "advantages": torch.cat([advantages.float().cpu(), torch.zeros(filler)]),
    }
    if rows.tool_mask is not None:
        masks = [torch.tensor(m) for m in rows.tool_mask] + [torch.zeros(1, dtype=torch.long)] * filler
        out["tool_mask"] = pad(masks, padding_value=1, padding_side="right")
    return out, rows.episode + [0] * filler


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


RewardScale = Literal["group", "batch", "none"]  # TRL's `scale_rewards` after `GRPOConfig.__post_init__`
StepStats = Literal["steps", "episodes"]


def group_advantages(
    returns: torch.Tensor,
    group_size: int,
    *,
    weights: torch.Tensor | None = None,
    scale: RewardScale = "group",
    eps: float = 1e-4,
) -> torch.Tensor:
    """Group-normalized advantages, shape (E,), for ``returns`` (E,) in consecutive groups of ``group_size``.

    Args:
        returns: one return per episode.
        group_size: episodes per group (``num_generations``); E must be a multiple of it.
        weights: frequency weights (E,); 0 leaves an episode out of the statistics (and gives it advantage 0).
        scale: as TRL's ``scale_rewards``: divide by the group's std (``"group"``), by the std of every return of
            the batch (``"batch"``), or not at all (``"none"``); ``eps`` is added to the std.
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
    if scale == "group":
        var = (w * (r - mean) ** 2).sum(dim=1, keepdim=True) / (total - 1).clamp(min=1e-12)
        std = torch.where(total > 1, var.sqrt(), torch.zeros_like(var))
        advantages = advantages / (std + eps)
    elif scale == "batch":
        kept = returns[weights > 0]
        advantages = advantages / ((kept.std() if kept.numel() > 1 else 0.0) + eps)
    advantages = torch.where(w > 0, advantages, torch.zeros_like(advantages))
    return advantages.view(-1).to(torch.float32)


def step_advantages(
    rewards: torch.Tensor,
    invalid: list[list[bool]],
    group_size: int,
    penalty: float,
    *,
    stats: StepStats = "steps",
    scale: RewardScale = "group",
    eps: float = 1e-6,
) -> list[torch.Tensor]:
    """Official step-layout advantages: one tensor per episode, one value per step row.

    ``s[e,t] = rewards[e] - penalty * invalid[e][t]``; per group of ``group_size`` consecutive episodes, ``mean`` and
    unbiased ``std`` over the scores that enter the statistics: every step row (``stats="steps"``) or each episode's
    first step row (``"episodes"``). A group with a single such score gets mean 0, std 1 (as the official code).
    ``A[e,t] = (s[e,t] - mean) / (std + eps)``; ``scale="batch"`` divides by the std of all entering scores of the
    batch instead, ``"none"`` does not divide.

    Args:
        rewards: (E,) the episodes' rewards, penalty not included.
        invalid: per episode, one flag per step row: was that row's action invalid.
        group_size: episodes per group; E must be a multiple of it.
        penalty: the invalid-action penalty p.
    """
    if rewards.numel() % group_size or rewards.numel() != len(invalid):
        raise ValueError(f"{rewards.numel()} rewards, {len(invalid)} episodes: not groups of {group_size}.")
    rewards = rewards.to(torch.float64)
    scores = [rewards[e] - penalty * torch.tensor(flags, dtype=torch.float64) for e, flags in enumerate(invalid)]

    def entering(e: int) -> torch.Tensor:
        return scores[e] if stats == "steps" else scores[e][:1]

    everything = torch.cat([entering(e) for e in range(len(scores))])
    batch_std = everything.std() if everything.numel() > 1 else torch.tensor(1.0, dtype=torch.float64)
    out = []
    for start in range(0, len(scores), group_size):
        group = range(start, start + group_size)
        pooled = torch.cat([entering(e) for e in group])
        if pooled.numel() > 1:
            mean, std = pooled.mean(), pooled.std()
        else:  # a single score (or none): the official code's mean 0, std 1
            mean, std = torch.tensor(0.0, dtype=torch.float64), torch.tensor(1.0, dtype=torch.float64)
        if scale == "batch":
            std = batch_std
        for e in group:
            centered = scores[e] - mean
            out.append((centered if scale == "none" else centered / (std + eps)).to(torch.float32))
    return out
