"""The SDAR distillation term as pure tensor math.

For every loss token ``t`` (a model-generated token; padding and environment tokens are masked out):

    lp_S[t] = log pi_theta(y_t | student context)        carries the gradient
    lp_T[t] = log pi_theta(y_t | teacher context)        constant (computed once per generation batch, no grad)
    Delta[t] = lp_T[t] - stopgrad(lp_S[t])               the teacher-student gap
    g[t]     = stopgrad(gate(Delta[t], H[t]))            in [0, 1]
    L_SDAR   = sum_t mask[t] * g[t] * (lp_T[t] - lp_S[t]) / N          (estimator="sdar", the official form)

with ``N`` the number of loss tokens (``mask.sum()`` unless the caller passes a global count). The gradient of the
official form is ``-g[t] * grad lp_S[t] / N``: a gate-weighted likelihood increase on the student's own tokens.

``estimator="reinforce"`` is the score-function estimator of the reverse KL(student || teacher) on sampled tokens,

    L_SDAR = sum_t mask[t] * g[t] * stopgrad(lp_S[t] - lp_T[t]) * lp_S[t] / N,

whose gradient ``g * (lp_S - lp_T) * grad lp_S`` is TRL's ``sampled_token`` style; it is offered for ablations, it is
not what the SDAR paper trains with.

Gates (``sharpness`` is beta, ``sigmoid`` the logistic function, everything detached):

- ``gap``      g = sigmoid(beta * Delta)                         (official; beta = 0 gives g = 0.5)
- ``entropy``  g = sigmoid(beta * (H - H_bar))                   H_bar: masked mean student entropy of the batch
- ``soft_or``  g = 1 - (1 - g_gap) * (1 - g_entropy)
- ``none``     g = 1

The entropy and soft-OR definitions are this project's reading of the paper's ablation (the official code ships only
the gap gate).

Shapes: every per-token tensor is ``(B, T)``; ``mask`` is ``(B, T)`` of 0/1 (bool, int or float). Values at masked
positions are never read: they may be ``+-inf`` or ``NaN`` and still change neither the loss nor any gradient.
"""

from __future__ import annotations

from typing import Literal

import torch


GateKind = Literal["gap", "entropy", "soft_or", "none"]
Estimator = Literal["sdar", "reinforce"]

GATE_KINDS: tuple[str, ...] = ("gap", "entropy", "soft_or", "none")
ESTIMATORS: tuple[str, ...] = ("sdar", "reinforce")


def _masked(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    # `torch.where` (not multiplication) so that inf/NaN at masked positions yield 0 and a zero gradient.
    return torch.where(mask, x, torch.zeros((), dtype=x.dtype, device=x.device))


def masked_mean(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Mean of ``x`` over positions where ``mask`` is true (0 when the mask is empty). ``x``, ``mask``: (B, T)."""
    mask = mask.bool()
    return _masked(x, mask).sum() / mask.sum().clamp(min=1)


@torch.no_grad()
def compute_gate(
    gap: torch.Tensor,
    mask: torch.Tensor,
    *,
    gate: GateKind = "gap",
    sharpness: float = 5.0,
    entropy: torch.Tensor | None = None,
) -> torch.Tensor:
    """Detached per-token gate ``g`` in [0, 1], shape (B, T); 0 at masked positions.

    Args:
        gap: ``Delta = lp_T - lp_S`` (B, T), detached.
        mask: loss-token mask (B, T).
        gate: one of ``"gap"``, ``"entropy"``, ``"soft_or"``, ``"none"``.
        sharpness: beta, the sigmoid sharpness.
        entropy: student next-token entropy (B, T); required by ``"entropy"`` and ``"soft_or"``.
    """
    if gate not in GATE_KINDS:
        raise ValueError(f"Unknown gate {gate!r}; expected one of {GATE_KINDS}.")
    mask = mask.bool()
    gap = _masked(gap.detach(), mask)
    if gate == "none":
        return mask.to(gap.dtype)
    g_gap = torch.sigmoid(sharpness * gap)
    if gate == "gap":
        return _masked(g_gap, mask)
    if entropy is None:
        raise ValueError(f"gate={gate!r} needs the student entropy; pass `entropy=`.")
    entropy = _masked(entropy.detach().to(gap.dtype), mask)
    mean_entropy = masked_mean(entropy, mask)
    g_entropy = torch.sigmoid(sharpness * (entropy - mean_entropy))
    if gate == "entropy":
        return _masked(g_entropy, mask)
    return _masked(1.0 - (1.0 - g_gap) * (1.0 - g_entropy), mask)


def sdar_per_token_loss(
    student_logps: torch.Tensor,
    teacher_logps: torch.Tensor,
    mask: torch.Tensor,
    *,
    gate: GateKind = "gap",
    sharpness: float = 5.0,
    entropy: torch.Tensor | None = None,
    estimator: Estimator = "sdar",
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per-token SDAR loss before reduction.

    Returns ``(per_token_loss, gate, gap)``, each (B, T) and exactly 0 at masked positions; ``gate`` and ``gap`` are
    detached. See the module docstring for the formulas.
    """
    if estimator not in ESTIMATORS:
        raise ValueError(f"Unknown estimator {estimator!r}; expected one of {ESTIMATORS}.")
    mask = mask.bool()
    lp_S = _masked(student_logps, mask)
    lp_T = _masked(teacher_logps.detach().to(lp_S.dtype), mask)
    gap = (lp_T - lp_S.detach()).detach()
    g = compute_gate(gap, mask, gate=gate, sharpness=sharpness, entropy=entropy)
    if estimator == "sdar":
        per_token_loss = g * (lp_T - lp_S)
    else:
        per_token_loss = g * (-gap) * lp_S
    return _masked(per_token_loss, mask), g, gap


@torch.no_grad()
def gate_statistics(gate: torch.Tensor, gap: torch.Tensor, mask: torch.Tensor) -> dict[str, torch.Tensor]:
    """Sums behind the logged SDAR metrics, as 0-dim tensors so that they can be reduced across processes.

    Keys: ``tokens`` (number of loss tokens), ``gate_sum``, ``gate_active`` (tokens with g > 0.5), ``gap_sum``,
    ``negative_gap`` (tokens with Delta < 0). Divide each by ``tokens`` to get the means.
    """
    mask = mask.bool()
    return {
        "tokens": mask.sum().to(torch.float32),
        "gate_sum": _masked(gate, mask).sum().to(torch.float32),
        "gate_active": (mask & (gate > 0.5)).sum().to(torch.float32),
        "gap_sum": _masked(gap, mask).sum().to(torch.float32),
        "negative_gap": (mask & (gap < 0)).sum().to(torch.float32),
    }


def sdar_loss(
    student_logps: torch.Tensor,
    teacher_logps: torch.Tensor,
    mask: torch.Tensor,
    *,
    gate: GateKind = "gap",
    sharpness: float = 5.0,
    entropy: torch.Tensor | None = None,
    estimator: Estimator = "sdar",
    num_items: torch.Tensor | float | None = None,
) -> tuple[torch.Tensor, dict[str, float]]:
    """The SDAR term ``L_SDAR``: masked token-mean of ``g * (lp_T - lp_S)`` with a detached gate.

    Args:
        student_logps: ``lp_S`` (B, T), log-probs of the sampled tokens under the student context; carries the grad.
        teacher_logps: ``lp_T`` (B, T), log-probs of the same tokens under the teacher context; treated as constant.
        mask: (B, T), 1 for loss tokens. Masked positions may hold any value, including inf and NaN.
        gate: ``"gap"`` (default, official), ``"entropy"``, ``"soft_or"`` or ``"none"``.
        sharpness: beta of the sigmoid gate (official 5.0; 0 gives the constant gate 0.5, i.e. GRPO+OPSD).
        entropy: student entropy (B, T), needed by the ``entropy`` and ``soft_or`` gates.
        estimator: ``"sdar"`` (official gate-weighted likelihood form) or ``"reinforce"`` (score-function reverse KL).
        num_items: the token count to divide by (default ``mask.sum()``); a trainer passes a global count so that
            the weight of the term does not depend on micro-batching.

    Returns:
        ``(loss, metrics)``: a scalar loss and float metrics ``loss``, ``gate_mean``, ``gate_active_ratio``
        (share of tokens with g > 0.5), ``teacher_gap_mean`` (mean Delta) and ``negative_gap_ratio`` (share of
        tokens with Delta < 0), all over loss tokens.
    """
    per_token_loss, g, gap = sdar_per_token_loss(
        student_logps, teacher_logps, mask, gate=gate, sharpness=sharpness, entropy=entropy, estimator=estimator
    )
    stats = gate_statistics(g, gap, mask)
    denominator = stats["tokens"].clamp(min=1) if num_items is None else num_items
    loss = per_token_loss.sum() / denominator
    tokens = stats["tokens"].clamp(min=1)
    metrics = {
        "loss": float(loss.detach()),
        "gate_mean": float(stats["gate_sum"] / tokens),
        "gate_active_ratio": float(stats["gate_active"] / tokens),
        "teacher_gap_mean": float(stats["gap_sum"] / tokens),
        "negative_gap_ratio": float(stats["negative_gap"] / tokens),
    }
    return loss, metrics
