"""Worker for tests/test_distributed.py: agent training under torchrun where the processes' episodes end after
different numbers of turns. Writes OUT/agent_rank<k>.json."""

import json
import os
import sys

import torch
from datasets import Dataset

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.envs import CountdownEnv
from sdar_trl_examples import end_processes


def main(model_dir: str, layout: str, out: str) -> None:
    torch.set_num_threads(1)
    # Rank 0 gets the first task (episodes of 1 step), rank 1 the second (4 steps): no shuffling.
    dataset = Dataset.from_dict({"length": [1, 4], "privileged_context": ["just wait", "wait four times"]})
    args = SDARConfig(
        output_dir=os.path.join(out, "run"),
        use_cpu=True,
        bf16=False,
        gradient_checkpointing=False,
        report_to=[],
        per_device_train_batch_size=2,
        num_generations=2,
        max_completion_length=4,
        max_steps=1,
        logging_steps=1,
        save_strategy="no",
        seed=5,
        shuffle_dataset=False,
        agent_layout=layout,
        max_turns=6,
    )
    trainer = SDARTrainer(model=model_dir, args=args, train_dataset=dataset, env=CountdownEnv)
    trainer.train()
    rank = trainer.accelerator.process_index
    with open(os.path.join(out, f"agent_rank{rank}.json"), "w") as f:
        json.dump(
            {"generation_calls": trainer.last_rollout_stats.generation_calls, "history": trainer.state.log_history}, f
        )


if __name__ == "__main__":
    main(*sys.argv[1:4])
    end_processes()  # as the examples end: no interpreter finalization for gloo's threads to abort
