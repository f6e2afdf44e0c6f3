"""Scoring the teacher rows: one interface, `scorer(model, rows) -> TeacherScores`, and the plain pass.

A teacher row is ``[teacher prompt | the student's completion tokens]``; its score is the log-prob of each completion
token (B, C), aligned position by position with the student's. Three scorers implement the interface:

- `PlainScorer` (here): every row padded and forwarded whole, as TRL forwards the student.
- `SharedPrefixScorer` (`sdar_trl.teacher.prefix`): the rows as a prefix trie, each shared segment forwarded once
  and its key/value cache reused; the plain pass's log-probs up to rounding, fewer tokens forwarded.
- `VLLMScorer` (`sdar_trl.teacher.vllm`): the rollout's vLLM engine scores the rows.

Scorers forward what they are given: the caller picks the model (the policy, or the teacher's own weights, see
`sdar_trl.teacher.weights`) and puts it in eval mode, without gradient, under its autocast. The model carries TRL's
fused LM head (`trl.trainer.utils.add_fused_lm_head`, which `GRPOTrainer` adds), so no (B, T, V) logits are made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Protocol

import torch
from trl.trainer.utils import pad

from ..divergence import capture_last_hidden_states, completion_hidden_states


@dataclass
class TeacherRows:
    """What a scorer scores.

    Args:
        prompts: each row's teacher prompt ids, without padding.
        completion_ids: (B, C) right-padded completion ids, shared with the student.
        completion_mask: (B, C) 1 on real completion tokens.
    """

    prompts: Sequence[Sequence[int]]
    completion_ids: torch.Tensor
    completion_mask: torch.Tensor


@dataclass
class TeacherScores:
    """A scorer's result.

    Args:
        logps: (B, C) log-prob of each completion token after its teacher prompt (0 past the completion).
        forwarded: tokens the model forwarded (the cost of the pass).
        hidden_states: (B, C, H) final hidden states that predict the completion tokens, when asked for
            (full-vocabulary divergences).
    """

    logps: torch.Tensor
    forwarded: int
    hidden_states: torch.Tensor | None = None


class TeacherScorer(Protocol):
    """``scorer(model, rows, batch_size=n)``: the teacher's scores of ``rows`` by ``model``, at most ``batch_size``
    rows per forward."""

    def __call__(self, model: torch.nn.Module, rows: TeacherRows, *, batch_size: int) -> TeacherScores: ...


def completion_logps(
    model: torch.nn.Module,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    logits_to_keep: int,
    batch_size: int,
) -> torch.Tensor:
    """Log-probs (B, logits_to_keep) of the last ``logits_to_keep`` tokens of each row, ``batch_size`` rows per
    forward: the text path of TRL's `_get_per_token_logps_and_entropies`, with the same labels, so the numbers are
    TRL's."""
    logps = []
    for start in range(0, input_ids.size(0), batch_size):
        ids, mask = input_ids[start : start + batch_size], attention_mask[start : start + batch_size]
        labels = ids.masked_fill(mask == 0, -100)
        labels[:, :-logits_to_keep] = -100
        outputs = model(input_ids=ids, attention_mask=mask, labels=labels, fused_lm_head=True)
        logps.append(outputs.log_probs[:, -logits_to_keep:])
    return torch.cat(logps, dim=0)


@dataclass
class PlainScorer:
    """Every teacher row left-padded and forwarded whole, ``batch_size`` rows at a time.

    Args:
        pad_token_id: padding id of the prompts.
        hidden_states: also return the final hidden states that predict the completion tokens (read by a forward
            hook on ``unwrap(model)``'s backbone).
        unwrap: the model under a distributed wrapper (DDP, DeepSpeed), whose backbone the hook goes on.
    """

    pad_token_id: int
    hidden_states: bool = False
    unwrap: Callable[[torch.nn.Module], torch.nn.Module] | None = None

    @torch.no_grad()
    def __call__(self, model: torch.nn.Module, rows: TeacherRows, *, batch_size: int) -> TeacherScores:
        device, completion_ids = rows.completion_ids.device, rows.completion_ids
        prompts = [torch.tensor(list(ids), dtype=torch.long) for ids in rows.prompts]
        prompt_ids = pad(prompts, self.pad_token_id, padding_side="left").to(device)
        prompt_mask = pad([torch.ones_like(ids) for ids in prompts], 0, padding_side="left").to(device)
        input_ids = torch.cat([prompt_ids, completion_ids], dim=1)
        attention_mask = torch.cat([prompt_mask, rows.completion_mask.to(prompt_mask.dtype)], dim=1)
        inner = model if self.unwrap is None else self.unwrap(model)
        with capture_last_hidden_states(inner) if self.hidden_states else nullcontext([]) as captured:
            logps = completion_logps(model, input_ids, attention_mask, completion_ids.size(1), batch_size)
        hidden = None
        if self.hidden_states:
            hidden = torch.cat([completion_hidden_states(h, completion_ids.size(1)) for h in captured], dim=0)
        return TeacherScores(logps, int(attention_mask.sum()), hidden)
