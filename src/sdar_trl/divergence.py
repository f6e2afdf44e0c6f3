"""Full-vocabulary divergences between the teacher's and the student's next-token distributions.

For ``sdar_divergence`` in ``{"forward_kl", "jsd"}`` the per-token divergence ``D[t]`` replaces the sampled-token
term, still under the detached gate: ``L_SDAR = sum_t mask[t] * g[t] * D[t] / N`` with

    forward_kl:  D[t] = KL(p_T(.|t) || p_S(.|t))
    jsd:         D[t] = 0.5 * KL(p_T || m) + 0.5 * KL(p_S || m),   m = 0.5 * (p_T + p_S)

where ``p = softmax(h @ W.T / temperature)`` from the final hidden state ``h`` (H,) and the LM head ``W`` (V, H). The
projection runs through TRL's tiled `ChunkedDivergenceFunction`, so neither model's ``(B, T, V)`` logits are ever
materialized; the gradient reaches the student side only (the teacher is the same weights, used as a constant).

The hidden states are captured with a forward hook on the model's backbone during forwards the trainer does anyway
(the teacher pass and the single student forward of the loss), so this adds no forward pass.
"""

from __future__ import annotations

from contextlib import contextmanager

import torch
from transformers import PreTrainedModel
from trl.kernels.chunked_divergence import ChunkedDivergenceFunction
from trl.trainer.utils import maybe_gather_lm_head_ctx


# TRL's kernel interpolates with `beta`: 0 is KL(teacher || student), 1 is KL(student || teacher), between: JSD.
_KERNEL_BETA = {"forward_kl": 0.0, "jsd": 0.5}


def backbone_of(model: torch.nn.Module) -> torch.nn.Module:
    """The decoder stack whose ``last_hidden_state`` feeds the LM head (under PEFT too)."""
    if not isinstance(model, PreTrainedModel):  # a PEFT wrapper around the transformers model
        model = model.get_base_model()
    return model.base_model


@contextmanager
def capture_last_hidden_states(model: torch.nn.Module):
    """Collect ``last_hidden_state`` of every backbone forward run inside the block, in call order."""
    captured: list[torch.Tensor] = []

    def hook(_module, _args, output):
        captured.append(output[0])  # `last_hidden_state`, whether the backbone returns a ModelOutput or a tuple

    handle = backbone_of(model).register_forward_hook(hook)
    try:
        yield captured
    finally:
        handle.remove()


def completion_hidden_states(last_hidden_state: torch.Tensor, num_completion_tokens: int) -> torch.Tensor:
    """Hidden states that predict the completion tokens: (B, P + C, H) -> (B, C, H).

    Position ``P + j - 1`` predicts completion token ``j``, hence the slice ``[-C - 1 : -1]``.
    """
    return last_hidden_state[:, -num_completion_tokens - 1 : -1]


def full_vocab_divergence(
    student_hidden: torch.Tensor,
    teacher_hidden: torch.Tensor,
    lm_head: torch.nn.Module,
    mask: torch.Tensor,
    *,
    kind: str,
    temperature: float = 1.0,
) -> torch.Tensor:
    """Per-token divergence ``D`` (B, T) between teacher and student distributions; 0 where ``mask`` is 0.

    Args:
        student_hidden: (B, T, H) student hidden states aligned to the completion tokens; carries the gradient.
        teacher_hidden: (B, T, H) teacher hidden states aligned to the same tokens; used as a constant.
        lm_head: the shared output projection (weight (V, H), optional bias (V,)).
        mask: (B, T) loss-token mask.
        kind: ``"forward_kl"`` or ``"jsd"``.
        temperature: the sampling temperature the logits are divided by.
    """
    if kind not in _KERNEL_BETA:
        raise ValueError(f"Unknown full-vocabulary divergence {kind!r}; expected one of {list(_KERNEL_BETA)}.")
    valid = mask.bool()
    out = torch.zeros(valid.shape, dtype=torch.float32, device=student_hidden.device)
    if not valid.any():
        # Keep the result connected to the graph so that an all-masked micro-batch still backpropagates.
        return out + 0.0 * student_hidden.sum()
    weight, bias = lm_head.weight, lm_head.bias
    teacher_weight = weight.detach()
    teacher_bias = None if bias is None else bias.detach()
    with maybe_gather_lm_head_ctx(weight, bias):
        divergence, _entropy = ChunkedDivergenceFunction.apply(
            student_hidden[valid],
            weight,
            bias,
            teacher_hidden[valid].detach().to(student_hidden.dtype),
            teacher_weight,
            teacher_bias,
            _KERNEL_BETA[kind],
            temperature,
        )
    return out.masked_scatter(valid, divergence.float())
