"""`PlainScorer`: the teacher rows padded and forwarded whole give each completion token's log-prob."""

import torch

from sdar_trl.divergence import backbone_of
from sdar_trl.teacher import PlainScorer


def test_plain_pass_gives_each_completion_tokens_logprob(model, rows, tokenizer, reference_logps):
    scores = PlainScorer(tokenizer.pad_token_id)(model, rows, batch_size=4)
    mask = rows.completion_mask.bool()
    assert scores.logps.shape == rows.completion_ids.shape
    assert torch.allclose(scores.logps[mask], reference_logps(model, rows)[mask], atol=1e-5)
    assert (scores.logps[~mask] == 0).all()
    # every row is padded to the longest prompt: the pass forwards real prompt and completion tokens only
    assert scores.forwarded == sum(len(p) for p in rows.prompts) + int(rows.completion_mask.sum())
    assert scores.hidden_states is None


def test_plain_pass_keeps_the_hidden_states_that_predict_the_completion(model, rows, tokenizer):
    scores = PlainScorer(tokenizer.pad_token_id, hidden_states=True)(model, rows, batch_size=6)
    assert scores.hidden_states.shape == (*rows.completion_ids.shape, model.config.hidden_size)
    # the state at the last prompt token predicts completion token 0, and so on
    for row in (0, 5):
        prompt, width = list(rows.prompts[row]), int(rows.completion_mask[row].sum())
        sequence = torch.tensor([prompt + rows.completion_ids[row, :width].tolist()])
        with torch.no_grad():
            states = backbone_of(model)(input_ids=sequence).last_hidden_state[0, len(prompt) - 1 : -1]
        assert torch.allclose(scores.hidden_states[row, :width], states, atol=1e-5)
