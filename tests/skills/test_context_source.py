"""`PrivilegedContextSource`: evaluation selections leave no trace in the training selections or counters."""

from types import SimpleNamespace

import pytest

from sdar_trl.skills.context_source import PrivilegedContextSource


def make_library(folder):
    folder.mkdir()
    (folder / "skill_mapping.json").write_text(
        '{"skill_files": {"general_skills": "g.md", "a": "a.md", "b": "b.md", "c": "c.md"},'
        ' "task_to_skill": {"ta": "a", "tb": "b"}, "task_keywords": {"ta": ["alpha"]}}'
    )
    for name in ("g", "a", "b", "c"):
        (folder / f"{name}.md").write_text(f"Skill {name}.")
    return str(folder)


def source(skills_dir, retrieval):
    args = SimpleNamespace(
        skills_dir=skills_dir,
        skill_retrieval=retrieval,
        seed=0,
        skill_random_k=1,
        ucb_exploration=1.0,
        privileged_context_column="privileged_context",
        task_type_column="task_type",
        task_text_column=None,
    )
    return PrivilegedContextSource(args)


TRAIN = [{"prompt": f"alpha task {i}", "task_type": "ta"} for i in range(3)]
EVAL = [{"prompt": "alpha eval", "task_type": "ta"}] * 5 + [{"prompt": "other", "task_type": None}]


def run(skills_dir, retrieval, *, evaluate: bool, training: bool = False):
    """Two training batches (the first rewarded), with an evaluation batch between them or not."""
    ctx = source(skills_dir, retrieval)
    ctx.texts(TRAIN)
    ctx.update(ctx.last_pulls, [1.0, 0.0, 0.5])
    first_counts = ctx.pop_counts()
    if evaluate:
        ctx.texts(EVAL, training=training)
    texts = ctx.texts(TRAIN)
    return texts, ctx.last_pulls, ctx.pop_counts(), first_counts, ctx.state_dict()


@pytest.mark.parametrize("retrieval", ["ucb", "random"])
def test_evaluation_between_training_batches_leaves_no_trace(tmp_path, retrieval):
    skills_dir = make_library(tmp_path / "skills")
    baseline = run(skills_dir, retrieval, evaluate=False)
    assert run(skills_dir, retrieval, evaluate=True) == baseline
    # Counted as training, the evaluation would have shifted the next training selection.
    assert run(skills_dir, retrieval, evaluate=True, training=True)[1] != baseline[1]


def test_evaluation_rows_still_spread_over_arms_and_keep_training_pulls(tmp_path):
    ctx = source(make_library(tmp_path / "skills"), "ucb")
    ctx.texts(TRAIN)
    pulls = list(ctx.last_pulls)
    texts = ctx.texts(EVAL[:3], training=False)
    assert texts == ["Skill g.\n\nSkill a.", "Skill g.\n\nSkill b.", "Skill g.\n\nSkill c."]
    assert ctx.last_pulls == pulls and ctx.pop_counts() == {"rows": 3.0, "no_match": 0.0}
    assert ctx.pop_counts() == {"rows": 0.0, "no_match": 0.0}


def test_counts_and_no_match(tmp_path):
    ctx = source(make_library(tmp_path / "skills"), "official")  # no ALFWorld/Search types: the keyword rule
    texts = ctx.texts(EVAL)
    assert texts[0] == "Skill g.\n\nSkill a." and texts[-1] == "Skill g."
    ctx.texts(EVAL, training=False)
    assert ctx.pop_counts() == {"rows": 6.0, "no_match": 1.0}
