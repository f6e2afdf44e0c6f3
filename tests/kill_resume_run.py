"""Worker for tests/test_trainer_checkpoints.py: a short SDAR run saving every step, which kills itself where told.

    python kill_resume_run.py MODEL_DIR OUTPUT_DIR MAX_STEPS [RESUME]      (or under torchrun)

Environment (each a step number; the kills are real SIGKILLs, which nothing in the process can intercept):
    KILL_IN_SAVE=N        SIGKILL inside the save of checkpoint N, after its weights, optimizer, scheduler and RNG
                          states are written and before its trainer state is.
    KILL_AFTER_STEP=N     SIGKILL at the end of optimizer step N, before its checkpoint is saved.
    SIGNAL_AT_STEP=N      SIGTERM to itself when optimizer step N begins.
    ONLY_RANK=k           Only process k kills or signals itself.
    PREEMPT=1             `save_on_preemption=True`.
Every generation batch appends `{"step", "prompts"}` to OUTPUT_DIR/prompts_rank<k>.jsonl.
"""

import json
import os
import signal
import sys

import torch
from datasets import Dataset
from transformers import TrainerCallback

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl_examples import end_processes


def step_env(name):
    return int(os.environ[name]) if name in os.environ else None


class KillsItself(SDARTrainer):
    def _generate_and_score_completions(self, inputs):
        path = os.path.join(self.args.output_dir, f"prompts_rank{self.accelerator.process_index}.jsonl")
        with open(path, "a") as f:  # flushed on close: a SIGKILL loses nothing written before it
            f.write(json.dumps({"step": self.state.global_step, "prompts": [x["prompt"] for x in inputs]}) + "\n")
        return super()._generate_and_score_completions(inputs)

    def _save_rng_state(self, output_dir):
        super()._save_rng_state(output_dir)
        if self.state.global_step == step_env("KILL_IN_SAVE") and chosen(self.accelerator.process_index):
            os.kill(os.getpid(), signal.SIGKILL)


def chosen(rank):
    return "ONLY_RANK" not in os.environ or int(os.environ["ONLY_RANK"]) == rank


class Kills(TrainerCallback):
    def __init__(self, rank):
        self.rank = rank

    def on_step_begin(self, args, state, control, **kwargs):
        if state.global_step + 1 == step_env("SIGNAL_AT_STEP") and chosen(self.rank):
            os.kill(os.getpid(), signal.SIGTERM)

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step == step_env("KILL_AFTER_STEP") and chosen(self.rank):
            os.kill(os.getpid(), signal.SIGKILL)


def reward(completions, **kwargs):
    return [float(len(c[0]["content"])) / 10 for c in completions]


def main(model_dir, out, max_steps, resume=None):
    torch.set_num_threads(1)
    dataset = Dataset.from_dict(
        {
            "prompt": [[{"role": "user", "content": f"Put egg {i} in countertop 1."}] for i in range(8)],
            "privileged_context": [f"The egg {i} is in fridge 1." for i in range(8)],
        }
    )
    args = SDARConfig(
        output_dir=out,
        use_cpu=True,
        bf16=False,
        gradient_checkpointing=False,
        report_to=[],
        seed=7,
        per_device_train_batch_size=4,
        num_generations=4,
        max_completion_length=4,
        max_steps=int(max_steps),
        logging_steps=1,
        save_strategy="steps",
        save_steps=1,
        learning_rate=1e-3,
        save_on_preemption=os.environ.get("PREEMPT") == "1",
    )
    trainer = KillsItself(model=model_dir, reward_funcs=reward, args=args, train_dataset=dataset)
    trainer.add_callback(Kills(trainer.accelerator.process_index))
    trainer.train(resume_from_checkpoint=resume)


if __name__ == "__main__":
    main(*sys.argv[1:5])
    end_processes()
