"""The shared-prefix teacher pass (`SharedPrefixScorer`): each prefix is forwarded once and its key/value cache reused.

Teacher rows share long prefixes: the `num_generations` rows of a group share `[block | prompt]` (single-turn and
episode layouts), and every step row of a task shares the block (step layout). For a set of rows with the same
privileged block, the shared prefix is their longest common prefix of teacher-prompt ids, less one token (so every
row's own part starts with a prompt token, whose output scores the first completion token). The prefix is forwarded
once (no gradient); its cache is expanded to the rows, and only each row's own part runs:

    tokens forwarded, plain:  sum_i (P_i + C_i)          shared:  L + sum_i (P_i - L + C_i)

(single-turn group of G rows: G·(B + P + C) -> B + P + G·C, up to one token). Log-probs are those of the plain pass
up to floating-point rounding: attention sees the same keys and values, and rotary positions continue after the
prefix (relative positions, as in the plain pass's left-padded rows).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from transformers import DynamicCache

from .scoring import TeacherRows, TeacherScores


def shared_prefix_length(prompts: Sequence[Sequence[int]]) -> int:
    """Longest common prefix of ``prompts``, less one token, and never the whole of any prompt."""
    shortest = min(len(p) for p in prompts)
    length = 0
    while length < shortest and all(p[length] == prompts[0][length] for p in prompts):
        length += 1
    return max(min(length, shortest - 1), 0)


@torch.no_grad()
def shared_prefix_logps(
    model: torch.nn.Module,
    prompts: Sequence[Sequence[int]],
    groups: Sequence[object],
    completion_ids: torch.Tensor,
    completion_mask: torch.Tensor,
    *,
    pad_token_id: int,
    batch_size: int,
) -> tuple[torch.Tensor, int]:
    """Log-probs (B, C) of the completion tokens after each teacher prompt, and the number of tokens forwarded.

    Args:
        model: a causal LM with TRL's fused LM head (`model(..., labels=, fused_lm_head=True).log_probs`), in eval
            mode; the trainer's model (with its PEFT adapter, DDP wrapper or DeepSpeed engine) or a teacher copy.
        prompts: each row's teacher prompt ids, without padding.
        groups: each row's group key (its privileged block): rows of one group share their prefix.
        completion_ids: (B, C) right-padded completion ids, shared with the student.
        completion_mask: (B, C) 1 on real completion tokens.
        pad_token_id: padding id of the rows' own parts.
        batch_size: rows per forward of the rows' own parts.
    """
    device = completion_ids.device
    logps = torch.zeros(completion_ids.shape, dtype=torch.float32, device=device)
    forwarded = 0
    members: dict[object, list[int]] = {}
    for row, key in enumerate(groups):
        members.setdefault(key, []).append(row)
    for rows in members.values():
        length = shared_prefix_length([prompts[i] for i in rows])
        cache = None
        if length:
            prefix = torch.tensor([list(prompts[rows[0]][:length])], device=device)
            # Through the fused head too (no label scored): a teacher copy's plain forward would still be the
            # policy's, since TRL patches `forward` with a closure over the original model. The layers fill `cache`.
            cache = DynamicCache()
            model(
                input_ids=prefix,
                attention_mask=torch.ones_like(prefix),
                labels=torch.full_like(prefix, -100),
                past_key_values=cache,
                fused_lm_head=True,
            )
            forwarded += length
        for start in range(0, len(rows), batch_size):
            chunk = rows[start : start + batch_size]
            forwarded += _score_rows(
                model, prompts, chunk, length, cache, completion_ids, completion_mask, pad_token_id, logps
            )
    return logps, forwarded


@dataclass
class SharedPrefixScorer:
    """The teacher scorer that forwards each shared prefix once (see the module docstring); the interface is
    `sdar_trl.teacher.scoring.TeacherScorer`.

    Args:
        pad_token_id: padding id of the rows' own parts (``batch_size`` of them per forward).
    """

    pad_token_id: int

    def __call__(self, model: torch.nn.Module, rows: TeacherRows, *, batch_size: int) -> TeacherScores:
        logps, forwarded = shared_prefix_logps(
            model,
            rows.prompts,
            rows.groups,
            rows.completion_ids,
            rows.completion_mask,
            pad_token_id=self.pad_token_id,
            batch_size=batch_size,
        )
        return TeacherScores(logps, forwarded)


def _score_rows(model, prompts, chunk, length, cache, completion_ids, completion_mask, pad_token_id, logps) -> int:
    """Forward the chunk's own parts after the shared prefix (cache) and write their completion log-probs."""
    device = completion_ids.device
    own, starts = [], []
    for i in chunk:
        completion = completion_ids[i][completion_mask[i].bool()].tolist()
        own.append(list(prompts[i][length:]) + completion)
        starts.append(len(prompts[i]) - length)  # where the completion starts in the row's own part
    width = max(len(r) for r in own)
    input_ids = torch.full((len(chunk), width), pad_token_id, dtype=torch.long, device=device)
    mask = torch.zeros((len(chunk), width), dtype=torch.long, device=device)
    labels = torch.full((len(chunk), width), -100, dtype=torch.long, device=device)
    for r, (tokens, start) in enumerate(zip(own, starts)):
        input_ids[r, : len(tokens)] = torch.tensor(tokens, device=device)
        mask[r, : len(tokens)] = 1
        labels[r, start : len(tokens)] = input_ids[r, start : len(tokens)]
    kwargs = {}
    if cache is not None:
        expanded = copy.deepcopy(cache)  # the forward extends the cache in place
        expanded.batch_repeat_interleave(len(chunk))
        kwargs["past_key_values"] = expanded
        mask = torch.cat([torch.ones((len(chunk), length), dtype=torch.long, device=device), mask], dim=1)
    positions = torch.arange(length, length + width, device=device).expand(len(chunk), -1)
    outputs = model(
        input_ids=input_ids, attention_mask=mask, position_ids=positions, labels=labels, fused_lm_head=True, **kwargs
    )
    # log_probs[:, t] scores token t + 1 of the row's own part
    for r, (i, start) in enumerate(zip(chunk, starts)):
        count = int(completion_mask[i].sum())
        logps[i, :count] = outputs.log_probs[r, start - 1 : start - 1 + count].float()
    return sum(len(r) for r in own)
