"""Pin the TRL private hooks SDARTrainer overrides, so that a TRL upgrade fails here instead of silently."""

import inspect
import re

import trl
from packaging.version import Version
from trl import GRPOTrainer

from sdar_trl import SDARTrainer


def params(fn):
    return list(inspect.signature(fn).parameters)


def test_supported_trl_range():
    assert Version("1.16.0") <= Version(trl.__version__) < Version("1.17")


def test_generate_and_score_completions():
    assert params(GRPOTrainer._generate_and_score_completions) == ["self", "inputs"]


def test_per_token_logps_and_entropies():
    assert params(GRPOTrainer._get_per_token_logps_and_entropies)[:7] == [
        "self",
        "model",
        "input_ids",
        "attention_mask",
        "logits_to_keep",
        "batch_size",
        "compute_entropy",
    ]
    # The loss forward is the one call that asks for entropies; the capture relies on it being a single call.
    source = inspect.getsource(GRPOTrainer._compute_loss)
    assert source.count("self._get_per_token_logps_and_entropies(") == 1
    assert "compute_entropy=True" in source


def test_compute_loss_and_batch_keys():
    assert params(GRPOTrainer._compute_loss) == ["self", "model", "inputs"]
    source = inspect.getsource(GRPOTrainer._generate_and_score_completions)
    for key in (
        '"prompt_ids"',
        '"prompt_mask"',
        '"completion_ids"',
        '"completion_mask"',
        '"num_items_in_batch"',
        'output["tool_mask"]',
    ):
        assert key in source, key


def test_overridden_methods_are_listed_in_the_docstring():
    ours = [cls for cls in SDARTrainer.__mro__ if cls.__module__.startswith("sdar_trl")]
    overridden = [
        name
        for cls in ours
        for name, fn in vars(cls).items()
        if callable(fn) and hasattr(GRPOTrainer, name) and not name.startswith("__")
    ]
    overridden.append("__init__")
    for name in overridden:
        assert f"`{name}`" in SDARTrainer.__doc__, name


def test_reward_and_checkpoint_hooks():
    assert params(GRPOTrainer._calculate_rewards) == [
        "self",
        "inputs",
        "prompts",
        "completions",
        "completion_ids_list",
    ]
    assert "return rewards_per_func" in inspect.getsource(GRPOTrainer._calculate_rewards)
    assert "rewards_per_func = gather(rewards_per_func)" in inspect.getsource(GRPOTrainer._calculate_rewards)
    assert params(GRPOTrainer._save_checkpoint) == ["self", "model", "trial"]
    # The model card is written through this hook at every save (`sdar_trl.model_card`).
    assert params(GRPOTrainer.create_model_card) == ["self", "model_name", "dataset_name", "tags"]
    assert "self.create_model_card(model_name=model_name)" in inspect.getsource(GRPOTrainer._save_checkpoint)
    assert params(GRPOTrainer._load_optimizer_and_scheduler) == ["self", "checkpoint"]


def test_agent_mode_hooks():
    assert params(GRPOTrainer._prepare_inputs) == ["self", "generation_batch"]
    source = inspect.getsource(GRPOTrainer._prepare_inputs)
    for needle in (
        "self._step % generate_every == 0",
        "self._buffered_inputs",
        "self._buffered_inputs[self._step % self.args.steps_per_generation]",
    ):
        assert needle in source, needle
    assert params(GRPOTrainer.compute_loss) == ["self", "model", "inputs", "return_outputs", "num_items_in_batch"]
    assert params(GRPOTrainer._generate_single_turn)[:5] == [
        "self",
        "prompt_ids",
        "images",
        "multimodal_fields",
        "num_generations",
    ]
    assert "return completion_ids, logprobs" in inspect.getsource(GRPOTrainer._generate_single_turn)


def test_train_sampler_hook():
    from transformers import Trainer
    from trl.trainer.utils import RepeatSampler

    assert params(GRPOTrainer._get_train_sampler) == ["self", "dataset"]
    assert "return RepeatSampler(" in inspect.getsource(GRPOTrainer._get_train_sampler)
    # ResumableRepeatSampler re-seeds TRL's generator and replays one permutation per epoch.
    assert params(RepeatSampler.__init__) == [
        "self",
        "data_source",
        "mini_repeat_count",
        "batch_size",
        "repeat_count",
        "shuffle",
        "seed",
    ]
    assert inspect.getsource(RepeatSampler.__iter__).count("torch.randperm(") == 1
    # The epoch a run resumes in comes from the trainer state, at on_epoch_begin (see sdar_trl.resumable_sampler).
    assert "on_epoch_begin" in inspect.getsource(Trainer._inner_training_loop)


def test_chunk_weights_know_every_trl_loss_type():
    # `policy_loss_share` mirrors how TRL's `_compute_loss` aggregates each loss type; a new type must be added there.
    from sdar_trl.batching import GLOBAL_TOKEN_LOSSES, ROW_MEAN_LOSSES, TOKEN_MEAN_LOSSES

    source = inspect.getsource(GRPOTrainer._compute_loss)
    aggregated = set(re.findall(r"self\.loss_type (?:==|in) \[?([^:\]]+)\]?:", source))
    names = {name for group in aggregated for name in re.findall(r'"(\w+)"', group)}
    assert names == set(ROW_MEAN_LOSSES + TOKEN_MEAN_LOSSES + GLOBAL_TOKEN_LOSSES)


def test_entropy_bonus_and_aux_loss_as_the_chunk_weights_recompute_them():
    # `SDARTrainer._reweighted_bonus_and_aux` moves TRL's entropy bonus and MoE auxiliary loss of a chunk to their own
    # shares; it recomputes them as TRL's `_compute_loss` does.
    source = inspect.getsource(GRPOTrainer._compute_loss)
    for needle in (
        "entropy_mask = self.get_high_entropy_mask(entropies, mask, 1 - self.top_entropy_quantile)",
        "effective_mask = mask if entropy_mask is None else mask * entropy_mask",
        "(entropies * effective_mask).sum() / effective_mask.sum().clamp(min=1.0) / accumulation_factor",
        "apply_coef = self.entropy_coef if self._last_world_entropy <= self.args.entropy_target else 0.0",
        "loss = loss - apply_coef * entropy_loss",
        "if self._entropy_bonus_enabled:",
        "loss = loss + self.router_aux_loss_coef * aux_loss / normalizer",
    ):
        assert needle in source, needle


# GRPOTrainer attributes SDARTrainer and its agent mode read (all set in `GRPOTrainer.__init__`); the private ones are
# TRL internals that a release may rename.
GRPO_ATTRIBUTES = [
    "_buffered_inputs",
    "_dist",
    "_entropy_bonus_enabled",
    "_last_world_entropy",
    "_logs",
    "_metrics",
    "_step",
    "_tokenizer",
    "aux_loss_enabled",
    "beta",
    "chat_template",
    "chat_template_kwargs",
    "entropy_coef",
    "eos_token_ids",
    "generation_config",
    "generation_kwargs",
    "loss_type",
    "num_generations",
    "num_generations_eval",
    "num_iterations",
    "ref_model",
    "reward_func_names",
    "reward_weights",
    "router_aux_loss_coef",
    "temperature",
    "tools",
    "top_entropy_quantile",
    "use_adaptive_entropy",
    "use_vllm",
]


def test_grpo_attributes_the_trainer_reads_are_still_set():
    source = inspect.getsource(GRPOTrainer.__init__)
    for name in GRPO_ATTRIBUTES:
        assert f"self.{name} =" in source or f"self.{name}: " in source, name
    # `_dist.summon_full_params` gathers FSDP parameters for a whole rollout's generation.
    assert "self._dist.summon_full_params(" in inspect.getsource(GRPOTrainer)
