"""`BatchState`: what `SDARTrainer`'s TRL hooks hand to each other, in one documented object.

TRL calls the trainer's hooks in a fixed order (generation batch, rewards, per-token log-probs, loss); values one hook
computes for a later one live here instead of in loose trainer attributes. `_generate_and_score_completions` starts
each generation batch with a fresh `BatchState`, so nothing leaks from one batch (or from an evaluation) into the next.

Fields, with the hook that writes each and the hooks that read it:

- `rewards`: written by `_calculate_rewards` (every trajectory's total reward, all processes, in process order);
  read by `_update_context_state` (the skill bandit) and `_agent_generation_batch`.
- `pulls`: written by `_context_blocks` in training (this process's task type and skills shown, per trajectory);
  read by `_update_context_state` (the skill bandit).
- `teacher_rows`, `teacher_truncated`: written by `_teacher_prompt_ids` (teacher rows built, and how many lost
  prompt tokens to `teacher_max_prompt_length`); read by `_update_context_state` (`skills/teacher_truncated_ratio`).
- `rollout_stats`: written by `_agent_generation_batch` (the rollout's counts, generation calls and time split); read
  through `SDARTrainer.last_rollout_stats`.
- `queued_minibatch`: written by `training_step` with `rows_per_optimizer_step` (a rollout's last mini-batch); read
  by `_prepare_inputs`, which hands it to TRL's step.
- `student_capture`: written by `_get_per_token_logps_and_entropies` inside one `_compute_loss` call (the loss
  forward's log-probs and entropies); read by `_compute_loss` (the SDAR-family terms).
- `policy_share`: written by `_chunk_loss` (the weight of one chunk's TRL loss); read by `_compute_loss`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch

from .agent.engine import RolloutStats


@dataclass
class BatchState:
    """See the module docstring for which hook writes and reads each field."""

    rewards: torch.Tensor | None = None
    pulls: list[tuple[str | None, tuple[str, ...]]] | None = None
    teacher_rows: int = 0
    teacher_truncated: int = 0
    rollout_stats: RolloutStats | None = None
    queued_minibatch: dict[str, Any] | None = None
    student_capture: dict[str, torch.Tensor] | None = None
    policy_share: float = 1.0
