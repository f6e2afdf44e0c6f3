"""Full-vocabulary divergences (tiled, no B x T x V logits) against the explicit softmax formulas."""

import pytest
import torch

from sdar_trl.divergence import completion_hidden_states, full_vocab_divergence


def explicit(h_s, h_t, weight, kind, temperature):
    log_p_s = torch.log_softmax(h_s @ weight.T / temperature, dim=-1)
    log_p_t = torch.log_softmax(h_t @ weight.T / temperature, dim=-1)
    p_s, p_t = log_p_s.exp(), log_p_t.exp()
    if kind == "forward_kl":
        return (p_t * (log_p_t - log_p_s)).sum(-1)
    log_m = torch.log(0.5 * (p_s + p_t))
    return 0.5 * (p_t * (log_p_t - log_m)).sum(-1) + 0.5 * (p_s * (log_p_s - log_m)).sum(-1)


@pytest.mark.parametrize("kind", ["forward_kl", "jsd"])
def test_matches_explicit_formula_with_gradient(kind):
    torch.manual_seed(0)
    lm_head = torch.nn.Linear(4, 7, bias=False)
    h_s = torch.randn(2, 3, 4, requires_grad=True)
    h_t = torch.randn(2, 3, 4)
    mask = torch.tensor([[1, 1, 0], [1, 0, 0]])
    got = full_vocab_divergence(h_s, h_t, lm_head, mask, kind=kind, temperature=0.7)
    want = explicit(h_s, h_t, lm_head.weight, kind, 0.7) * mask
    assert torch.allclose(got, want, atol=1e-5)
    assert (got[mask == 0] == 0).all()

    got.sum().backward()
    grad_got = h_s.grad.clone()
    h_s.grad = None
    want.sum().backward()
    assert torch.allclose(grad_got, h_s.grad, atol=1e-5)
    assert (grad_got[mask == 0] == 0).all()


def test_identical_distributions_have_zero_divergence():
    lm_head = torch.nn.Linear(4, 5)
    h = torch.randn(1, 2, 4)
    got = full_vocab_divergence(h, h.clone(), lm_head, torch.ones(1, 2), kind="jsd")
    assert torch.allclose(got, torch.zeros(1, 2), atol=1e-6)


def test_completion_hidden_states_are_the_predicting_positions():
    # a row of 2 prompt + 3 completion positions: completion token j is predicted at position 2 + j - 1
    hidden = torch.arange(5.0).view(1, 5, 1)
    assert completion_hidden_states(hidden, 3).flatten().tolist() == [1.0, 2.0, 3.0]


def test_unknown_kind_raises():
    with pytest.raises(ValueError, match="reverse"):
        full_vocab_divergence(
            torch.zeros(1, 1, 2), torch.zeros(1, 1, 2), torch.nn.Linear(2, 3), torch.ones(1, 1), kind="reverse"
        )
