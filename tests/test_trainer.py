"""SDARTrainer end to end with the tiny local model: drop-in equivalence, teacher rows, and TRL features."""

import dataclasses
import math

import pytest
import torch
from datasets import Dataset
from tiny_run import TINY_RUN
from transformers import AutoTokenizer
from trl import GRPOConfig, GRPOTrainer

from sdar_trl import SDARConfig, SDARTrainer


CONTEXTS = [f"skill {i}: heat the egg with microwave {i}" for i in range(8)]


def dataset(conversational=True):
    prompts = [f"Your task is to: put egg {i} in countertop 1." for i in range(8)]
    if conversational:
        prompts = [[{"role": "user", "content": p}] for p in prompts]
    return Dataset.from_dict({"prompt": prompts, "privileged_context": CONTEXTS})


def length_reward(completions, **kwargs):
    # Varies across a group, so advantages are non-zero and the policy term has a gradient.
    return [float(len(c[0]["content"] if isinstance(c, list) else c)) / 10 for c in completions]


def config(cls=SDARConfig, **kwargs):
    defaults = dict(
        TINY_RUN,
        output_dir="/tmp/sdar-trainer-test",
        num_generations=4,
        max_completion_length=6,
        max_steps=2,
        seed=7,
        learning_rate=1e-3,
    )
    defaults.update(kwargs)
    return cls(**defaults)


def losses(trainer):
    return [h["loss"] for h in trainer.state.log_history if "loss" in h]


class RecordingSDARTrainer(SDARTrainer):
    """Records the token rows of the student's loss forward and of the teacher (``[teacher prompt | completion]``, the
    rows the plain teacher pass forwards; the shared-prefix pass scores the same rows), with the completion width."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = {"teacher": [], "student_loss": []}
        self._phase = None

    def _teacher_rows(self, inputs, output, blocks):
        rows = super()._teacher_rows(inputs, output, blocks)
        width = output["completion_ids"].size(1)
        for prompt, ids, mask in zip(
            rows.prompts, output["completion_ids"].tolist(), output["completion_mask"].tolist()
        ):
            self.rows["teacher"].append((prompt + [i for i, m in zip(ids, mask) if m], width))
        return rows

    def _compute_loss(self, model, inputs):
        self._phase = "student_loss"
        try:
            return super()._compute_loss(model, inputs)
        finally:
            self._phase = None

    def _get_per_token_logps_and_entropies(self, model, input_ids, attention_mask, logits_to_keep, *a, **k):
        if self._phase:
            for ids, mask in zip(input_ids.tolist(), attention_mask.tolist()):
                self.rows[self._phase].append(([i for i, m in zip(ids, mask) if m], logits_to_keep))
        return super()._get_per_token_logps_and_entropies(model, input_ids, attention_mask, logits_to_keep, *a, **k)


def test_zero_coef_reproduces_grpo_losses(tiny_model_dir):
    grpo = GRPOTrainer(
        model=tiny_model_dir, reward_funcs=length_reward, args=config(GRPOConfig, max_steps=3), train_dataset=dataset()
    )
    grpo.train()
    sdar = SDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        args=config(sdar_coef=0.0, max_steps=3),
        train_dataset=dataset(),
    )
    sdar.train()
    assert len(losses(grpo)) == 3
    assert losses(sdar) == pytest.approx(losses(grpo), rel=1e-6, abs=1e-9)
    assert not any(k.startswith("sdar/") for h in sdar.state.log_history for k in h)


def test_literal_drop_in_keeps_every_grpo_config_field(tiny_model_dir):
    # Only the trainer's name changes: a GRPOConfig (whose __post_init__ filled in both generation_batch_size and
    # steps_per_generation) is upgraded with every field kept, and training runs.
    grpo_args = config(GRPOConfig, max_steps=1, steps_per_generation=2, gradient_accumulation_steps=2)
    trainer = SDARTrainer(model=tiny_model_dir, reward_funcs=length_reward, args=grpo_args, train_dataset=dataset())
    assert isinstance(trainer.args, SDARConfig)
    for f in dataclasses.fields(GRPOConfig):
        assert getattr(trainer.args, f.name) == getattr(grpo_args, f.name), f.name
    trainer.train()
    assert len(losses(trainer)) == 1 and all(math.isfinite(x) for x in losses(trainer))


def test_teacher_sees_the_context_and_the_student_does_not(tiny_model_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    trainer = RecordingSDARTrainer(
        model=tiny_model_dir, reward_funcs=length_reward, args=config(max_steps=1), train_dataset=dataset()
    )
    trainer.train()
    teacher_rows, student_rows = trainer.rows["teacher"], trainer.rows["student_loss"]
    assert len(teacher_rows) == len(student_rows) == 4
    student_prompts = {}
    for i in range(8):
        ids = tokenizer.apply_chat_template(
            [{"role": "user", "content": dataset()["prompt"][i][0]["content"]}],
            add_generation_prompt=True,
            tokenize=True,
            return_dict=True,
        )["input_ids"]
        student_prompts[tuple(ids)] = i
    block_of = {
        i: tokenizer(f"[Privileged Skill Information]\n{CONTEXTS[i]}\n\n", add_special_tokens=False)["input_ids"]
        for i in range(8)
    }
    student_completions = {}
    for ids, _ in student_rows:
        prompt = next(p for p in student_prompts if tuple(ids[: len(p)]) == p)
        student_completions.setdefault(student_prompts[prompt], []).append(ids[len(prompt) :])
    for ids, _ in teacher_rows:
        # teacher row = [privileged block | the student's exact prompt ids | the same completion tokens]
        row = next(i for i in range(8) if ids[: len(block_of[i])] == block_of[i])
        rest = ids[len(block_of[row]) :]
        prompt = next(p for p in student_prompts if tuple(rest[: len(p)]) == p)
        assert student_prompts[prompt] == row
        assert rest[len(prompt) :] in student_completions[row]
    # the student never sees a privileged token sequence
    for ids, _ in student_rows:
        assert "Privileged" not in tokenizer.decode(ids)
    history = trainer.state.log_history[0]
    for key in (
        "sdar/loss",
        "sdar/gate_mean",
        "sdar/gate_active_ratio",
        "sdar/teacher_gap_mean",
        "sdar/negative_gap_ratio",
    ):
        assert math.isfinite(history[key])
    assert 0.0 < history["sdar/gate_mean"] < 1.0


def test_system_placement_puts_the_block_in_the_system_message(tiny_model_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    trainer = RecordingSDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        args=config(max_steps=1, teacher_context_placement="system"),
        train_dataset=dataset(),
    )
    trainer.train()
    for ids, completion_length in trainer.rows["teacher"]:
        text = tokenizer.decode(ids[:-completion_length] if completion_length else ids)
        assert text.startswith("<|im_start|>system\n[Privileged Skill Information]\nskill ")
        assert "<|im_end|>\n<|im_start|>user\nYour task is to: put egg" in text


def test_skill_grpo_shows_the_context_to_the_student_only(tiny_model_dir):
    trainer = RecordingSDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        args=config(max_steps=1, sdar_coef=0.0, privileged_context_to_student=True),
        train_dataset=dataset(),
    )
    trainer.train()
    tokenizer = trainer.processing_class
    assert trainer.rows["teacher"] == []
    assert len(trainer.rows["student_loss"]) == 4
    # official placement: inside the user message, right after the chat template's user header
    for ids, _ in trainer.rows["student_loss"]:
        assert tokenizer.decode(ids).startswith("<|im_start|>user\n[Privileged Skill Information]\nskill ")
        assert "\n\nYour task is to: put egg" in tokenizer.decode(ids)


def test_plain_text_prompts(tiny_model_dir):
    trainer = RecordingSDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        args=config(max_steps=1),
        train_dataset=dataset(conversational=False),
    )
    trainer.train()
    for ids, _ in trainer.rows["teacher"]:
        assert trainer.processing_class.decode(ids).startswith("[Privileged Skill Information]\nskill ")


@pytest.mark.parametrize(
    "overrides",
    [
        {"beta": 0.04},
        {"num_iterations": 2, "max_steps": 3},
        {"steps_per_generation": 2, "gradient_accumulation_steps": 2, "per_device_train_batch_size": 2},
        {"loss_type": "grpo"},
        {"loss_type": "dapo", "sdar_gate": "soft_or"},
        {"sdar_divergence": "forward_kl"},
        {"sdar_divergence": "jsd", "sdar_gate": "entropy"},
        {"sdar_estimator": "reinforce"},
        {"policy_loss_coef": 0.0},
    ],
    ids=[
        "kl-beta",
        "num-iterations",
        "accumulation",
        "grpo-loss",
        "dapo-soft-or",
        "forward-kl",
        "jsd-entropy",
        "reinforce",
        "opsd-only",
    ],
)
def test_trains_with_grpo_features(tiny_model_dir, overrides):
    trainer = SDARTrainer(
        model=tiny_model_dir, reward_funcs=length_reward, args=config(**overrides), train_dataset=dataset()
    )
    before = {n: p.detach().clone() for n, p in trainer.model.named_parameters()}
    trainer.train()
    logged = [h for h in trainer.state.log_history if "sdar/loss" in h]
    assert logged and all(math.isfinite(h["loss"]) and math.isfinite(h["sdar/loss"]) for h in logged)
    if "beta" in overrides:
        assert all("kl" in h for h in logged)
    changed = any(not torch.equal(before[n], p) for n, p in trainer.model.named_parameters())
    assert changed


def test_lora_uses_the_same_adapter_for_the_teacher(tiny_model_dir):
    from peft import LoraConfig

    trainer = SDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        args=config(beta=0.04),
        train_dataset=dataset(),
        peft_config=LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"),
    )
    lora_before = {n: p.detach().clone() for n, p in trainer.model.named_parameters() if "lora_B" in n}
    trainer.train()
    assert any(not torch.equal(lora_before[n], p) for n, p in trainer.model.named_parameters() if n in lora_before)
    # No second copy of the weights: one model, and only LoRA parameters are trainable.
    assert trainer.ref_model is None
    assert all("lora_" in n for n, p in trainer.model.named_parameters() if p.requires_grad)
    assert "sdar/gate_mean" in trainer.state.log_history[0]


def test_evaluation_logs_sdar_metrics(tiny_model_dir):
    trainer = SDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        args=config(max_steps=1, eval_strategy="steps", eval_steps=1, per_device_eval_batch_size=4),
        train_dataset=dataset(),
        eval_dataset=dataset().select(range(4)),
    )
    trainer.train()
    evals = [h for h in trainer.state.log_history if "eval_loss" in h]
    assert evals and math.isfinite(evals[0]["eval_sdar/loss"]) and "eval_sdar/gate_mean" in evals[0]


@pytest.mark.parametrize("gate", ["gap", "entropy", "soft_or"])
def test_term_weight_does_not_depend_on_micro_batching(tiny_model_dir, gate):
    """One SGD step on the same generation batch moves the weights the same with or without accumulation (the
    entropy gates centre on the whole generation batch's mean entropy, not a micro-batch's)."""

    def one_step(**kwargs):
        trainer = SDARTrainer(
            model=tiny_model_dir,
            reward_funcs=length_reward,
            train_dataset=dataset(),
            args=config(
                max_steps=1,
                optim="sgd",
                learning_rate=1.0,
                policy_loss_coef=0.0,
                sdar_coef=1.0,
                sdar_gate=gate,
                max_grad_norm=0.0,
                shuffle_dataset=False,
                **kwargs,
            ),
        )
        start = {n: p.detach().clone() for n, p in trainer.model.named_parameters()}
        trainer.train()
        return {n: p.detach() - start[n] for n, p in trainer.model.named_parameters()}

    whole = one_step(per_device_train_batch_size=8, num_generations=4)
    split = one_step(
        per_device_train_batch_size=4, num_generations=4, gradient_accumulation_steps=2, steps_per_generation=2
    )
    norm = sum(d.norm() ** 2 for d in whole.values()) ** 0.5
    assert norm > 0
    for name in whole:
        assert torch.allclose(whole[name], split[name], atol=1e-5 * max(1.0, float(norm))), name


def test_teacher_budget_keeps_the_column_context_whole(tiny_model_dir):
    trainer = RecordingSDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        args=config(max_steps=1, teacher_max_prompt_length=40),
        train_dataset=dataset(),
    )
    trainer.train()
    tokenizer = trainer.processing_class
    for ids, completion_length in trainer.rows["teacher"]:
        prompt = ids[:-completion_length]
        assert len(prompt) == 40
        assert tokenizer.decode(prompt).startswith("[Privileged Skill Information]\nskill ")
        assert tokenizer.decode(prompt).endswith("<|im_start|>assistant\n")
    assert trainer.state.log_history[0]["skills/teacher_truncated_ratio"] == 1.0


class ObservingTerms(SDARTrainer):
    def on_sdar_term(self, inputs, term):
        self.__dict__.setdefault("terms", []).append((inputs, term))


def test_on_sdar_term_hands_over_each_forwards_gate_and_gap(tiny_model_dir):
    trainer = ObservingTerms(
        model=tiny_model_dir, reward_funcs=length_reward, args=config(max_steps=1), train_dataset=dataset()
    )
    trainer.train()
    ((inputs, term),) = trainer.terms  # one micro-batch of four rows
    mask = term.mask.bool()
    gap = inputs["teacher_per_token_logps"] - term.student_logps.detach()
    assert term.mode == "train" and term.student_logps.requires_grad and term.loss.requires_grad
    assert torch.allclose(term.gap[mask], gap[mask])
    assert torch.allclose(term.gate[mask], torch.sigmoid(trainer.args.gate_sharpness * gap[mask]))
    assert (term.per_token_loss[~mask] == 0).all()
    log = trainer.state.log_history[0]
    assert log["sdar/loss"] == pytest.approx((term.per_token_loss.sum() / mask.sum()).item(), rel=1e-5)
    assert log["sdar/gate_mean"] == pytest.approx(term.gate[mask].mean().item(), rel=1e-5)
