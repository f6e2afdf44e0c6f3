"""The report: per arm over seeds, the final held-out metrics, the held-out curves and sample efficiency, the
SDAR-family terms' diagnostics, and the differences to GRPO (mean ± standard error; a difference beyond two standard
errors is flagged)."""

from __future__ import annotations

import math
import statistics

from .budget import THRESHOLD, Budget


# Per-step values logged by the trainer (or the diagnostics) whose mean curves the report keeps.
LOGGED = (
    "env/success_rate",
    "env/episode/first_visit_home",
    "sdar/gate_active_ratio",
    "sdar/teacher_gap_mean",
    "sdar/gate_mean",
    "diag/grad_norm_sdar",
    "diag/grad_norm_grpo",
    "diag/decision_gate_mean",
    "diag/gate_true_home",
    "diag/gate_other",
    "kl",
    "reward_std",
)
# Per-step values whose mean over training the report keeps.
RUN_MEANS = (
    "diag/grad_ratio_sdar_to_grpo",
    "diag/grad_cosine",
    "diag/gate_true_home",
    "diag/gate_other",
    "diag/gate_stated_home",
    "diag/gap_true_home",
    "diag/gap_other",
    "diag/gap_stated_home",
    "sdar/gate_active_ratio",
    "sdar/teacher_gap_mean",
    "sdar/gate_mean",
    "kl",
    "diag/decision_gate_mean",
    "diag/decision_gap_mean",
    "diag/decision_gate_active",
    "diag/grad_norm_sdar",
    "diag/grad_norm_grpo",
    "diag/share_true_home",
    "diag/share_stated_home",
    "env/success_rate",
    "env/episode/first_visit_home",
)


def mean_std(values: list[float]) -> tuple[float, float]:
    if not values:
        return float("nan"), float("nan")
    return statistics.fmean(values), (statistics.stdev(values) if len(values) > 1 else 0.0)


def stats(values: list[float]) -> dict:
    m, s = mean_std(values)
    return {"mean": m, "std": s, "se": s / math.sqrt(len(values)) if values else float("nan"), "values": values}


def held_out_curve(run: dict, step0: dict, view: str, metric: str = "success") -> tuple[list[int], list[float]]:
    """A run's held-out curve with episodes on the x-axis, from the warm start's point (step 0) on."""
    episodes = run["spec"]["budget"]["tasks_per_step"] * run["spec"]["budget"]["num_generations"]
    xs = [0, *[p["step"] * episodes for p in run["periodic"]]]
    ys = [step0[view][metric], *[p[view][metric] for p in run["periodic"]]]
    return xs, ys


def episodes_to(xs: list[int], ys: list[float], threshold: float) -> int | None:
    """The first evaluated episode count at which the curve reaches ``threshold``; None if it never does."""
    return next((x for x, y in zip(xs, ys) if y >= threshold), None)


def area(xs: list[int], ys: list[float]) -> float:
    """The area under the curve divided by its length: the mean held-out success over training (trapezoids)."""
    if len(xs) < 2 or xs[-1] == xs[0]:
        return ys[0] if ys else float("nan")
    total = sum((x1 - x0) * (y0 + y1) / 2 for x0, x1, y0, y1 in zip(xs, xs[1:], ys, ys[1:]))
    return total / (xs[-1] - xs[0])


def mean_curve(curves: list[list]) -> list[float | None]:
    length = max((len(c) for c in curves), default=0)
    out = []
    for i in range(length):
        values = [c[i] for c in curves if i < len(c) and c[i] is not None]
        out.append(statistics.fmean(values) if values else None)
    return out


def by_arm(results: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for r in results:
        grouped.setdefault(r["spec"]["arm"]["name"], []).append(r)
    for runs in grouped.values():
        runs.sort(key=lambda r: r["spec"]["seed"])
    return grouped


def summarize(results: list[dict], warm: dict, threshold: float = THRESHOLD) -> dict:
    """Per arm: final test metrics, held-out curves, sample efficiency and diagnostics, over its seeds."""
    step0 = warm["valid_periodic"]
    summary = {}
    for name, runs in by_arm(results).items():
        entry = {"label": runs[0]["spec"]["arm"]["label"] or name, "seeds": [r["spec"]["seed"] for r in runs]}
        for view in runs[0]["final"]:
            for metric in ("success", "mean_turns", "first_visit_home", "invalid_action_rate"):
                entry[f"{view}/{metric}"] = stats([r["final"][view][metric] for r in runs])
        entry["seconds_per_step"] = mean_std([r["seconds_per_step"] for r in runs])[0]
        entry["wall_seconds"] = mean_std([r["wall_seconds"] for r in runs])[0]
        # held-out curves (validation houses), sample efficiency and the teacher's reading along training
        budget_episodes = held_out_curve(runs[0], step0, "student")[0][-1]
        student = [held_out_curve(r, step0, "student") for r in runs]
        teacher = [held_out_curve(r, step0, "teacher") for r in runs]
        reached = [episodes_to(xs, ys, threshold) for xs, ys in student]
        entry["held_out"] = {
            "episodes": student[0][0],
            "student": mean_curve([ys for _, ys in student]),
            "teacher": mean_curve([ys for _, ys in teacher]),
            "student_first_visit_home": mean_curve(
                [held_out_curve(r, step0, "student", "first_visit_home")[1] for r in runs]
            ),
        }
        entry["episodes_to_threshold"] = {
            "threshold": threshold,
            "values": reached,
            "reached": sum(v is not None for v in reached),
            # unreached runs count as the budget: a lower bound on the mean
            "censored_mean": statistics.fmean([budget_episodes if v is None else v for v in reached]),
        }
        entry["auc_student"] = stats([area(xs, ys) for xs, ys in student])
        entry["teacher_min"] = stats([min(ys) for _, ys in teacher])
        entry["teacher_last"] = stats([ys[-1] for _, ys in teacher])
        for key in LOGGED:
            curves = [[h.get(key) for h in r["log_history"] if "step" in h and "loss" in h] for r in runs]
            if any(v is not None for c in curves for v in c):
                entry.setdefault("curves", {})[key] = mean_curve(curves)
        for key in RUN_MEANS:
            values = [v for r in runs for h in r["log_history"] if (v := h.get(key)) is not None]
            if values:
                entry.setdefault("run_means", {})[key] = statistics.fmean(values)
        rm = entry.get("run_means", {})
        if rm.get("diag/grad_norm_grpo"):
            # a ratio of means: per-step ratios explode on steps where every group is all-zero (GRPO gradient ~0)
            rm["diag/grad_ratio_sdar_to_grpo"] = rm["diag/grad_norm_sdar"] / rm["diag/grad_norm_grpo"]
        summary[name] = entry
    return summary


def difference(entry: dict, reference: dict) -> tuple[float, float]:
    """``entry - reference`` and its standard error (independent seeds)."""
    return entry["mean"] - reference["mean"], math.sqrt(entry["se"] ** 2 + reference["se"] ** 2)


def pm(value: dict | None, scale: float = 100.0, digits: int = 1) -> str:
    """``mean ± standard error``."""
    if value is None:
        return "-"
    return f"{scale * value['mean']:.{digits}f} ± {scale * value['se']:.{digits}f}"


def delta(entry: dict | None, reference: dict | None, scale: float = 100.0) -> str:
    if entry is None or reference is None:
        return "-"
    d, se = difference(entry, reference)
    flag = " **>2SE**" if se > 0 and abs(d) > 2 * se else ""
    return f"{scale * d:+.1f} ({scale * se:.1f}){flag}"


def provenance_lines(warm: dict) -> list[str]:
    versions = warm.get("versions")
    if versions is None:
        return ["Library versions and the warm start's hash were not recorded for these runs."]
    threads = warm.get("threads", {})
    return [
        "Libraries: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + f", Python {warm.get('python')}.",
        "Threads: " + ", ".join(f"{k}={v}" for k, v in threads.items()) + ".",
        f"Warm start: weights sha1 `{warm.get('weights_sha1')}`, tokenizer sha1 `{warm.get('tokenizer_sha1')}`.",
    ]


def warm_table(warm: dict) -> list[str]:
    test = warm["test"]

    def cell(view, metric="success"):
        return pm(stats([t[view][metric] for t in test if view in t]))

    return [
        "| | student, no skills (floor) | teacher, true skills (ceiling) | skills in the user message "
        "| teacher, wrong skills |",
        "|---|---|---|---|---|",
        f"| success % | {cell('student')} | {cell('teacher')} | {cell('user')} | {cell('teacher_wrong')} |",
        f"| first go-to = home % | {cell('student', 'first_visit_home')} | {cell('teacher', 'first_visit_home')} "
        f"| {cell('user', 'first_visit_home')} | {cell('teacher_wrong', 'first_visit_home')} |",
    ]


def arms_table(summary: dict) -> list[str]:
    """The Table-1-shaped summary: one row per arm, GRPO first."""
    grpo = summary.get("grpo")
    lines = [
        "| method | seeds | student success % | Δ vs GRPO (SE) | student first go-to home % | Δ vs GRPO (SE) "
        "| held-out AUC % | Δ vs GRPO (SE) | episodes to the threshold (reached) "
        "| teacher+skills success %: test, end | teacher+skills, lowest along training % |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, entry in summary.items():
        other = grpo if name != "grpo" else None
        to = entry["episodes_to_threshold"]
        lines.append(
            f"| {entry['label']} | {len(entry['seeds'])} | {pm(entry['student/success'])} "
            f"| {delta(entry['student/success'], other and other['student/success'])} "
            f"| {pm(entry['student/first_visit_home'])} "
            f"| {delta(entry['student/first_visit_home'], other and other['student/first_visit_home'])} "
            f"| {pm(entry['auc_student'])} | {delta(entry['auc_student'], other and other['auc_student'])} "
            f"| ≥ {to['censored_mean']:.0f} ({to['reached']}/{len(to['values'])}) "
            f"| {pm(entry['teacher/success'])} | {pm(entry['teacher_min'])} |"
        )
    return lines


def wrong_skills_lines(summary: dict) -> list[str]:
    lines = []
    for entry in summary.values():
        if "teacher_trained_skills/success" in entry:
            lines.append(
                f"| {entry['label']} | {pm(entry['student/success'])} | {pm(entry['student/first_visit_home'])} "
                f"| {pm(entry['teacher_trained_skills/success'])} "
                f"| {pm(entry['student/invalid_action_rate'])} |"
            )
    if not lines:
        return []
    return [
        "| method (trained with 50% wrong skills) | student success % | student first go-to home % "
        "| teacher with the wrong skills, success % | student invalid actions % |",
        "|---|---|---|---|---|",
        *lines,
    ]


def diagnostics_table(summary: dict) -> list[str]:
    lines = [
        "| method | gate mean, decision tokens | gate: true home | gate: stated (wrong) home | gate: other "
        "| gap: true home | gap: other | ‖∇ λ·SDAR‖ / ‖∇ GRPO+KL‖ | cosine | s/step |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for entry in summary.values():
        rm = entry.get("run_means", {})

        def f(key, rm=rm):
            return "-" if key not in rm else f"{rm[key]:.3f}"

        lines.append(
            f"| {entry['label']} | {f('diag/decision_gate_mean')} | {f('diag/gate_true_home')} "
            f"| {f('diag/gate_stated_home')} | {f('diag/gate_other')} | {f('diag/gap_true_home')} "
            f"| {f('diag/gap_other')} | {f('diag/grad_ratio_sdar_to_grpo')} | {f('diag/grad_cosine')} "
            f"| {entry['seconds_per_step']:.1f} |"
        )
    return lines


def markdown(summary: dict, warm: dict, lr: dict, budget: Budget, context: dict) -> str:
    """``lr``: the learning rate and how it was chosen (``chosen``, ``how``, the grid's ``table`` when run);
    ``context``: ``date``, ``commit``, ``command``, ``machine``, ``seeds``, ``times`` (seconds per stage)."""
    episodes = budget.tasks_per_step * budget.num_generations
    lines = [
        f"Date: {context['date']}. Commit: `{context['commit']}`. Machine: {context['machine']}.",
        "",
        f"Command: `{context['command']}`",
        "",
        f"Budget: {budget.steps} RL steps × {episodes} episodes ({budget.steps * episodes} episodes) per run; "
        f"learning rate {lr['chosen']:g} ({lr['how']}); KL β {budget.kl_beta:g}; seeds {context['seeds']}. "
        f"Held-out curve: every {budget.eval_every} steps on {budget.periodic_eval_houses} validation houses; final: "
        f"{budget.final_eval_houses} test houses. Threshold of sample efficiency: {100 * THRESHOLD:.0f}% held-out "
        "success of the student without skills (fixed before the runs). Mean ± standard error over seeds.",
        "",
        *provenance_lines(warm),
        "",
        "### Warm start (test houses, over evaluation seeds)",
        "",
        *warm_table(warm),
        "",
    ]
    if lr.get("table"):
        lines += [
            "### Learning rate (GRPO, validation houses)",
            "",
            "| learning rate | student success % (the criterion) | student first go-to = home % |",
            "|---|---|---|",
            *[
                f"| {row['lr']:g}{' (chosen)' if row['lr'] == lr['chosen'] else ''} | {row['success']} "
                f"| {row.get('first_visit_home', '-')} |"
                for row in lr["table"]
            ],
            "",
        ]
    lines += [
        "### Arms: the student without skills (test houses) and the teacher's reading",
        "",
        "Episodes to the threshold: the mean over seeds, a seed that never reached it counted as the budget (so a "
        "lower bound when not every seed reached it).",
        "",
        *arms_table(summary),
        "",
    ]
    wrong = wrong_skills_lines(summary)
    if wrong:
        lines += ["### Wrong skills (does the gate protect?)", "", *wrong, ""]
    lines += [
        "### The SDAR-family terms (means over training; the decision token is the receptacle of the first `go to`)",
        "",
        *diagnostics_table(summary),
        "",
        "Wall time: " + ", ".join(f"{k} {v / 60:.1f} min" for k, v in context["times"].items()),
    ]
    return "\n".join(lines) + "\n"
