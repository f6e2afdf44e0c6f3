"""The teacher's weights (`teacher_weights`): the live policy (official), a frozen copy of the start, or an EMA.

- ``"live"``: the teacher is the policy itself (under PEFT, the same adapter); no copy (`separate_teacher` is None).
- ``"initial"``: a frozen copy of the starting weights, for when RL erodes how the shared weights read the context.
- ``"ema"``: that copy moved toward the policy after every optimizer step, ``θ_T ← d·θ_T + (1 − d)·θ``
  (`ema_update`, run by `TeacherEMACallback`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

import torch
from transformers import TrainerCallback


if TYPE_CHECKING:
    from ..config import TeacherWeights


def separate_teacher(policy: torch.nn.Module, weights: TeacherWeights, *, whole_model: bool) -> torch.nn.Module | None:
    """The teacher's own copy of ``policy`` (eval mode, no gradient) for ``"initial"`` and ``"ema"``; None for
    ``"live"``. ``whole_model``: whether this process holds the whole model (not under FSDP, ZeRO-3 or PEFT)."""
    if weights == "live":
        return None
    if not whole_model:
        raise ValueError(
            f"`teacher_weights={weights!r}` copies the whole model, which FSDP, ZeRO-3 and PEFT do not hold on each "
            "process; use `teacher_weights='live'`."
        )
    return copy.deepcopy(policy).eval().requires_grad_(False)


@torch.no_grad()
def ema_update(teacher: torch.nn.Module, policy: torch.nn.Module, decay: float) -> None:
    """`θ_T ← d·θ_T + (1 − d)·θ` for every parameter of ``teacher``."""
    # `parameters()` lists tied weights (embeddings and LM head) once, so each moves once.
    for teacher_value, value in zip(teacher.parameters(), policy.parameters(), strict=True):
        teacher_value.lerp_(value.to(teacher_value.dtype), 1.0 - decay)


class TeacherEMACallback(TrainerCallback):
    """Moves the EMA teacher toward the policy after every optimizer step (`teacher_weights="ema"`).

    Args:
        teacher: the EMA copy.
        policy: returns the policy without its distributed wrapper (the trainer wraps it only when training starts).
        decay: `teacher_ema_decay`.
    """

    def __init__(self, teacher: torch.nn.Module, policy: Callable[[], torch.nn.Module], decay: float):
        self.teacher, self.policy, self.decay = teacher, policy, decay

    def on_step_end(self, args, state, control, **kwargs):
        ema_update(self.teacher, self.policy(), self.decay)
