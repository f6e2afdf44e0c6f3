"""The engine and both collators on exact token ids, with a scripted policy on the KeyDoor environment."""

import math
import os

import pytest
import torch
from faulty_envs import Dying, Hanging, Pid, Raising, RaisingOnReset
from scripted import ScriptedPolicy
from transformers import AutoTokenizer

from sdar_trl.agent import (
    ACTION_FORMAT,
    HistoryEntry,
    RolloutConfig,
    RolloutEngine,
    episode_return,
    episode_rows,
    group_advantages,
    step_advantages,
    step_rows,
)
from sdar_trl.envs import KeyDoorEnv


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    return AutoTokenizer.from_pretrained(tiny_model_dir)


ROWS = [{"key_room": 1}, {"key_room": 1}, {"key_room": 2}, {"key_room": 2}]


def chat(tokenizer, content):
    return tokenizer.apply_chat_template(
        [{"role": "user", "content": content}], add_generation_prompt=True, tokenize=True, return_dict=True
    )["input_ids"]


def tokens(tokenizer, text):
    return tokenizer(text, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]


def test_step_layout_rows_are_rebuilt_prompts_and_responses(tokenizer):
    policy = ScriptedPolicy(tokenizer, invalid_first={3})
    engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(layout="step", max_turns=6, history_window=2))
    episodes, stats = engine.run(ROWS, KeyDoorEnv, policy)
    assert [e.won for e in episodes] == [True] * 4
    assert [len(e.turns) for e in episodes] == [3, 3, 3, 4]
    assert [e.invalid_steps for e in episodes] == [0, 0, 0, 1]
    assert [episode_return(e, 0.1) for e in episodes] == [10.0, 10.0, 10.0, pytest.approx(9.9)]
    assert stats.generation_calls == 4 and [len(c) for c in policy.calls] == [4, 4, 4, 1]  # finished ones drop out

    rows = step_rows(episodes)
    assert rows.episode == [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3] and rows.tool_mask is None
    ep = episodes[3]
    task = "take the key from room 2 and open the door"
    first = "You are in room 0. Your task is to: take the key from room 2 and open the door."
    adm0 = ("go to room 1", "go to room 2")
    # step 0: no history
    assert rows.prompt_ids[9] == chat(tokenizer, ACTION_FORMAT.render(task, 0, [], first, adm0))
    assert rows.completion_ids[9] == tokens(tokenizer, "I am not sure")
    # step 3: the last two (observation, action) pairs, the current observation, admissible actions
    history = [
        HistoryEntry("Nothing happens.", "go to room 2"),
        HistoryEntry("You arrive at room 2. You see a key.", "take key"),
    ]
    expected = ACTION_FORMAT.render(
        task, 3, history, "You pick up the key.", ("go to room 0", "go to room 1", "open door")
    )
    assert rows.prompt_ids[12] == chat(tokenizer, expected)
    assert rows.completion_ids[12] == tokens(tokenizer, "<think>plan</think><action>open door</action>")
    assert ep.turns[0].action.action == "i am not sure" and ep.turns[0].observation.text == "Nothing happens."


def test_episode_layout_rows_mask_observations(tokenizer):
    policy = ScriptedPolicy(tokenizer)
    engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(layout="episode", max_turns=6))
    episodes, _ = engine.run(ROWS[:1], KeyDoorEnv, policy)
    rows = episode_rows(episodes)
    task = "take the key from room 1 and open the door"
    first = f"You are in room 0. Your task is to: {task}."
    assert rows.prompt_ids == [
        chat(tokenizer, ACTION_FORMAT.render(task, 0, [], first, ("go to room 1", "go to room 2")))
    ]
    r1 = tokens(tokenizer, "<think>plan</think><action>go to room 1</action>")
    r2 = tokens(tokenizer, "<think>plan</think><action>take key</action>")
    r3 = tokens(tokenizer, "<think>plan</think><action>open door</action>")
    obs1 = ACTION_FORMAT.render(
        task, 1, [], "You arrive at room 1. You see a key.", ("go to room 0", "go to room 2", "take key")
    )
    obs2 = ACTION_FORMAT.render(task, 2, [], "You pick up the key.", ("go to room 0", "go to room 2", "open door"))
    s1 = tokenizer(f"\n<|im_start|>user\n{obs1}<|im_end|>\n<|im_start|>assistant\n", add_special_tokens=False)[
        "input_ids"
    ]
    s2 = tokenizer(f"\n<|im_start|>user\n{obs2}<|im_end|>\n<|im_start|>assistant\n", add_special_tokens=False)[
        "input_ids"
    ]
    assert rows.completion_ids == [r1 + s1 + r2 + s2 + r3]
    assert rows.tool_mask == [[1] * len(r1) + [0] * len(s1) + [1] * len(r2) + [0] * len(s2) + [1] * len(r3)]
    # the conversation the model was given at turn 3 is exactly prompt + completion so far
    assert policy.calls[2][0] == rows.prompt_ids[0] + r1 + s1 + r2 + s2


def test_group_advantages_by_hand():
    returns = torch.tensor([10.0, 10.0, 10.0, 9.9])
    per_episode = group_advantages(returns, 2)
    # group 2: mean 9.95, unbiased std sqrt(2 * 0.05^2) = 0.0707107
    assert per_episode.tolist() == pytest.approx([0.0, 0.0, 0.05 / 0.0708107, -0.05 / 0.0708107], abs=1e-4)
    by_steps = group_advantages(returns, 2, weights=torch.tensor([3.0, 3.0, 3.0, 4.0]))
    # steps 3 and 4: mean (30 + 39.6) / 7 = 9.942857; var (3 * 0.057143^2 + 4 * 0.042857^2) / 6 = 0.0028571
    std = math.sqrt(0.0028571)
    assert by_steps.tolist() == pytest.approx([0.0, 0.0, 0.057143 / (std + 1e-4), -0.042857 / (std + 1e-4)], abs=1e-3)
    unscaled = group_advantages(torch.tensor([1.0, 3.0]), 2, scale="none")
    assert unscaled.tolist() == [-1.0, 1.0]
    ignored = group_advantages(torch.tensor([5.0, 1.0, 3.0, 0.0]), 4, weights=torch.tensor([1.0, 1.0, 1.0, 0.0]))
    assert ignored[3] == 0 and ignored[:3].tolist() == pytest.approx([1.0 / 1.0001, -1.0 / 1.0001, 0.0], abs=1e-4)
    with pytest.raises(ValueError, match="groups of 3"):
        group_advantages(torch.zeros(4), 3)


def test_group_advantages_batch_scale_divides_by_the_batch_std():
    # TRL's scale_rewards="batch": group mean subtracted, std of all returns (1, 3, 5, 5: mean 3.5, std 1.9149)
    out = group_advantages(torch.tensor([1.0, 3.0, 5.0, 5.0]), 2, scale="batch")
    assert out.tolist() == pytest.approx([-1 / 1.9149, 1 / 1.9149, 0.0, 0.0], abs=1e-4)


def test_step_advantages_official_worked_example():
    # One group, two lost episodes: A = [valid, invalid], B = [valid, valid], penalty 0.1 -> scores [0, -0.1, 0, 0];
    # mean -0.025, unbiased std sqrt((3 * 0.025^2 + 0.075^2) / 3) = 0.05 -> [0.5, -1.5, 0.5, 0.5].
    a, b = step_advantages(torch.tensor([0.0, 0.0]), [[False, True], [False, False]], 2, 0.1)
    assert a.tolist() == pytest.approx([0.5, -1.5], abs=1e-4) and b.tolist() == pytest.approx([0.5, 0.5], abs=1e-4)
    # The episode layout's form (penalty summed into the episode's return, one advantage per episode) gives +-0.866
    # here, every step of A blamed alike; the step layout blames A's invalid step alone.
    assert group_advantages(torch.tensor([-0.1, 0.0]), 2, weights=torch.tensor([2.0, 2.0])).tolist() == pytest.approx(
        [-0.866, 0.866], abs=2e-3
    )


def test_step_advantages_statistics_and_edge_cases():
    # "episodes": statistics over each episode's first step score (9 and 0 -> mean 4.5, std 6.3640); rows keep
    # their own scores (9 and 10 for the first episode).
    a, b = step_advantages(torch.tensor([10.0, 0.0]), [[True, False], [False]], 2, 1.0, stats="episodes")
    std = math.sqrt(2 * 4.5**2)
    assert a.tolist() == pytest.approx([(9 - 4.5) / std, (10 - 4.5) / std], abs=1e-4)
    assert b.tolist() == pytest.approx([-4.5 / std], abs=1e-4)
    # A group with a single score (the other episode never played a step): mean 0, std 1, as the official code.
    (single, empty) = step_advantages(torch.tensor([3.0, 1.0]), [[False], []], 2, 0.1)
    assert single.tolist() == pytest.approx([3.0 / (1 + 1e-6)]) and empty.numel() == 0
    # scale="none": centered scores only.
    a, b = step_advantages(torch.tensor([1.0, 0.0]), [[False], [False]], 2, 0.1, scale="none")
    assert (a.tolist(), b.tolist()) == ([0.5], [-0.5])
    with pytest.raises(ValueError, match="groups of 2"):
        step_advantages(torch.zeros(3), [[], [], []], 2, 0.1)


def test_rollout_config_from_training_args():
    from sdar_trl import SDARConfig

    args = SDARConfig(
        output_dir="/tmp/unused",
        use_cpu=True,
        bf16=False,
        agent_layout="episode",
        max_turns=7,
        history_window=3,
        agent_max_prompt_length=999,
        env_step_timeout=5.0,
        env_workers=2,
        chat_template_kwargs={"enable_thinking": False},
    )
    assert RolloutConfig.from_args(args) == RolloutConfig(
        layout="episode",
        max_turns=7,
        history_window=3,
        max_prompt_length=999,
        step_timeout=5.0,
        env_workers=2,
        chat_template_kwargs={"enable_thinking": False},
    )


def test_max_live_episodes_refills_the_batch(tokenizer):
    # Six episodes of 1, 1, 4, 4, 1, 1 steps. Lockstep: batches of 6, 2, 2, 2 rows (it thins out). With at most 2
    # live episodes, a finished one's slot goes to the next: 2 rows in every generation call.
    from sdar_trl.envs import CountdownEnv

    def waiting_policy():
        policy = ScriptedPolicy(tokenizer)
        policy.response_text = lambda call, position, prompt: "<think>w</think><action>wait</action>"
        return policy

    rows = [{"length": n} for n in (1, 1, 4, 4, 1, 1)]
    for limit, sizes in ((None, [6, 2, 2, 2]), (2, [2, 2, 2, 2, 2, 2])):
        policy = waiting_policy()
        engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(max_turns=6, max_live_episodes=limit))
        episodes, stats = engine.run(rows, CountdownEnv, policy)
        assert [len(call) for call in policy.calls] == sizes
        assert [len(e.turns) for e in episodes] == [1, 1, 4, 4, 1, 1] and all(e.won for e in episodes)
    # max_turns still ends an episode, counted per episode
    engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(max_turns=2, max_live_episodes=1))
    episodes, _ = engine.run([{"length": 4}, {"length": 1}], CountdownEnv, waiting_policy())
    assert [(len(e.turns), e.end_reason) for e in episodes] == [(2, "max_turns"), (1, "done")]


def test_environments_in_worker_processes_play_the_same_episodes(tokenizer):
    # The same scripted rollout with the environments in this process and in child processes (2 calls at once):
    # the same turns, rewards and end reasons; the metrics come back from the children.
    def play(workers):
        engine = RolloutEngine(tokenizer, ACTION_FORMAT, RolloutConfig(max_turns=6, env_workers=workers))
        return engine.run(ROWS, Pid, ScriptedPolicy(tokenizer, invalid_first={3}))

    (local, local_stats), (remote, remote_stats) = play(0), play(2)

    def played(e):
        return [(t.action.action, t.observation, t.env_reward) for t in e.turns], e.end_reason, e.won

    assert [played(e) for e in remote] == [played(e) for e in local]
    assert remote_stats.counts == local_stats.counts == {"end/done": 4}
    assert [e.metrics["no_op_actions"] for e in remote] == [0.0, 0.0, 0.0, 1.0]
    assert {e.metrics["pid"] for e in local} == {os.getpid()}
    assert len({e.metrics["pid"] for e in remote}) == 4 and os.getpid() not in {e.metrics["pid"] for e in remote}


@pytest.mark.parametrize(
    ("env", "reason"),
    [(Raising, "env_error"), (Hanging, "env_timeout"), (Dying, "env_error"), (RaisingOnReset, "reset_error")],
)
def test_a_faulty_environment_in_a_worker_process_ends_its_episode_only(tokenizer, env, reason):
    config = RolloutConfig(max_turns=6, step_timeout=0.5, env_workers=2)
    episodes, stats = RolloutEngine(tokenizer, ACTION_FORMAT, config).run(ROWS, env, ScriptedPolicy(tokenizer))
    assert stats.counts == {"end/done": 2, f"end/{reason}": 2}
    assert [e.won for e in episodes] == [True, True, False, False]
