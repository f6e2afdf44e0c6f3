"""The teacher's weights: none of its own when live, a frozen copy of the start, an EMA of the policy."""

import pytest
import torch
from transformers import AutoModelForCausalLM, TrainerControl, TrainerState, TrainingArguments

from sdar_trl.teacher import TeacherEMACallback, ema_update, separate_teacher


@pytest.fixture
def policy(tiny_model_dir):
    return AutoModelForCausalLM.from_pretrained(tiny_model_dir).train()


def test_live_teacher_is_the_policy_itself(policy):
    assert separate_teacher(policy, "live", whole_model=False) is None  # nothing is copied, so nothing to refuse


def test_initial_teacher_is_a_frozen_copy_in_eval_mode(policy):
    teacher = separate_teacher(policy, "initial", whole_model=True)
    assert not teacher.training and not any(p.requires_grad for p in teacher.parameters())
    for (name, value), copied in zip(policy.named_parameters(), teacher.parameters()):
        assert torch.equal(value, copied) and value.data_ptr() != copied.data_ptr(), name
    with torch.no_grad():
        next(policy.parameters()).add_(1.0)
    assert not torch.equal(next(policy.parameters()), next(teacher.parameters()))


@pytest.mark.parametrize("weights", ["initial", "ema"])
def test_a_copy_is_refused_where_no_process_holds_the_whole_model(policy, weights):
    with pytest.raises(ValueError, match="teacher_weights='live'"):
        separate_teacher(policy, weights, whole_model=False)


def test_ema_moves_the_copy_toward_the_policy(policy):
    teacher = separate_teacher(policy, "ema", whole_model=True)
    start = [p.detach().clone() for p in teacher.parameters()]
    with torch.no_grad():
        for p in policy.parameters():
            p.mul_(-1.0)
    ema_update(teacher, policy, decay=0.75)
    for before, value, moved in zip(start, policy.parameters(), teacher.parameters()):
        assert torch.allclose(moved, 0.75 * before + 0.25 * value, atol=1e-6)
    # the callback does the same after each optimizer step, with the policy it is given at that time
    callback = TeacherEMACallback(teacher, lambda: policy, 0.5)
    once = [p.detach().clone() for p in teacher.parameters()]
    callback.on_step_end(TrainingArguments(output_dir="unused", report_to=[]), TrainerState(), TrainerControl())
    for before, value, moved in zip(once, policy.parameters(), teacher.parameters()):
        assert torch.allclose(moved, 0.5 * before + 0.5 * value, atol=1e-6)
