"""Sample efficiency and the standard-error arithmetic of the learning benchmark's report."""

import math

import pytest
from learning.report import area, delta, episodes_to, held_out_curve, stats, summarize


def _run(arm: str, seed: int, student: list[float], teacher: list[float], final: float) -> dict:
    budget = {"tasks_per_step": 4, "num_generations": 4}
    view = {"success": final, "mean_turns": 4.0, "first_visit_home": final, "invalid_action_rate": 0.0}
    return {
        "spec": {"arm": {"name": arm, "label": arm, "skills": "true"}, "seed": seed, "budget": budget},
        "periodic": [
            {"step": 25 * (i + 1), "student": {"success": s, "first_visit_home": s}, "teacher": {"success": t}}
            for i, (s, t) in enumerate(zip(student, teacher))
        ],
        "final": {"student": view, "teacher": view},
        "log_history": [],
        "seconds_per_step": 1.0,
        "wall_seconds": 10.0,
    }


WARM = {"valid_periodic": {"student": {"success": 0.0, "first_visit_home": 0.0}, "teacher": {"success": 0.5}}}


def test_curve_starts_at_the_warm_start_with_episodes_on_x():
    xs, ys = held_out_curve(_run("a", 0, [0.1, 0.3], [0.5, 0.4], 0.3), WARM["valid_periodic"], "student")
    assert xs == [0, 400, 800] and ys == [0.0, 0.1, 0.3]


def test_episodes_to_threshold_and_area():
    assert episodes_to([0, 400, 800], [0.0, 0.1, 0.3], 0.2) == 800
    assert episodes_to([0, 400, 800], [0.0, 0.1, 0.15], 0.2) is None
    # trapezoids: (0 + 0.1) / 2 * 400 + (0.1 + 0.3) / 2 * 400 = 100, over 800 episodes
    assert area([0, 400, 800], [0.0, 0.1, 0.3]) == pytest.approx(0.125)


def test_unreached_threshold_counts_as_the_budget_and_differences_carry_their_error():
    runs = [_run("grpo", s, [0.0, 0.05], [0.5, 0.5], 0.02 + 0.01 * s) for s in range(4)]
    runs += [_run("x", s, [0.1, 0.3 if s else 0.1], [0.5, 0.3], 0.3 + 0.02 * s) for s in range(4)]
    summary = summarize(runs, WARM, threshold=0.2)
    x = summary["x"]["episodes_to_threshold"]
    assert x["values"] == [None, 800, 800, 800] and x["reached"] == 3 and x["censored_mean"] == 800
    assert summary["grpo"]["episodes_to_threshold"]["reached"] == 0
    assert summary["x"]["teacher_min"]["mean"] == pytest.approx(0.3)
    a, b = summary["x"]["student/success"], summary["grpo"]["student/success"]
    assert a["se"] == pytest.approx(stats([0.0, 0.02, 0.04, 0.06])["std"] / 2)
    se = math.sqrt(a["se"] ** 2 + b["se"] ** 2)
    assert delta(a, b) == f"+29.5 ({100 * se:.1f}) **>2SE**"
    assert not delta(b, b).endswith("**>2SE**")
