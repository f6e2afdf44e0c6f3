"""The W&B workspace is built offline and shows every metric a real SDAR agent run logs."""

import json
import re

import pytest
from datasets import Dataset


pytest.importorskip("wandb_workspaces", reason="needs the `wandb` extra (installed in CI)")

from sdar_trl import SDARTrainer  # noqa: E402
from sdar_trl.cli import main  # noqa: E402
from sdar_trl.dashboards import SECTIONS, build_workspace, wandb_key, workspace_spec  # noqa: E402
from sdar_trl.envs import KeyDoorEnv  # noqa: E402
from sdar_trl.plots import PANELS, load_log_history  # noqa: E402


# Logged once at the end of training or used as the x axis: not curves.
BOOKKEEPING = {
    "epoch",
    "step",
    "step_time",
    "total_flos",
    "train_loss",
    "train_runtime",
    "train_samples_per_second",
    "train_steps_per_second",
}


@pytest.fixture(scope="module")
def logged_keys(tiny_model_dir, tiny_config, tmp_path_factory):
    """Every key of a real short agent run with UCB-retrieved skills and a KL term."""
    out = tmp_path_factory.mktemp("run")
    skills = out / "skills"
    skills.mkdir()
    (skills / "skill_mapping.json").write_text(
        json.dumps(
            {
                "skill_files": {"general_skills": "g.md", "keys": "keys.md", "doors": "doors.md"},
                "task_to_skill": {"key_door": "keys"},
            }
        )
    )
    for name, text in {"g.md": "Read the room.", "keys.md": "Take the key first.", "doors.md": "Open doors."}.items():
        (skills / name).write_text(text)
    args = tiny_config(out, max_steps=2, max_turns=2, beta=0.01, skills_dir=str(skills), skill_retrieval="ucb")
    trainer = SDARTrainer(
        model=tiny_model_dir, args=args, train_dataset=Dataset.from_dict({"key_room": [1, 2]}), env=KeyDoorEnv
    )
    trainer.train()
    trainer.save_state()
    return {key for row in load_log_history(out) for key in row} - BOOKKEEPING


def panel_metrics(panel):
    return panel.y or [], panel.metric_regex


def test_sections_follow_the_metric_prefixes_and_the_png():
    workspace = build_workspace("my-team", "sdar-alfworld")
    assert [s.name for s in workspace.sections] == [
        "SDAR at a glance",
        "sdar/",
        "env/",
        "skills/",
        "TRL (GRPO)",
        "eval",
    ]
    glance = workspace.sections[0]
    assert glance.is_open and [p.title for p in glance.panels] == list(PANELS)  # the same curves as `sdar-trl plot`
    assert glance.panels[2].y == ["train/sdar/gate_mean", "train/sdar/gate_active_ratio"]
    assert glance.panels[-1].metric_regex == "^train/env/success/.*$"
    for section in workspace.sections[1:4]:
        for panel in section.panels:
            names, regex = panel_metrics(panel)
            assert all(n.startswith(f"train/{section.name}") for n in names), (section.name, names)
            assert regex is None or regex.startswith(f"^train/{section.name}")
    assert all(p.x == "train/global_step" for s in workspace.sections for p in s.panels)


def test_every_metric_of_a_real_run_is_on_the_dashboard(logged_keys):
    assert {"sdar/gate_mean", "env/success/key_door", "skills/ucb/keys/pulls", "kl"} <= logged_keys
    workspace = build_workspace("my-team", "sdar-alfworld")
    names, regexes = set(), []
    for section in workspace.sections[1:]:
        for panel in section.panels:
            panel_names, regex = panel_metrics(panel)
            names |= set(panel_names)
            regexes += [regex] if regex else []
    missing = [
        key
        for key in logged_keys
        if wandb_key(key) not in names and not any(re.match(r, wandb_key(key)) for r in regexes)
    ]
    assert missing == []


def test_wandb_names():
    assert wandb_key("sdar/gate_mean") == "train/sdar/gate_mean"
    assert wandb_key("eval:env/success_rate") == "eval/env/success_rate"
    assert set(SECTIONS["eval"]) and all(k.startswith("eval:") for ks in SECTIONS["eval"].values() for k in ks)


def test_cli_writes_the_spec_offline(tmp_path, capsys):
    path = tmp_path / "workspace.json"
    assert main(["dashboard", "--entity", "my-team", "--project", "sdar-alfworld", "--spec", str(path)]) == 0
    assert "spec written" in capsys.readouterr().out
    spec = json.loads(path.read_text())
    assert (spec["entity"], spec["project"], spec["displayName"]) == ("my-team", "sdar-alfworld", "SDAR")
    sections = spec["spec"]["section"]["panelBankConfig"]["sections"]
    assert [s["name"] for s in sections][:2] == ["SDAR at a glance", "sdar/"]
    charts = {p["config"]["chartTitle"]: p["config"] for s in sections for p in s["panels"]}
    assert charts["gate mean"]["metrics"] == ["train/sdar/gate_mean"]
    assert workspace_spec(build_workspace("a", "b"))["spec"]["section"]["panelBankConfig"]["sections"]


def test_cli_needs_entity_and_project(monkeypatch, capsys):
    monkeypatch.delenv("WANDB_ENTITY", raising=False)
    monkeypatch.delenv("WANDB_PROJECT", raising=False)
    with pytest.raises(SystemExit):
        main(["dashboard", "--project", "p"])
    assert "--entity is required" in capsys.readouterr().err
