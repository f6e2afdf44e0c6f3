"""`VLLMScorer` over fakes of vLLM's scoring calls (`fake_vllm`) that score with the same tiny model: the plain
pass's log-probs."""

import sys
import types

import pytest
import torch
from accelerate import Accelerator
from fake_vllm import FakeLLM, FakeVLLMClient, SamplingParams

from sdar_trl.teacher import MissingTeacherLogprob, PlainScorer, VLLMScorer, colocate_row_scorer, server_row_scorer
from sdar_trl.teacher.vllm import server_teacher_logps


@pytest.mark.parametrize("mode", ["server", "colocate"])
def test_vllm_scores_match_the_plain_pass(model, rows, tokenizer, temperature, monkeypatch, mode):
    if mode == "server":
        client = FakeVLLMClient(model)
        scorer = VLLMScorer(server_row_scorer(lambda: client, temperature, Accelerator(cpu=True)))
    else:
        llm = FakeLLM(model)
        monkeypatch.setitem(sys.modules, "vllm", types.SimpleNamespace(SamplingParams=SamplingParams))
        scorer = VLLMScorer(colocate_row_scorer(lambda: llm, temperature))
    scores = scorer(model, rows, batch_size=1)
    plain = PlainScorer(tokenizer.pad_token_id)(model, rows, batch_size=6)
    mask = rows.completion_mask.bool()
    assert torch.allclose(scores.logps[mask], plain.logps[mask], atol=1e-4)
    assert (scores.logps[~mask] == 0).all() and scores.forwarded == plain.forwarded
    if mode == "server":
        assert client.calls == [(6, 1, temperature)]  # one request for all rows, top-1, the trainer's temperature
    else:
        (params,) = llm.params
        assert (params.max_tokens, params.prompt_logprobs, params.temperature) == (1, 0, temperature)


def test_a_sampled_token_outside_the_top_k_is_an_error(model):
    with pytest.raises(MissingTeacherLogprob, match="completion token 0 of teacher row 0"):
        server_teacher_logps(FakeVLLMClient(model, drop=True), [[1, 2, 3]], [[4, 5]], 1.0)
