"""Batch arithmetic of the trainer: the loss tokens, splitting a batch by rows, each part's share of the loss, no-sync.

Agent batches have a variable number of rows (one per environment step in the step layout), so the trainer splits
them itself, without dropping rows: into `steps_per_generation` micro-batches, into the official PPO mini-batches
(`rows_per_optimizer_step`), and a micro-batch into chunks of at most `per_device_train_batch_size` rows. The chunks
of a micro-batch are weighted so that they add up to its loss (`LossShares`); with `minibatch_partition="official"`,
verl's in-order mini-batches, a last partial one weighted by its micro-batches (`official_partition`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import torch
from torch.distributed.fsdp import FSDPModule
from torch.nn.parallel import DistributedDataParallel


def loss_mask(batch: dict[str, Any]) -> torch.Tensor:
    """The tokens every loss term trains on: the completion, minus environment observations (episode layout)."""
    return batch["completion_mask"] if "tool_mask" not in batch else batch["completion_mask"] * batch["tool_mask"]


def loss_tokens(batch: dict[str, Any], clamp: bool = True) -> float:
    """The number of loss tokens of ``batch`` (at least 1 with ``clamp``, so that it can divide)."""
    return float(loss_mask(batch).sum().clamp(min=1 if clamp else 0))


def split_rows(batch: dict[str, Any], num_chunks: int) -> list[dict[str, Any]]:
    """Split every row-indexed value of ``batch`` into ``num_chunks`` parts whose sizes differ by at most one
    (no row is dropped); scalars are shared. Fewer rows than chunks repeat the last row with its loss masked out."""
    rows = batch["completion_ids"].size(0)
    if rows < num_chunks:
        filler = {
            k: (v[-1:].repeat_interleave(num_chunks - rows, dim=0) if _is_rows(v, rows) else v)
            for k, v in batch.items()
        }
        filler["completion_mask"] = torch.zeros_like(filler["completion_mask"])
        batch = {k: (torch.cat([v, filler[k]]) if _is_rows(v, rows) else v) for k, v in batch.items()}
        rows = num_chunks
    bounds = torch.linspace(0, rows, num_chunks + 1).round().long().tolist()
    return [slice_rows(batch, a, b) for a, b in zip(bounds[:-1], bounds[1:])]


def slice_rows(batch: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    """Rows ``start:end`` of every row-indexed value of ``batch``; scalars are shared."""
    rows = batch["completion_ids"].size(0)
    return {k: (v[start:end] if _is_rows(v, rows) else v) for k, v in batch.items()}


def _is_rows(value, rows: int) -> bool:
    return isinstance(value, torch.Tensor) and value.ndim > 0 and value.size(0) == rows


# The key of a mini-batch's loss weight (`official_partition`); `compute_loss` scales the mini-batch's loss by it.
MINIBATCH_WEIGHT = "minibatch_weight"


def official_minibatch_rows(rows_per_optimizer_step: int, num_processes: int) -> int:
    """Rows of one process's mini-batch in the official partition: verl divides `ppo_mini_batch_size` by the GPU
    count (and asserts a non-zero result); here it must divide exactly, so that the global size is the one set."""
    if rows_per_optimizer_step % num_processes:
        raise ValueError(
            f"`minibatch_partition='official'` gives each of the {num_processes} processes "
            f"`rows_per_optimizer_step / {num_processes}` rows per mini-batch; set `rows_per_optimizer_step` to a "
            f"multiple of {num_processes} (got {rows_per_optimizer_step})."
        )
    return rows_per_optimizer_step // num_processes


def official_partition(rows: int, minibatch_rows: int, micro_rows: int) -> list[tuple[int, int, float]]:
    """verl's mini-batches of one process's ``rows``, as ``(start, end, loss weight)``.

    verl's `update_policy` cuts the rows, in order (`actor.shuffle: False`), into mini-batches of ``minibatch_rows``
    (`batch.split(ppo_mini_batch_size)`), the last one holding the remainder, and divides each micro-batch's loss by
    the full mini-batch's micro-batch count (`gradient_accumulation = ppo_mini_batch_size //
    ppo_micro_batch_size_per_gpu`). A mini-batch of ``k`` micro-batches of ``micro_rows`` rows therefore weighs
    ``k / ceil(minibatch_rows / micro_rows)`` of a full one: 1 for every full mini-batch, less for a last partial one.
    """
    full = -(-minibatch_rows // micro_rows)
    parts = []
    for start in range(0, rows, minibatch_rows):
        end = min(start + minibatch_rows, rows)
        parts.append((start, end, -(-(end - start) // micro_rows) / full))
    return parts


# How TRL 1.16's `_compute_loss` aggregates the policy term, per loss type (`tests/test_trl_hooks.py` pins the set).

ROW_MEAN_LOSSES = ("grpo", "sapo", "dr_grpo", "luspo")  # a mean over rows (dr_grpo: rows x max_completion_length)
TOKEN_MEAN_LOSSES = ("bnpo",)  # a mean over the micro-batch's loss tokens
GLOBAL_TOKEN_LOSSES = ("dapo", "cispo", "vespo")  # a sum divided by the generation batch's token count


def policy_loss_share(loss_type: str, chunk: dict[str, Any], whole: dict[str, Any]) -> float:
    """Weight of a chunk's TRL policy term so that the chunks' terms add up to the whole micro-batch's.

    Row-mean losses weigh by rows, the token-mean bnpo by loss tokens; dapo, cispo and vespo already divide by the
    global token count, so their chunk terms simply add up.
    """
    if loss_type in GLOBAL_TOKEN_LOSSES:
        return 1.0
    if loss_type in TOKEN_MEAN_LOSSES:
        return loss_tokens(chunk) / loss_tokens(whole)
    if loss_type in ROW_MEAN_LOSSES:
        return chunk["completion_ids"].size(0) / whole["completion_ids"].size(0)
    known = ROW_MEAN_LOSSES + TOKEN_MEAN_LOSSES + GLOBAL_TOKEN_LOSSES
    raise ValueError(f"Unknown loss type {loss_type!r}: chunked agent losses know {list(known)}.")


@dataclass(frozen=True)
class LossShares:
    """A chunk's weights in its micro-batch's loss, one per part of TRL's loss, each aggregated its own way.

    Args:
        policy: the policy term (with the KL), as the loss type aggregates it (`policy_loss_share`).
        entropy: the entropy bonus, a token mean of each forward: the chunk's share of the loss tokens.
        aux: the MoE auxiliary loss, one value per forward: the chunk's share of the rows.
    """

    policy: float = 1.0
    entropy: float = 1.0
    aux: float = 1.0

    @classmethod
    def of(cls, loss_type: str, chunk: dict[str, Any], whole: dict[str, Any]) -> LossShares:
        return cls(
            policy=policy_loss_share(loss_type, chunk, whole),
            entropy=loss_tokens(chunk) / loss_tokens(whole),
            aux=chunk["completion_ids"].size(0) / whole["completion_ids"].size(0),
        )


WHOLE = LossShares()  # a micro-batch forwarded in one piece


@contextmanager
def no_sync(model, sync_after: bool) -> Iterator[None]:
    """No gradient all-reduce for this backward: DDP's `no_sync`, or FSDP2's `set_requires_gradient_sync(False)`
    (FSDP2 modules have no `no_sync`; without this each chunk would reduce-scatter its gradients). ``sync_after``:
    FSDP2's setting afterwards, False inside an accumulation step where accelerate has already turned sync off."""
    if isinstance(model, DistributedDataParallel):
        with model.no_sync():
            yield
    elif isinstance(model, FSDPModule):
        model.set_requires_gradient_sync(False)
        try:
            yield
        finally:
            model.set_requires_gradient_sync(sync_after)
    else:
        yield
