"""The SDAR term and the Skill-SD / RLSD baselines against values worked out by hand.

sigmoid(2.5) = 0.9241418, sigmoid(-5) = 0.0066929, exp(0.5) = 1.6487213, exp(0.2) = 1.2214028, exp(-1) = 0.3678794.
"""

import math
from typing import get_args

import pytest
import torch

from sdar_trl.losses import (
    ESTIMATORS,
    GATE_KINDS,
    Estimator,
    GateKind,
    compute_gate,
    rlsd_token_advantages,
    rlsd_weight,
    sdar_loss,
    sdar_per_token_loss,
    skill_sd_loss,
    skill_sd_per_token_loss,
)


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
        loss, _ = sdar_loss(
            lp_s,
            torch.tensor([[-0.5, -3.0, bad]]),
            torch.tensor(MASK),
            gate="soft_or",
            entropy=torch.tensor([[2.0, 1.0, bad]]),
        )
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


def test_name_tuples_come_from_the_literals():
    assert GATE_KINDS == get_args(GateKind) == ("gap", "entropy", "soft_or", "none")
    assert ESTIMATORS == get_args(Estimator) == ("sdar", "reinforce")


# ------------------------------------------------------------------------------------ entropy gate, external H_bar


def test_entropy_gate_uses_an_external_mean_entropy():
    # H_bar = 1.0 instead of the local 1.5: gates sigmoid(5 * (2 - 1)) = sigmoid(5) and sigmoid(5 * 0) = 0.5.
    e1, e2 = sig(5.0), 0.5
    for mean_entropy in (1.0, torch.tensor(1.0), torch.tensor(1.0, dtype=torch.float64)):
        loss, grad, metrics = run(
            gate="entropy", sharpness=5.0, entropy=torch.tensor(ENTROPY), mean_entropy=mean_entropy
        )
        assert loss == pytest.approx((e1 * 0.5 - e2 * 1.0) / 2, abs=1e-6)
        assert grad == pytest.approx([-e1 / 2, -e2 / 2, 0.0], abs=1e-7)
        assert metrics["gate_mean"] == pytest.approx((e1 + e2) / 2, abs=1e-6)
    # soft-OR with the same centre: 1 - (1 - sigmoid(2.5)) * (1 - sigmoid(5)) and 1 - (1 - sigmoid(-5)) * (1 - 0.5)
    _, _, metrics = run(gate="soft_or", sharpness=5.0, entropy=torch.tensor(ENTROPY), mean_entropy=1.0)
    s1, s2 = 1 - (1 - sig(2.5)) * (1 - sig(5.0)), 1 - (1 - sig(-5.0)) * 0.5
    assert metrics["gate_mean"] == pytest.approx((s1 + s2) / 2, abs=1e-6)


def test_external_mean_equal_to_the_local_mean_changes_nothing_and_gap_gate_ignores_it():
    local, _, _ = run(gate="entropy", entropy=torch.tensor(ENTROPY))
    external, _, _ = run(gate="entropy", entropy=torch.tensor(ENTROPY), mean_entropy=1.5)
    assert external == pytest.approx(local, abs=1e-7)
    gap = torch.tensor([[0.5, -1.0, 0.0]])
    plain = compute_gate(gap, torch.tensor(MASK), gate="gap")
    assert torch.equal(compute_gate(gap, torch.tensor(MASK), gate="gap", mean_entropy=100.0), plain)


def test_external_mean_makes_micro_batch_gates_match_the_full_batch():
    # Full batch entropies 2, 1 | 4, 1: H_bar = 2. The first row alone has a local mean of 1.5.
    entropy = torch.tensor([[2.0, 1.0], [4.0, 1.0]])
    gap, mask = torch.zeros(2, 2), torch.ones(2, 2)
    full = compute_gate(gap, mask, gate="entropy", entropy=entropy)
    local = compute_gate(gap[:1], mask[:1], gate="entropy", entropy=entropy[:1])
    shared = compute_gate(gap[:1], mask[:1], gate="entropy", entropy=entropy[:1], mean_entropy=2.0)
    assert torch.allclose(shared, full[:1])
    assert shared[0].tolist() == pytest.approx([0.5, sig(-5.0)])  # sigmoid(5 * 0), sigmoid(5 * (1 - 2))
    assert not torch.allclose(local, full[:1])
    # the per-token entry point forwards the argument too
    _, g, _ = sdar_per_token_loss(
        torch.zeros(1, 2),
        torch.zeros(1, 2),
        mask[:1],
        gate="entropy",
        entropy=entropy[:1],
        mean_entropy=torch.tensor(2.0),
    )
    assert torch.allclose(g, full[:1])


# ----------------------------------------------------------------------------------------------------- Skill-SD

# Token 1: lp_S = -1.0, lp_T = -0.5, lp_old = -1.2
#   l = -0.5, k3 = exp(0.5) - 1 - 0.5 = 0.1487212707, rho = exp(-1.0 + 1.2) = exp(0.2) = 1.2214027582
#   rho * k3 = 0.1816485702
#   d/dlp_S = rho * k3 + rho * (1 - exp(-l)) = 0.1816485702 + 1.2214027582 * (1 - 1.6487212707) = -0.6107013791
#           (= rho * l in general, since k3 + 1 - exp(-l) = l)
# Token 2: lp_S = -2.0, lp_T = -3.0, lp_old = -2.0
#   l = 1.0, k3 = exp(-1) - 1 + 1 = 0.3678794412, rho = exp(0) = 1, rho * k3 = 0.3678794412
#   d/dlp_S = 0.3678794412 + 1 * (1 - 0.3678794412) = 1.0
# Token 3 is masked and holds garbage in every input.
SD_S = [[-1.0, -2.0, float("nan")]]
SD_T = [[-0.5, -3.0, float("inf")]]
SD_OLD = [[-1.2, -2.0, float("-inf")]]
SD_LOSS = [0.1816485702, 0.3678794412, 0.0]
SD_GRAD = [-0.6107013791, 1.0, 0.0]


def skill_sd_run(lp_s, lp_t, lp_old, mask=MASK):
    lp_s = torch.tensor(lp_s, requires_grad=True)
    per_token = skill_sd_per_token_loss(lp_s, torch.tensor(lp_t), torch.tensor(lp_old), torch.tensor(mask))
    per_token.sum().backward()
    return per_token.detach()[0].tolist(), lp_s.grad[0].tolist()


def test_skill_sd_per_token_loss_and_gradient_by_hand():
    loss, grad = skill_sd_run(SD_S, SD_T, SD_OLD)
    assert loss == pytest.approx(SD_LOSS, abs=1e-6)
    assert grad == pytest.approx(SD_GRAD, abs=1e-6)


def test_skill_sd_gradient_is_rho_times_l_without_clamps_float64():
    # d/dlp_S [rho * k3] = rho * k3 + rho * (1 - exp(-l)) = rho * l, checked on several tokens in float64.
    lp_s = torch.tensor([[-0.3, -2.5, -4.0, -0.01]], dtype=torch.float64, requires_grad=True)
    lp_t = torch.tensor([[-1.3, -0.5, -4.0, -2.0]], dtype=torch.float64)
    lp_old = torch.tensor([[-0.1, -2.0, -5.0, -0.02]], dtype=torch.float64)
    per_token = skill_sd_per_token_loss(lp_s, lp_t, lp_old, torch.ones(1, 4))
    per_token.sum().backward()
    ell, rho = lp_s.detach() - lp_t, torch.exp(lp_s.detach() - lp_old)
    k3 = torch.exp(-ell) - 1 + ell
    assert torch.allclose(per_token.detach(), rho * k3, atol=1e-12)
    assert torch.allclose(lp_s.grad, rho * k3 + rho * (1 - torch.exp(-ell)), atol=1e-12)
    assert torch.allclose(lp_s.grad, rho * ell, atol=1e-12)
    assert per_token[0, 2].item() == 0.0  # lp_S = lp_T: k3 = 0 whatever rho is (rho = e here)


def test_skill_sd_clamp_on_the_k3_exponent():
    # lp_S = -30, lp_T = -1, lp_old = -30: -l = 29 is clamped to 20, rho = 1.
    #   k3 = exp(20) - 1 + (-29) = 485165165.40979; exp(-l) is constant, so d k3/d lp_S = 1 and the grad is k3 + 1.
    #   (Unclamped, the gradient would be rho * l = -29.)
    lp_s = torch.tensor([[-30.0]], dtype=torch.float64, requires_grad=True)
    per_token = skill_sd_per_token_loss(
        lp_s,
        torch.tensor([[-1.0]], dtype=torch.float64),
        torch.tensor([[-30.0]], dtype=torch.float64),
        torch.ones(1, 1),
    )
    per_token.sum().backward()
    assert per_token.item() == pytest.approx(485165165.40979, rel=1e-10)
    assert lp_s.grad.item() == pytest.approx(485165165.40979 + 1.0, rel=1e-10)


def test_skill_sd_clamp_on_the_log_ratio():
    # lp_S = -1, lp_T = -0.5, lp_old = -15: log rho = 14 is clamped to 10, so rho = exp(10) = 22026.465794807,
    # a constant.
    #   loss = 22026.465794807 * 0.1487212707 = 3275.8039820366
    #   grad = rho * (1 - exp(0.5)) = -14289.036879440 (no rho * k3 term: the ratio carries no gradient here)
    lp_s = torch.tensor([[-1.0]], dtype=torch.float64, requires_grad=True)
    per_token = skill_sd_per_token_loss(
        lp_s,
        torch.tensor([[-0.5]], dtype=torch.float64),
        torch.tensor([[-15.0]], dtype=torch.float64),
        torch.ones(1, 1),
    )
    per_token.sum().backward()
    assert per_token.item() == pytest.approx(3275.8039820366, rel=1e-10)
    assert lp_s.grad.item() == pytest.approx(-14289.036879440, rel=1e-10)


def test_skill_sd_teacher_and_old_logps_get_no_gradient():
    lp_s = torch.tensor(SD_S, requires_grad=True)
    lp_t = torch.tensor(SD_T, requires_grad=True)
    lp_old = torch.tensor(SD_OLD, requires_grad=True)
    skill_sd_per_token_loss(lp_s, lp_t, lp_old, torch.tensor(MASK)).sum().backward()
    for constant in (lp_t, lp_old):
        assert constant.grad is None or torch.count_nonzero(constant.grad) == 0
    assert torch.count_nonzero(lp_s.grad) == 2


def test_skill_sd_masked_garbage_changes_nothing():
    clean_loss, clean_grad = skill_sd_run([[-1.0, -2.0, -0.1]], [[-0.5, -3.0, -0.2]], [[-1.2, -2.0, -0.3]])
    assert clean_loss[2] == 0.0 and clean_grad[2] == 0.0
    for bad in (float("inf"), float("-inf"), float("nan")):
        loss, grad = skill_sd_run([[-1.0, -2.0, bad]], [[-0.5, -3.0, bad]], [[-1.2, -2.0, bad]])
        assert loss == pytest.approx(clean_loss, abs=1e-7)
        assert grad == pytest.approx(clean_grad, abs=1e-7)
        assert all(math.isfinite(x) for x in loss + grad)


def test_skill_sd_loss_is_the_token_mean_with_metrics():
    lp_s = torch.tensor(SD_S, requires_grad=True)
    loss, metrics = skill_sd_loss(lp_s, torch.tensor(SD_T), torch.tensor(SD_OLD), torch.tensor(MASK))
    loss.backward()
    assert loss.item() == pytest.approx((0.1816485702 + 0.3678794412) / 2, abs=1e-6)
    assert lp_s.grad[0].tolist() == pytest.approx([g / 2 for g in SD_GRAD], abs=1e-6)
    assert metrics["loss"] == pytest.approx(loss.item())
    assert metrics["kl_k3_mean"] == pytest.approx((0.1487212707 + 0.3678794412) / 2, abs=1e-6)
    assert metrics["ratio_mean"] == pytest.approx((1.2214027582 + 1.0) / 2, abs=1e-6)
    global_loss, _ = skill_sd_loss(lp_s, torch.tensor(SD_T), torch.tensor(SD_OLD), torch.tensor(MASK), num_items=4)
    assert global_loss.item() == pytest.approx(loss.item() / 2)
    empty, metrics = skill_sd_loss(lp_s, torch.tensor(SD_T), torch.tensor(SD_OLD), torch.zeros(1, 3))
    assert empty.item() == 0.0 and metrics["ratio_mean"] == 0.0


# --------------------------------------------------------------------------------------------------------- RLSD


@pytest.mark.parametrize("step,expected", [(0, 0.5), (1, 0.495), (50, 0.25), (99, 0.005), (100, 0.0), (150, 0.0)])
def test_rlsd_weight_decays_linearly_to_zero(step, expected):
    # lambda_k = 0.5 * (1 - k / 100) for k < 100, else 0
    assert rlsd_weight(step, initial=0.5, decay_steps=100) == pytest.approx(expected, abs=1e-12)


def test_rlsd_weight_rejects_bad_arguments():
    with pytest.raises(ValueError, match="decay_steps"):
        rlsd_weight(1, initial=0.5, decay_steps=0)
    with pytest.raises(ValueError, match="rollout_step"):
        rlsd_weight(-1, initial=0.5, decay_steps=100)


# delta = lp_T - lp_old = [0.1, -1.0, 0.0] on every row (third position masked in the first row only).
RL_T = [[-0.5, -3.0, float("nan")], [-0.5, -3.0, -1.0], [-0.5, 97.0, -1.0]]
RL_OLD = [[-0.6, -2.0, float("inf")], [-0.6, -2.0, -1.0], [-0.6, -3.0, -1.0]]
RL_MASK = [[1, 1, 0], [1, 1, 1], [1, 1, 1]]


def test_rlsd_token_advantages_by_hand():
    adv = torch.tensor([1.0, -2.0, 0.0])
    out = rlsd_token_advantages(
        adv, torch.tensor(RL_T), torch.tensor(RL_OLD), torch.tensor(RL_MASK), weight=0.5, clip=0.2
    )
    # A = +1: w = [exp(0.1) = 1.1051709, clamp(exp(-1) = 0.368) -> 0.8, exp(0) = 1]
    #   A_hat = 1 * (0.5 + 0.5 * w) = [1.0525855, 0.9, masked -> 0]
    assert out[0].tolist() == pytest.approx([1.0525854590, 0.9, 0.0], abs=1e-6)
    # A = -2 (sign -1): w = [exp(-0.1) = 0.9048374, clamp(exp(1) = 2.718) -> 1.2, 1]
    #   A_hat = -2 * (0.5 + 0.5 * w) = [-1.9048374, -2.2, -2.0]
    assert out[1].tolist() == pytest.approx([-1.9048374180, -2.2, -2.0], abs=1e-6)
    # A = 0: sign(0) = 0, so w = exp(0) = 1 even where delta = 100; A_hat = 0 everywhere.
    assert out[2].tolist() == [0.0, 0.0, 0.0]
    assert torch.isfinite(out).all()


def test_rlsd_negative_advantage_flips_which_tokens_are_emphasised():
    # The same teacher-favoured token (delta = +0.1) gets |A_hat| above |A| when A > 0 and below |A| when A < 0.
    t, old, mask = torch.tensor([[-0.5]] * 2), torch.tensor([[-0.6]] * 2), torch.ones(2, 1)
    out = rlsd_token_advantages(torch.tensor([1.0, -1.0]), t, old, mask, weight=1.0, clip=0.2)
    assert out[:, 0].tolist() == pytest.approx([math.exp(0.1), -math.exp(-0.1)], abs=1e-6)


def test_rlsd_zero_weight_is_plain_grpo_and_output_is_detached():
    t = torch.tensor(RL_T, requires_grad=True)
    old = torch.tensor(RL_OLD, requires_grad=True)
    adv = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    out = rlsd_token_advantages(adv, t, old, torch.tensor(RL_MASK), weight=0.0, clip=0.2)
    assert out.tolist() == [[1.0, 1.0, 0.0], [-2.0, -2.0, -2.0], [0.5, 0.5, 0.5]]
    assert not out.requires_grad


def test_rlsd_masked_garbage_changes_nothing():
    adv, mask = torch.tensor([1.0]), torch.tensor([[1, 1, 0]])
    clean = rlsd_token_advantages(
        adv, torch.tensor([[-0.5, -3.0, -1.0]]), torch.tensor([[-0.6, -2.0, -9.0]]), mask, weight=0.5, clip=0.2
    )
    assert clean[0, 2].item() == 0.0
    for bad in (float("inf"), float("-inf"), float("nan")):
        out = rlsd_token_advantages(
            adv, torch.tensor([[-0.5, -3.0, bad]]), torch.tensor([[-0.6, -2.0, bad]]), mask, weight=0.5, clip=0.2
        )
        assert torch.equal(out, clean)


def test_rlsd_rejects_bad_arguments():
    t, old, mask = torch.zeros(2, 3), torch.zeros(2, 3), torch.ones(2, 3)
    with pytest.raises(ValueError, match="shape"):
        rlsd_token_advantages(torch.zeros(2, 3), t, old, mask, weight=0.5, clip=0.2)
    with pytest.raises(ValueError, match="weight"):
        rlsd_token_advantages(torch.zeros(2), t, old, mask, weight=1.5, clip=0.2)
    with pytest.raises(ValueError, match="clip"):
        rlsd_token_advantages(torch.zeros(2), t, old, mask, weight=0.5, clip=-0.1)
