"""A resumed run trains the steps of the uninterrupted one: same prompts after an epoch boundary, same rollout
cadence."""

import json
import logging
import os

import pytest
import torch
from datasets import Dataset
from safetensors.torch import load_file
from tiny_run import TINY_RUN

from sdar_trl import SDARConfig, SDARTrainer


def prompts(n):
    return Dataset.from_dict(
        {
            "prompt": [
                [{"role": "user", "content": f"Your task is to: put egg {i} in countertop 1."}] for i in range(n)
            ],
            "privileged_context": [f"The egg {i} is in fridge 1." for i in range(n)],
        }
    )


def reward(completions, **kwargs):
    return [float(len(c[0]["content"])) / 10 for c in completions]


class RecordsGenerations(SDARTrainer):
    """Records, for every generation batch, the global step it was made at and the prompts it was given."""

    def _generate_and_score_completions(self, inputs):
        self.__dict__.setdefault("generations", []).append(
            (self.state.global_step, tuple(x["prompt"][0]["content"] for x in inputs))
        )
        return super()._generate_and_score_completions(inputs)


def make_trainer(tiny_model_dir, out, dataset, **kwargs):
    settings = dict(
        TINY_RUN,
        output_dir=str(out),
        seed=7,
        num_generations=4,
        max_completion_length=4,
        max_steps=-1,
        save_strategy="steps",
        save_steps=1,
        learning_rate=1e-3,
    )
    args = SDARConfig(**{**settings, **kwargs})
    return RecordsGenerations(model=tiny_model_dir, reward_funcs=reward, args=args, train_dataset=dataset)


def train(tiny_model_dir, out, dataset, resume=None, **kwargs):
    trainer = make_trainer(tiny_model_dir, out, dataset, **kwargs)
    trainer.train(resume_from_checkpoint=resume)
    return trainer.generations


def test_resume_at_an_epoch_boundary_keeps_the_prompt_order(tiny_model_dir, tmp_path):
    # 3 prompts, one per step: steps 1-3 are epoch 0, steps 4-6 epoch 1.
    full = train(tiny_model_dir, tmp_path, prompts(3), max_steps=6)
    epoch0, epoch1 = [p for _, p in full[:3]], [p for _, p in full[3:]]
    assert sorted(epoch0) == sorted(epoch1) and epoch0 != epoch1  # reshuffled: replaying epoch 0 would show
    resumed = train(tiny_model_dir, tmp_path, prompts(3), resume=str(tmp_path / "checkpoint-3"), max_steps=6)
    assert resumed == full[3:]


def test_resume_keeps_the_rollout_cadence(tiny_model_dir, tmp_path):
    # num_iterations=2: one generation serves two optimizer steps (made at global steps 0 and 2).
    full = train(tiny_model_dir, tmp_path, prompts(8), max_steps=4, num_iterations=2)
    assert [step for step, _ in full] == [0, 2]
    resumed = train(
        tiny_model_dir, tmp_path, prompts(8), resume=str(tmp_path / "checkpoint-1"), max_steps=4, num_iterations=2
    )
    # The buffer of step 1's generation is not in the checkpoint, so step 2 generates anew; step 3 then generates on
    # the uninterrupted cadence (TRL's counter restarting at 0 would generate at step 4 instead) with its prompts.
    assert [step for step, _ in resumed] == [1, 2]
    assert resumed[1] == full[1]


def checkpoints(folder):
    """Every checkpoint folder, staging ones included."""
    return sorted(name for name in os.listdir(folder) if "checkpoint" in name)


def test_resume_true_takes_the_newest_complete_checkpoint(tiny_model_dir, tmp_path, caplog):
    full = train(tiny_model_dir, tmp_path / "full", prompts(8), max_steps=3)
    out = tmp_path / "cut"
    train(tiny_model_dir, out, prompts(8), max_steps=3)
    # Checkpoints appear whole: nothing is left of their staging folders.
    assert checkpoints(out) == ["checkpoint-1", "checkpoint-2", "checkpoint-3"]
    (out / "checkpoint-3" / "trainer_state.json").unlink()  # as a kill inside a non-atomic save leaves it
    with caplog.at_level(logging.WARNING, logger="sdar_trl.checkpoints"):
        resumed = train(tiny_model_dir, out, prompts(8), resume=True, max_steps=3)
    assert "checkpoint-3: trainer_state.json (missing)" in caplog.text and "resuming from checkpoint-2" in caplog.text
    assert resumed == full[2:]  # step 3 trained again from checkpoint-2, with the uninterrupted run's prompts
    assert json.loads((out / "checkpoint-3" / "trainer_state.json").read_text())["global_step"] == 3


def test_an_incomplete_checkpoint_folder_is_refused_before_training(tiny_model_dir, tmp_path):
    train(tiny_model_dir, tmp_path, prompts(8), max_steps=1)
    (tmp_path / "checkpoint-1" / "optimizer.pt").write_bytes(b"cut")
    with pytest.raises(ValueError, match=r"checkpoint-1.\) is not a complete checkpoint: .*optimizer.pt \(truncated"):
        train(tiny_model_dir, tmp_path, prompts(8), resume=str(tmp_path / "checkpoint-1"), max_steps=2)


def test_a_finished_run_resumed_trains_nothing(tiny_model_dir, tmp_path, capsys):
    train(tiny_model_dir, tmp_path, prompts(8), max_steps=2)
    capsys.readouterr()
    trainer = make_trainer(tiny_model_dir, tmp_path, prompts(8), max_steps=2)
    output = trainer.train(resume_from_checkpoint=True)
    assert trainer.__dict__.get("generations") is None and output.global_step == 2  # no step, no generation
    assert checkpoints(tmp_path) == ["checkpoint-1", "checkpoint-2"]  # no new checkpoint
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"Nothing to train: the run resumed from {tmp_path / 'checkpoint-2'} is already at max_steps=2. To train "
        "further, raise `max_steps` (or `num_train_epochs`) and resume again."
    )
    # The trainer holds the finished run (its weights and state), for what the caller does next.
    saved = load_file(str(tmp_path / "checkpoint-2" / "model.safetensors"))
    weights = trainer.model.state_dict()
    assert all(torch.equal(weights[name], value) for name, value in saved.items())
    assert trainer.state.global_step == 2 and len([h for h in trainer.state.log_history if "loss" in h]) == 2


def test_save_total_limit_deletes_the_old_checkpoint_once_the_new_one_is_in_place(tiny_model_dir, tmp_path):
    train(tiny_model_dir, tmp_path, prompts(8), max_steps=3, save_total_limit=1)
    assert checkpoints(tmp_path) == ["checkpoint-3"]
