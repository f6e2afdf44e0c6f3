"""SDAR's curves as a PNG, from a run's output directory, for people without W&B.

    sdar-trl plot outputs/alfworld-sdar --out curves.png

Reads the trainer's ``trainer_state.json`` (the run directory's, or its latest checkpoint's) and draws one panel per
group of metrics: success rate, reward, the gate (mean and active ratio), the teacher gap, the negative-gap ratio,
the KL to the reference, and success per task type. Panels whose metrics the run did not log are drawn empty with a
note, so every figure has the same layout.
"""

from __future__ import annotations

import json
from pathlib import Path


# Panel title -> metric keys (a trailing "*" takes every key with that prefix).
PANELS: dict[str, list[str]] = {
    "success rate": ["env/success_rate"],
    "reward": ["reward"],
    "gate": ["sdar/gate_mean", "sdar/gate_active_ratio"],
    "teacher gap": ["sdar/teacher_gap_mean"],
    "negative-gap ratio": ["sdar/negative_gap_ratio"],
    "KL to reference": ["kl"],
    "success per task type": ["env/success/*"],
}


def load_log_history(run_dir: str | Path) -> list[dict]:
    """The logged rows of a run: ``trainer_state.json`` in ``run_dir`` or in its latest ``checkpoint-N``."""
    run_dir = Path(run_dir)
    candidates = [run_dir / "trainer_state.json"] + sorted(
        run_dir.glob("checkpoint-*/trainer_state.json"), key=lambda p: int(p.parent.name.split("-")[-1]), reverse=True
    )
    for path in candidates:
        if path.is_file():
            return json.loads(path.read_text())["log_history"]
    raise FileNotFoundError(
        f"No trainer_state.json in {run_dir} or its checkpoints; train with save_steps or call trainer.save_state()."
    )


def series(history: list[dict], pattern: str) -> dict[str, tuple[list[int], list[float]]]:
    """``{metric: (steps, values)}`` for the training rows whose keys match ``pattern``."""
    keys = sorted(
        {k for row in history for k in row if (k.startswith(pattern[:-1]) if pattern.endswith("*") else k == pattern)}
    )
    out = {}
    for key in keys:
        points = [(row["step"], row[key]) for row in history if key in row and row[key] is not None]
        if points:
            out[key] = ([s for s, _ in points], [v for _, v in points])
    return out


def render_curves(run_dir: str | Path, out: str | Path) -> list[str]:
    """Draw every panel of `PANELS` to ``out`` (PNG); returns the panel titles in drawing order."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    history = load_log_history(run_dir)
    columns = 4
    rows = -(-len(PANELS) // columns)
    figure, axes = plt.subplots(rows, columns, figsize=(4 * columns, 3 * rows), squeeze=False)
    titles = []
    for axis, (title, patterns) in zip(axes.flat, PANELS.items()):
        drawn = 0
        for pattern in patterns:
            for key, (steps, values) in series(history, pattern).items():
                axis.plot(steps, values, marker="o", markersize=3, label=key.split("/")[-1])
                drawn += 1
        if drawn:
            axis.legend(fontsize=7)
        else:
            axis.text(0.5, 0.5, "not logged in this run", ha="center", va="center", transform=axis.transAxes)
        axis.set_title(title)
        axis.set_xlabel("step")
        titles.append(title)
    for axis in list(axes.flat)[len(PANELS) :]:
        axis.axis("off")
    figure.suptitle(f"SDAR run: {Path(run_dir).name}")
    figure.tight_layout()
    figure.savefig(out, dpi=80)
    plt.close(figure)
    return titles
