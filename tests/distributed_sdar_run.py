"""Worker for tests/test_distributed.py: a short SDAR run with UCB skills under torchrun (gloo, CPU).

Each process writes its final skill-retriever state and its logged metrics to OUT/rank<k>.json.
"""

import json
import os
import sys

import torch
from datasets import Dataset

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl_examples import end_processes


def main(model_dir: str, skills_dir: str, out: str) -> None:
    torch.set_num_threads(1)
    verbs = ["heat", "cool"]
    dataset = Dataset.from_dict(
        {
            "prompt": [
                [{"role": "user", "content": f"Your task is to: {verbs[i % 2]} some egg {i}."}] for i in range(16)
            ],
            "task_type": [f"pick_{verbs[i % 2]}_then_place_in_recep-Egg-{i}" for i in range(16)],
        }
    )

    def reward(completions, **kwargs):
        return [float(len(c[0]["content"])) / 10 for c in completions]

    args = SDARConfig(
        output_dir=os.path.join(out, "run"),
        use_cpu=True,
        bf16=False,
        gradient_checkpointing=False,
        report_to=[],
        per_device_train_batch_size=4,
        num_generations=4,
        max_completion_length=6,
        max_steps=2,
        logging_steps=1,
        save_strategy="no",
        seed=5,
        skills_dir=skills_dir,
        skill_retrieval="ucb",
    )
    trainer = SDARTrainer(model=model_dir, reward_funcs=reward, args=args, train_dataset=dataset)
    trainer.train()
    rank = trainer.accelerator.process_index
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(
            {
                "world": trainer.accelerator.num_processes,
                "state": trainer.context_source.state_dict(),
                "history": trainer.state.log_history,
            },
            f,
        )


if __name__ == "__main__":
    main(*sys.argv[1:4])
    end_processes()  # as the examples end: no interpreter finalization for gloo's threads to abort
