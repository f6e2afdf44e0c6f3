"""Batch arithmetic: row splits that keep every row, and a chunk's shares of its micro-batch's loss."""

import pytest
import torch

from sdar_trl.batching import WHOLE, LossShares, loss_tokens, policy_loss_share, split_rows


def test_split_rows_keeps_every_row_and_loss_shares():
    batch = {
        "completion_ids": torch.arange(7).view(7, 1),
        "completion_mask": torch.ones(7, 1),
        "num_items_in_batch": torch.tensor(7),
    }
    parts = split_rows(batch, 3)
    assert [p["completion_ids"].flatten().tolist() for p in parts] == [[0, 1], [2, 3, 4], [5, 6]]
    assert all(p["num_items_in_batch"] == 7 for p in parts)
    few = split_rows({"completion_ids": torch.tensor([[5]]), "completion_mask": torch.ones(1, 1)}, 2)
    assert few[1]["completion_ids"].tolist() == [[5]] and few[1]["completion_mask"].sum() == 0
    assert policy_loss_share("grpo", parts[0], batch) == pytest.approx(2 / 7)
    assert policy_loss_share("bnpo", parts[1], batch) == pytest.approx(3 / 7)
    assert policy_loss_share("dapo", parts[2], batch) == 1.0
    with pytest.raises(ValueError, match="Unknown loss type 'ppo'"):
        policy_loss_share("ppo", parts[0], batch)


def test_a_chunks_shares_weigh_each_part_of_trls_loss_its_own_way():
    whole = {"completion_ids": torch.zeros(4, 3), "completion_mask": torch.tensor([[1, 1, 1]] * 3 + [[1, 0, 0]])}
    whole["tool_mask"] = torch.tensor([[1, 1, 0]] * 4)  # observation tokens are not loss tokens
    chunk = split_rows(whole, 2)[1]  # rows 2 and 3: 2 + 1 of the 7 loss tokens
    assert loss_tokens(whole) == 7 and loss_tokens(chunk) == 3
    assert LossShares.of("grpo", chunk, whole) == LossShares(policy=0.5, entropy=3 / 7, aux=0.5)
    assert LossShares.of("bnpo", chunk, whole) == LossShares(policy=3 / 7, entropy=3 / 7, aux=0.5)
    assert LossShares.of("dapo", chunk, whole) == LossShares(policy=1.0, entropy=3 / 7, aux=0.5)
    assert LossShares.of("grpo", whole, whole) == WHOLE
