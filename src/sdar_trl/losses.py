"""The SDAR distillation term, and the Skill-SD and RLSD baselines, as pure tensor math.

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
- ``entropy``  g = sigmoid(beta * (H - H_bar))                   H_bar: masked mean student entropy (see below)
- ``soft_or``  g = 1 - (1 - g_gap) * (1 - g_entropy)
- ``none``     g = 1

The entropy and soft-OR definitions are this project's reading of the paper's ablation (the official code ships only
the gap gate). ``H_bar`` defaults to the masked mean of the entropies passed in (i.e. of one micro-batch); a trainer
passes ``mean_entropy=`` to centre every micro-batch on one statistic of the whole generation batch.

Skill-SD (the official ``use_sdl_loss`` baseline) adds a k3 estimate of KL(student || teacher) on the sampled tokens,
importance-weighted from the rollout-time policy (``lp_old[t]``, constant):

    l[t]    = lp_S[t] - stopgrad(lp_T[t])
    k3[t]   = exp(min(-l[t], 20)) - 1 + l[t]                     k3 = r - 1 - log r with r = p_T / p_S
    rho[t]  = exp(min(lp_S[t] - lp_old[t], 10))                  NOT detached: the ratio carries gradient too
    L_SDL   = sum_t mask[t] * rho[t] * k3[t] / N                 the trainer adds lambda_sdl * L_SDL (officially 0.001)

Where no clamp is active, ``d(rho * k3)/d lp_S = rho * k3 + rho * (1 - exp(-l)) = rho * l``; an active clamp on
``-l`` makes ``exp(-l)`` constant (``d k3/d lp_S = 1``), an active clamp on the log-ratio makes ``rho`` constant.
When the update is exactly on-policy, pass ``lp_old = stopgrad(lp_S)``: then ``rho = 1`` and the gradient is ``l``.

RLSD adds no loss term; it reweights each token's GRPO advantage ``A`` (one value per row) with the teacher's
opinion of the token (everything constant):

    delta[t] = lp_T[t] - lp_old[t]
    w[t]     = clamp(exp(sign(A) * delta[t]), 1 - eps, 1 + eps)   sign(0) = 0, so w = 1 when A = 0
    A_hat[t] = A * ((1 - lambda_k) + lambda_k * w[t])
    lambda_k = lambda_0 * (1 - k / K) for k < K, else 0           k: the 1-based training step (rollout) counter

Official values: eps = 0.2, lambda_0 = 0.5, K = 100; the first update uses k = 1 (lambda_1 = 0.495).

Shapes: every per-token tensor is ``(B, T)``; ``mask`` is ``(B, T)`` of 0/1 (bool, int or float). Values at masked
positions are never read: they may be ``+-inf`` or ``NaN`` and still change neither the loss nor any gradient.
"""

from __future__ import annotations

from typing import Literal, get_args

import torch


GateKind = Literal["gap", "entropy", "soft_or", "none"]
Estimator = Literal["sdar", "reinforce"]

ENTROPY_GATES: tuple[str, ...] = ("entropy", "soft_or")  # the gates that read the student's entropy
GATE_KINDS: tuple[str, ...] = get_args(GateKind)
ESTIMATORS: tuple[str, ...] = get_args(Estimator)

# Clamps of the official Skill-SD loss: on -l before exp (the k3 term), and on the log importance ratio.
SKILL_SD_NEG_GAP_CLAMP = 20.0
SKILL_SD_LOG_RATIO_CLAMP = 10.0


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
    mean_entropy: torch.Tensor | float | None = None,
) -> torch.Tensor:
    """Detached per-token gate ``g`` in [0, 1], shape (B, T); 0 at masked positions.

    Args:
        gap: ``Delta = lp_T - lp_S`` (B, T), detached.
        mask: loss-token mask (B, T).
        gate: one of ``"gap"``, ``"entropy"``, ``"soft_or"``, ``"none"``.
        sharpness: beta, the sigmoid sharpness.
        entropy: student next-token entropy (B, T); required by ``"entropy"`` and ``"soft_or"``.
        mean_entropy: ``H_bar``, the centre of the entropy gate (a float or 0-dim tensor). Default: the masked mean
            of ``entropy``, i.e. a statistic of this call's tensors only. Ignored by ``"gap"`` and ``"none"``.
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
    if mean_entropy is None:
        mean_entropy = masked_mean(entropy, mask)
    else:
        mean_entropy = torch.as_tensor(mean_entropy).detach().to(dtype=gap.dtype, device=gap.device)
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
    mean_entropy: torch.Tensor | float | None = None,
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
    g = compute_gate(gap, mask, gate=gate, sharpness=sharpness, entropy=entropy, mean_entropy=mean_entropy)
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
    mean_entropy: torch.Tensor | float | None = None,
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
        mean_entropy: the entropy gate's centre ``H_bar`` (default: the masked mean of ``entropy``).

    Returns:
        ``(loss, metrics)``: a scalar loss and float metrics ``loss``, ``gate_mean``, ``gate_active_ratio``
        (share of tokens with g > 0.5), ``teacher_gap_mean`` (mean Delta) and ``negative_gap_ratio`` (share of
        tokens with Delta < 0), all over loss tokens.
    """
    per_token_loss, g, gap = sdar_per_token_loss(
        student_logps,
        teacher_logps,
        mask,
        gate=gate,
        sharpness=sharpness,
        entropy=entropy,
        estimator=estimator,
        mean_entropy=mean_entropy,
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


# --------------------------------------------------------------------------------------------------- Skill-SD


def _skill_sd_terms(
    student_logps: torch.Tensor, teacher_logps: torch.Tensor, old_logps: torch.Tensor, mask: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    # (rho, k3), each (B, T); masked positions see lp_S = lp_T = lp_old = 0, hence l = 0, k3 = 0, rho = 1.
    lp_S = _masked(student_logps, mask)
    lp_T = _masked(teacher_logps.detach().to(lp_S.dtype), mask)
    lp_old = _masked(old_logps.detach().to(lp_S.dtype), mask)
    ell = lp_S - lp_T
    k3 = torch.exp((-ell).clamp(max=SKILL_SD_NEG_GAP_CLAMP)) - 1.0 + ell
    rho = torch.exp((lp_S - lp_old).clamp(max=SKILL_SD_LOG_RATIO_CLAMP))
    return rho, k3


def skill_sd_per_token_loss(
    student_logps: torch.Tensor,
    teacher_logps: torch.Tensor,
    old_logps: torch.Tensor,
    mask: torch.Tensor,
) -> torch.Tensor:
    """Per-token Skill-SD loss ``rho * k3`` (B, T), exactly 0 at masked positions; see the module docstring.

    Args:
        student_logps: ``lp_S`` (B, T), log-probs of the sampled tokens under the student context; carries the grad
            (through both ``k3`` and the importance ratio ``rho``).
        teacher_logps: ``lp_T`` (B, T), log-probs under the skill-augmented teacher context; treated as constant.
        old_logps: ``lp_old`` (B, T), the student's log-probs at rollout time; treated as constant.
        mask: (B, T), 1 for loss tokens. Masked positions may hold any value, including inf and NaN.
    """
    mask = mask.bool()
    rho, k3 = _skill_sd_terms(student_logps, teacher_logps, old_logps, mask)
    return _masked(rho * k3, mask)


def skill_sd_loss(
    student_logps: torch.Tensor,
    teacher_logps: torch.Tensor,
    old_logps: torch.Tensor,
    mask: torch.Tensor,
    *,
    num_items: torch.Tensor | float | None = None,
) -> tuple[torch.Tensor, dict[str, float]]:
    """The Skill-SD term ``L_SDL``: masked token-mean of ``rho * k3`` (the official ``token-mean`` aggregation).

    ``num_items`` is the token count to divide by (default ``mask.sum()``), as in :func:`sdar_loss`. Returns
    ``(loss, metrics)`` with float metrics ``loss``, ``kl_k3_mean`` (mean ``k3``, the unweighted KL estimate) and
    ``ratio_mean`` (mean ``rho``), over loss tokens.
    """
    mask = mask.bool()
    rho, k3 = _skill_sd_terms(student_logps, teacher_logps, old_logps, mask)
    per_token_loss = _masked(rho * k3, mask)
    tokens = mask.sum().clamp(min=1)
    loss = per_token_loss.sum() / (tokens if num_items is None else num_items)
    metrics = {
        "loss": float(loss.detach()),
        "kl_k3_mean": float(_masked(k3.detach(), mask).sum() / tokens),
        "ratio_mean": float(_masked(rho.detach(), mask).sum() / tokens),
    }
    return loss, metrics


# ------------------------------------------------------------------------------------------------------- RLSD


def rlsd_weight(rollout_step: int, initial: float, decay_steps: int) -> float:
    """The RLSD mixing weight ``lambda_k = initial * (1 - k / K)`` for ``k < K``, else 0 (linear warm-down).

    ``rollout_step`` is ``k``, the 1-based counter of generation batches (the official trainer evaluates it at its
    ``global_steps``, which is 1 for the first update); ``decay_steps`` is ``K`` (officially 100), ``initial`` is
    ``lambda_0`` (officially 0.5).
    """
    if decay_steps <= 0:
        raise ValueError(f"decay_steps must be positive, got {decay_steps}.")
    if rollout_step < 0:
        raise ValueError(f"rollout_step must be non-negative, got {rollout_step}.")
    if rollout_step >= decay_steps:
        return 0.0
    return initial * (1.0 - rollout_step / decay_steps)


@torch.no_grad()
def rlsd_token_advantages(
    advantages: torch.Tensor,
    teacher_logps: torch.Tensor,
    old_logps: torch.Tensor,
    mask: torch.Tensor,
    *,
    weight: float,
    clip: float = 0.2,
) -> torch.Tensor:
    """Token-level RLSD advantages ``A_hat`` (B, T), detached and exactly 0 at masked positions.

    Args:
        advantages: ``A`` (B,), the row's sequence-level GRPO advantage.
        teacher_logps: ``lp_T`` (B, T), log-probs of the sampled tokens under the teacher context.
        old_logps: ``lp_old`` (B, T), the student's log-probs of the rollout before the update (officially the
            actor's own recomputation, not the sampler's log-probs).
        mask: (B, T), 1 for loss tokens. Masked positions may hold any value, including inf and NaN.
        weight: ``lambda_k`` in [0, 1] (see :func:`rlsd_weight`); 0 gives back ``A`` on every token (plain GRPO).
        clip: ``eps`` >= 0; the token weight ``w`` is clamped to ``[1 - eps, 1 + eps]``.
    """
    if advantages.dim() != 1:
        raise ValueError(f"advantages must have shape (B,), got {tuple(advantages.shape)}.")
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"weight (lambda) must lie in [0, 1], got {weight}.")
    if clip < 0:
        raise ValueError(f"clip (eps) must be non-negative, got {clip}.")
    mask = mask.bool()
    A = advantages.detach().to(torch.promote_types(advantages.dtype, teacher_logps.dtype)).unsqueeze(-1)  # (B, 1)
    lp_T = _masked(teacher_logps.detach().to(A.dtype), mask)
    lp_old = _masked(old_logps.detach().to(A.dtype), mask)
    delta = lp_T - lp_old
    w = torch.exp(torch.sign(A) * delta).clamp(min=1.0 - clip, max=1.0 + clip)
    return _masked(A * ((1.0 - weight) + weight * w), mask)
