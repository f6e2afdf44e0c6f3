"""The shared-prefix teacher pass gives the plain pass's log-probs (single-turn, step layout, PEFT), forwarding fewer
tokens."""

import pytest
import torch
from scripted import ScriptedPolicy, use_policy
from test_trainer import config, dataset, length_reward
from test_trainer_agent import Recording, tasks
from test_trainer_agent import config as agent_config

from sdar_trl import SDARTrainer
from sdar_trl.envs import KeyDoorEnv
from sdar_trl.teacher_prefix import shared_prefix_length


def test_shared_prefix_length_keeps_a_token_of_each_prompt():
    assert shared_prefix_length([[1, 2, 3, 4], [1, 2, 3, 4]]) == 3  # identical prompts: all but the last token
    assert shared_prefix_length([[1, 2, 3, 4], [1, 2, 5], [1, 2, 3]]) == 2
    assert shared_prefix_length([[7, 2], [8, 2]]) == 0
    assert shared_prefix_length([[5]]) == 0


def both_passes(trainer, rows, batch):
    """The teacher log-probs and tokens forwarded, with and without prefix sharing, on one batch."""
    results = {}
    for sharing in (True, False):
        trainer.args.teacher_prefix_sharing = sharing
        trainer._metrics["train"].clear()
        logps = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
        results[sharing] = (logps, trainer._metrics["train"]["sdar/teacher_tokens"][-1])
    return results


@pytest.mark.parametrize("peft", [False, True], ids=["full", "lora"])
def test_single_turn_groups_share_block_and_prompt(tiny_model_dir, peft):
    kwargs = {}
    if peft:
        from peft import LoraConfig

        kwargs["peft_config"] = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    trainer = SDARTrainer(
        model=tiny_model_dir,
        reward_funcs=length_reward,
        train_dataset=dataset(),
        args=config(per_device_train_batch_size=8, num_generations=4),
        **kwargs,
    )
    trainer.model.train()
    rows = [dict(dataset()[i]) for i in (0, 0, 0, 0, 1, 1, 1, 1)]  # two groups of four, prompts of unequal length
    rows[4] = rows[5] = rows[6] = rows[7] = {**rows[4], "prompt": [{"role": "user", "content": "A longer task: " * 3}]}
    batch = trainer._generate_and_score_completions(rows)
    results = both_passes(trainer, rows, batch)
    mask = batch["completion_mask"].bool()
    shared, plain = results[True][0], results[False][0]
    assert torch.allclose(shared[mask], plain[mask], atol=1e-5)
    # a group of G rows forwards its block and prompt once: B + P + G·C instead of G·(B + P + C), up to a token
    assert results[True][1] < 0.5 * results[False][1]


@pytest.mark.parametrize("layout", ["step", "episode"])
def test_agent_rows_of_a_task_share_their_prefix(tiny_model_dir, tmp_path, monkeypatch, layout):
    # step layout: a task's step rows share the block; episode layout: a group's rows share block and prompt
    batches = {}
    for sharing in (True, False):
        trainer = Recording(
            model=tiny_model_dir,
            train_dataset=tasks(),
            env=KeyDoorEnv,
            args=agent_config(tmp_path, teacher_prefix_sharing=sharing, agent_layout=layout),
        )
        use_policy(monkeypatch, ScriptedPolicy(trainer.processing_class, invalid_first={3}))
        trainer.model.train()
        trainer.current_gradient_accumulation_steps = 1
        batches[sharing] = (
            trainer._generate_and_score_completions([dict(r) for r in tasks() for _ in range(2)]),
            trainer._metrics["train"]["sdar/teacher_tokens"][-1],
        )
    (shared, shared_tokens), (plain, plain_tokens) = batches[True], batches[False]
    assert torch.equal(shared["completion_ids"], plain["completion_ids"])  # the same scripted rollout
    mask = shared["completion_mask"].bool()
    assert torch.allclose(shared["teacher_per_token_logps"][mask], plain["teacher_per_token_logps"][mask], atol=1e-5)
    assert shared_tokens < plain_tokens
