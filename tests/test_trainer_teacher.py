"""The trainer's teacher pass: the shared-prefix pass gives the plain pass's log-probs (single-turn, step and episode
layouts, PEFT) forwarding fewer tokens, and vLLM scoring reaches TRL's engine with the trainer's settings."""

import sys
import types

import pytest
import torch
from fake_vllm import FakeLLM, FakeVLLMClient, SamplingParams
from scripted import ScriptedPolicy, use_policy
from test_trainer import config, dataset, length_reward
from test_trainer_agent import Recording, tasks
from test_trainer_agent import config as agent_config

from sdar_trl import SDARConfig, SDARTrainer
from sdar_trl.envs import KeyDoorEnv


def both_passes(trainer, rows, batch):
    """The teacher log-probs and tokens forwarded, with and without prefix sharing, on one batch."""
    results = {}
    for sharing in (True, False):
        trainer.args.teacher_prefix_sharing = sharing
        trainer.teacher_scorer = trainer._teacher_scorer()  # chosen once, when the trainer is made
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


def batch_and_rows(trainer):
    trainer.model.train()
    trainer.current_gradient_accumulation_steps = 1
    rows = [dict(dataset()[0]) for _ in range(4)]
    return rows, trainer._generate_and_score_completions(rows)


@pytest.mark.parametrize("mode", ["server", "colocate"])
def test_vllm_teacher_logprobs_match_the_trainers(tiny_model_dir, monkeypatch, mode):
    trainer = SDARTrainer(
        model=tiny_model_dir, reward_funcs=length_reward, train_dataset=dataset(), args=config(temperature=0.7)
    )
    rows, batch = batch_and_rows(trainer)
    local = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    model = trainer.accelerator.unwrap_model(trainer.model).eval()
    if mode == "server":
        trainer.vllm_generation = types.SimpleNamespace(vllm_client=FakeVLLMClient(model))
    else:
        trainer.vllm_generation = types.SimpleNamespace(llm=FakeLLM(model))
        monkeypatch.setitem(sys.modules, "vllm", types.SimpleNamespace(SamplingParams=SamplingParams))
    trainer.args.teacher_logprobs, trainer.args.vllm_mode = "vllm", mode
    trainer.teacher_scorer = trainer._teacher_scorer()  # chosen once, when the trainer is made
    from_vllm = trainer._teacher_pass(rows, batch)["teacher_per_token_logps"]
    mask = batch["completion_mask"].bool()
    assert torch.allclose(from_vllm[mask], local[mask], atol=1e-4)
    if mode == "server":
        assert trainer.vllm_generation.vllm_client.calls == [(4, 1, 0.7)]
    else:
        (params,) = trainer.vllm_generation.llm.params
        assert (params.max_tokens, params.prompt_logprobs, params.temperature) == (1, 0, 0.7)


@pytest.mark.parametrize(
    ("kwargs", "needed"),
    [
        ({}, "use_vllm=True"),
        ({"use_vllm": True, "teacher_weights": "ema"}, "teacher_weights='live'"),
        ({"use_vllm": True, "sdar_divergence": "jsd"}, "sdar_divergence='reverse_kl'"),
        ({"use_vllm": True, "vllm_enable_sleep_mode": True}, "vllm_enable_sleep_mode=False"),
    ],
)
def test_vllm_teacher_settings_are_checked_before_model_work(kwargs, needed):
    with pytest.raises(ValueError, match=needed.replace("(", r"\(")):
        SDARConfig(output_dir="/tmp/x", use_cpu=True, teacher_logprobs="vllm", **kwargs)
