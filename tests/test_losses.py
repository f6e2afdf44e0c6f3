"""The SDAR term against values worked out by hand (sigmoid(2.5) = 0.9241418, sigmoid(-5) = 0.0066929)."""

import math

import pytest
import torch

from sdar_trl.losses import compute_gate, sdar_loss


def sig(x):
    return 1.0 / (1.0 + math.exp(-x))


# Two loss tokens and one masked position that holds garbage (NaN for the student, +inf for the teacher).
LP_S = [[-1.0, -2.0, float("nan")]]
LP_T = [[-0.5, -3.0, float("inf")]]
MASK = [[1, 1, 0]]
ENTROPY = [[2.0, 1.0, float("nan")]]


def run(**kwargs):
    lp_s = torch.tensor(LP_S, requires_grad=True)
    loss, metrics = sdar_loss(lp_s, torch.tensor(LP_T), torch.tensor(MASK), **kwargs)
    loss.backward()
    return loss.item(), lp_s.grad[0].tolist(), metrics


def test_gap_gate_loss_gradient_and_metrics():
    # gaps: 0.5 and -1.0; gates: sigmoid(5 * 0.5) and sigmoid(5 * -1.0)
    loss, grad, metrics = run(gate="gap", sharpness=5.0)
    g1, g2 = 0.9241417710, 0.0066928509
    assert loss == pytest.approx((g1 * 0.5 + g2 * -1.0) / 2, abs=1e-6)
    assert loss == pytest.approx(0.2276890, abs=1e-6)
    # d/d lp_S of g * (lp_T - lp_S) / N is -g / N; the masked position gets exactly 0 (not NaN).
    assert grad == pytest.approx([-g1 / 2, -g2 / 2, 0.0], abs=1e-7)
    assert metrics["gate_mean"] == pytest.approx((g1 + g2) / 2, abs=1e-6)
    assert metrics["gate_active_ratio"] == 0.5
    assert metrics["teacher_gap_mean"] == pytest.approx(-0.25)
    assert metrics["negative_gap_ratio"] == 0.5
    assert metrics["loss"] == pytest.approx(loss)


def test_zero_sharpness_gives_constant_half_gate():
    loss, grad, metrics = run(gate="gap", sharpness=0.0)
    assert loss == pytest.approx(0.5 * (0.5 - 1.0) / 2)
    assert grad == pytest.approx([-0.25, -0.25, 0.0])
    assert metrics["gate_mean"] == 0.5
    assert metrics["gate_active_ratio"] == 0.0  # active means strictly above 0.5


def test_no_gate_is_plain_sampled_token_distillation():
    loss, grad, metrics = run(gate="none")
    assert loss == pytest.approx((0.5 - 1.0) / 2)
    assert grad == pytest.approx([-0.5, -0.5, 0.0])
    assert metrics["gate_mean"] == 1.0


def test_entropy_gate_centres_on_the_batch_mean_entropy():
    loss, grad, _ = run(gate="entropy", sharpness=5.0, entropy=torch.tensor(ENTROPY))
    # mean entropy over loss tokens = 1.5: gates sigmoid(5 * 0.5), sigmoid(5 * -0.5)
    e1, e2 = sig(2.5), sig(-2.5)
    assert loss == pytest.approx((e1 * 0.5 - e2 * 1.0) / 2, abs=1e-6)
    assert grad == pytest.approx([-e1 / 2, -e2 / 2, 0.0], abs=1e-7)


def test_soft_or_gate():
    loss, _, metrics = run(gate="soft_or", sharpness=5.0, entropy=torch.tensor(ENTROPY))
    s1 = 1 - (1 - sig(2.5)) * (1 - sig(2.5))
    s2 = 1 - (1 - sig(-5.0)) * (1 - sig(-2.5))
    assert loss == pytest.approx((s1 * 0.5 - s2 * 1.0) / 2, abs=1e-6)
    assert metrics["gate_mean"] == pytest.approx((s1 + s2) / 2, abs=1e-6)


def test_entropy_gates_require_entropy():
    with pytest.raises(ValueError, match="entropy"):
        run(gate="entropy")


def test_reinforce_estimator_gradient_is_score_function():
    # gradient g * (lp_S - lp_T) / N: the score-function estimator of the reverse KL
    _, grad, _ = run(gate="gap", sharpness=5.0, estimator="reinforce")
    g1, g2 = sig(2.5), sig(-5.0)
    assert grad == pytest.approx([g1 * -0.5 / 2, g2 * 1.0 / 2, 0.0], abs=1e-7)


def test_gate_is_detached_and_teacher_gets_no_gradient():
    lp_s = torch.tensor(LP_S, requires_grad=True)
    lp_t = torch.tensor(LP_T, requires_grad=True)
    loss, _ = sdar_loss(lp_s, lp_t, torch.tensor(MASK))
    loss.backward()
    assert lp_t.grad is None or torch.count_nonzero(lp_t.grad) == 0
    gate = compute_gate(lp_t - lp_s, torch.tensor(MASK))
    assert not gate.requires_grad


def test_masked_garbage_changes_nothing():
    clean_s, clean_t = [[-1.0, -2.0, -0.1]], [[-0.5, -3.0, -0.2]]
    lp_s = torch.tensor(clean_s, requires_grad=True)
    loss_clean, _ = sdar_loss(lp_s, torch.tensor(clean_t), torch.tensor(MASK))
    loss_clean.backward()
    loss, grad, _ = run()
    assert loss == pytest.approx(loss_clean.item())
    assert grad == pytest.approx(lp_s.grad[0].tolist())
    for bad in (float("inf"), float("-inf"), float("nan")):
        lp_s = torch.tensor([[-1.0, -2.0, bad]], requires_grad=True)
        loss, _ = sdar_loss(lp_s, torch.tensor([[-0.5, -3.0, bad]]), torch.tensor(MASK), gate="soft_or",
                            entropy=torch.tensor([[2.0, 1.0, bad]]))
        loss.backward()
        assert torch.isfinite(loss) and torch.isfinite(lp_s.grad).all()
        assert lp_s.grad[0, 2] == 0


def test_num_items_sets_the_denominator_and_empty_mask_is_zero():
    lp_s = torch.tensor(LP_S)
    loss_global, _ = sdar_loss(lp_s, torch.tensor(LP_T), torch.tensor(MASK), num_items=4)
    loss_local, _ = sdar_loss(lp_s, torch.tensor(LP_T), torch.tensor(MASK))
    assert loss_global.item() == pytest.approx(loss_local.item() / 2)
    empty, metrics = sdar_loss(lp_s, torch.tensor(LP_T), torch.zeros(1, 3))
    assert empty.item() == 0.0 and metrics["gate_mean"] == 0.0


@pytest.mark.parametrize("name,kwargs", [("gate", {"gate": "hard"}), ("estimator", {"estimator": "ppo"})])
def test_unknown_names_raise(name, kwargs):
    with pytest.raises(ValueError, match=name):
        run(**kwargs)
