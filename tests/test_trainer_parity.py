"""SDARTrainer against the official SDAR code: the OPSD-only KL anchor, eval-mode teacher, batch-level entropy gate,
Skill-SD and RLSD on real generation batches, and what the teacher pass refuses."""

import math

import pytest
import torch
from datasets import Dataset
from test_trainer import config, dataset, length_reward
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

from sdar_trl import SDARTrainer
from sdar_trl.losses import rlsd_token_advantages, skill_sd_per_token_loss


def batch_of(trainer):
    """One training generation batch (one prompt, four completions) as TRL makes it."""
    trainer.model.train()
    trainer.current_gradient_accumulation_steps = 1  # set by `train()` in a real run
    return trainer._generate_and_score_completions([dict(dataset()[0]) for _ in range(4)])


def make(tiny_model_dir, **kwargs):
    return SDARTrainer(
        model=tiny_model_dir, reward_funcs=length_reward, args=config(**kwargs), train_dataset=dataset()
    )


def test_opsd_only_keeps_the_kl_anchor_and_the_entropy_bonus(tiny_model_dir):
    # Official: `pg_loss * pg_loss_coef` - only the policy-gradient term is scaled, the KL (k3) and the entropy bonus
    # stay. So with policy_loss_coef=0 the loss equals the full loss with zero advantages.
    trainer = make(tiny_model_dir, policy_loss_coef=0.0, sdar_coef=0.01, entropy_coef=0.1, beta=0.1)
    batch = batch_of(trainer)
    assert batch["advantages"].abs().sum() > 0

    def loss_and_grads(inputs):
        trainer.model.zero_grad()
        loss = trainer._compute_loss(trainer.model, inputs)
        loss.backward()
        return loss.item(), torch.cat([p.grad.flatten() for p in trainer.model.parameters() if p.grad is not None])

    opsd_only, opsd_grads = loss_and_grads(batch)
    trainer.args.policy_loss_coef = 1.0
    zero_advantages, zero_grads = loss_and_grads({**batch, "advantages": torch.zeros_like(batch["advantages"])})
    _, full_grads = loss_and_grads(batch)
    assert opsd_only == pytest.approx(zero_advantages, rel=1e-6)
    assert torch.allclose(opsd_grads, zero_grads, atol=1e-7)
    # the entropy bonus (-0.1 x mean entropy, about -0.6 on the random tiny model) is in it, not scaled away
    assert opsd_only < -0.1
    # and the policy-gradient term is really gone: with it the gradient differs
    assert not torch.allclose(full_grads, opsd_grads, atol=1e-6)


def test_teacher_pass_runs_in_eval_mode(tiny_model_dir, tmp_path):
    # With dropout 0.5 a train-mode forward differs call to call; the teacher's log-probs must not.
    model_config = AutoConfig.from_pretrained(tiny_model_dir)
    model_config.attention_dropout = 0.5
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, config=model_config)
    model.save_pretrained(tmp_path)
    AutoTokenizer.from_pretrained(tiny_model_dir).save_pretrained(tmp_path)
    trainer = make(str(tmp_path))
    batch = batch_of(trainer)
    rows = [dict(dataset()[0]) for _ in range(4)]
    first = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    second = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    assert torch.equal(first, second) and trainer.model.training
    # and dropout is really active in train mode, so the check above could fail
    ids = torch.cat([batch["prompt_ids"], batch["completion_ids"]], dim=1)
    assert not torch.equal(trainer.model(ids).logits, trainer.model(ids).logits)


def test_skill_sd_adds_the_importance_weighted_k3_term(tiny_model_dir):
    trainer = make(tiny_model_dir, sdar_coef=0.0, skill_sd_coef=0.5)
    batch = batch_of(trainer)
    assert "teacher_per_token_logps" in batch
    with_term = trainer._compute_loss(trainer.model, batch)
    trainer.args.skill_sd_coef = 0.0
    without = trainer._compute_loss(trainer.model, batch)
    # On-policy (no old log-probs from TRL), lp_old = lp_S: rho = 1 and the term is the token mean of k3.
    student = trainer._student_logps(batch)[0]
    mask = batch["completion_mask"]
    term = skill_sd_per_token_loss(student, batch["teacher_per_token_logps"], student, mask).sum() / mask.sum()
    assert term.item() > 0
    assert with_term.item() - without.item() == pytest.approx(0.5 * term.item(), rel=1e-4)


class KeepsRowAdvantages(SDARTrainer):
    def _rollout_signals(self, output):
        self.row_advantages = output["advantages"].clone()
        return super()._rollout_signals(output)


def test_rlsd_reweights_the_advantages_per_token(tiny_model_dir):
    trainer = KeepsRowAdvantages(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        train_dataset=dataset(),
        args=config(sdar_coef=0.0, rlsd_coef=0.5, rlsd_decay_steps=100),
    )
    batch = batch_of(trainer)
    assert batch["advantages"].shape == batch["completion_ids"].shape  # (B, T): one advantage per token
    # the first rollout (k = 1): weight 0.5 * (1 - 1/100) = 0.495
    assert trainer._metrics["train"]["rlsd/weight"] == [pytest.approx(0.495)]
    # lp_old: the rollout-time student log-probs (on-policy here, so the current ones)
    student = trainer._student_logps(batch)[0]
    expected = rlsd_token_advantages(
        trainer.row_advantages,
        batch["teacher_per_token_logps"],
        student,
        batch["completion_mask"],
        weight=0.495,
        clip=0.2,
    )
    assert torch.allclose(batch["advantages"], expected, atol=1e-6)
    assert not torch.allclose(batch["advantages"], trainer.row_advantages.unsqueeze(1) * batch["completion_mask"])
    trainer.train()  # and the (B, T) advantages train through TRL's loss
    assert all(math.isfinite(h["loss"]) for h in trainer.state.log_history if "loss" in h)


def test_entropy_gate_mean_comes_from_the_whole_generation_batch(tiny_model_dir):
    trainer = make(tiny_model_dir, sdar_gate="entropy")
    batch = batch_of(trainer)
    _, entropies = trainer._student_logps(batch, compute_entropy=True)
    mask = batch["completion_mask"]
    assert batch["mean_entropy"].item() == pytest.approx(((entropies * mask).sum() / mask.sum()).item(), rel=1e-5)


def test_vision_rows_are_refused_before_model_work(tmp_path):
    rows = Dataset.from_dict({"prompt": ["a"], "privileged_context": ["b"], "image": [None]})
    with pytest.raises(ValueError, match="vision"):
        SDARTrainer(
            model=str(tmp_path / "never-loaded"), reward_funcs=length_reward, args=config(), train_dataset=rows
        )


def test_vision_inputs_in_a_batch_are_refused_by_the_teacher_pass(tiny_model_dir):
    trainer = make(tiny_model_dir)
    batch = batch_of(trainer)
    with pytest.raises(ValueError, match="pixel_values"):
        trainer._teacher_pass([dict(dataset()[0]) for _ in range(4)], {**batch, "pixel_values": torch.zeros(1)})


@pytest.mark.parametrize("weights", ["initial", "ema"])
def test_separate_teacher_weights(tiny_model_dir, weights):
    # Our extension: the teacher reads the skills with a frozen copy of the starting policy, or an EMA of the policy.
    trainer = make(tiny_model_dir, teacher_weights=weights, teacher_ema_decay=0.75, max_steps=1, learning_rate=0.05)
    start = {n: p.detach().clone() for n, p in trainer.model.named_parameters()}
    rows = [dict(dataset()[0]) for _ in range(4)]
    batch = batch_of(trainer)
    before = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    trainer.train()
    moved = {n: p.detach() for n, p in trainer.model.named_parameters()}
    assert any(not torch.equal(start[n], moved[n]) for n in start)
    teacher = dict(trainer.teacher_model.named_parameters())
    for name in start:
        expected = start[name] if weights == "initial" else 0.75 * start[name] + 0.25 * moved[name]
        assert torch.allclose(teacher[name], expected, atol=1e-6), name
    after = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    assert torch.equal(before, after) == (weights == "initial")


def test_ema_teacher_is_saved_and_restored_with_the_checkpoint(tiny_model_dir, tmp_path):
    trainer = make(
        tiny_model_dir,
        teacher_weights="ema",
        max_steps=1,
        output_dir=str(tmp_path),
        save_strategy="steps",
        save_steps=1,
        learning_rate=0.05,
    )
    trainer.train()
    saved = {n: p.detach().clone() for n, p in trainer.teacher_model.named_parameters()}
    resumed = make(tiny_model_dir, teacher_weights="ema", max_steps=1, output_dir=str(tmp_path))
    assert not torch.equal(next(resumed.teacher_model.parameters()), next(iter(saved.values())))
    resumed.create_optimizer_and_scheduler(num_training_steps=1)  # what `train()` does before loading a checkpoint
    resumed._load_optimizer_and_scheduler(str(tmp_path / "checkpoint-1"))
    for name, value in resumed.teacher_model.named_parameters():
        assert torch.equal(value, saved[name]), name


def test_separate_teacher_weights_are_refused_under_peft(tiny_model_dir):
    from peft import LoraConfig

    with pytest.raises(ValueError, match="teacher_weights='live'"):
        SDARTrainer(
            model=tiny_model_dir,
            reward_funcs=length_reward,
            train_dataset=dataset(),
            args=config(teacher_weights="ema"),
            peft_config=LoraConfig(r=4, target_modules=["q_proj"]),
        )
