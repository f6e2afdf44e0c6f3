"""A resumed run trains the steps of the uninterrupted one: same prompts after an epoch boundary, same rollout
cadence."""

from datasets import Dataset

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


def train(tiny_model_dir, out, dataset, resume=None, **kwargs):
    args = SDARConfig(
        output_dir=str(out),
        use_cpu=True,
        bf16=False,
        gradient_checkpointing=False,
        report_to=[],
        seed=7,
        per_device_train_batch_size=4,
        num_generations=4,
        max_completion_length=4,
        logging_steps=1,
        save_strategy="steps",
        save_steps=1,
        learning_rate=1e-3,
        **kwargs,
    )
    trainer = RecordsGenerations(model=tiny_model_dir, reward_funcs=reward, args=args, train_dataset=dataset)
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
