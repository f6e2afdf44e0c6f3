"""`sdar-trl skills show`: what the teacher is shown for a task, and a clear error for a bad library."""

import json

from sdar_trl.cli import main


def test_skills_show_prints_the_teacher_block(tmp_path, capsys):
    (tmp_path / "skill_mapping.json").write_text(
        json.dumps(
            {
                "skill_files": {"general_skills": "g.md", "heat": "heat.md"},
                "task_to_skill": {"pick_heat_then_place_in_recep": "heat"},
                "task_keywords": {"pick_heat_then_place_in_recep": ["heat"]},
            }
        )
    )
    (tmp_path / "g.md").write_text("General skills.")
    (tmp_path / "heat.md").write_text("Use the microwave.")
    assert main(["skills", "show", "--skills-dir", str(tmp_path), "--task", "heat some egg"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "[Privileged Skill Information]\nGeneral skills.\n\nUse the microwave.\n\n"
    assert "task skills shown: heat" in captured.err
    assert main(["skills", "show", "--skills-dir", str(tmp_path), "--task", "cool it"]) == 0
    assert "general skills only" in capsys.readouterr().err


def test_skills_show_reports_a_broken_library(tmp_path, capsys):
    (tmp_path / "skill_mapping.json").write_text("{oops")
    assert main(["skills", "show", "--skills-dir", str(tmp_path), "--task", "x"]) == 2
    assert "malformed JSON at line 1" in capsys.readouterr().err
