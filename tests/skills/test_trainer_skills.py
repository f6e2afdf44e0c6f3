"""Skill retrieval inside SDARTrainer: teacher rows, counted no-matches, token budget, UCB state across resume."""

import json
import math

import pytest
import torch
from datasets import Dataset

from sdar_trl import SDARTrainer
from sdar_trl.hook_state import HookState
from sdar_trl.skills import load_skill_library


def make_library(folder):
    folder.mkdir()
    (folder / "skill_mapping.json").write_text(
        json.dumps(
            {
                "skill_files": {"general_skills": "general.md", "heat": "heat.md", "cool": "cool.md"},
                "task_to_skill": {"pick_heat_then_place_in_recep": "heat", "pick_cool_then_place_in_recep": "cool"},
                "task_keywords": {
                    "pick_heat_then_place_in_recep": ["heat"],
                    "pick_cool_then_place_in_recep": ["cool"],
                },
            }
        )
    )
    (folder / "general.md").write_text("General: read the admissible actions.")
    (folder / "heat.md").write_text("Heat: take it to microwave 1.")
    (folder / "cool.md").write_text("Cool: take it to fridge 1.")
    return folder


def tasks(n=8, long=False):
    verbs = ["heat", "cool", "clean", "heat"]
    filler = " Looking quickly around you, you see a cabinet 1, a drawer 1, a shelf 1." * (12 if long else 0)
    return Dataset.from_dict(
        {
            "prompt": [
                [{"role": "user", "content": f"{filler} Your task is to: {verbs[i % 4]} some egg {i}."}]
                for i in range(n)
            ],
            "task_type": [f"pick_{verbs[i % 4]}_then_place_in_recep-Egg-None-CounterTop-{i}" for i in range(n)],
        }
    )


def reward(completions, **kwargs):
    return [float(len(c[0]["content"])) / 10 for c in completions]


SKILL_RUN = dict(num_generations=4, max_completion_length=6, max_steps=2, seed=3)


@pytest.fixture
def config(tiny_config, tmp_path):
    """This module's runs: `tiny_config` in ``tmp_path/out``, groups of 4 rows of up to 6 tokens, 2 steps."""

    def make(**settings):
        return tiny_config(tmp_path / "out", **{**SKILL_RUN, **settings})

    return make


class TeacherRows(SDARTrainer):
    def _teacher_rows(self, inputs, output, blocks):
        rows = super()._teacher_rows(inputs, output, blocks)
        self.__dict__.setdefault("seen", []).extend(zip([r["prompt"][0]["content"] for r in inputs], rows.prompts))
        return rows


def test_keyword_retrieval_feeds_the_teacher_and_counts_no_match(config, tiny_model_dir, tmp_path):
    library = load_skill_library(make_library(tmp_path / "skills"))
    trainer = TeacherRows(
        model=tiny_model_dir,
        reward_funcs=reward,
        train_dataset=tasks(),
        args=config(
            skills_dir=str(tmp_path / "skills"),
            skill_retrieval="keyword",
            per_device_train_batch_size=8,
            num_generations=2,
            max_steps=2,
        ),
    )
    trainer.train()
    tok = trainer.processing_class
    for prompt, ids in trainer.seen:
        text = tok.decode(ids)
        verb = prompt.split("to: ")[1].split()[0]
        expected = {"heat": library.render(["heat"]), "cool": library.render(["cool"]), "clean": library.general}[verb]
        assert text.startswith(f"[Privileged Skill Information]\n{expected}\n\n<|im_start|>user"), text[:120]
    history = [h["skills/no_match_ratio"] for h in trainer.state.log_history if "skills/no_match_ratio" in h]
    # "clean" tasks have no skill: general skills only, and counted
    clean = [" clean " in prompt for prompt, _ in trainer.seen]
    assert len(history) == 2 and sum(history) / 2 == pytest.approx(sum(clean) / len(clean))
    assert any(clean) and not all(clean)


def test_skills_survive_a_prompt_over_the_budget(config, tiny_model_dir, tmp_path):
    make_library(tmp_path / "skills")
    trainer = TeacherRows(
        model=tiny_model_dir,
        reward_funcs=reward,
        train_dataset=tasks(long=True),
        args=config(skills_dir=str(tmp_path / "skills"), teacher_max_prompt_length=64, max_steps=1),
    )
    trainer.train()
    tok = trainer.processing_class
    for _prompt, ids in trainer.seen:
        assert len(ids) == 64
        text = tok.decode(ids)
        assert text.startswith("[Privileged Skill Information]\nGeneral: read the admissible actions.")
        assert text.endswith("<|im_start|>assistant\n")  # the newest prompt tokens are the ones kept
    assert trainer.state.log_history[0]["skills/teacher_truncated_ratio"] == 1.0


class RecordsLoadedState(SDARTrainer):
    def _load_optimizer_and_scheduler(self, checkpoint):
        super()._load_optimizer_and_scheduler(checkpoint)
        self.loaded_state = json.loads(json.dumps(self.context_source.state_dict()))


def test_ucb_statistics_are_checkpointed_and_restored(config, tiny_model_dir, tmp_path):
    make_library(tmp_path / "skills")
    args = dict(
        skills_dir=str(tmp_path / "skills"), skill_retrieval="ucb", save_strategy="steps", save_steps=1, max_steps=2
    )
    first = SDARTrainer(model=tiny_model_dir, reward_funcs=reward, train_dataset=tasks(), args=config(**args))
    first.train()
    out = tmp_path / "out"
    saved = [json.loads((out / f"checkpoint-{s}" / "skill_retriever_state.json").read_text()) for s in (1, 2)]

    def pulls(state):
        return sum(p for ctx in state["retriever"]["stats"].values() for p, _ in ctx.values())

    assert (pulls(saved[0]), pulls(saved[1])) == (4, 8)  # one pull per trajectory
    assert saved[1] == json.loads(json.dumps(first.context_source.state_dict()))
    history = [h for h in first.state.log_history if "skills/ucb/heat/pulls" in h]
    assert history and history[-1]["skills/ucb/heat/pulls"] + history[-1]["skills/ucb/cool/pulls"] == 8

    resumed = RecordsLoadedState(model=tiny_model_dir, reward_funcs=reward, train_dataset=tasks(), args=config(**args))
    resumed.train(resume_from_checkpoint=str(out / "checkpoint-1"))
    assert resumed.loaded_state == saved[0]
    assert pulls(resumed.context_source.state_dict()) == 8


class StudentRows(SDARTrainer):
    def _tokenize_prompts(self, prompts):
        out = super()._tokenize_prompts(prompts)
        mode = "train" if self.model.training else "eval"
        self.__dict__.setdefault("student", []).extend((mode, ids) for ids in out[0])
        return out


def test_skill_grpo_shows_retrieved_skills_to_the_student_in_training_and_evaluation(config, tiny_model_dir, tmp_path):
    library = load_skill_library(make_library(tmp_path / "skills"))
    trainer = StudentRows(
        model=tiny_model_dir,
        reward_funcs=reward,
        train_dataset=tasks(),
        eval_dataset=tasks(4),
        args=config(
            skills_dir=str(tmp_path / "skills"),
            sdar_coef=0.0,
            privileged_context_to_student=True,
            max_steps=1,
            eval_strategy="steps",
            eval_steps=1,
            per_device_eval_batch_size=4,
        ),
    )
    trainer.train()
    modes = {mode for mode, _ in trainer.student}
    assert modes == {"train", "eval"}
    for _, ids in trainer.student:
        text = trainer.processing_class.decode(ids)
        # the official Skill-GRPO placement: right after the chat template's user header
        assert text.startswith(f"<|im_start|>user\n[Privileged Skill Information]\n{library.general}")


def test_evaluation_leaves_no_pending_pulls_in_the_bandit(config, tiny_model_dir, tmp_path):
    # An evaluation's selections must not stay pending in the UCB statistics, where they would tilt the next training
    # selection.
    make_library(tmp_path / "skills")
    trainer = SDARTrainer(
        model=tiny_model_dir,
        reward_funcs=reward,
        train_dataset=tasks(),
        eval_dataset=tasks(1),
        args=config(
            skills_dir=str(tmp_path / "skills"),
            skill_retrieval="ucb",
            max_steps=1,
            per_device_eval_batch_size=3,
            num_generations_eval=3,
        ),
    )
    trainer.train()
    before = trainer.context_source.state_dict()
    metrics = trainer.evaluate()
    assert math.isfinite(metrics["eval_sdar/loss"])  # the evaluation's teacher did see retrieved skills
    assert trainer.context_source.retriever.selection_state() == {}
    assert trainer.context_source.state_dict() == before


def test_a_bandit_update_with_mismatched_lengths_names_both(config, tiny_model_dir, tmp_path):
    make_library(tmp_path / "skills")
    trainer = SDARTrainer(
        model=tiny_model_dir,
        reward_funcs=reward,
        train_dataset=tasks(),
        args=config(skills_dir=str(tmp_path / "skills"), skill_retrieval="ucb"),
    )
    trainer._hook_state = HookState(pulls=[("pick_heat_then_place_in_recep", ("heat",))] * 3, rewards=torch.zeros(4))
    with pytest.raises(RuntimeError, match="3 retrievals but 4 trajectory rewards"):
        trainer._update_context_state()
