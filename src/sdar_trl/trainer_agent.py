"""Agent mode of `SDARTrainer`: multi-turn rollouts in an environment, made into TRL's generation batch and trained.

`AgentTrainerMixin` holds every agent-mode method of the trainer, top to bottom:

- **The generation batch** (`_agent_generation_batch`, called by `_generate_and_score_completions` when the trainer has
  an `env`): episodes are played by the batched `RolloutEngine` with the trainer's policy; the environment's return
  goes through TRL's reward functions (column ``episode_return``, see `env_return_reward`, so user reward functions
  add to it); advantages are the official step-layout ones or TRL's per-episode ones; rows are padded into the keys
  TRL's loss reads (left-padded ``prompt_ids``/``prompt_mask``, right-padded ``completion_ids``/``completion_mask``,
  ``advantages``, ``num_items_in_batch``, ``tool_mask`` in the episode layout, ``old_per_token_logps`` and
  ``ref_per_token_logps`` when needed) plus the teacher's log-probs.
- **Optimizer steps** (`training_step`, `_prepare_inputs`): a generation batch with a variable number of rows is
  split into `steps_per_generation` micro-batches without dropping rows, or, with `rows_per_optimizer_step`, into the
  official PPO mini-batches, several optimizer steps per rollout, cut as `minibatch_partition` says.
- **Chunked loss** (`compute_loss`, `_chunk_loss`): a micro-batch with more rows than `per_device_train_batch_size`
  is forwarded and backpropagated in chunks, so memory does not grow with the number of steps of an episode.

The engine and everything under `sdar_trl.agent` know nothing of the trainer. The TRL-private members used here
(`_calculate_rewards`, `_generate_single_turn`, `_get_per_token_logps_and_entropies`, `_prepare_inputs`'s buffer and
step counter, `_metrics`, `_logs`, `_dist`) are pinned by `tests/test_trl_hooks.py`.
"""

from __future__ import annotations

import pickle
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import torch
from accelerate.utils import gather, gather_object
from torch.distributed.fsdp import FSDPModule
from torch.nn.parallel import DistributedDataParallel
from trl.models import unwrap_model_for_generation
from trl.models.utils import disable_gradient_checkpointing
from trl.trainer.utils import shuffle_sequence_dict

from .agent.collate import collate_rows, episode_return, episode_rows, group_advantages, step_advantages, step_rows
from .agent.engine import END_REASONS, ContextBlocks, Episode, RolloutStats
from .agent.generation import hf_generate_fn
from .config import SDARConfig
from .envs.protocol import aggregate_episode_metrics


def env_return_reward(completions, episode_return, **kwargs) -> list[float]:
    """Reward function of agent training: the episode's environment return. Episode layout: minus the invalid-action
    penalty per invalid step; step layout: without it (the penalty goes to each invalid step row's score)."""
    return [float(r) for r in episode_return]


class AgentTrainerMixin:
    """The agent-mode methods of `SDARTrainer` (see the module docstring); inert without an `env`."""

    @property
    def last_rollout_stats(self) -> RolloutStats | None:
        """Counts, generation calls and time split of the latest rollout (`sdar_trl.agent.RolloutStats`)."""
        return self._batch.rollout_stats

    # ------------------------------------------------------------------ the generation batch
    def _agent_generation_batch(self, inputs: list[dict[str, Any]]) -> dict[str, Any]:
        args, device = self.args, self.accelerator.device
        mode = "train" if self.model.training else "eval"
        group_size = self.num_generations if mode == "train" else self.num_generations_eval

        # Roll out: one retrieval per episode right after the resets (one bandit pull per trajectory).
        with self._rollout_generator() as generate:
            episodes, stats = self.rollout_engine.run(
                inputs, self.env_factory, generate, sync_live=self._live_episodes, contexts=self._episode_contexts
            )
        self._batch.rollout_stats = stats

        # Rewards through TRL's reward functions (gathered over processes, in process order). The step layout
        # charges the invalid-action penalty to each invalid step row's score, the episode layout to the return.
        step_layout = args.agent_layout == "step"
        penalty = self.invalid_action_penalty
        returns = [episode_return(e, 0.0 if step_layout else penalty) for e in episodes]
        reward_inputs = [
            {
                **e.row,
                "episode_return": r,
                "won": e.won,
                "num_turns": len(e.turns),
                "end_reason": e.end_reason,
                "task": e.first.task,
                "task_type": e.first.task_type,
            }
            for e, r in zip(episodes, returns)
        ]
        tasks = [e.first.task for e in episodes]
        responses = ["\n".join(t.response_text for t in e.turns) for e in episodes]
        response_ids = [[tok for t in e.turns for tok in t.response_ids] for e in episodes]
        rewards_per_func = self._calculate_rewards(reward_inputs, tasks, responses, response_ids)
        rewards = self._batch.rewards  # the weighted sum `_calculate_rewards` made (NaN-free: `nansum`)

        # Advantages over the whole batch (all processes), then this process's rows.
        start = self.accelerator.process_index * len(episodes)
        if step_layout:
            invalid = gather_object([[not t.action.valid for t in e.turns] for e in episodes])
            per_episode = step_advantages(
                rewards.cpu(), invalid, group_size, penalty, stats=args.step_advantage_stats, scale=args.scale_rewards
            )
            all_advantages = torch.cat(per_episode)
            rows = step_rows(episodes)
            row_advantages = torch.cat([torch.zeros(0), *per_episode[start : start + len(episodes)]])
        else:
            steps = gather(torch.tensor([len(e.turns) for e in episodes], device=device, dtype=torch.float32))
            all_advantages = group_advantages(
                rewards.cpu(), group_size, weights=(steps > 0).float().cpu(), scale=args.scale_rewards
            )
            rows = episode_rows(episodes)
            row_advantages = all_advantages[start : start + len(episodes)][
                torch.tensor(rows.episode, dtype=torch.long)
            ]

        # Every process ends with the same number of rows: TRL's loss gathers per-row statistics across processes,
        # which needs equal shapes, so shorter processes get filler rows whose loss is masked out.
        num_rows = int(self.accelerator.reduce(torch.tensor(len(rows.episode), device=device), reduction="max"))
        output, row_episodes = collate_rows(rows, row_advantages, self._tokenizer.pad_token_id, max(num_rows, 1))
        output = {key: value.to(device) for key, value in output.items()}
        output["num_items_in_batch"] = self.accelerator.gather(loss_mask(output).sum()).sum()
        self._log_rollout(mode, episodes, rewards_per_func, rewards, all_advantages, tasks, responses)
        output.update(self._rollout_logps(output, mode))
        if args.uses_teacher:
            row_episodes = [episodes[i] for i in row_episodes]
            output.update(
                self._teacher_pass(
                    [_episode_input(e) for e in row_episodes], output, blocks=[e.context.teacher for e in row_episodes]
                )
            )
        return output

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

    def _live_episodes(self, local: int) -> int:
        """Live episodes over all processes, so that every process makes the same number of generation calls."""
        if self.accelerator.num_processes == 1:
            return local
        count = torch.tensor(local, device=self.accelerator.device)
        return int(self.accelerator.reduce(count, reduction="sum").item())

    def _episode_contexts(self, episodes: list[Episode]) -> list[ContextBlocks]:
        """Each episode's privileged block, retrieved once its reset told the task: for the teacher (SDAR, Skill-SD,
        RLSD) or, for Skill-GRPO, opening the policy's own user message."""
        args = self.args
        if not (args.uses_teacher or args.privileged_context_to_student):
            return [ContextBlocks() for _ in episodes]
        blocks = self._context_blocks([_episode_input(e) for e in episodes])
        if args.privileged_context_to_student:
            return [ContextBlocks(student=block) for block in blocks]
        return [ContextBlocks(teacher=block) for block in blocks]

    def _rollout_logps(self, output: dict[str, Any], mode: str) -> dict[str, torch.Tensor]:
        """Rollout-time (``old_per_token_logps``) and reference (``ref_per_token_logps``) log-probs, when needed."""
        args, extra = self.args, {}
        input_ids = torch.cat([output["prompt_ids"], output["completion_ids"]], dim=1)
        attention_mask = torch.cat([output["prompt_mask"], output["completion_mask"]], dim=1)
        logits_to_keep = output["completion_ids"].size(1)
        batch_size = args.per_device_train_batch_size if mode == "train" else args.per_device_eval_batch_size
        generate_every = args.steps_per_generation * self.num_iterations
        with torch.no_grad(), disable_gradient_checkpointing(self.model, args.gradient_checkpointing_kwargs):
            # Rollout-time log-probs when the batch outlives one optimizer step (TRL's rule), or is split into
            # several (`rows_per_optimizer_step`: PPO clipping needs them from the second mini-batch on).
            if args.gradient_accumulation_steps % generate_every != 0 or args.rows_per_optimizer_step is not None:
                extra["old_per_token_logps"] = self._get_per_token_logps_and_entropies(
                    self.model, input_ids, attention_mask, logits_to_keep, batch_size=batch_size
                )[0]
            if self.beta != 0.0:
                extra["ref_per_token_logps"] = self._reference_logps(
                    input_ids, attention_mask, logits_to_keep, batch_size
                )
        return extra

    def _log_rollout(self, mode, episodes, rewards_per_func, rewards, all_advantages, tasks, responses) -> None:
        """Success, per-task-type success, turns, invalid actions, faults and tokens, over all processes."""
        local = [
            {
                "won": e.won,
                "type": e.first.task_type or "unknown",
                "turns": len(e.turns),
                "invalid": e.invalid_steps,
                "end": e.end_reason,
                "tokens": sum(len(t.response_ids) for t in e.turns),
                "truncated": sum(t.prompt_truncated for t in e.turns),
                "score": e.score,
            }
            for e in episodes
        ]
        everything = gather_object(local)
        metrics = self._metrics[mode]
        n = max(len(everything), 1)
        turns = sum(x["turns"] for x in everything)
        metrics["env/success_rate"].append(sum(x["won"] for x in everything) / n)
        by_type = defaultdict(list)
        for x in everything:
            by_type[x["type"]].append(x["won"])
        for task_type, wins in sorted(by_type.items()):
            metrics[f"env/success/{task_type}"].append(sum(wins) / len(wins))
        metrics["env/mean_turns"].append(turns / n)
        metrics["env/invalid_action_rate"].append(sum(x["invalid"] for x in everything) / max(turns, 1))
        metrics["env/tokens_per_episode"].append(sum(x["tokens"] for x in everything) / n)
        scores = [x["score"] for x in everything if x["score"] is not None]
        if scores:
            metrics["env/score"].append(sum(scores) / len(scores))
        metrics["env/prompt_truncated_ratio"].append(sum(x["truncated"] for x in everything) / max(turns, 1))
        ends = Counter(x["end"] for x in everything)
        for reason in END_REASONS:
            metrics[f"env/end/{reason}"].append(float(ends[reason]))
        metrics["env/excluded_episodes"].append(float(sum(1 for x in everything if x["turns"] == 0)))
        for name, value in aggregate_episode_metrics(gather_object([e.metrics for e in episodes])).items():
            metrics[f"env/episode/{name}"].append(value)
        for i, name in enumerate(self.reward_func_names):
            metrics[f"rewards/{name}/mean"].append(torch.nanmean(rewards_per_func[:, i]).item())
        metrics["reward"].append(rewards.mean().item())
        metrics["reward_std"].append(rewards.std().item() if rewards.numel() > 1 else 0.0)
        self._logs["prompt"].extend(gather_object(tasks))
        self._logs["completion"].extend(gather_object(responses))
        for i, name in enumerate(self.reward_func_names):
            self._logs["rewards"][name].extend(rewards_per_func[:, i].tolist())
        self._logs["advantages"].extend(all_advantages.tolist())

    # ------------------------------------------------------------------ optimizer steps
    def training_step(self, model, inputs, num_items_in_batch=None):
        if self.env_factory is None or self.args.rows_per_optimizer_step is None:
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
        self._batch.queued_minibatch = minibatches[-1]
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
        if self._batch.queued_minibatch is not None:  # the last mini-batch of a rollout (see `training_step`)
            queued, self._batch.queued_minibatch = self._batch.queued_minibatch, None
            return queued
        if self.env_factory is None or not self.model.training:
            return super()._prepare_inputs(generation_batch)
        # Agent batches have a variable number of rows (one per step in the step layout). TRL's split drops the
        # remainder; this one keeps every row, spreading them over exactly `steps_per_generation` micro-batches.
        generate_every = self.args.steps_per_generation * self.num_iterations
        if self._step % generate_every == 0 or self._buffered_inputs is None:
            batch = shuffle_sequence_dict(self._generate_and_score_completions(generation_batch))
            self._buffered_inputs = split_rows(batch, self.args.steps_per_generation)
        return self._buffered_inputs[self._step % self.args.steps_per_generation]

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        rows = inputs["completion_ids"].size(0)
        limit = self.args.per_device_train_batch_size
        # Below 1 only for a last partial mini-batch of the official partition (see `official_partition`).
        weight = inputs.get(MINIBATCH_WEIGHT, 1.0)
        if self.env_factory is None or rows <= limit or not self.model.training or return_outputs or self.args.fp16:
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
                with _no_sync(model, self.accelerator.sync_gradients):
                    loss = weight * self._chunk_loss(model, chunk, inputs)
                    loss.backward()
            done = done + loss.detach()
        return weight * self._chunk_loss(model, chunks[-1], inputs) + done

    def _chunk_loss(self, model, chunk, whole) -> torch.Tensor:
        """The loss of a chunk, weighted so that the chunks add up to the loss of the whole micro-batch.

        TRL's loss has three parts aggregated differently: the policy term (with the KL) as its loss type says, the
        entropy bonus as a token mean, the MoE auxiliary loss once per forward. The chunk's TRL loss is scaled by the
        policy share, and the entropy and auxiliary coefficients are rescaled for the chunk so that these parts get
        the chunk's token and row shares instead. The SDAR-family terms divide by the global token count: they add.
        """
        share = policy_loss_share(self.loss_type, chunk, whole)
        tokens = loss_tokens(chunk) / loss_tokens(whole)
        rows = chunk["completion_ids"].size(0) / whole["completion_ids"].size(0)
        entropy_coef, aux_coef = self.entropy_coef, self.router_aux_loss_coef
        self._batch.policy_share = share
        self.entropy_coef = entropy_coef * tokens / share
        self.router_aux_loss_coef = aux_coef * rows / share
        try:
            return self._compute_loss(model, chunk)
        finally:
            # The adaptive entropy controller may have moved the coefficient during the call: keep its move.
            self.entropy_coef = entropy_coef + (self.entropy_coef - entropy_coef * tokens / share)
            self.router_aux_loss_coef = aux_coef
            self._batch.policy_share = 1.0


def _episode_input(episode: Episode) -> dict[str, Any]:
    """The row retrieval reads for an episode: the dataset row, with the task text and type the reset revealed."""
    return {
        **episode.row,
        "prompt": episode.first.task,
        "task_type": episode.first.task_type or episode.row.get("task_type"),
    }


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


def split_rows(batch: dict[str, Any], num_chunks: int) -> list[dict[str, Any]]:
    """Split every row-indexed value of ``batch`` into ``num_chunks`` parts whose sizes differ by at most one
    (no row is dropped); scalars are shared. Fewer rows than chunks repeat the last row with its loss masked out."""
    rows = batch["completion_ids"].size(0)
    if rows < num_chunks:
        filler = {
            k: (v[-1:].repeat_interleave(num_chunks - rows, dim=0) if _is_rows(v, rows) else v)
            for k, v in batch.items()
        }
        filler["completion_mask"] = torch.zeros_like(filler["completion_mask"])
        batch = {k: (torch.cat([v, filler[k]]) if _is_rows(v, rows) else v) for k, v in batch.items()}
        rows = num_chunks
    bounds = torch.linspace(0, rows, num_chunks + 1).round().long().tolist()
    return [slice_rows(batch, a, b) for a, b in zip(bounds[:-1], bounds[1:])]


def slice_rows(batch: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    """Rows ``start:end`` of every row-indexed value of ``batch``; scalars are shared."""
    rows = batch["completion_ids"].size(0)
    return {k: (v[start:end] if _is_rows(v, rows) else v) for k, v in batch.items()}


# The key of a mini-batch's loss weight (`official_partition`); `compute_loss` scales the mini-batch's loss by it.
MINIBATCH_WEIGHT = "minibatch_weight"


def official_minibatch_rows(rows_per_optimizer_step: int, num_processes: int) -> int:
    """Rows of one process's mini-batch in the official partition: verl divides `ppo_mini_batch_size` by the GPU
    count (and asserts a non-zero result); here it must divide exactly, so that the global size is the one set."""
    if rows_per_optimizer_step % num_processes:
        raise ValueError(
            f"`minibatch_partition='official'` gives each of the {num_processes} processes "
            f"`rows_per_optimizer_step / {num_processes}` rows per mini-batch; set `rows_per_optimizer_step` to a "
            f"multiple of {num_processes} (got {rows_per_optimizer_step})."
        )
    return rows_per_optimizer_step // num_processes


def official_partition(rows: int, minibatch_rows: int, micro_rows: int) -> list[tuple[int, int, float]]:
    """verl's mini-batches of one process's ``rows``, as ``(start, end, loss weight)``.

    verl's `update_policy` cuts the rows, in order (`actor.shuffle: False`), into mini-batches of ``minibatch_rows``
    (`batch.split(ppo_mini_batch_size)`), the last one holding the remainder, and divides each micro-batch's loss by
    the full mini-batch's micro-batch count (`gradient_accumulation = ppo_mini_batch_size //
    ppo_micro_batch_size_per_gpu`). A mini-batch of ``k`` micro-batches of ``micro_rows`` rows therefore weighs
    ``k / ceil(minibatch_rows / micro_rows)`` of a full one: 1 for every full mini-batch, less for a last partial one.
    """
    full = -(-minibatch_rows // micro_rows)
    parts = []
    for start in range(0, rows, minibatch_rows):
        end = min(start + minibatch_rows, rows)
        parts.append((start, end, -(-(end - start) // micro_rows) / full))
    return parts


def _is_rows(value, rows: int) -> bool:
    return isinstance(value, torch.Tensor) and value.ndim > 0 and value.size(0) == rows


# How TRL 1.16's `_compute_loss` aggregates the policy term, per loss type (`tests/test_trl_hooks.py` pins the set).

ROW_MEAN_LOSSES = ("grpo", "sapo", "dr_grpo", "luspo")  # a mean over rows (dr_grpo: rows x max_completion_length)
TOKEN_MEAN_LOSSES = ("bnpo",)  # a mean over the micro-batch's loss tokens
GLOBAL_TOKEN_LOSSES = ("dapo", "cispo", "vespo")  # a sum divided by the generation batch's token count


def policy_loss_share(loss_type: str, chunk: dict[str, Any], whole: dict[str, Any]) -> float:
    """Weight of a chunk's TRL policy term so that the chunks' terms add up to the whole micro-batch's.

    Row-mean losses weigh by rows, the token-mean bnpo by loss tokens; dapo, cispo and vespo already divide by the
    global token count, so their chunk terms simply add up.
    """
    if loss_type in GLOBAL_TOKEN_LOSSES:
        return 1.0
    if loss_type in TOKEN_MEAN_LOSSES:
        return loss_tokens(chunk) / loss_tokens(whole)
    if loss_type in ROW_MEAN_LOSSES:
        return chunk["completion_ids"].size(0) / whole["completion_ids"].size(0)
    known = ROW_MEAN_LOSSES + TOKEN_MEAN_LOSSES + GLOBAL_TOKEN_LOSSES
    raise ValueError(f"Unknown loss type {loss_type!r}: chunked agent losses know {list(known)}.")


def loss_mask(batch: dict[str, Any]) -> torch.Tensor:
    """The tokens every loss term trains on: the completion, minus environment observations (episode layout)."""
    return batch["completion_mask"] if "tool_mask" not in batch else batch["completion_mask"] * batch["tool_mask"]


def loss_tokens(batch: dict[str, Any], clamp: bool = True) -> float:
    return float(loss_mask(batch).sum().clamp(min=1 if clamp else 0))


@contextmanager
def _no_sync(model, sync_after: bool):
    """No gradient all-reduce for this backward: DDP's `no_sync`, or FSDP2's `set_requires_gradient_sync(False)`
    (FSDP2 modules have no `no_sync`; without this each chunk would reduce-scatter its gradients). ``sync_after``:
    FSDP2's setting afterwards, False inside an accumulation step where accelerate has already turned sync off."""
    if isinstance(model, DistributedDataParallel):
        with model.no_sync():
            yield
    elif isinstance(model, FSDPModule):
        model.set_requires_gradient_sync(False)
        try:
            yield
        finally:
            model.set_requires_gradient_sync(sync_after)
    else:
        yield
