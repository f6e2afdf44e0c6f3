"""`rows_per_optimizer_step`: the official PPO mini-batches (several optimizer steps per rollout, clipping active), cut
as `minibatch_partition` says."""

import pytest
import torch
from scripted import ScriptedPolicy, use_policy
from test_trainer_agent import Recording, config, tasks
from torch.optim.optimizer import register_optimizer_step_post_hook

from sdar_trl import SDARTrainer
from sdar_trl.batching import MINIBATCH_WEIGHT, official_minibatch_rows, official_partition
from sdar_trl.envs import KeyDoorEnv


def run(tiny_model_dir, tmp_path, monkeypatch, trainer_class=Recording, **kwargs):
    """Train with the scripted policy; returns the trainer and the number of optimizer steps taken."""
    args = config(tmp_path, **kwargs)
    trainer = trainer_class(model=tiny_model_dir, args=args, train_dataset=tasks(), env=KeyDoorEnv)
    use_policy(monkeypatch, ScriptedPolicy(trainer.processing_class, invalid_first={3}))
    steps = []
    handle = register_optimizer_step_post_hook(lambda optimizer, args, kwargs: steps.append(1))
    try:
        trainer.train()
    finally:
        handle.remove()
    return trainer, len(steps)


def test_each_rollout_takes_ceil_rows_over_limit_optimizer_steps(tiny_model_dir, tmp_path, monkeypatch):
    # The first rollout has 13 step rows (3 + 3 + 3 + 4, one invalid first step), the second 12: with 4 rows per
    # optimizer step, ceil(13 / 4) = 4 and ceil(12 / 4) = 3 optimizer steps.
    trainer, steps = run(
        tiny_model_dir,
        tmp_path,
        monkeypatch,
        rows_per_optimizer_step=4,
        max_steps=2,
        lr_scheduler_type="linear",
        learning_rate=1e-3,
    )
    assert [b["completion_ids"].size(0) for b in trainer.batches] == [13, 12]
    assert steps == 4 + 3 and trainer.state.global_step == 2
    assert [h["optimizer_steps_per_rollout"] for h in trainer.state.log_history if "loss" in h] == [4.0, 3.0]
    # the learning-rate schedule advances once per rollout, as verl's: linear from 1e-3 to 0 over 2 rollouts
    assert [h["learning_rate"] for h in trainer.state.log_history if "loss" in h] == pytest.approx([1e-3, 5e-4])
    # rollout-time log-probs are kept, so from the second mini-batch on the PPO ratio (and clipping) is live
    assert all("old_per_token_logps" in b for b in trainer.batches)


def test_one_minibatch_is_trls_own_step(tiny_model_dir, tmp_path, monkeypatch):
    # When a rollout fits one mini-batch, the loss is the same as TRL's schedule (one optimizer step per rollout).
    minibatched, steps = run(tiny_model_dir, tmp_path, monkeypatch, rows_per_optimizer_step=64, max_steps=1)
    plain, plain_steps = run(tiny_model_dir, tmp_path, monkeypatch, max_steps=1, per_device_train_batch_size=4)
    assert steps == plain_steps == 1
    loss = [h["loss"] for h in minibatched.state.log_history if "loss" in h]
    assert loss == pytest.approx([h["loss"] for h in plain.state.log_history if "loss" in h], rel=1e-5, abs=1e-7)


def test_later_minibatches_see_the_updated_policy(tiny_model_dir, tmp_path, monkeypatch):
    # With a large learning rate the first mini-batches move the policy: the last mini-batch's ratios leave 1 and
    # some tokens are clipped (they never are when every step is on-policy).
    trainer, _ = run(
        tiny_model_dir,
        tmp_path,
        monkeypatch,
        rows_per_optimizer_step=2,
        max_steps=1,
        learning_rate=0.05,
        epsilon=0.01,
        optim="sgd",
    )
    log = next(h for h in trainer.state.log_history if "loss" in h)
    assert log["clip_ratio/region_mean"] > 0


@pytest.mark.parametrize(
    ("field", "value"), [("gradient_accumulation_steps", 2), ("steps_per_generation", 2), ("num_iterations", 2)]
)
def test_minibatches_own_the_schedule(tmp_path, field, value):
    with pytest.raises(ValueError, match=f"rows_per_optimizer_step.*{field}"):
        config(tmp_path, rows_per_optimizer_step=4, **{field: value})
    with pytest.raises(ValueError, match="rows_per_optimizer_step"):
        config(tmp_path, rows_per_optimizer_step=0)


def test_minibatches_with_chunked_micro_batches(tiny_model_dir, tmp_path, monkeypatch):
    # One task, two episodes of 3 steps: 6 rows, 3 per optimizer step, forwarded in chunks of 2 rows.
    trainer, steps = run(
        tiny_model_dir, tmp_path, monkeypatch, rows_per_optimizer_step=3, max_steps=1, per_device_train_batch_size=2
    )
    log = next(h for h in trainer.state.log_history if "loss" in h)
    assert steps == 2 and log["agent/chunks_per_micro_batch"] > 1 and torch.isfinite(torch.tensor(log["loss"]))


def test_official_partition_by_hand():
    # 13 rows, 4 per mini-batch, micro-batches of 2: rows 0-3, 4-7, 8-11 (2 micro-batches each, weight 2/2) and
    # row 12 (1 micro-batch of 2, weight 1/2), in order.
    assert official_partition(13, 4, 2) == [(0, 4, 1.0), (4, 8, 1.0), (8, 12, 1.0), (12, 13, 0.5)]
    # micro-batches larger than the remainder still count one: 12 per mini-batch in micro-batches of 4 -> 1/3
    assert official_partition(13, 12, 4) == [(0, 12, 1.0), (12, 13, pytest.approx(1 / 3))]
    # the official WebShop layout: 64 rows per mini-batch on 2 GPUs = 32 per GPU, micro-batches of 8 (4 per
    # mini-batch); a GPU holding 72 rows (a multiple of 8 after verl's padding) ends with 8 rows: weight 1/4
    assert official_partition(72, official_minibatch_rows(64, 2), 8) == [(0, 32, 1.0), (32, 64, 1.0), (64, 72, 0.25)]
    # a rollout that fits one mini-batch is one full mini-batch
    assert official_partition(5, 8, 8) == [(0, 5, 1.0)]
    with pytest.raises(ValueError, match="rows_per_optimizer_step.*multiple of 3"):
        official_minibatch_rows(64, 3)


class Weighed(Recording):
    """Records each mini-batch's loss as `compute_loss` returns it and each unweighted `_compute_loss`."""

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        loss = super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        self.__dict__.setdefault("minibatches", []).append((inputs, loss.detach()))
        return loss

    def _compute_loss(self, model, inputs):
        loss = super()._compute_loss(model, inputs)
        self.__dict__.setdefault("unweighted", []).append(loss.detach())
        return loss


def test_official_partition_in_order_with_a_lighter_last_minibatch(tiny_model_dir, tmp_path, monkeypatch):
    # The rollout has 13 step rows; 12 per optimizer step in micro-batches of 4 (`per_device_train_batch_size`):
    # rows 0-11 (3 micro-batches, weight 3/3), then row 12 alone (1 micro-batch, weight 1/3), not shuffled.
    trainer, steps = run(
        tiny_model_dir,
        tmp_path,
        monkeypatch,
        trainer_class=Weighed,
        rows_per_optimizer_step=12,
        minibatch_partition="official",
        per_device_train_batch_size=4,
    )
    (batch,) = trainer.batches
    assert batch["completion_ids"].size(0) == 13 and steps == 2
    (first, first_loss), (last, last_loss) = trainer.minibatches
    assert torch.equal(first["completion_ids"], batch["completion_ids"][:12])
    assert torch.equal(last["completion_ids"], batch["completion_ids"][12:])
    assert torch.equal(last["advantages"], batch["advantages"][12:])
    assert first[MINIBATCH_WEIGHT] == 1.0 and last[MINIBATCH_WEIGHT] == pytest.approx(1 / 3)
    # each mini-batch's loss is a token mean over its own loss tokens
    assert first["num_items_in_batch"].item() == batch["completion_mask"][:12].sum().item()
    # the first mini-batch goes in three chunks of 4 rows at full weight; the last is one third of its own loss
    assert len(trainer.unweighted) == 3 + 1
    assert trainer.unweighted[-1].abs() > 0
    assert last_loss.item() == pytest.approx(trainer.unweighted[-1].item() / 3, rel=1e-6)


def test_even_partition_shuffles_and_weighs_every_minibatch_fully(tiny_model_dir, tmp_path, monkeypatch):
    # The default: 13 rows, 12 per optimizer step -> ceil(13 / 12) = 2 mini-batches of 7 and 6 shuffled rows.
    trainer, steps = run(
        tiny_model_dir, tmp_path, monkeypatch, trainer_class=Weighed, rows_per_optimizer_step=12, max_steps=1
    )
    (batch,) = trainer.batches
    sizes = [inputs["completion_ids"].size(0) for inputs, _ in trainer.minibatches]
    assert steps == 2 and sorted(sizes) == [6, 7]
    assert all(MINIBATCH_WEIGHT not in inputs for inputs, _ in trainer.minibatches)
    rows = torch.cat([inputs["completion_ids"] for inputs, _ in trainer.minibatches])
    assert not torch.equal(rows, batch["completion_ids"])  # shuffled
    assert sorted(map(tuple, rows.tolist())) == sorted(map(tuple, batch["completion_ids"].tolist()))


def test_minibatch_partition_configuration(tmp_path):
    with pytest.raises(ValueError, match="minibatch_partition.*rows_per_optimizer_step"):
        config(tmp_path, minibatch_partition="official")
    with pytest.raises(ValueError, match="minibatch_partition='shuffled'"):
        config(tmp_path, rows_per_optimizer_step=4, minibatch_partition="shuffled")


def test_rows_per_optimizer_step_needs_an_env(tmp_path):
    # Without an environment the generation batch has a fixed number of rows, split by `steps_per_generation`.
    with pytest.raises(ValueError, match="rows_per_optimizer_step.*without an `env`"):
        SDARTrainer(
            model=str(tmp_path / "never-loaded"),
            reward_funcs=lambda completions, **kwargs: [0.0] * len(completions),
            args=config(tmp_path, rows_per_optimizer_step=4),
            train_dataset=tasks(),
        )
