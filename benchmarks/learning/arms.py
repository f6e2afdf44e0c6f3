"""The methods compared: each a `BASELINES` preset of `SDARConfig` plus overrides, and the skill library it trains
with."""

from __future__ import annotations

from dataclasses import dataclass, field


SECONDARY_LAMBDA = 0.1  # λ of the arms that are not the λ grid (set before any run: the grid's middle)


@dataclass(frozen=True)
class Arm:
    """One method: a `BASELINES` preset plus overrides, and which skill library it trains with."""

    name: str
    method: str
    overrides: dict = field(default_factory=dict)
    skills: str = "true"  # "true" or "wrong"
    kl: bool = True  # False: beta = 0 (the KL-anchor ablation)
    label: str = ""


def _arms() -> list[Arm]:
    arms = [Arm("grpo", "grpo", label="GRPO")]
    for estimator in ("sdar", "reinforce"):
        for lam in (0.01, 0.1, 1.0):
            arms.append(
                Arm(
                    f"sdar_{estimator}_{lam:g}",
                    "sdar",
                    {"sdar_coef": lam, "sdar_estimator": estimator},
                    label=f"SDAR λ={lam:g} ({estimator})",
                )
            )
    lam = SECONDARY_LAMBDA
    arms += [
        Arm("grpo_opsd", "grpo_opsd", {"sdar_coef": lam}, label=f"GRPO+OPSD λ={lam:g}"),
        # Not a paper baseline: no gate, and the estimator whose gradient uses the teacher's log-probs (with the
        # official estimator a constant gate makes the gradient -0.5·λ·∇lp_S, which ignores the teacher).
        Arm(
            "grpo_opsd_reinforce",
            "grpo_opsd",
            {"sdar_coef": lam, "sdar_estimator": "reinforce"},
            label=f"GRPO+OPSD λ={lam:g} (reinforce)",
        ),
        Arm("opsd_only", "opsd_only", {"sdar_coef": lam}, label=f"OPSD only λ={lam:g}"),
        Arm("skill_grpo", "skill_grpo", label="Skill-GRPO"),
        Arm("skill_sd", "skill_sd", label="Skill-SD (0.001)"),
        Arm("rlsd", "rlsd", label="RLSD (0.5)"),
        Arm("sdar_wrong", "sdar", {"sdar_coef": lam}, skills="wrong", label=f"SDAR λ={lam:g}, wrong skills"),
        Arm(
            "grpo_opsd_wrong",
            "grpo_opsd",
            {"sdar_coef": lam},
            skills="wrong",
            label=f"GRPO+OPSD λ={lam:g}, wrong skills",
        ),
        # Added after the λ grid showed that only λ = 1 moves the student: the wrong-skills test at λ = 0.1 cannot tell
        # protection from no effect. The same budget, learning rate and seeds as every arm.
        Arm("sdar_wrong_1", "sdar", {"sdar_coef": 1.0}, skills="wrong", label="SDAR λ=1, wrong skills (added)"),
        Arm(
            "grpo_opsd_reinforce_wrong",
            "grpo_opsd",
            {"sdar_coef": lam, "sdar_estimator": "reinforce"},
            skills="wrong",
            label=f"GRPO+OPSD λ={lam:g} (reinforce), wrong skills (added)",
        ),
        Arm("grpo_nokl", "grpo", kl=False, label="GRPO, no KL anchor"),
        Arm("sdar_nokl", "sdar", {"sdar_coef": lam}, kl=False, label=f"SDAR λ={lam:g}, no KL anchor"),
        # The teacher's reading erodes at λ = 1, where the term moves the student: the live teacher is the policy. The
        # remedies beyond the KL anchor (ours, not in the official code): a frozen copy of the warm start, or an EMA
        # of the policy (decay 0.99 per step), as the teacher. Added after the grid; same budget, rate and seeds.
        Arm(
            "sdar_initial_1",
            "sdar",
            {"sdar_coef": 1.0, "teacher_weights": "initial"},
            label="SDAR λ=1, frozen initial teacher (added)",
        ),
        Arm("sdar_ema_1", "sdar", {"sdar_coef": 1.0, "teacher_weights": "ema"}, label="SDAR λ=1, EMA teacher (added)"),
    ]
    # The 200-step protocol's arms, fixed before its runs: `reinforce` at λ = 1 with each teacher, at λ = 0.1 with the
    # EMA teacher, its ungated counterpart (GRPO+OPSD), and both with 50% wrong skills. The SDAR setting of the
    # wrong-skills test is fixed by design (reinforce, λ = 1, EMA teacher), not chosen from results.
    reinforce = {"sdar_coef": 1.0, "sdar_estimator": "reinforce"}
    arms += [
        Arm(
            "sdar_reinforce_1_ema", "sdar", {**reinforce, "teacher_weights": "ema"}, label="SDAR λ=1 (reinforce), EMA"
        ),
        Arm(
            "sdar_reinforce_1_initial",
            "sdar",
            {**reinforce, "teacher_weights": "initial"},
            label="SDAR λ=1 (reinforce), frozen start",
        ),
        Arm(
            "sdar_reinforce_0.1_ema",
            "sdar",
            {"sdar_coef": 0.1, "sdar_estimator": "reinforce", "teacher_weights": "ema"},
            label="SDAR λ=0.1 (reinforce), EMA",
        ),
        Arm(
            "grpo_opsd_reinforce_1_ema",
            "grpo_opsd",
            {**reinforce, "teacher_weights": "ema"},
            label="GRPO+OPSD λ=1 (reinforce), EMA",
        ),
        Arm(
            "sdar_reinforce_1_ema_wrong",
            "sdar",
            {**reinforce, "teacher_weights": "ema"},
            skills="wrong",
            label="SDAR λ=1 (reinforce), EMA, wrong skills",
        ),
        Arm(
            "grpo_opsd_reinforce_1_ema_wrong",
            "grpo_opsd",
            {**reinforce, "teacher_weights": "ema"},
            skills="wrong",
            label="GRPO+OPSD λ=1 (reinforce), EMA, wrong skills",
        ),
    ]
    return arms


ARMS: dict[str, Arm] = {arm.name: arm for arm in _arms()}
QUICK_ARMS = ("grpo", f"sdar_sdar_{SECONDARY_LAMBDA:g}")
# The 200-step protocol's arms in the order they run (each with all its seeds before the next), most informative first:
# a run cut short by time leaves the tail undone, and the cache lets a later call finish it.
PROTOCOL_ARMS = (
    "grpo",
    "sdar_reinforce_1_ema",
    "sdar_reinforce_1",
    "sdar_sdar_0.01",
    "sdar_reinforce_1_initial",
    "sdar_ema_1",
    "sdar_reinforce_1_ema_wrong",
    "grpo_opsd_reinforce_1_ema_wrong",
    "grpo_opsd_reinforce_1_ema",
    "sdar_reinforce_0.1_ema",
    "sdar_sdar_1",
    "opsd_only",
    "skill_grpo",
    "skill_sd",
    "rlsd",
)
