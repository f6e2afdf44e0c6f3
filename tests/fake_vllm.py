"""Fakes of vLLM's scoring calls with their exact signatures (vLLM needs a GPU): TRL's
`VLLMClient.get_sequence_logprobs` and vLLM's `LLM.generate`/`SamplingParams`, scored by a local model."""

import math
import types
from dataclasses import dataclass

import torch


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
