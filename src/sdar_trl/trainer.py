"""`SDARTrainer`: `trl.GRPOTrainer` with a privileged-context teacher pass and the gated self-distillation term.

One training step runs one way: the trainer makes the generation batch (TRL's single-turn generation, or the agent
batch builder `sdar_trl.agent.batch` handed generation, rewards, context and the teacher pass), the teacher scores its
rows (`sdar_trl.teacher`), and the loss adds the SDAR-family terms (`sdar_trl.losses`) to TRL's. Batch arithmetic
(splits, chunk weights, no-sync) is `sdar_trl.batching`; what the hooks hand each other is `sdar_trl.hook_state`.
"""

from __future__ import annotations

import json
import os
import pickle
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import fields
from typing import Any

import torch
from accelerate.utils import gather_object, is_peft_model
from datasets import Dataset, IterableDataset
from safetensors.torch import load_model, save_model
from trl import GRPOConfig, GRPOTrainer
from trl.data_utils import is_conversational
from trl.models import unwrap_model_for_generation
from trl.models.utils import disable_gradient_checkpointing
from trl.trainer.utils import get_config_model_id, shuffle_sequence_dict, use_adapter

from .agent.batch import AgentBatchBuilder, AgentSources, env_return_reward
from .agent.engine import RolloutConfig, RolloutEngine, RolloutStats
from .agent.formats import ACTION_FORMAT, AgentFormat
from .agent.generation import hf_generate_fn
from .batching import (
    MINIBATCH_WEIGHT,
    WHOLE,
    LossShares,
    loss_mask,
    loss_tokens,
    no_sync,
    official_minibatch_rows,
    official_partition,
    slice_rows,
    split_rows,
)
from .config import SDARConfig
from .divergence import capture_last_hidden_states, completion_hidden_states, full_vocab_divergence
from .hook_state import HookState, SDARTerm
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
from .teacher import (
    PlainScorer,
    SharedPrefixScorer,
    TeacherEMACallback,
    TeacherPrompts,
    TeacherRows,
    TeacherScorer,
    VLLMScorer,
    colocate_row_scorer,
    render_context,
    separate_teacher,
    server_row_scorer,
)
from .teacher.prompt import unpad_left, with_system_context, with_user_context
from .trainer_checkpoints import CheckpointTrainerMixin


SKILL_STATE_FILE = "skill_retriever_state.json"
EMA_TEACHER_FILE = "ema_teacher.safetensors"


class SDARTrainer(CheckpointTrainerMixin, GRPOTrainer):
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
    - `compute_loss`: runs a micro-batch with more than `per_device_train_batch_size` rows (only agent batches have
      them) in chunks (forward + backward each, DeepSpeed included), so memory does not grow with the number of steps
      of an episode.
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

    Public hook: `on_sdar_term(inputs, term)` is called with each loss forward's SDAR term
    (`sdar_trl.hook_state.SDARTerm`: per-token gate, gap, student log-probs, the term with its gradient); override it
    to read diagnostics.

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
        elif args.rows_per_optimizer_step is not None:
            raise ValueError(
                "`rows_per_optimizer_step` splits an agent rollout, whose number of rows varies, into optimizer "
                "steps; without an `env`, set `steps_per_generation` instead."
            )
        agent_format = agent_format or ACTION_FORMAT
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
        self._hook_state = HookState()
        super().__init__(model, reward_funcs, args, train_dataset, eval_dataset, *pos, **kwargs)
        if args.sdar_divergence != "reverse_kl" and self._zero3:
            raise ValueError(
                f"`sdar_divergence={args.sdar_divergence!r}` reads the LM head outside the model's forward, which "
                "ZeRO-3 partitions; use `sdar_divergence='reverse_kl'` or ZeRO-2."
            )
        self.sampler_epochs = SamplerEpochCallback()
        self.add_callback(self.sampler_epochs)
        # TRL regenerates the batch every `generate_every` micro-steps (its `_prepare_inputs` computes the same).
        self.generate_every = args.steps_per_generation * self.num_iterations

        # The teacher: how its prompts are built, its weights, and the one scorer of its rows, chosen here.
        self.teacher_prompts = TeacherPrompts(
            lambda text: self._tokenizer(text=text, add_special_tokens=False)["input_ids"],
            args.teacher_context_placement,
            bos_token_id=self._tokenizer.bos_token_id,
            max_length=args.teacher_max_prompt_length,
            render_ids=self._render_prompt_ids,
            render_text=lambda messages: self.processing_class.apply_chat_template(
                messages,
                chat_template=self.chat_template,
                tokenize=False,
                add_generation_prompt=True,
                **self.chat_template_kwargs,
            ),
        )
        self.teacher_model = None
        if args.uses_teacher:
            whole_model = not (self.is_fsdp_enabled or is_peft_model(self.model) or self._zero3)
            policy = self.accelerator.unwrap_model(self.model)
            self.teacher_model = separate_teacher(policy, args.teacher_weights, whole_model=whole_model)
            if args.teacher_weights == "ema":  # the policy as `train()` will have wrapped it, unwrapped at each step
                policy_now = lambda: self.accelerator.unwrap_model(self.model)  # noqa: E731
                self.add_callback(TeacherEMACallback(self.teacher_model, policy_now, args.teacher_ema_decay))
        self.teacher_scorer = self._teacher_scorer()

        # Agent mode is decided here: with an `env`, the generation batch comes from the agent batch builder.
        self.agent_batch_builder = None
        if env is not None:
            engine = RolloutEngine(self.processing_class, agent_format, RolloutConfig.from_args(args))
            self.agent_batch_builder = AgentBatchBuilder(
                engine,
                env,
                self.accelerator,
                layout=args.agent_layout,
                invalid_action_penalty=agent_format.penalty(args.invalid_action_penalty),
                step_advantage_stats=args.step_advantage_stats,
                scale_rewards=args.scale_rewards,
                reward_weights=self.reward_weights,
                reward_func_names=self.reward_func_names,
                pad_token_id=self._tokenizer.pad_token_id,
                context_to_student=args.privileged_context_to_student,
            )

    @property
    def _zero3(self) -> bool:
        return self.is_deepspeed_enabled and self.accelerator.state.deepspeed_plugin.zero_stage == 3

    @property
    def _forward_batch_size(self) -> int:
        """Rows per no-grad forward (teacher pass, student log-probs): the per-device batch size of the mode."""
        args = self.args
        return args.per_device_train_batch_size if self.model.training else args.per_device_eval_batch_size

    @property
    def last_rollout_stats(self) -> RolloutStats | None:
        """Counts, generation calls and time split of the latest rollout (`sdar_trl.agent.RolloutStats`)."""
        return self._hook_state.rollout_stats

    # ------------------------------------------------------------------ teacher
    def _teacher_scorer(self) -> TeacherScorer:
        """The scorer of the teacher rows that the configuration asks for (`sdar_trl.teacher`)."""
        args = self.args
        if args.teacher_logprobs == "vllm":
            # TRL's vLLM set-up makes the client or engine; each call reads the current one.
            if args.vllm_mode == "server":
                client = lambda: self.vllm_generation.vllm_client  # noqa: E731
                return VLLMScorer(server_row_scorer(client, self.temperature, self.accelerator))
            return VLLMScorer(colocate_row_scorer(lambda: self.vllm_generation.llm, self.temperature))
        full_vocab = args.sdar_divergence != "reverse_kl"  # needs the teacher's hidden states of every row
        if args.teacher_prefix_sharing and not full_vocab:
            return SharedPrefixScorer(self._tokenizer.pad_token_id)
        return PlainScorer(
            self._tokenizer.pad_token_id, hidden_states=full_vocab, unwrap=self.accelerator.unwrap_model
        )

    def _context_blocks(self, inputs: list[dict[str, Any]]) -> list[str]:
        """Each row's privileged block: its context text (column or retrieved skills) rendered with the template."""
        # Evaluation selections leave no trace in the retriever (no pending UCB pulls, no random draws, no counts).
        texts = self.context_source.texts(inputs, training=self.model.training)
        if self.model.training and self.context_source.uses_library:
            self._hook_state.pulls = list(self.context_source.last_pulls)
        return [render_context(self.args.teacher_context_template, text) for text in texts]

    def _render_prompt_ids(self, messages: list[dict[str, Any]]) -> list[int]:
        """A conversation's prompt ids through the chat template, as TRL renders the student's (`system` placement)."""
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

    def _teacher_rows(self, inputs: list[dict[str, Any]], output: dict[str, Any], blocks: list[str]) -> TeacherRows:
        """The teacher rows of a generation batch: each row's teacher prompt and the batch's completions."""
        prompt_ids = [unpad_left(i, m) for i, m in zip(output["prompt_ids"].tolist(), output["prompt_mask"].tolist())]
        prompts, truncated = self.teacher_prompts.build(blocks, prompt_ids, [row["prompt"] for row in inputs])
        self._hook_state.teacher_rows += len(prompts)
        self._hook_state.teacher_truncated += truncated
        return TeacherRows(prompts, output["completion_ids"], output["completion_mask"])

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
        rows = self._teacher_rows(inputs, output, self._context_blocks(inputs) if blocks is None else blocks)
        teacher = self.model if self.teacher_model is None else self.teacher_model
        # Eval mode (no dropout), as the official code computes every log-prob it does not train on.
        with (
            _eval_mode(teacher),
            disable_gradient_checkpointing(teacher, self.args.gradient_checkpointing_kwargs),
            self.accelerator.autocast(),
        ):
            scores = self.teacher_scorer(teacher, rows, batch_size=self._forward_batch_size)
        mode = "train" if self.model.training else "eval"
        forwarded = torch.tensor(float(scores.forwarded), device=self.accelerator.device)
        self._metrics[mode]["sdar/teacher_tokens"].append(self.accelerator.reduce(forwarded, "sum").item())
        extra = {"teacher_per_token_logps": scores.logps}
        if scores.hidden_states is not None:
            extra["teacher_hidden_states"] = scores.hidden_states
        return extra

    # ------------------------------------------------------------------ generation batch
    def _generate_and_score_completions(self, inputs: list[dict[str, Any]]) -> dict[str, torch.Tensor | Any]:
        self._hook_state = HookState()  # what this batch's hooks hand to each other (`sdar_trl.hook_state`)
        args = self.args
        if self.agent_batch_builder is not None:
            output = self._agent_batch(inputs)
        elif args.privileged_context_to_student:
            # Skill-GRPO: the block opens the user message (official), or the system message with system placement.
            blocks = self._context_blocks(inputs)
            if args.teacher_context_placement == "system":
                default = self.teacher_prompts.template_system_prompt
                prompts = [with_system_context(row["prompt"], block, default) for row, block in zip(inputs, blocks)]
            else:
                prompts = [with_user_context(row["prompt"], block) for row, block in zip(inputs, blocks)]
            output = super()._generate_and_score_completions(
                [{**row, "prompt": prompt} for row, prompt in zip(inputs, prompts)]
            )
        else:  # single-turn
            output = super()._generate_and_score_completions(inputs)
            if args.uses_teacher:
                output.update(self._teacher_pass(inputs, output))
        if args.uses_teacher:
            output.update(self._rollout_signals(output))
        # Evaluation neither teaches the bandit nor counts in the training metrics.
        if self.model.training and (self.context_source.uses_library or args.teacher_max_prompt_length is not None):
            self._update_context_state()
        return output

    def _agent_batch(self, inputs: list[dict[str, Any]]) -> dict[str, Any]:
        """Agent mode's generation batch, from the builder handed generation, rewards, context and the teacher."""
        args = self.args
        mode = "train" if self.model.training else "eval"
        shows_context = args.uses_teacher or args.privileged_context_to_student
        sources = AgentSources(
            generator=self._rollout_generator,
            rewards=self._calculate_rewards,
            rollout_logps=self._rollout_logps,
            context_blocks=self._context_blocks if shows_context else None,
            teacher=self._teacher_pass if args.uses_teacher else None,
        )
        group_size = self.num_generations if mode == "train" else self.num_generations_eval
        batch = self.agent_batch_builder.build(inputs, sources, group_size)
        self._hook_state.rollout_stats = batch.stats
        for name, value in batch.metrics.items():
            self._metrics[mode][name].append(value)
        self._logs["prompt"].extend(batch.logs["prompt"])
        self._logs["completion"].extend(batch.logs["completion"])
        for name, values in batch.logs["rewards"].items():
            self._logs["rewards"][name].extend(values)
        self._logs["advantages"].extend(batch.logs["advantages"])
        return batch.output

    @contextmanager
    def _rollout_generator(self) -> Iterator[Callable[[list[list[int]]], list[list[int]]]]:
        """A ``generate(prompt_ids) -> completion_ids`` for the whole rollout, through the trainer's backend.

        vLLM (colocate or server) goes through TRL's `_generate_single_turn`, one batched call per turn. transformers
        `generate` runs inside ONE `unwrap_model_for_generation` context for the whole rollout (under ZeRO-3 entering
        it gathers every parameter, so doing it once per turn would be slow).
        """
        if self.use_vllm:
            yield lambda prompts: self._generate_single_turn(prompts, None, {}, 1)[0]
            return
        with (
            unwrap_model_for_generation(
                self.model_wrapped,
                self.accelerator,
                gather_deepspeed3_params=self.args.ds3_gather_for_generation,
                generation_kwargs=self.generation_kwargs,
                gradient_checkpointing_kwargs=self.args.gradient_checkpointing_kwargs,
            ) as model,
            torch.no_grad(),
            self._dist.summon_full_params(self.model_wrapped, recurse=False),
        ):
            yield hf_generate_fn(
                model,
                self._tokenizer,
                generation_config=self.generation_config,
                eos_token_ids=list(self.eos_token_ids),
                device=self.accelerator.device,
            )

    def _calculate_rewards(self, inputs, prompts, completions, completion_ids_list):
        rewards_per_func = super()._calculate_rewards(inputs, prompts, completions, completion_ids_list)
        # Gathered over all processes, in process order: the total reward of every trajectory, for the bandit.
        weights = self.reward_weights.to(rewards_per_func.device).unsqueeze(0)
        self._hook_state.rewards = (rewards_per_func * weights).nansum(dim=1)
        return rewards_per_func

    def _update_context_state(self) -> None:
        """Update the retriever from every process's pulls and rewards (so its state is identical everywhere) and log
        the context metrics of this generation batch."""
        state = self._hook_state
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
            weight = rlsd_weight(self._step // self.generate_every + 1, args.rlsd_coef, args.rlsd_decay_steps)
            extra["advantages"] = rlsd_token_advantages(
                output["advantages"], output["teacher_per_token_logps"], old, mask, weight=weight, clip=args.rlsd_clip
            )
            self._metrics["train" if self.model.training else "eval"]["rlsd/weight"].append(weight)
        return extra

    def _rollout_logps(self, output: dict[str, Any]) -> dict[str, torch.Tensor]:
        """An agent batch's rollout-time (``old_per_token_logps``) and reference (``ref_per_token_logps``)
        log-probs, when the loss needs them (TRL computes both itself for its own batches)."""
        args, extra = self.args, {}
        # Rollout-time log-probs when the batch outlives one optimizer step (TRL's rule), or is split into several
        # (`rows_per_optimizer_step`: PPO clipping needs them from the second mini-batch on).
        if args.gradient_accumulation_steps % self.generate_every != 0 or args.rows_per_optimizer_step is not None:
            extra["old_per_token_logps"] = self._student_logps(output)[0]
        if self.beta != 0.0:  # as TRL: the reference model, or the PEFT model with its adapter off
            if self.ref_model is not None:
                extra["ref_per_token_logps"] = self._student_logps(output, model=self.ref_model)[0]
            else:
                unwrapped = self.accelerator.unwrap_model(self.model)
                with use_adapter(unwrapped, adapter_name="ref" if "ref" in unwrapped.peft_config else None):
                    extra["ref_per_token_logps"] = self._student_logps(output)[0]
        return extra

    def _student_logps(self, output: dict[str, Any], *, compute_entropy: bool = False, model=None):
        """Log-probs (and entropies) of the batch's completion tokens by ``model`` (the policy unless told), with no
        gradient and in eval mode, as the official code computes every log-prob it does not train on."""
        model = self.model if model is None else model
        input_ids = torch.cat([output["prompt_ids"], output["completion_ids"]], dim=1)
        attention_mask = torch.cat([output["prompt_mask"], output["completion_mask"]], dim=1)
        with (
            torch.no_grad(),
            _eval_mode(model),
            disable_gradient_checkpointing(self.model, self.args.gradient_checkpointing_kwargs),
        ):
            logps, entropies, _ = self._get_per_token_logps_and_entropies(
                model,
                input_ids,
                attention_mask,
                output["completion_ids"].size(1),
                batch_size=self._forward_batch_size,
                compute_entropy=compute_entropy,
            )
        return logps, entropies

    # ------------------------------------------------------------------ optimizer steps
    def training_step(self, model, inputs, num_items_in_batch=None):
        if self.args.rows_per_optimizer_step is None:
            return super().training_step(model, inputs, num_items_in_batch)
        # The official PPO mini-batches: one rollout, `ceil(rows / rows_per_optimizer_step)` optimizer steps. All but
        # the last are taken here; the trainer's own step takes the last, so gradient clipping, the learning-rate
        # schedule and logging run as TRL runs them, once per rollout (as verl advances its schedule).
        model.train()
        minibatches = self._rollout_minibatches(inputs)
        for minibatch in minibatches[:-1]:
            with self.compute_loss_context_manager():
                loss = self.compute_loss(model, minibatch)
            self._inner_optimizer_step(model, loss)
        self._hook_state.queued_minibatch = minibatches[-1]
        return super().training_step(model, inputs, num_items_in_batch)

    def _rollout_minibatches(self, inputs) -> list[dict[str, Any]]:
        """One rollout's rows cut into mini-batches as `minibatch_partition` says, the same number on every process
        (every process has as many rows); each mini-batch's `num_items_in_batch` is its own loss-token count over all
        processes, and an official partial mini-batch carries its loss weight."""
        args = self.args
        batch = self._generate_and_score_completions(inputs)
        local_rows = batch["completion_ids"].size(0)
        if args.minibatch_partition == "official":
            size = official_minibatch_rows(args.rows_per_optimizer_step, self.accelerator.num_processes)
            minibatches = [
                {**slice_rows(batch, start, end), MINIBATCH_WEIGHT: weight}
                for start, end, weight in official_partition(local_rows, size, args.per_device_train_batch_size)
            ]
        else:
            rows = local_rows * self.accelerator.num_processes
            minibatches = split_rows(shuffle_sequence_dict(batch), max(1, -(-rows // args.rows_per_optimizer_step)))
        for minibatch in minibatches:
            tokens = torch.tensor(loss_tokens(minibatch, clamp=False), device=self.accelerator.device)
            minibatch["num_items_in_batch"] = self.accelerator.reduce(tokens, reduction="sum")
        self._metrics["train"]["optimizer_steps_per_rollout"].append(float(len(minibatches)))
        return minibatches

    def _inner_optimizer_step(self, model, loss: torch.Tensor) -> None:
        """Backward and optimizer step for a mini-batch that is not a rollout's last (see `training_step`)."""
        if self.is_deepspeed_enabled:
            # DeepSpeed steps its optimizer inside backward, and its scheduler with it: hold the scheduler back, so
            # that it advances once per rollout on every backend.
            engine = self.model_wrapped
            scheduler, engine.lr_scheduler = engine.lr_scheduler, None
            try:
                self.accelerator.backward(loss, scale_wrt_gas=False)
            finally:
                engine.lr_scheduler = scheduler
            return
        self.accelerator.backward(loss)
        if self.args.max_grad_norm is not None and self.args.max_grad_norm > 0:
            self.accelerator.clip_grad_norm_(model.parameters(), self.args.max_grad_norm)
        self.optimizer.step()
        self.optimizer.zero_grad()

    def _prepare_inputs(self, generation_batch):
        if self._hook_state.queued_minibatch is not None:  # the last mini-batch of a rollout (see `training_step`)
            queued, self._hook_state.queued_minibatch = self._hook_state.queued_minibatch, None
            return queued
        if self.agent_batch_builder is None or not self.model.training:
            return super()._prepare_inputs(generation_batch)
        # Agent batches have a variable number of rows (one per step in the step layout). TRL's split drops the
        # remainder; this one keeps every row, spreading them over exactly `steps_per_generation` micro-batches.
        if self._step % self.generate_every == 0 or self._buffered_inputs is None:
            batch = shuffle_sequence_dict(self._generate_and_score_completions(generation_batch))
            self._buffered_inputs = split_rows(batch, self.args.steps_per_generation)
        return self._buffered_inputs[self._step % self.args.steps_per_generation]

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        rows = inputs["completion_ids"].size(0)
        limit = self.args.per_device_train_batch_size
        # Below 1 only for a last partial mini-batch of the official partition (see `official_partition`).
        weight = inputs.get(MINIBATCH_WEIGHT, 1.0)
        if rows <= limit or not self.model.training or return_outputs or self.args.fp16:
            loss = super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
            return loss if weight == 1.0 else weight * loss
        # Step rows of long episodes can outnumber `per_device_train_batch_size` many times: forward and backward
        # them in chunks of at most that many rows, so memory does not grow with episode length. All but the last
        # chunk are backpropagated here without gradient sync; the trainer backpropagates the last one (and syncs).
        chunks = split_rows(inputs, -(-rows // limit))
        self._metrics["train"]["agent/chunks_per_micro_batch"].append(float(len(chunks)))
        done = torch.zeros((), device=self.accelerator.device)
        for chunk in chunks[:-1]:
            if self.is_deepspeed_enabled:
                # A DeepSpeed engine accumulates across backward calls until a boundary (as for gradient accumulation);
                # its ZeRO partitioning rules out `no_sync`.
                loss = weight * self._chunk_loss(model, chunk, inputs)
                model.set_gradient_accumulation_boundary(False)
                model.backward(loss, scale_wrt_gas=False)
            else:
                with no_sync(model, self.accelerator.sync_gradients):
                    loss = weight * self._chunk_loss(model, chunk, inputs)
                    loss.backward()
            done = done + loss.detach()
        return weight * self._chunk_loss(model, chunks[-1], inputs) + done

    def _chunk_loss(self, model, chunk, whole) -> torch.Tensor:
        """The loss of a chunk of the micro-batch ``whole``, through TRL's per-forward hook `_compute_loss` with the
        chunk's shares of the loss (`sdar_trl.batching.LossShares`), so that the chunks add up to the whole."""
        self._hook_state.loss_shares = LossShares.of(self.loss_type, chunk, whole)
        try:
            return self._compute_loss(model, chunk)
        finally:
            self._hook_state.loss_shares = WHOLE

    # ------------------------------------------------------------------ loss
    def _get_per_token_logps_and_entropies(self, model, input_ids, attention_mask, logits_to_keep, *args, **kwargs):
        logps, entropies, aux_loss = super()._get_per_token_logps_and_entropies(
            model, input_ids, attention_mask, logits_to_keep, *args, **kwargs
        )
        if self._hook_state.student_capture is not None:
            self._hook_state.student_capture.update(logps=logps, entropies=entropies, aux_loss=aux_loss)
        return logps, entropies, aux_loss

    def _compute_loss(self, model, inputs):
        # TRL's loss with its parts weighted by the forward's shares (a chunk's, see `_chunk_loss`), plus the
        # SDAR-family terms, which divide by the global token count and so need no weight.
        args, shares = self.args, self._hook_state.loss_shares
        if args.policy_loss_coef != 1.0:
            # Only the policy-gradient term, as the official `pg_loss * pg_loss_coef`: every TRL policy loss is linear
            # in the advantage for a coefficient >= 0, so scaling the advantages scales that term and leaves the KL
            # anchor and the entropy bonus whole.
            inputs = {**inputs, "advantages": inputs["advantages"] * args.policy_loss_coef}
        sdar_family = args.sdar_coef > 0.0 or args.skill_sd_coef > 0.0
        if not sdar_family and shares == WHOLE:
            return super()._compute_loss(model, inputs)

        # Read before TRL's loss: its adaptive controller moves the coefficient for the next optimizer step.
        entropy_coef = self._applied_entropy_coef()
        full_vocab = args.sdar_divergence != "reverse_kl"
        capture = capture_last_hidden_states(self.accelerator.unwrap_model(model)) if full_vocab else nullcontext([])
        self._hook_state.student_capture = {}
        try:
            with capture as hs:
                trl_loss = super()._compute_loss(model, inputs)
            student = self._hook_state.student_capture
        finally:
            self._hook_state.student_capture = None
        loss = shares.policy * trl_loss
        if shares != WHOLE:
            loss = loss + self._reweighted_bonus_and_aux(inputs, student, shares, entropy_coef)
        if not sdar_family:
            return loss

        mode = "train" if self.model.training else "eval"
        mask = loss_mask(inputs)
        # A global token mean over the optimizer step: `num_items_in_batch` counts the loss tokens of the whole
        # generation batch on all processes. Each micro-batch divides by its share (as TRL's "dapo" loss does), so
        # gradient accumulation, `steps_per_generation` and the process count leave the weight of the terms unchanged.
        normalizer = inputs["num_items_in_batch"].clamp(min=1.0) / self.accelerator.num_processes
        if mode == "train":
            normalizer = normalizer * self.current_gradient_accumulation_steps / args.steps_per_generation
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

    def _applied_entropy_coef(self) -> float:
        """The coefficient TRL's `_compute_loss` applies to the entropy bonus of the coming forward: 0 when the bonus
        is off, or while the adaptive controller holds it back (measured entropy above `entropy_target`)."""
        if not self._entropy_bonus_enabled:
            return 0.0
        if self.use_adaptive_entropy and self._last_world_entropy > self.args.entropy_target:
            return 0.0
        return self.entropy_coef

    def _reweighted_bonus_and_aux(self, inputs, student, shares: LossShares, entropy_coef: float) -> torch.Tensor:
        """What turns ``shares.policy`` x a chunk's TRL loss into the chunk's part of its micro-batch's loss: TRL's
        entropy bonus (a token mean of each forward) moved from the policy share to the token share, and its MoE
        auxiliary loss (one per forward) to the row share. The bonus is TRL's, recomputed from the captured
        entropies: over the loss tokens (the high-entropy ones with `top_entropy_quantile` < 1), per accumulated
        micro-batch."""
        accumulation = self.current_gradient_accumulation_steps if self.model.training else 1.0
        correction = torch.zeros((), device=self.accelerator.device)
        if entropy_coef != 0.0:
            entropies, mask = student["entropies"], loss_mask(inputs)
            if self.top_entropy_quantile < 1.0:
                mask = mask * self.get_high_entropy_mask(entropies.detach(), mask, 1 - self.top_entropy_quantile)
            bonus = (entropies * mask).sum() / mask.sum().clamp(min=1.0) / accumulation
            correction = correction + entropy_coef * (shares.policy - shares.entropy) * bonus
        if self.aux_loss_enabled:
            aux = student["aux_loss"] / accumulation
            correction = correction + self.router_aux_loss_coef * (shares.aux - shares.policy) * aux
        return correction

    def _sdar_term(self, model, inputs, student, hs, mask, normalizer, mode) -> torch.Tensor:
        """`L_SDAR` of this micro-batch (summed over its tokens, divided by ``normalizer``); logs `sdar/*` and hands
        the term to `on_sdar_term`."""
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
        term = per_token_loss.sum() / normalizer
        self.on_sdar_term(inputs, SDARTerm(term, per_token_loss, gate, gap, student["logps"], mask, mode))
        return term

    def on_sdar_term(self, inputs: dict[str, Any], term: SDARTerm) -> None:
        """Called with each loss forward's SDAR term (a micro-batch, or a chunk of one), right after it is computed;
        does nothing. Override it to read per-token diagnostics (the gate and gap on chosen tokens, say, located
        through ``inputs``' ids) or the term's gradient; the loss uses ``term.loss`` as it is, so leave it unchanged.

        Args:
            inputs: the micro-batch (TRL's keys, and `teacher_per_token_logps`).
            term: the term and its per-token parts (`sdar_trl.hook_state.SDARTerm`).
        """

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


def check_agent_args(env, args: SDARConfig) -> None:
    """Agent-mode settings that cannot work, reported before any model work."""
    if not callable(env):
        raise ValueError("`env` must be a callable that returns a new environment instance (e.g. the class itself).")
    if args.env_workers:
        try:
            pickle.dumps(env)  # sent to each worker process
        except Exception as error:  # noqa: BLE001 - any pickling failure means the same here
            raise ValueError(
                "`env_workers` > 0 runs each environment in a process of its own, so `env` must pickle (a class or "
                f"a module-level function, not a lambda or a local class); {env!r} does not: {error}"
            ) from error
    if args.minibatch_partition == "official":
        official_minibatch_rows(args.rows_per_optimizer_step, args.world_size)
    if args.use_vllm and args.vllm_importance_sampling_correction:
        raise ValueError(
            "Agent rollouts do not keep vLLM's sampling log-probs; set `vllm_importance_sampling_correction=False`."
        )
    if args.teacher_context_placement != "prefix":
        raise ValueError("Agent training builds teacher rows by prefix; set `teacher_context_placement='prefix'`.")
    if args.multi_objective_aggregation != "sum_then_normalize":
        raise ValueError(
            f"`multi_objective_aggregation={args.multi_objective_aggregation!r}` is not supported with an `env`: "
            "agent advantages normalize the weighted sum of the rewards (the environment's return first); set "
            "`multi_objective_aggregation='sum_then_normalize'`."
        )
