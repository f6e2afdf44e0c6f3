"""A ready W&B workspace for SDAR runs, built with `wandb-workspaces`.

    sdar-trl dashboard --entity my-team --project sdar-alfworld            # creates the workspace, prints its URL
    sdar-trl dashboard --entity my-team --project sdar-alfworld --spec ws.json   # offline: writes the spec only

Sections follow the metric prefixes: an opened "SDAR at a glance" section with the same panels as `sdar-trl plot`
(`sdar_trl.plots.PANELS`), then one section per prefix — `sdar/` (the distillation term and its gate), `env/`
(multi-turn rollouts), `skills/` (retrieval and the UCB bandit) — then TRL's own GRPO metrics and the evaluation
metrics. transformers' W&B callback logs training metrics as ``train/<key>`` and evaluation ones as ``eval/<key>``
against ``train/global_step``; the panels use those names.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from .plots import PANELS


INSTALL_HINT = "The W&B dashboard needs `wandb-workspaces`: pip install 'sdar-trl[wandb]'."
STEP = "train/global_step"

# Section title -> {panel title: metric keys}; a trailing "*" takes every key with that prefix (a regex panel).
SECTIONS: dict[str, dict[str, list[str]]] = {
    "sdar/": {
        "SDAR loss": ["sdar/loss"],
        "gate mean": ["sdar/gate_mean"],
        "gate active ratio": ["sdar/gate_active_ratio"],
        "teacher gap (lp_T - lp_S)": ["sdar/teacher_gap_mean"],
        "negative-gap ratio": ["sdar/negative_gap_ratio"],
        "teacher tokens forwarded": ["sdar/teacher_tokens"],
    },
    "env/": {
        "success rate": ["env/success_rate"],
        "score (WebShop)": ["env/score"],
        "success per task type": ["env/success/*"],
        "turns per episode": ["env/mean_turns"],
        "invalid action rate": ["env/invalid_action_rate"],
        "tokens per episode": ["env/tokens_per_episode"],
        "how episodes ended": ["env/end/*"],
        "episode metrics (per environment)": ["env/episode/*"],
        "prompt truncated / excluded": ["env/prompt_truncated_ratio", "env/excluded_episodes"],
    },
    "skills/": {
        "no skill matched": ["skills/no_match_ratio"],
        "teacher prompt truncated": ["skills/teacher_truncated_ratio"],
        "UCB pulls per skill": ["skills/ucb/*/pulls"],
        "UCB mean reward per skill": ["skills/ucb/*/mean_reward"],
    },
    "TRL (GRPO)": {
        "reward": ["reward", "reward_std"],
        "reward per function": ["rewards/*"],
        "loss": ["loss"],
        "KL to reference": ["kl"],
        "entropy": ["entropy"],
        "clip ratio": ["clip_ratio/*"],
        "completion length": ["completions/mean_length"],
        "grad norm": ["grad_norm"],
        "learning rate": ["learning_rate"],
        "optimizer steps per rollout": ["optimizer_steps_per_rollout"],
        "forward chunks per micro-batch": ["agent/chunks_per_micro_batch"],
        "Skill-SD loss (baseline)": ["skill_sd/loss"],
        "RLSD weight (baseline)": ["rlsd/weight"],
    },
    "eval": {
        "eval success rate": ["eval:env/success_rate"],
        "eval reward": ["eval:reward"],
        "eval gate mean": ["eval:sdar/gate_mean"],
        "eval teacher gap": ["eval:sdar/teacher_gap_mean"],
    },
}


def is_wandb_workspaces_available() -> bool:
    return importlib.util.find_spec("wandb_workspaces") is not None


def wandb_key(key: str) -> str:
    """The name transformers' W&B callback logs ``key`` under (``eval:`` marks an evaluation metric)."""
    return f"eval/{key[5:]}" if key.startswith("eval:") else f"train/{key}"


def line_plot(title: str, keys: list[str]):
    """One line plot: named metrics, or a regex over the logged names for a ``*`` pattern."""
    import wandb_workspaces.reports.v2 as wr

    patterns = [wandb_key(k) for k in keys if "*" in k]
    names = [wandb_key(k) for k in keys if "*" not in k]
    if patterns:
        regex = "|".join("^" + p.replace("*", ".*") + "$" for p in patterns)
        return wr.LinePlot(title=title, x=STEP, metric_regex=regex)
    return wr.LinePlot(title=title, x=STEP, y=names)


def build_workspace(entity: str, project: str, name: str = "SDAR"):
    """The workspace (not saved): `workspace.save()` creates it on W&B."""
    if not is_wandb_workspaces_available():
        raise ImportError(INSTALL_HINT)
    import wandb_workspaces.workspaces as ws

    glance = ws.Section(
        name="SDAR at a glance", is_open=True, panels=[line_plot(title, keys) for title, keys in PANELS.items()]
    )
    sections = [glance] + [
        ws.Section(name=title, is_open=title == "sdar/", panels=[line_plot(t, keys) for t, keys in panels.items()])
        for title, panels in SECTIONS.items()
    ]
    return ws.Workspace(
        entity=entity, project=project, name=name, sections=sections, settings=ws.WorkspaceSettings(x_axis=STEP)
    )


def workspace_spec(workspace) -> dict:
    """The workspace as W&B stores it (a view spec), built offline."""
    return json.loads(workspace._to_model().model_dump_json(by_alias=True, exclude_none=True))


def create_dashboard(entity: str, project: str, name: str = "SDAR", spec_path: str | None = None) -> str:
    """Write the spec to ``spec_path`` (offline), or save the workspace to W&B; returns the path or the URL."""
    workspace = build_workspace(entity, project, name)
    if spec_path:
        Path(spec_path).write_text(json.dumps(workspace_spec(workspace), indent=2))
        return spec_path
    workspace.save()  # needs network and a W&B login (`wandb login` or WANDB_API_KEY)
    return workspace.url
