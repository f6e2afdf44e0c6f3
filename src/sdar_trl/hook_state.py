"""What `SDARTrainer`'s TRL hooks hand to each other (`HookState`), and what its public hook receives (`SDARTerm`).

TRL calls the trainer's hooks in a fixed order (generation batch, rewards, per-token log-probs, loss); values one hook
computes for a later one live in `HookState` instead of in loose trainer attributes. `_generate_and_score_completions`
starts each generation batch with a fresh `HookState`, so nothing leaks from one batch (or from an evaluation) into
the next.

Fields, with the hook that writes each and the hooks that read it:

- `rewards`: written by `_calculate_rewards` (every trajectory's total reward, all processes, in process order; TRL
  calls it inside its own generation in single-turn training, the agent batch builder calls it in agent mode); read
  by `_update_context_state` (the skill bandit).
- `pulls`: written by `_context_blocks` in training (this process's task type and skills shown, per trajectory);
  read by `_update_context_state` (the skill bandit).
- `teacher_rows`, `teacher_truncated`: written by `_teacher_rows` (teacher rows built, and how many lost prompt
  tokens to `teacher_max_prompt_length`); read by `_update_context_state` (`skills/teacher_truncated_ratio`).
- `rollout_stats`: written by `_generate_and_score_completions` in agent mode (the rollout's counts, generation calls
  and time split); read through `SDARTrainer.last_rollout_stats`.
- `queued_minibatch`: written by `training_step` with `rows_per_optimizer_step` (a rollout's last mini-batch); read
  by `_prepare_inputs`, which hands it to TRL's step.
- `student_capture`: written by `_get_per_token_logps_and_entropies` inside one `_compute_loss` call (the loss
  forward's log-probs, entropies and MoE auxiliary loss); read by that call (the SDAR-family terms, the chunk
  weights).
- `loss_shares`: written by `_chunk_loss` for one chunk of a micro-batch (its shares of the micro-batch's loss, see
  `sdar_trl.batching.LossShares`; a whole micro-batch otherwise); read by `_compute_loss`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import torch

from .agent.engine import RolloutStats
from .batching import WHOLE, LossShares


@dataclass
class HookState:
    """What the TRL hooks of one generation batch hand to each other, `SDARTrainer._hook_state`; the module docstring
    says which hook writes and which reads each field."""

    rewards: torch.Tensor | None = None
    pulls: list[tuple[str | None, tuple[str, ...]]] | None = None
    teacher_rows: int = 0
    teacher_truncated: int = 0
    rollout_stats: RolloutStats | None = None
    queued_minibatch: dict[str, Any] | None = None
    student_capture: dict[str, torch.Tensor | None] | None = None
    loss_shares: LossShares = WHOLE


@dataclass
class SDARTerm:
    """The SDAR term of one loss forward (a micro-batch, or a chunk of one), as `SDARTrainer.on_sdar_term` gets it.

    Args:
        loss: the term as the loss adds it before `sdar_coef`: summed over the tokens, divided by the optimizer step's
            token normalizer; it carries the gradient.
        per_token_loss: (B, C) the term per token (zero off the loss tokens).
        gate: (B, C) the detached gate.
        gap: (B, C) the detached teacher-student log-prob gap `lp_T − lp_S`.
        student_logps: (B, C) the student's log-probs of the loss forward (with gradient).
        mask: (B, C) the loss tokens.
        mode: `"train"` or `"eval"`.
    """

    loss: torch.Tensor
    per_token_loss: torch.Tensor
    gate: torch.Tensor
    gap: torch.Tensor
    student_logps: torch.Tensor
    mask: torch.Tensor
    mode: Literal["train", "eval"]
