"""SDARConfig: defaults and the errors raised for bad values, before any model work."""

import pytest
from datasets import Dataset

from sdar_trl import SDARConfig, SDARTrainer


def make(**kwargs):
    return SDARConfig(output_dir="/tmp/sdar-config-test", use_cpu=True, bf16=False, report_to=[], **kwargs)


def test_defaults_are_the_official_settings():
    args = make()
    assert args.sdar_coef == 0.01 and args.gate_sharpness == 5.0
    assert (args.sdar_gate, args.sdar_estimator, args.sdar_divergence) == ("gap", "sdar", "reverse_kl")
    assert args.teacher_context_template == "[Privileged Skill Information]\n{context}\n\n"
    assert args.teacher_context_placement == "prefix" and args.privileged_context_column == "privileged_context"
    assert args.policy_loss_coef == 1.0 and not args.privileged_context_to_student
    assert args.beta == 0.0  # TRL's KL coefficient keeps its own name and default


@pytest.mark.parametrize(
    "kwargs,field",
    [
        ({"sdar_coef": -0.1}, "sdar_coef"),
        ({"gate_sharpness": -1.0}, "gate_sharpness"),
        ({"policy_loss_coef": -1.0}, "policy_loss_coef"),
        ({"sdar_gate": "hard"}, "sdar_gate"),
        ({"sdar_estimator": "ppo"}, "sdar_estimator"),
        ({"sdar_divergence": "tv"}, "sdar_divergence"),
        ({"teacher_context_placement": "suffix"}, "teacher_context_placement"),
        ({"teacher_context_template": "no placeholder"}, "teacher_context_template"),
        ({"privileged_context_column": ""}, "privileged_context_column"),
        ({"sdar_divergence": "jsd", "sdar_estimator": "reinforce"}, "sdar_estimator"),
        ({"privileged_context_to_student": True}, "sdar_coef=0.0"),
        ({"policy_loss_coef": 0.0, "sdar_coef": 0.0}, "policy_loss_coef"),
    ],
)
def test_bad_values_name_the_field(kwargs, field):
    with pytest.raises(ValueError, match=field.replace("(", r"\(")):
        make(**kwargs)


def test_missing_context_column_fails_before_the_model_is_loaded(tmp_path):
    dataset = Dataset.from_dict({"prompt": ["a", "b"], "skills": ["x", "y"]})
    # The model path does not exist: reaching the model loader would raise OSError, not this ValueError.
    with pytest.raises(ValueError, match="privileged_context"):
        SDARTrainer(
            model=str(tmp_path / "no-model"), reward_funcs=lambda **k: [0.0], args=make(), train_dataset=dataset
        )
    with pytest.raises(ValueError, match=r"eval_dataset\['dev'\]"):
        SDARTrainer(
            model=str(tmp_path / "no-model"),
            reward_funcs=lambda **k: [0.0],
            args=make(privileged_context_column="skills"),
            train_dataset=dataset,
            eval_dataset={"dev": Dataset.from_dict({"prompt": ["c"]})},
        )


class Row(dict):
    """A dataset row that records every key read from it, by any route (accelerate rebuilds rows as their type)."""

    asked: set = set()

    def __getitem__(self, key):
        Row.asked.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        Row.asked.add(key)
        return super().get(key, default)

    def __contains__(self, key):
        Row.asked.add(key)
        return super().__contains__(key)


class RecordingRows(Dataset):
    """A dataset whose rows, as the trainer's data loader fetches them, are `Row`s."""

    def __getitems__(self, keys):
        return [Row(row) for row in super().__getitems__(keys)]


def test_plain_grpo_needs_no_context_column(tiny_model_dir, tiny_config, tmp_path):
    # A step of plain GRPO on rows without the column: training asks each row for its prompt and never for the
    # privileged context (a read would raise, or show in the record).
    Row.asked = set()
    trainer = SDARTrainer(
        model=tiny_model_dir,
        reward_funcs=lambda completions, **k: [float(len(c)) for c in completions],
        args=tiny_config(tmp_path, sdar_coef=0.0, max_completion_length=4),
        train_dataset=RecordingRows.from_dict({"prompt": ["a", "b", "c", "d"]}),
    )
    assert not trainer.args.uses_teacher
    trainer.train()
    assert trainer.state.global_step == 1
    assert "prompt" in Row.asked and "privileged_context" not in Row.asked, Row.asked


def test_baseline_presets_set_the_documented_fields():
    from sdar_trl.config import BASELINES, apply_baseline

    assert apply_baseline(make(), "grpo").sdar_coef == 0.0
    assert apply_baseline(make(), "grpo_opsd").gate_sharpness == 0.0
    assert apply_baseline(make(), "opsd_only").policy_loss_coef == 0.0
    skill = apply_baseline(make(), "skill_grpo")
    assert skill.privileged_context_to_student and skill.sdar_coef == 0.0
    assert apply_baseline(make(), "sdar").sdar_coef == 0.01 and set(BASELINES) >= {"sdar", "grpo"}
    with pytest.raises(ValueError, match="Unknown method"):
        apply_baseline(make(), "ppo")
