"""`rows_per_optimizer_step`: the official PPO mini-batches (several optimizer steps per rollout, clipping active)."""

import pytest
import torch
from scripted import ScriptedPolicy, use_policy
from test_trainer_agent import Recording, config, tasks
from torch.optim.optimizer import register_optimizer_step_post_hook

from sdar_trl.envs import KeyDoorEnv


def run(tiny_model_dir, tmp_path, monkeypatch, **kwargs):
    """Train with the scripted policy; returns the trainer and the number of optimizer steps taken."""
    trainer = Recording(model=tiny_model_dir, args=config(tmp_path, **kwargs), train_dataset=tasks(), env=KeyDoorEnv)
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
