"""`AgentBatchBuilder` on its own (no trainer): a scripted rollout on the KeyDoor environment made into TRL's batch,
calling only what it is handed."""

import math
from contextlib import contextmanager

import pytest
import torch
from accelerate import Accelerator
from scripted import ScriptedPolicy
from transformers import AutoTokenizer

from sdar_trl.agent import (
    ACTION_FORMAT,
    AgentBatchBuilder,
    AgentSources,
    RolloutConfig,
    RolloutEngine,
    env_return_reward,
)
from sdar_trl.envs import KeyDoorEnv


ROWS = [{"key_room": 1}, {"key_room": 1}, {"key_room": 2}, {"key_room": 2}]


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    return AutoTokenizer.from_pretrained(tiny_model_dir)


def builder(tokenizer, layout):
    engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(layout=layout, max_turns=6))
    return AgentBatchBuilder(
        engine,
        KeyDoorEnv,
        Accelerator(cpu=True),
        layout=layout,
        invalid_action_penalty=0.1,
        step_advantage_stats="steps",
        scale_rewards="group",
        reward_weights=torch.tensor([1.0]),
        reward_func_names=["env_return_reward"],
        pad_token_id=tokenizer.pad_token_id,
        context_to_student=False,
    )


class Handed:
    """The sources the builder is handed, recording each call."""

    def __init__(self, policy):
        self.policy, self.calls = policy, []

    @contextmanager
    def generator(self):
        self.calls.append("generator")
        yield self.policy

    def rewards(self, rows, prompts, completions, completion_ids):
        self.calls.append("rewards")
        return torch.tensor(env_return_reward(completions, [r["episode_return"] for r in rows])).unsqueeze(1)

    def rollout_logps(self, output):
        self.calls.append("rollout_logps")
        return {"old_per_token_logps": torch.zeros(output["completion_ids"].shape)}

    def context_blocks(self, rows):
        self.calls.append("context_blocks")
        return [f"key in room {row['key_room']}" for row in rows]

    def teacher(self, rows, output, blocks):
        self.calls.append("teacher")
        self.teacher_blocks = blocks
        return {"teacher_per_token_logps": torch.full(output["completion_ids"].shape, -1.0)}

    def sources(self):
        return AgentSources(self.generator, self.rewards, self.rollout_logps, self.context_blocks, self.teacher)


def test_step_layout_batch_from_the_handed_sources(tokenizer):
    handed = Handed(ScriptedPolicy(tokenizer, invalid_first={3}))
    batch = builder(tokenizer, "step").build(ROWS, handed.sources(), group_size=2)
    assert handed.calls == ["generator", "context_blocks", "rewards", "rollout_logps", "teacher"]
    output = batch.output
    assert output["completion_ids"].size(0) == 13  # 3 + 3 + 3 + 4 steps
    # group 2's step scores: 10, 10, 10 | 9.9 (the invalid first step), 10, 10, 10
    scores = [10.0] * 3 + [9.9] + [10.0] * 3
    mean, std = sum(scores) / 7, math.sqrt(sum((x - sum(scores) / 7) ** 2 for x in scores) / 6)
    assert output["advantages"].tolist() == pytest.approx(
        [0.0] * 6 + [(x - mean) / (std + 1e-6) for x in scores], abs=1e-3
    )
    assert output["num_items_in_batch"] == output["completion_mask"].sum()
    assert set(output) >= {"prompt_ids", "prompt_mask", "old_per_token_logps", "teacher_per_token_logps"}
    # one block per episode, given to each of its step rows
    assert handed.teacher_blocks == ["key in room 1"] * 6 + ["key in room 2"] * 7
    assert batch.rewards.tolist() == [10.0] * 4 and batch.stats.generation_calls == 4
    assert batch.metrics["env/success_rate"] == 1.0 and batch.metrics["env/invalid_action_rate"] == 1 / 13
    assert batch.metrics["rewards/env_return_reward/mean"] == 10.0
    assert len(batch.logs["completion"]) == 4 and len(batch.logs["advantages"]) == 13


def test_episode_layout_charges_the_penalty_to_the_return(tokenizer):
    handed = Handed(ScriptedPolicy(tokenizer, invalid_first={3}))
    sources = AgentSources(handed.generator, handed.rewards, handed.rollout_logps)  # no context, no teacher
    batch = builder(tokenizer, "episode").build(ROWS, sources, group_size=2)
    assert handed.calls == ["generator", "rewards", "rollout_logps"]
    assert batch.rewards.tolist() == pytest.approx([10.0, 10.0, 10.0, 9.9])
    adv = 0.05 / (math.sqrt(2 * 0.05**2) + 1e-4)
    assert batch.output["advantages"].tolist() == pytest.approx([0.0, 0.0, adv, -adv], abs=1e-3)
    assert "tool_mask" in batch.output and "teacher_per_token_logps" not in batch.output
