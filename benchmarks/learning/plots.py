"""The report's figures, episodes on the x-axis, mean ± standard error over seeds: one panel per question (does the
student learn without skills, does the teacher keep reading them, do wrong skills hurt), and the SDAR-family terms
during training."""

from __future__ import annotations

import math
import statistics
from pathlib import Path

from .budget import THRESHOLD
from .report import by_arm, held_out_curve


def _band(ax, xs, curves, label, color, style="-"):
    """Mean over seeds with a ± standard-error band."""
    import numpy as np

    rows = [[np.nan if v is None else v for v in c] for c in curves if c]
    if not rows:
        return
    width = min(len(r) for r in rows)
    data = np.array([r[:width] for r in rows], dtype=float)
    mean = np.nanmean(data, axis=0)
    se = np.nanstd(data, axis=0, ddof=1) / math.sqrt(len(rows)) if len(rows) > 1 else np.zeros(width)
    xs = np.array(xs[:width])
    ax.plot(xs, mean, style, color=color, label=f"{label} (n={len(rows)})", lw=1.6)
    ax.fill_between(xs, mean - se, mean + se, color=color, alpha=0.15)


def _smooth(values: list, window: int = 10) -> list:
    out = []
    for i in range(len(values)):
        chunk = [v for v in values[max(0, i - window + 1) : i + 1] if v is not None]
        out.append(statistics.fmean(chunk) if chunk else None)
    return out


def _save(fig, path: Path, dpi: int) -> str:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)
    return path.name


def plots(summary: dict, warm: dict, out: Path, results: list[dict]) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = by_arm(results)
    names = list(summary)
    # strong colours first, no greys (GRPO is black)
    palette = [plt.get_cmap("tab10")(i) for i in range(10) if i != 7]
    palette += [plt.get_cmap("tab20")(i) for i in range(1, 20, 2) if i != 15]
    colors = {name: palette[i % len(palette)] for i, name in enumerate(names)}
    colors["grpo"] = "black"
    step0 = warm["valid_periodic"]
    wrong = [n for n in names if runs[n][0]["spec"]["arm"]["skills"] == "wrong"]
    true = [n for n in names if n not in wrong]
    files = []

    def curve(ax, name, view, style="-"):
        pairs = [held_out_curve(r, step0, view) for r in runs[name]]
        _band(ax, pairs[0][0], [ys for _, ys in pairs], summary[name]["label"], colors[name], style)

    fig, axes = plt.subplots(1, 3, figsize=(19, 6))
    for name in true:
        curve(axes[0], name, "student")
        curve(axes[1], name, "teacher")
    axes[0].axhline(THRESHOLD, color="0.5", lw=0.8, ls=":", label=f"threshold {100 * THRESHOLD:.0f}%")
    axes[0].set_title("Does the student learn? Held-out success without skills", fontsize=10)
    axes[1].set_title("Does the teacher keep reading? Held-out success with the true skills", fontsize=10)
    for name in wrong:
        curve(axes[2], name, "student")
    for name in ("grpo", "sdar_reinforce_1_ema", "grpo_opsd_reinforce_1_ema"):
        if name in runs and wrong:
            curve(axes[2], name, "student", "--")
    axes[2].set_title("Do wrong skills hurt? Student without skills; trained on 50% wrong skills (solid)", fontsize=10)
    if not wrong:
        axes[2].text(0.5, 0.5, "not run", ha="center", va="center", transform=axes[2].transAxes)
    axes[1].set_ylim(0, 1)  # a teacher that stops reading falls toward the student's level
    for ax in axes:
        ax.set_xlabel("training episodes")
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=7)
    fig.suptitle("Held-out validation houses, mean ± standard error over seeds; the same warm start for every arm")
    files.append(_save(fig, out / "curves.png", dpi=100))

    gated = [n for n in names if any(h.get("sdar/gate_mean") is not None for r in runs[n] for h in r["log_history"])]
    keys = [
        ("env/episode/first_visit_home", "rollouts: first go-to = the home (10-step mean)", names),
        ("diag/gate_true_home", "gate on the decision token when it is the true home", gated),
        ("diag/gate_other", "gate on the decision token elsewhere", gated),
        ("diag/grad_ratio", "‖∇ λ·SDAR‖ / ‖∇ GRPO+KL‖ (steps with ‖∇ GRPO+KL‖ > 1e-3)", gated),
    ]
    fig, axes = plt.subplots(1, 4, figsize=(22, 5.5))
    for (key, title, arms), ax in zip(keys, axes):
        for name in arms:
            episodes = (
                runs[name][0]["spec"]["budget"]["tasks_per_step"] * runs[name][0]["spec"]["budget"]["num_generations"]
            )
            logged = [[h for h in r["log_history"] if "loss" in h] for r in runs[name]]
            if key == "diag/grad_ratio":
                curves = [
                    [
                        h["diag/grad_norm_sdar"] / h["diag/grad_norm_grpo"]
                        if h.get("diag/grad_norm_grpo", 0) > 1e-3
                        else None
                        for h in steps
                    ]
                    for steps in logged
                ]
                ax.set_yscale("log")
            else:
                curves = [[h.get(key) for h in steps] for steps in logged]
            curves = [_smooth(c) for c in curves]
            if any(v is not None for c in curves for v in c):
                xs = [episodes * (i + 1) for i in range(len(curves[0]))]
                _band(ax, xs, curves, summary[name]["label"], colors[name])
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("training episodes")
    axes[0].legend(fontsize=6)
    fig.suptitle("During training (10-step means, mean ± standard error over seeds)")
    files.append(_save(fig, out / "training.png", dpi=100))
    return files
