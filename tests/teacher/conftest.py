"""The tiny local model with TRL's fused LM head, and teacher rows with shared prefixes, for the scorers' tests."""

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl.trainer.utils import add_fused_lm_head

from sdar_trl.teacher import TeacherRows


TEMPERATURE = 0.7


@pytest.fixture(scope="module")
def temperature():
    return TEMPERATURE


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    return AutoTokenizer.from_pretrained(tiny_model_dir)


@pytest.fixture(scope="module")
def model(tiny_model_dir):
    """The tiny model as `GRPOTrainer` prepares it: `model(..., labels=, fused_lm_head=True).log_probs`."""
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    add_fused_lm_head(model, temperature=TEMPERATURE)
    return model


@pytest.fixture(scope="module")
def rows(tokenizer):
    """Two groups, as a batch of two prompts x three samples: a group shares its block and prompt (prompts of
    unequal length across groups), and completions of unequal length."""

    def ids(text):
        return tokenizer(text, add_special_tokens=False)["input_ids"]

    block_a, block_b = "[Privileged Skill Information]\nheat skills\n\n", "[Privileged Skill Information]\ncool\n\n"
    prompt_a = ids(block_a + "<|im_start|>user\nYour task is to: heat some egg.<|im_end|>\n<|im_start|>assistant\n")
    prompt_b = ids(
        block_b + "<|im_start|>user\nput a mug in countertop 1 and then go.<|im_end|>\n<|im_start|>assistant\n"
    )
    completions = [
        ids("go to microwave 1"),
        ids("heat egg 1"),
        ids("open fridge 1 and look"),
        ids("take mug 1"),
        ids("go"),
        ids("put mug 1 in/on countertop 1"),
    ]
    width = max(len(c) for c in completions)
    completion_ids = torch.full((6, width), tokenizer.pad_token_id)
    completion_mask = torch.zeros((6, width), dtype=torch.long)
    for i, c in enumerate(completions):
        completion_ids[i, : len(c)] = torch.tensor(c)
        completion_mask[i, : len(c)] = 1
    return TeacherRows(
        prompts=[prompt_a] * 3 + [prompt_b] * 3,
        completion_ids=completion_ids,
        completion_mask=completion_mask,
    )


@pytest.fixture(scope="module")
def reference_logps():
    return _reference_logps


def _reference_logps(model, rows):
    """Each completion token's log-prob from the model's own logits (its forward without the fused head), row by
    row, without padding: the number every scorer must give."""
    logps = torch.zeros(rows.completion_ids.shape)
    with torch.no_grad():
        for i, prompt in enumerate(rows.prompts):
            completion = rows.completion_ids[i][rows.completion_mask[i].bool()].tolist()
            sequence = torch.tensor([list(prompt) + completion])
            logits = model(input_ids=sequence).logits[0].float() / TEMPERATURE
            scored = torch.log_softmax(logits[len(prompt) - 1 : -1], dim=-1)
            logps[i, : len(completion)] = scored.gather(1, torch.tensor(completion).unsqueeze(1)).squeeze(1)
    return logps
