"""Teacher log-probs from vLLM: fakes with the exact signatures of TRL's `VLLMClient.get_sequence_logprobs` and vLLM's
`LLM.generate`/`SamplingParams` (vLLM needs a GPU), scoring with the same tiny model, must match the trainer's pass."""

import math
import sys
import types
from dataclasses import dataclass

import pytest
import torch
from test_trainer import config, dataset, length_reward

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.teacher_vllm import MissingTeacherLogprob, server_teacher_logps


def token_logps(model, sequence, temperature):
    """log p(token t | tokens < t) for every position t >= 1, at ``temperature``."""
    with torch.no_grad():
        logits = model(input_ids=torch.tensor([sequence])).logits[0].float() / temperature
    logps = torch.log_softmax(logits[:-1], dim=-1)
    return [None, *logps.gather(1, torch.tensor(sequence[1:]).unsqueeze(1)).squeeze(1).tolist()]


class FakeVLLMClient:
    """`trl.generation.vllm_client.VLLMClient.get_sequence_logprobs`, scored by a local model."""

    def __init__(self, model, drop=False):
        self.model, self.drop, self.calls = model, drop, []

    def get_sequence_logprobs(
        self, sequences, prompt_lengths, top_logprobs=100, temperature=1.0, chunk_size=0, max_concurrent_requests=4
    ):
        self.calls.append((len(sequences), top_logprobs, temperature))
        actual = []
        for sequence, start in zip(sequences, prompt_lengths, strict=True):
            logps = token_logps(self.model, sequence, temperature)[start:]
            if self.drop:
                logps[0] = -math.inf  # outside the returned top-k
            actual.append([[value] for value in logps])
        return {
            "logprobs": actual,
            "logprob_token_ids": [[[0]] * len(a) for a in actual],
            "actual_logprobs": actual,
            "actual_token_ids": [[[0]] * len(a) for a in actual],
        }


@dataclass
class Logprob:  # vllm.sequence.Logprob
    logprob: float
    rank: int | None = None
    decoded_token: str | None = None


class FakeLLM:
    """`vllm.LLM.generate(prompts, sampling_params, use_tqdm)` returning `RequestOutput`s with `prompt_logprobs`."""

    def __init__(self, model):
        self.model, self.params = model, []

    def generate(self, prompts, sampling_params=None, use_tqdm=True):
        self.params.append(sampling_params)
        outputs = []
        for prompt in prompts:
            sequence = prompt["prompt_token_ids"]
            logps = token_logps(self.model, sequence, sampling_params.temperature)
            entries = [None] + [{tok: Logprob(lp, rank=1)} for tok, lp in zip(sequence[1:], logps[1:], strict=True)]
            outputs.append(types.SimpleNamespace(prompt_token_ids=sequence, prompt_logprobs=entries))
        return outputs


@dataclass
class SamplingParams:  # the fields of vllm.SamplingParams the colocate path sets
    max_tokens: int = 16
    temperature: float = 1.0
    prompt_logprobs: int | None = None


def batch_and_rows(trainer):
    trainer.model.train()
    trainer.current_gradient_accumulation_steps = 1
    rows = [dict(dataset()[0]) for _ in range(4)]
    return rows, trainer._generate_and_score_completions(rows)


@pytest.mark.parametrize("mode", ["server", "colocate"])
def test_vllm_teacher_logprobs_match_the_trainers(tiny_model_dir, monkeypatch, mode):
    trainer = SDARTrainer(
        model=tiny_model_dir, reward_funcs=length_reward, train_dataset=dataset(), args=config(temperature=0.7)
    )
    rows, batch = batch_and_rows(trainer)
    local = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    model = trainer.accelerator.unwrap_model(trainer.model).eval()
    if mode == "server":
        trainer.vllm_generation = types.SimpleNamespace(vllm_client=FakeVLLMClient(model))
    else:
        trainer.vllm_generation = types.SimpleNamespace(llm=FakeLLM(model))
        monkeypatch.setitem(sys.modules, "vllm", types.SimpleNamespace(SamplingParams=SamplingParams))
    trainer.args.teacher_logprobs, trainer.args.vllm_mode = "vllm", mode
    from_vllm = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    mask = batch["completion_mask"].bool()
    assert torch.allclose(from_vllm[mask], local[mask], atol=1e-4)
    if mode == "server":
        assert trainer.vllm_generation.vllm_client.calls == [(4, 1, 0.7)]
    else:
        (params,) = trainer.vllm_generation.llm.params
        assert (params.max_tokens, params.prompt_logprobs, params.temperature) == (1, 0, 0.7)


def test_a_sampled_token_outside_the_top_k_is_an_error(tiny_model_dir):
    trainer = SDARTrainer(model=tiny_model_dir, reward_funcs=length_reward, train_dataset=dataset(), args=config())
    model = trainer.accelerator.unwrap_model(trainer.model).eval()
    with pytest.raises(MissingTeacherLogprob, match="completion token 0 of teacher row 0"):
        server_teacher_logps(FakeVLLMClient(model, drop=True), [[1, 2, 3]], [[4, 5]], 1.0)


@pytest.mark.parametrize(
    ("kwargs", "needed"),
    [
        ({}, "use_vllm=True"),
        ({"use_vllm": True, "teacher_weights": "ema"}, "teacher_weights='live'"),
        ({"use_vllm": True, "sdar_divergence": "jsd"}, "sdar_divergence='reverse_kl'"),
        ({"use_vllm": True, "vllm_enable_sleep_mode": True}, "vllm_enable_sleep_mode=False"),
    ],
)
def test_vllm_teacher_settings_are_checked_before_model_work(kwargs, needed):
    with pytest.raises(ValueError, match=needed.replace("(", r"\(")):
        SDARConfig(output_dir="/tmp/x", use_cpu=True, teacher_logprobs="vllm", **kwargs)
