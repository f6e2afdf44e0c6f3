"""SDARTrainer with an environment: exact batches with a scripted policy, faults, chunking, vLLM glue, training."""

import logging
import math

import pytest
import torch
from datasets import Dataset
from faulty_envs import Hanging, Raising
from scripted import ScriptedPolicy, use_policy
from tiny_run import TINY_RUN

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.batching import GLOBAL_TOKEN_LOSSES, ROW_MEAN_LOSSES, TOKEN_MEAN_LOSSES
from sdar_trl.envs import KeyDoorEnv


def tasks(key_rooms=(1, 2)):
    return Dataset.from_dict(
        {"key_room": list(key_rooms), "privileged_context": [f"The key is in room {k}." for k in key_rooms]}
    )


def config(tmp_path, **kwargs):
    defaults = dict(
        TINY_RUN,
        output_dir=str(tmp_path / "out"),
        max_completion_length=16,
        seed=1,
        shuffle_dataset=False,
        max_turns=6,
    )
    defaults.update(kwargs)
    return SDARConfig(**defaults)


class Recording(SDARTrainer):
    def _generate_and_score_completions(self, inputs):
        output = super()._generate_and_score_completions(inputs)
        self.__dict__.setdefault("batches", []).append(output)
        return output

    def _teacher_rows(self, inputs, output, blocks):
        rows = super()._teacher_rows(inputs, output, blocks)
        self.__dict__.setdefault("teacher", []).append((blocks, rows.prompts))
        return rows


def unpad(ids, mask):
    return [i for i, m in zip(ids.tolist(), mask.tolist()) if m]


def test_step_layout_batch_with_scripted_policy(tiny_model_dir, tmp_path, monkeypatch):
    trainer = Recording(model=tiny_model_dir, args=config(tmp_path), train_dataset=tasks(), env=KeyDoorEnv)
    policy = ScriptedPolicy(trainer.processing_class, invalid_first={3})
    use_policy(monkeypatch, policy)
    trainer.train()
    batch = trainer.batches[0]
    assert batch["completion_ids"].size(0) == 13  # 3 + 3 + 3 + 4 steps
    # advantages (official step form): group 1, all 6 step scores 10 -> 0; group 2: the 7 step scores are
    # 10, 10, 10 | 9.9 (the invalid first step of episode 4), 10, 10, 10, normalized over the group's steps
    scores = [10.0] * 3 + [9.9] + [10.0] * 3
    mean, std = sum(scores) / 7, math.sqrt(sum((x - sum(scores) / 7) ** 2 for x in scores) / 6)
    expected = [0.0] * 6 + [(x - mean) / (std + 1e-6) for x in scores]
    assert batch["advantages"].tolist() == pytest.approx(expected, abs=1e-3)
    # every step row is exactly what the model was given and what it answered
    given = [p for call in policy.calls for p in call]
    rows = [unpad(i, m) for i, m in zip(batch["prompt_ids"], batch["prompt_mask"])]
    assert sorted(map(tuple, rows)) == sorted(map(tuple, given))
    # teacher rows: the privileged block, then the step prompt; one retrieval per episode
    blocks, teacher_rows = trainer.teacher[0]
    tok = trainer.processing_class
    for block, teacher, student in zip(blocks, teacher_rows, rows):
        block_ids = tok(block, add_special_tokens=False)["input_ids"]
        assert teacher == block_ids + student
    assert blocks[0] == "[Privileged Skill Information]\nThe key is in room 1.\n\n"
    assert blocks[-1] == "[Privileged Skill Information]\nThe key is in room 2.\n\n"
    log = trainer.state.log_history[0]
    assert log["env/success_rate"] == 1.0 and log["env/mean_turns"] == 13 / 4
    # the environment's episode metrics: one of the four episodes made one no-op (its invalid first step)
    assert log["env/episode/no_op_actions"] == pytest.approx(1 / 4)
    # the step layout's reward is the episode's (the penalty goes to the invalid step row's score)
    assert log["env/invalid_action_rate"] == pytest.approx(1 / 13) and log["reward"] == pytest.approx(10.0)
    assert math.isfinite(log["sdar/loss"])


def test_episode_layout_batch_with_scripted_policy(tiny_model_dir, tmp_path, monkeypatch):
    trainer = Recording(
        model=tiny_model_dir, args=config(tmp_path, agent_layout="episode"), train_dataset=tasks(), env=KeyDoorEnv
    )
    use_policy(monkeypatch, ScriptedPolicy(trainer.processing_class, invalid_first={3}))
    trainer.train()
    batch = trainer.batches[0]
    assert batch["completion_ids"].size(0) == 4
    adv = 0.05 / (math.sqrt(2 * 0.05**2) + 1e-4)
    assert batch["advantages"].tolist() == pytest.approx([0.0, 0.0, adv, -adv], abs=1e-3)
    mask = batch["completion_mask"] * batch["tool_mask"]
    tok = trainer.processing_class
    for row, m in zip(batch["completion_ids"], mask):
        trained = tok.decode([t for t, keep in zip(row.tolist(), m.tolist()) if keep])
        assert "<|im_start|>user" not in trained and "Nothing happens" not in trained  # observations masked
        assert "<action>open door</action>" in trained
    assert batch["num_items_in_batch"] == mask.sum()


@pytest.mark.parametrize("workers", [0, 2])
@pytest.mark.parametrize("env,reason", [(Raising, "env_error"), (Hanging, "env_timeout")])
def test_faulty_environments_end_their_episodes_and_training_goes_on(
    tiny_model_dir, tmp_path, monkeypatch, caplog, env, reason, workers
):
    # in the trainer's process, and each in a worker process of its own
    trainer = Recording(
        model=tiny_model_dir,
        args=config(tmp_path, env_step_timeout=0.5, env_workers=workers),
        train_dataset=tasks(),
        env=env,
    )
    use_policy(monkeypatch, ScriptedPolicy(trainer.processing_class))
    with caplog.at_level(logging.WARNING, logger="sdar_trl.agent.engine"):
        trainer.train()
    log = trainer.state.log_history[0]
    assert log[f"env/end/{reason}"] == 2.0 and log["env/end/done"] == 2.0
    # An error's reason is logged once however many episodes it ends (a timeout's reason is its end reason).
    errors = [r.getMessage() for r in caplog.records if r.name == "sdar_trl.agent.engine"]
    assert errors == (
        ["An episode ended because the environment's step('go to room 2') raised RuntimeError('simulator crashed')"]
        if reason == "env_error"
        else []
    )
    assert log["env/success/key_door"] == 0.5 and math.isfinite(log["loss"])
    assert trainer.batches[0]["completion_ids"].size(0) == 3 + 3 + 1 + 1  # the failed step is still a trained row


@pytest.mark.parametrize(("layout", "reward"), [("step", 0.0), ("episode", -0.2)])
def test_unparseable_output_is_an_invalid_step(tiny_model_dir, tmp_path, monkeypatch, layout, reward):
    # The episode layout charges the penalty (0.1 per invalid step) to the episode's reward, the step layout to each
    # invalid step row's score (here every row: equal scores, zero advantages).
    trainer = Recording(
        model=tiny_model_dir,
        args=config(tmp_path, max_turns=2, agent_layout=layout),
        train_dataset=tasks(),
        env=KeyDoorEnv,
    )
    policy = ScriptedPolicy(trainer.processing_class)
    policy.response_text = lambda call, position, prompt: "\u0000 garbage <action>"
    use_policy(monkeypatch, policy)
    trainer.train()
    log = trainer.state.log_history[0]
    assert log["env/invalid_action_rate"] == 1.0 and log["env/end/max_turns"] == 4.0
    assert log["reward"] == pytest.approx(reward)
    assert trainer.batches[0]["advantages"].abs().max() == 0


@pytest.mark.parametrize("loss_type", [*ROW_MEAN_LOSSES, *TOKEN_MEAN_LOSSES, *GLOBAL_TOKEN_LOSSES])
@pytest.mark.parametrize("sdar_coef", [0.01, 0.0])
def test_chunked_backward_gives_the_same_gradient(tiny_model_dir, tmp_path, monkeypatch, loss_type, sdar_coef):
    # The entropy bonus is a token mean of each forward: chunks must not repeat it (nor the policy term).
    trainer = Recording(
        model=tiny_model_dir,
        args=config(tmp_path, loss_type=loss_type, beta=0.0, entropy_coef=0.1, sdar_coef=sdar_coef),
        train_dataset=tasks(),
        env=KeyDoorEnv,
    )
    use_policy(monkeypatch, ScriptedPolicy(trainer.processing_class, invalid_first={3}))
    trainer.model.train()
    trainer.current_gradient_accumulation_steps = 1  # set by `train()` in a real run
    batch = trainer._generate_and_score_completions([dict(row) for row in tasks() for _ in range(2)])

    def grads(limit):
        trainer.model.zero_grad()
        trainer.args.per_device_train_batch_size = limit
        loss = trainer.compute_loss(trainer.model, batch)
        loss.backward()
        return loss.item(), {n: p.grad.clone() for n, p in trainer.model.named_parameters() if p.grad is not None}

    whole_loss, whole = grads(64)
    chunked_loss, chunked = grads(4)  # 13 rows -> 4 chunks
    assert chunked_loss == pytest.approx(whole_loss, rel=1e-4, abs=1e-6)
    for name in whole:
        assert torch.allclose(whole[name], chunked[name], atol=1e-6, rtol=1e-4), name


class FakeVLLMGeneration:
    """Stands in for `trl.generation.vllm_generation.VLLMGeneration` (same `generate` signature and return shape)."""

    def __init__(self, policy):
        self.policy, self.calls, self.syncs = policy, [], 0

    def sync_weights(self):
        self.syncs += 1

    def generate(self, prompts, images, num_generations, profiler=None):
        assert images is None and num_generations == 1
        self.calls.append(prompts)
        completions = self.policy(prompts)
        logprobs = [[[-0.5] for _ in c] for c in completions]
        return prompts, completions, logprobs, [[[t] for t in c] for c in completions]


def test_vllm_path_goes_through_trls_single_turn_generation(tiny_model_dir, tmp_path):
    trainer = Recording(model=tiny_model_dir, args=config(tmp_path), train_dataset=tasks(), env=KeyDoorEnv)
    fake = FakeVLLMGeneration(ScriptedPolicy(trainer.processing_class))
    trainer.use_vllm, trainer.vllm_generation, trainer.vllm_importance_sampling_correction = True, fake, False
    trainer._last_loaded_step = -1  # what GRPOTrainer.__init__ sets when use_vllm=True
    trainer.train()
    assert [len(c) for c in fake.calls] == [4, 4, 4] and fake.syncs == 1
    assert trainer.state.log_history[0]["env/success_rate"] == 1.0


@pytest.mark.parametrize(
    "settings, env, match",
    [
        ({}, KeyDoorEnv(), "callable"),
        ({"teacher_context_placement": "system"}, KeyDoorEnv, "teacher_context_placement"),
        ({"agent_layout": "turn"}, KeyDoorEnv, "agent_layout"),
        ({"multi_objective_aggregation": "normalize_then_sum"}, KeyDoorEnv, "multi_objective_aggregation"),
        ({"env_workers": 2}, lambda: KeyDoorEnv(num_rooms=3), "`env_workers` > 0 .* must pickle"),
        ({"env_workers": -1}, KeyDoorEnv, "`env_workers` must be >= 0"),
    ],
    ids=["env-instance", "system-placement", "layout", "aggregation", "unpicklable-factory", "negative-workers"],
)
def test_env_mode_configuration_errors(tiny_model_dir, tmp_path, settings, env, match):
    with pytest.raises(ValueError, match=match):
        SDARTrainer(model=tiny_model_dir, args=config(tmp_path, **settings), train_dataset=tasks(), env=env)


@pytest.mark.parametrize("layout", ["step", "episode"])
def test_tiny_model_trains_on_the_toy_environment(tiny_model_dir, tmp_path, layout):
    trainer = SDARTrainer(
        model=tiny_model_dir,
        args=config(
            tmp_path, agent_layout=layout, max_steps=2, max_turns=3, learning_rate=1e-3, per_device_train_batch_size=2
        ),
        train_dataset=tasks(),
        env=KeyDoorEnv,
    )
    before = {n: p.detach().clone() for n, p in trainer.model.named_parameters()}
    trainer.train()
    logs = [h for h in trainer.state.log_history if "sdar/loss" in h]
    assert len(logs) == 2 and all(math.isfinite(h["loss"]) and math.isfinite(h["sdar/gate_mean"]) for h in logs)
    assert any(not torch.equal(before[n], p) for n, p in trainer.model.named_parameters())


def test_system_placement_is_refused_with_trls_environment_factory(tiny_model_dir, tmp_path):
    with pytest.raises(ValueError, match="environment_factory"):
        SDARTrainer(
            model=tiny_model_dir,
            args=config(tmp_path, teacher_context_placement="system"),
            train_dataset=tasks(),
            environment_factory=KeyDoorEnv,
        )


def test_periodic_validation_in_agent_mode(tiny_model_dir, tmp_path, monkeypatch):
    # TRL's eval_strategy with an agent eval_dataset: episodes on the validation tasks, logged as eval_env/*.
    trainer = Recording(
        model=tiny_model_dir,
        args=config(tmp_path, max_steps=2, eval_strategy="steps", eval_steps=1, per_device_eval_batch_size=4),
        train_dataset=tasks(),
        eval_dataset=tasks((2, 1)),
        env=KeyDoorEnv,
    )
    use_policy(monkeypatch, ScriptedPolicy(trainer.processing_class))
    trainer.train()
    evals = [h for h in trainer.state.log_history if "eval_env/success_rate" in h]
    assert [h["step"] for h in evals] == [1, 2]
    assert all(h["eval_env/success_rate"] == 1.0 and h["eval_env/success/key_door"] == 1.0 for h in evals)
    assert all(math.isfinite(h["eval_sdar/loss"]) for h in evals)
