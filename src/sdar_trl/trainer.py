"""`SDARTrainer`: `trl.GRPOTrainer` with a privileged-context teacher pass and the gated self-distillation term."""

from __future__ import annotations

import copy
import json
import os
import textwrap
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import fields
from functools import cached_property
from typing import Any

import torch
from accelerate.utils import broadcast_object_list, gather_object, is_peft_model
from datasets import Dataset, IterableDataset
from safetensors.torch import load_model, save_model
from transformers import TrainerCallback
from trl import GRPOConfig, GRPOTrainer
from trl.data_utils import is_conversational
from trl.models.utils import disable_gradient_checkpointing
from trl.trainer.utils import get_config_model_id, pad, use_adapter

from .agent.engine import RolloutConfig, RolloutEngine
from .agent.formats import ACTION_FORMAT, AgentFormat
from .config import SDARConfig
from .divergence import capture_last_hidden_states, completion_hidden_states, full_vocab_divergence
from .hook_state import BatchState
from .losses import (
    ENTROPY_GATES,
    gate_statistics,
    rlsd_token_advantages,
    rlsd_weight,
    sdar_per_token_loss,
    skill_sd_per_token_loss,
)
from .model_card import write_model_card
from .resumable_sampler import ResumableRepeatSampler, SamplerEpochCallback
from .skills.context_source import PrivilegedContextSource
from .teacher_context import (
    default_system_prompt,
    fit_prompt_to_budget,
    insert_prefix_ids,
    render_context,
    unpad_left,
    with_system_context,
    with_user_context,
)
from .teacher_prefix import shared_prefix_logps
from .teacher_vllm import colocate_teacher_logps, server_teacher_logps
from .trainer_agent import AgentTrainerMixin, check_agent_args, env_return_reward, loss_mask
from .trainer_checkpoints import CheckpointTrainerMixin


SKILL_STATE_FILE = "skill_retriever_state.json"
EMA_TEACHER_FILE = "ema_teacher.safetensors"


class SDARTrainer(AgentTrainerMixin, CheckpointTrainerMixin, GRPOTrainer):
    """
    Trainer for SDAR, [Self-Distilled Agentic Reinforcement Learning](https://huggingface.co/papers/2605.15155).

    A drop-in replacement for [`~trl.GRPOTrainer`]: GRPO stays the main objective and a teacher, the *same* model
    given privileged context (a dataset column, `privileged_context` by default, or skills retrieved per row from a
    library set by `skills_dir`), adds a token-level distillation
    term through a detached sigmoid gate of the teacher-student log-prob gap:

        L = policy_loss_coef * L_GRPO + sdar_coef * L_SDAR,
        L_SDAR = token-mean of sigmoid(β·(lp_T − lp_S)).detach() · (lp_T − lp_S).

    The teacher's log-probs are computed once per generation batch, without gradient and in eval mode, by the same
    weights (the same LoRA adapter under PEFT), on `[teacher prompt | the sampled completion tokens]`; each prefix the
    rows share is forwarded once (`teacher_prefix_sharing`), or vLLM scores the rows (`teacher_logprobs="vllm"`), and
    `teacher_weights` can swap in a frozen or EMA copy (ours). The term reuses the student's log-probs of TRL's single
    loss forward, so it adds one no-grad teacher pass per generation batch and nothing else.

    TRL methods overridden (TRL 1.16; `tests/test_trl_hooks.py` pins their signatures):

    - `__init__`: upgrades a `GRPOConfig`, checks the privileged-context column (and refuses image columns) before
      any model work.
    - `_generate_and_score_completions`: adds `teacher_per_token_logps` (and, for full-vocabulary divergences,
      `teacher_hidden_states`) to the generation batch, the batch's `mean_entropy` for the entropy gates, and RLSD's
      per-token advantages; for Skill-GRPO, puts the context in the student's user message.
    - `_get_per_token_logps_and_entropies`: keeps the student's log-probs and entropies of the loss forward.
    - `_compute_loss`: scales the policy-gradient term by `policy_loss_coef` (through the advantages, so the KL and
      entropy terms stay) and adds `sdar_coef · L_SDAR` and `skill_sd_coef · L_SkillSD`; logs `sdar/*`, `skill_sd/*`.
    - `_calculate_rewards`: keeps every trajectory's total reward (all processes) for the skill bandit.
    - `training_step` (agent mode with `rows_per_optimizer_step`): one rollout, several optimizer steps (the official
      PPO mini-batches).
    - `_prepare_inputs` (agent mode only): splits a generation batch with a variable number of rows into exactly
      `steps_per_generation` micro-batches without dropping rows (or hands over `training_step`'s last mini-batch).
    - `compute_loss` (agent mode only): runs a micro-batch with more than `per_device_train_batch_size` rows in
      chunks (forward + backward each, DeepSpeed included), so memory does not grow with the number of steps of an
      episode.
    - `_get_train_sampler`: TRL's `RepeatSampler` with `set_epoch`, so a run resumed after an epoch boundary gets the
      prompt order of an uninterrupted run (`sdar_trl.resumable_sampler`).
    - `_save_own_state` / `_load_optimizer_and_scheduler`: save and restore the EMA teacher
      (`ema_teacher.safetensors`) and the skill retriever's state (`skill_retriever_state.json`, e.g. UCB statistics)
      with each checkpoint; on resume, TRL's micro-step counter continues from the checkpoint's step, so rollouts are
      regenerated on the uninterrupted run's cadence.
    - `create_model_card`: names the model the run started from when it is a local folder (the examples' bundled
      warm starts) and loads the run's folder in the quick start when the run is not pushed (`sdar_trl.model_card`).
    - `train`, `_save_checkpoint`, `_get_output_dir` (`sdar_trl.trainer_checkpoints`): `resume_from_checkpoint=True`
      resumes from the newest complete checkpoint, a finished run trains nothing, checkpoints are written into
      `tmp-checkpoint-N/` and renamed to `checkpoint-N` once every process is done, and `save_on_preemption` stops
      the run on a signal with a checkpoint.

    Multi-turn agents: pass `env`, a callable returning a new `sdar_trl.envs.TextEnv`; each dataset row is a task
    given to `env().reset(row)`, `num_generations` episodes are played per task by the batched rollout engine, and
    `agent_layout` chooses one training row per step (official) or per episode. `agent_format` (default
    `ACTION_FORMAT`) sets the prompt template, the action parser and the invalid-action penalty.

    Args:
        Same as [`~trl.GRPOTrainer`]; `args` is an [`SDARConfig`] (a plain `GRPOConfig` is upgraded with the SDAR
        defaults). `env` and `agent_format` are keyword-only; with `env`, `reward_funcs` is optional (the
        environment's return is the reward, extra reward functions are added to it).
    """

    _tag_names = ["trl", "sdar"]
    _name = "SDAR"
    _paper = {
        "title": "SDAR: Self-Distilled Agentic Reinforcement Learning",
        "id": "2605.15155",
        # docstyle-ignore
        "citation": textwrap.dedent("""\
            @article{sdar2026,
                title        = {{SDAR: Self-Distilled Agentic Reinforcement Learning}},
                year         = 2026,
                eprint       = {arXiv:2605.15155},
            }"""),
    }

    def __init__(
        self,
        model,
        reward_funcs=None,
        args: SDARConfig | None = None,
        train_dataset=None,
        eval_dataset=None,
        *pos,
        env: Callable[[], Any] | None = None,
        agent_format: AgentFormat | None = None,
        **kwargs,
    ):
        if args is None:
            model_name = model if isinstance(model, str) else get_config_model_id(model.config)
            args = SDARConfig(output_dir=f"{str(model_name).split('/')[-1]}-SDAR")
        elif not isinstance(args, SDARConfig):
            args = upgrade_config(args)
        if env is not None:
            check_agent_args(env, args)
            # The environment's return is the reward; user reward functions add to it.
            extra = [] if reward_funcs is None else reward_funcs if isinstance(reward_funcs, list) else [reward_funcs]
            reward_funcs = [env_return_reward, *extra]
        self.env_factory = env
        self.agent_format = agent_format or ACTION_FORMAT
        self.invalid_action_penalty = self.agent_format.penalty(args.invalid_action_penalty)
        # Loads and validates the skill library (if any) before any model work.
        self.context_source = PrivilegedContextSource(args)
        needs_column = args.uses_teacher or args.privileged_context_to_student
        if args.uses_teacher:
            _check_no_images(train_dataset)
        if args.teacher_context_placement == "system" and kwargs.get("environment_factory") is not None:
            raise ValueError(
                "`teacher_context_placement='system'` re-renders the prompt from the dataset row, which misses what "
                "TRL's `environment_factory` adds (the reset observation, each environment's tools); use "
                "`teacher_context_placement='prefix'`, which extends the student's own prompt ids."
            )
        if needs_column and not self.context_source.uses_library:
            _check_context_column(train_dataset, args, "train_dataset")
            eval_sets = eval_dataset if isinstance(eval_dataset, dict) else {"": eval_dataset}
            for key, dataset in eval_sets.items():
                _check_context_column(dataset, args, f"eval_dataset[{key!r}]" if key else "eval_dataset")
        self._batch = BatchState()
        super().__init__(model, reward_funcs, args, train_dataset, eval_dataset, *pos, **kwargs)
        self.sampler_epochs = SamplerEpochCallback()
        self.add_callback(self.sampler_epochs)
        self.rollout_engine = None
        if env is not None:
            self.rollout_engine = RolloutEngine(
                self.processing_class, self.agent_format, RolloutConfig.from_args(args)
            )
        self.teacher_model = self._separate_teacher() if args.uses_teacher else None
        if args.sdar_divergence != "reverse_kl" and self.is_deepspeed_enabled:
            if self.accelerator.state.deepspeed_plugin.zero_stage == 3:
                raise ValueError(
                    f"`sdar_divergence={args.sdar_divergence!r}` reads the LM head outside the model's forward, which "
                    "ZeRO-3 partitions; use `sdar_divergence='reverse_kl'` or ZeRO-2."
                )

    # ------------------------------------------------------------------ teacher weights
    def _separate_teacher(self) -> torch.nn.Module | None:
        """The teacher's own copy of the starting weights (`teacher_weights` "initial" or "ema"); None for the live
        teacher (the policy itself, official)."""
        if self.args.teacher_weights == "live":
            return None
        if (
            self.is_fsdp_enabled
            or is_peft_model(self.model)
            or (self.is_deepspeed_enabled and self.accelerator.state.deepspeed_plugin.zero_stage == 3)
        ):
            raise ValueError(
                f"`teacher_weights={self.args.teacher_weights!r}` copies the whole model, which FSDP, ZeRO-3 and PEFT "
                "do not hold on each process; use `teacher_weights='live'`."
            )
        teacher = copy.deepcopy(self.accelerator.unwrap_model(self.model)).eval().requires_grad_(False)
        if self.args.teacher_weights == "ema":
            self.add_callback(TeacherEMACallback(self))
        return teacher

    @torch.no_grad()
    def update_ema_teacher(self) -> None:
        """`θ_T ← d·θ_T + (1 − d)·θ` for every parameter of the EMA teacher."""
        decay = self.args.teacher_ema_decay
        policy = self.accelerator.unwrap_model(self.model)
        # `parameters()` lists tied weights (embeddings and LM head) once, so each moves once.
        for teacher_value, value in zip(self.teacher_model.parameters(), policy.parameters(), strict=True):
            teacher_value.lerp_(value.to(teacher_value.dtype), 1.0 - decay)

    # ------------------------------------------------------------------ privileged context
    def _context_blocks(self, inputs: list[dict[str, Any]]) -> list[str]:
        # Evaluation selections leave no trace in the retriever (no pending UCB pulls, no random draws, no counts).
        texts = self.context_source.texts(inputs, training=self.model.training)
        if self.model.training and self.context_source.uses_library:
            self._batch.pulls = list(self.context_source.last_pulls)
        return [render_context(self.args.teacher_context_template, text) for text in texts]

    def _block_ids(self, block: str) -> list[int]:
        return self._tokenizer(text=block, add_special_tokens=False)["input_ids"]

    def _teacher_prompt_ids(
        self, inputs: list[dict[str, Any]], output: dict[str, Any], blocks: list[str] | None = None
    ) -> list[list[int]]:
        blocks = self._context_blocks(inputs) if blocks is None else blocks
        if self.args.teacher_context_placement == "system":
            default = self._template_system_prompt
            return [
                self._render_ids(with_system_context(row["prompt"], block, default))
                for row, block in zip(inputs, blocks)
            ]
        bos, budget = self._tokenizer.bos_token_id, self.args.teacher_max_prompt_length
        block_ids_of = {block: self._block_ids(block) for block in set(blocks)}  # a group shares one block
        rows = []
        for ids, mask, block in zip(output["prompt_ids"].tolist(), output["prompt_mask"].tolist(), blocks):
            prompt_ids, block_ids = unpad_left(ids, mask), block_ids_of[block]
            if budget is not None:
                prompt_ids, truncated = fit_prompt_to_budget(prompt_ids, len(block_ids), budget, bos)
                self._batch.teacher_truncated += truncated
                self._batch.teacher_rows += 1
            rows.append(insert_prefix_ids(prompt_ids, block_ids, bos))
        return rows

    @cached_property
    def _template_system_prompt(self) -> str | None:
        """The system prompt the chat template adds when a conversation has none (see `default_system_prompt`)."""
        return default_system_prompt(
            lambda messages: self.processing_class.apply_chat_template(
                messages,
                chat_template=self.chat_template,
                tokenize=False,
                add_generation_prompt=True,
                **self.chat_template_kwargs,
            )
        )

    def _render_ids(self, messages: list[dict[str, Any]]) -> list[int]:
        if not is_conversational({"prompt": messages}):
            raise ValueError(
                "`teacher_context_placement='system'` needs conversational prompts (lists of messages); use "
                "`teacher_context_placement='prefix'` for plain-text prompts."
            )
        return self.processing_class.apply_chat_template(
            messages,
            tools=self.tools or None,
            chat_template=self.chat_template,
            add_generation_prompt=True,
            tokenize=True,
            return_dict=True,
            **self.chat_template_kwargs,
        )["input_ids"]

    # ------------------------------------------------------------------ generation batch
    def _generate_and_score_completions(self, inputs: list[dict[str, Any]]) -> dict[str, torch.Tensor | Any]:
        self._batch = BatchState()  # what this batch's hooks hand to each other (`sdar_trl.hook_state`)
        if self.env_factory is not None:
            output = self._agent_generation_batch(inputs)
        elif self.args.privileged_context_to_student:
            # Skill-GRPO: the block opens the user message (official), or the system message with system placement.
            blocks = self._context_blocks(inputs)
            if self.args.teacher_context_placement == "system":
                default = self._template_system_prompt
                prompts = [with_system_context(row["prompt"], block, default) for row, block in zip(inputs, blocks)]
            else:
                prompts = [with_user_context(row["prompt"], block) for row, block in zip(inputs, blocks)]
            output = super()._generate_and_score_completions(
                [{**row, "prompt": prompt} for row, prompt in zip(inputs, prompts)]
            )
        else:  # single-turn
            output = super()._generate_and_score_completions(inputs)
            if self.args.uses_teacher:
                output.update(self._teacher_pass(inputs, output))
        if self.args.uses_teacher:
            output.update(self._rollout_signals(output))
        # Evaluation neither teaches the bandit nor counts in the training metrics.
        if self.model.training and (
            self.context_source.uses_library or self.args.teacher_max_prompt_length is not None
        ):
            self._update_context_state()
        return output

    def _calculate_rewards(self, inputs, prompts, completions, completion_ids_list):
        rewards_per_func = super()._calculate_rewards(inputs, prompts, completions, completion_ids_list)
        # Gathered over all processes, in process order: the total reward of every trajectory, for the bandit.
        weights = self.reward_weights.to(rewards_per_func.device).unsqueeze(0)
        self._batch.rewards = (rewards_per_func * weights).nansum(dim=1)
        return rewards_per_func

    def _update_context_state(self) -> None:
        """Update the retriever from every process's pulls and rewards (so its state is identical everywhere) and log
        the context metrics of this generation batch."""
        state = self._batch
        if state.pulls is not None:  # skills were retrieved for this batch (none are without a teacher or Skill-GRPO)
            all_pulls = gather_object(state.pulls)
            rewards = state.rewards.tolist()
            if len(all_pulls) != len(rewards):
                raise RuntimeError(
                    f"The skill bandit got {len(all_pulls)} retrievals but {len(rewards)} trajectory rewards in this "
                    "generation batch; each trajectory must have exactly one retrieval."
                )
            self.context_source.update(all_pulls, rewards)
        counts = self.context_source.pop_counts()
        local = torch.tensor(
            [counts["rows"], counts["no_match"], state.teacher_truncated, state.teacher_rows],
            dtype=torch.float32,
            device=self.accelerator.device,
        )
        rows, no_match, truncated, teacher_rows = self.accelerator.reduce(local, reduction="sum").tolist()
        metrics = self._metrics["train"]
        if self.context_source.uses_library:
            metrics["skills/no_match_ratio"].append(no_match / max(rows, 1.0))
        metrics["skills/teacher_truncated_ratio"].append(truncated / max(teacher_rows, 1.0))
        for name, value in self.context_source.arm_metrics().items():
            metrics[name].append(value)

    # ------------------------------------------------------------------ checkpoints
    def _get_train_sampler(self, dataset=None):
        sampler = super()._get_train_sampler(dataset)
        # Same order as TRL's, and resuming after an epoch boundary continues it instead of replaying epoch 0.
        self.sampler_epochs.sampler = ResumableRepeatSampler(
            data_source=sampler.data_source,
            mini_repeat_count=sampler.mini_repeat_count,
            batch_size=sampler.batch_size,
            repeat_count=sampler.repeat_count,
            shuffle=sampler.shuffle,
            seed=sampler.seed,
        )
        return self.sampler_epochs.sampler

    def create_model_card(self, model_name=None, dataset_name=None, tags=None):
        # TRL's card names a local starting model "None" and loads "None" in its quick start (`sdar_trl.model_card`).
        write_model_card(self, model_name=model_name, dataset_name=dataset_name, tags=tags)

    def _own_state_files(self) -> list[str]:
        files = [SKILL_STATE_FILE] if self.context_source.state_dict() else []
        return files + ([EMA_TEACHER_FILE] if self.args.teacher_weights == "ema" else [])

    def _save_own_state(self, folder: str) -> None:
        state = self.context_source.state_dict()
        if state:
            with open(os.path.join(folder, SKILL_STATE_FILE), "w") as f:
                json.dump(state, f)
        if self.args.teacher_weights == "ema":  # the EMA has moved away from anything else the checkpoint holds
            save_model(self.teacher_model, os.path.join(folder, EMA_TEACHER_FILE))

    def _load_optimizer_and_scheduler(self, checkpoint):
        super()._load_optimizer_and_scheduler(checkpoint)
        if checkpoint is not None:
            # TRL counts micro-steps from 0 in every run, and regenerates rollouts when the count reaches a multiple of
            # steps_per_generation x num_iterations; continue the count so a resume keeps that cadence.
            self._step = self.state.global_step * self.args.gradient_accumulation_steps
        if checkpoint is not None and os.path.exists(os.path.join(checkpoint, SKILL_STATE_FILE)):
            with open(os.path.join(checkpoint, SKILL_STATE_FILE)) as f:
                self.context_source.load_state_dict(json.load(f))
        if checkpoint is not None and self.args.teacher_weights == "ema":
            load_model(self.teacher_model, os.path.join(checkpoint, EMA_TEACHER_FILE))

    @torch.no_grad()
    def _teacher_pass(
        self, inputs: list[dict[str, Any]], output: dict[str, Any], blocks: list[str] | None = None
    ) -> dict[str, torch.Tensor]:
        """Teacher log-probs of the sampled completion tokens (B, C), with the rollout weights and no gradient."""
        for key in MULTIMODAL_KEYS:
            if output.get(key) is not None:
                raise ValueError(
                    f"The generation batch has `{key}`: the teacher pass of SDAR, Skill-SD and RLSD does not pass "
                    "vision inputs yet; train vision-language models with `sdar_coef=0.0`."
                )
        blocks = self._context_blocks(inputs) if blocks is None else blocks
        prompts = self._teacher_prompt_ids(inputs, output, blocks)
        completion_ids, completion_mask = output["completion_ids"], output["completion_mask"]
        mode = "train" if self.model.training else "eval"
        batch_size = self.args.per_device_train_batch_size if mode == "train" else self.args.per_device_eval_batch_size
        full_vocab = self.args.sdar_divergence != "reverse_kl"
        teacher = self.model if self.teacher_model is None else self.teacher_model
        # Eval mode (no dropout), as the official code computes every log-prob it does not train on.
        with (
            _eval_mode(teacher),
            disable_gradient_checkpointing(teacher, self.args.gradient_checkpointing_kwargs),
            self.accelerator.autocast(),
        ):
            if self.args.teacher_logprobs == "vllm":
                teacher_logps, forwarded = self._vllm_teacher_logps(prompts, completion_ids, completion_mask)
            elif self.args.teacher_prefix_sharing and not full_vocab:
                teacher_logps, forwarded = shared_prefix_logps(
                    teacher,
                    prompts,
                    blocks,
                    completion_ids,
                    completion_mask,
                    pad_token_id=self._tokenizer.pad_token_id,
                    batch_size=batch_size,
                )
            else:
                device = self.accelerator.device
                rows = [torch.tensor(ids) for ids in prompts]
                prompt_ids = pad(rows, self._tokenizer.pad_token_id, padding_side="left").to(device)
                prompt_mask = pad([torch.ones_like(ids) for ids in rows], 0, padding_side="left").to(device)
                input_ids = torch.cat([prompt_ids, completion_ids], dim=1)
                attention_mask = torch.cat([prompt_mask, completion_mask], dim=1)
                capture = capture_last_hidden_states(self.accelerator.unwrap_model(teacher)) if full_vocab else _null()
                with capture as hs:
                    teacher_logps, _, _ = self._get_per_token_logps_and_entropies(
                        teacher, input_ids, attention_mask, completion_ids.size(1), batch_size=batch_size
                    )
                forwarded = int(attention_mask.sum())
        self._metrics[mode]["sdar/teacher_tokens"].append(
            self.accelerator.reduce(torch.tensor(float(forwarded), device=self.accelerator.device), "sum").item()
        )
        extra = {"teacher_per_token_logps": teacher_logps}
        if full_vocab:
            hidden = torch.cat([completion_hidden_states(h, completion_ids.size(1)) for h in hs], dim=0)
            extra["teacher_hidden_states"] = hidden
        return extra

    def _vllm_teacher_logps(self, prompts, completion_ids, completion_mask) -> tuple[torch.Tensor, int]:
        """Teacher log-probs (B, C) from the vLLM engine of this rollout (`sdar_trl.teacher_vllm`)."""
        completions = [ids[mask.bool()].tolist() for ids, mask in zip(completion_ids, completion_mask)]
        if self.args.vllm_mode == "server":
            # As TRL generates in server mode: the main process sends every process's rows, then each takes its own.
            all_prompts, all_completions = gather_object(prompts), gather_object(completions)
            counts = gather_object([len(prompts)])
            rows = [None]
            if self.accelerator.is_main_process:
                rows = [
                    server_teacher_logps(
                        self.vllm_generation.vllm_client, all_prompts, all_completions, self.temperature
                    )
                ]
            rows = broadcast_object_list(rows, from_process=0)[0]
            start = sum(counts[: self.accelerator.process_index])
            rows = rows[start : start + len(prompts)]
        else:
            from vllm import SamplingParams

            rows = colocate_teacher_logps(
                self.vllm_generation.llm, SamplingParams, prompts, completions, self.temperature
            )
        logps = torch.zeros(completion_ids.shape, dtype=torch.float32, device=completion_ids.device)
        for i, row in enumerate(rows):
            logps[i, : len(row)] = torch.tensor(row, dtype=torch.float32)
        return logps, sum(len(p) + len(c) for p, c in zip(prompts, completions))

    @torch.no_grad()
    def _rollout_signals(self, output: dict[str, Any]) -> dict[str, torch.Tensor]:
        """What the SDAR-family terms need from the whole generation batch, computed once when it is made.

        - RLSD: the token advantages `Â_t` (B, C) that replace TRL's (B,) ones, from the rollout-time student
          log-probs (TRL's `old_per_token_logps` when it computed them, else one no-grad forward now) and the weight
          of the k-th rollout (k from 1; it continues on resume, as TRL's step counter does).
        - Entropy and soft-OR gates: `mean_entropy`, the student's mean entropy over the loss tokens of the
          generation batch on all processes, so the gate depends on neither micro-batching nor world size.
        """
        args, extra = self.args, {}
        needs_entropy = args.sdar_coef > 0 and args.sdar_gate in ENTROPY_GATES
        old = output.get("old_per_token_logps")
        entropies = None
        if needs_entropy or (args.rlsd_coef > 0 and old is None):
            logps, entropies = self._student_logps(output, compute_entropy=needs_entropy)
            old = logps if old is None else old
        mask = loss_mask(output)
        if needs_entropy:
            local = torch.stack([(entropies * mask).sum(), mask.sum()]).float()
            total, tokens = self.accelerator.reduce(local, reduction="sum")
            extra["mean_entropy"] = total / tokens.clamp(min=1.0)
        if args.rlsd_coef > 0:
            generate_every = args.steps_per_generation * self.num_iterations
            weight = rlsd_weight(self._step // generate_every + 1, args.rlsd_coef, args.rlsd_decay_steps)
            extra["advantages"] = rlsd_token_advantages(
                output["advantages"], output["teacher_per_token_logps"], old, mask, weight=weight, clip=args.rlsd_clip
            )
            self._metrics["train" if self.model.training else "eval"]["rlsd/weight"].append(weight)
        return extra

    def _student_logps(self, output: dict[str, Any], compute_entropy: bool = False):
        """The current policy's log-probs (and entropies) of the batch's completion tokens, no gradient, eval mode."""
        input_ids = torch.cat([output["prompt_ids"], output["completion_ids"]], dim=1)
        attention_mask = torch.cat([output["prompt_mask"], output["completion_mask"]], dim=1)
        batch_size = (
            self.args.per_device_train_batch_size if self.model.training else self.args.per_device_eval_batch_size
        )
        with (
            torch.no_grad(),
            _eval_mode(self.model),
            disable_gradient_checkpointing(self.model, self.args.gradient_checkpointing_kwargs),
        ):
            logps, entropies, _ = self._get_per_token_logps_and_entropies(
                self.model,
                input_ids,
                attention_mask,
                output["completion_ids"].size(1),
                batch_size=batch_size,
                compute_entropy=compute_entropy,
            )
        return logps, entropies

    def _reference_logps(self, input_ids, attention_mask, logits_to_keep, batch_size) -> torch.Tensor:
        """Reference log-probs as TRL computes them: the reference model, or the PEFT model with its adapter off."""
        if self.ref_model is not None:
            return self._get_per_token_logps_and_entropies(
                self.ref_model, input_ids, attention_mask, logits_to_keep, batch_size=batch_size
            )[0]
        model = self.accelerator.unwrap_model(self.model)
        with use_adapter(model, adapter_name="ref" if "ref" in model.peft_config else None):
            return self._get_per_token_logps_and_entropies(
                self.model, input_ids, attention_mask, logits_to_keep, batch_size=batch_size
            )[0]

    # ------------------------------------------------------------------ loss
    def _get_per_token_logps_and_entropies(self, model, input_ids, attention_mask, logits_to_keep, *args, **kwargs):
        logps, entropies, aux_loss = super()._get_per_token_logps_and_entropies(
            model, input_ids, attention_mask, logits_to_keep, *args, **kwargs
        )
        if self._batch.student_capture is not None:
            self._batch.student_capture.update(logps=logps, entropies=entropies)
        return logps, entropies, aux_loss

    def _compute_loss(self, model, inputs):
        args = self.args
        if args.policy_loss_coef != 1.0:
            # Only the policy-gradient term, as the official `pg_loss * pg_loss_coef`: every TRL policy loss is linear
            # in the advantage for a coefficient >= 0, so scaling the advantages scales that term and leaves the KL
            # anchor and the entropy bonus whole.
            inputs = {**inputs, "advantages": inputs["advantages"] * args.policy_loss_coef}
        share = self._batch.policy_share  # < 1 for a chunk of a micro-batch (see `_chunk_loss`)
        if args.sdar_coef == 0.0 and args.skill_sd_coef == 0.0:
            loss = super()._compute_loss(model, inputs)
            return loss if share == 1.0 else share * loss

        full_vocab = args.sdar_divergence != "reverse_kl"
        self._batch.student_capture = {}
        try:
            with capture_last_hidden_states(self.accelerator.unwrap_model(model)) if full_vocab else _null() as hs:
                grpo_loss = super()._compute_loss(model, inputs)
            student = self._batch.student_capture
        finally:
            self._batch.student_capture = None

        mode = "train" if self.model.training else "eval"
        mask = loss_mask(inputs)
        # A global token mean over the optimizer step: `num_items_in_batch` counts the loss tokens of the whole
        # generation batch on all processes. Each micro-batch divides by its share (as TRL's "dapo" loss does), so
        # gradient accumulation, `steps_per_generation` and the process count leave the weight of the terms unchanged.
        normalizer = inputs["num_items_in_batch"].clamp(min=1.0) / self.accelerator.num_processes
        if mode == "train":
            normalizer = normalizer * self.current_gradient_accumulation_steps / args.steps_per_generation
        loss = share * grpo_loss
        if args.sdar_coef > 0.0:
            loss = loss + args.sdar_coef * self._sdar_term(model, inputs, student, hs, mask, normalizer, mode)
        if args.skill_sd_coef > 0.0:
            # ρ_t needs the rollout-time log-probs; TRL omits them when they equal the current ones (on-policy).
            old = inputs.get("old_per_token_logps")
            old = student["logps"].detach() if old is None else old
            per_token = skill_sd_per_token_loss(student["logps"], inputs["teacher_per_token_logps"], old, mask)
            loss = loss + args.skill_sd_coef * per_token.sum() / normalizer
            local = torch.stack([per_token.detach().sum().float(), mask.sum().float()])
            loss_sum, tokens = self.accelerator.reduce(local, reduction="sum").tolist()
            self._metrics[mode]["skill_sd/loss"].append(loss_sum / max(tokens, 1.0))
        return loss

    def _sdar_term(self, model, inputs, student, hs, mask, normalizer, mode) -> torch.Tensor:
        """`L_SDAR` of this micro-batch (summed over its tokens, divided by ``normalizer``); logs `sdar/*`."""
        args = self.args
        per_token_loss, gate, gap = sdar_per_token_loss(
            student["logps"],
            inputs["teacher_per_token_logps"],
            mask,
            gate=args.sdar_gate,
            sharpness=args.gate_sharpness,
            entropy=student["entropies"],
            estimator=args.sdar_estimator,
            mean_entropy=inputs.get("mean_entropy"),
        )
        if args.sdar_divergence != "reverse_kl":
            student_hidden = completion_hidden_states(hs[-1], mask.size(1))
            lm_head = self.accelerator.unwrap_model(model).get_output_embeddings()
            divergence = full_vocab_divergence(
                student_hidden,
                inputs["teacher_hidden_states"],
                lm_head,
                mask,
                kind=args.sdar_divergence,
                temperature=self.temperature,
            )
            per_token_loss = gate * divergence
        self._log_sdar_metrics(mode, per_token_loss, gate, gap, mask)
        return per_token_loss.sum() / normalizer

    def _log_sdar_metrics(self, mode, per_token_loss, gate, gap, mask) -> None:
        stats = gate_statistics(gate, gap, mask)
        local = torch.stack([per_token_loss.detach().sum().float(), *stats.values()])
        loss_sum, tokens, gate_sum, gate_active, gap_sum, negative_gap = self.accelerator.reduce(
            local, reduction="sum"
        ).tolist()
        tokens = max(tokens, 1.0)
        metrics = self._metrics[mode]
        metrics["sdar/loss"].append(loss_sum / tokens)
        metrics["sdar/gate_mean"].append(gate_sum / tokens)
        metrics["sdar/gate_active_ratio"].append(gate_active / tokens)
        metrics["sdar/teacher_gap_mean"].append(gap_sum / tokens)
        metrics["sdar/negative_gap_ratio"].append(negative_gap / tokens)


# Keys of TRL's generation batch that carry vision inputs; the teacher pass refuses them (see `_teacher_pass`).
MULTIMODAL_KEYS = (
    "pixel_values",
    "image_grid_thw",
    "pixel_attention_mask",
    "image_sizes",
    "token_type_ids",
    "mm_token_type_ids",
    "spatial_shapes",
    "num_images",
    "num_tiles",
    "image_position_ids",
)


@contextmanager
def _eval_mode(model):
    """``model`` in eval mode inside the block, its previous mode restored after."""
    was_training = model.training
    model.eval()
    try:
        yield
    finally:
        model.train(was_training)


class TeacherEMACallback(TrainerCallback):
    """Moves the EMA teacher toward the policy after every trainer step (`teacher_weights="ema"`)."""

    def __init__(self, trainer: SDARTrainer):
        self.trainer = trainer

    def on_step_end(self, args, state, control, **kwargs):
        self.trainer.update_ema_teacher()


class _null:
    """A do-nothing context manager that yields an empty list (stands in for `capture_last_hidden_states`)."""

    def __enter__(self):
        return []

    def __exit__(self, *exc):
        return False


def upgrade_config(args: GRPOConfig) -> SDARConfig:
    """The `SDARConfig` with every field of ``args`` and the SDAR defaults (the drop-in path).

    `GRPOConfig.__post_init__` fills in both `generation_batch_size` and `steps_per_generation`, which it then refuses
    together; `steps_per_generation` alone determines the other, so the copy leaves `generation_batch_size` to it.
    """
    values = {f.name: getattr(args, f.name) for f in fields(args) if f.init}
    values["generation_batch_size"] = None
    return SDARConfig(**values)


def _check_context_column(dataset, args: SDARConfig, name: str) -> None:
    """Fail before any model work when the privileged-context column is missing from a dataset."""
    if dataset is None:
        return
    if isinstance(dataset, (Dataset, IterableDataset)):
        columns = dataset.column_names
    elif isinstance(dataset, list) and dataset and isinstance(dataset[0], dict):
        columns = list(dataset[0])
    else:
        return  # a torch Dataset of unknown layout: checked per row at generation time
    if columns is not None and args.privileged_context_column not in columns:
        raise ValueError(
            f"`{name}` has no column `{args.privileged_context_column}` (columns: {sorted(columns)}). Add the "
            "privileged text per row, set `privileged_context_column` to the right column, or set `sdar_coef=0.0`."
        )


def _check_no_images(dataset) -> None:
    """Vision-language rows (TRL's `image`/`images` columns) fail before any model work: the teacher pass would drop
    their images."""
    columns = dataset.column_names if isinstance(dataset, (Dataset, IterableDataset)) else None
    for column in ("image", "images"):
        if columns is not None and column in columns:
            raise ValueError(
                f"`train_dataset` has a `{column}` column: the teacher pass of SDAR, Skill-SD and RLSD does not pass "
                "vision inputs yet; train vision-language models with `sdar_coef=0.0` (and no Skill-SD/RLSD)."
            )
