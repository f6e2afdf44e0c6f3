"""Agent mode's generation batch: episodes played in environments, made into the batch TRL's loss reads.

`AgentBatchBuilder.build` runs one rollout with the batched `RolloutEngine` and returns an `AgentBatch`:

1. roll out, one retrieval per episode right after the resets (one skill-bandit pull per trajectory);
2. rewards through TRL's reward functions (column ``episode_return``, see `env_return_reward`, so user reward
   functions add to it); the step layout charges the invalid-action penalty to each invalid step row's score, the
   episode layout to the return;
3. advantages over the whole batch (all processes): the official step-layout ones or TRL's per-episode ones;
4. rows padded into the keys TRL's loss reads (left-padded ``prompt_ids``/``prompt_mask``, right-padded
   ``completion_ids``/``completion_mask``, ``advantages``, ``num_items_in_batch``, ``tool_mask`` in the episode
   layout), then the rollout-time and reference log-probs and the teacher's log-probs.

The builder is handed what it calls (`AgentSources`: generation, the reward functions, the privileged-context source,
the student's no-grad log-probs, the teacher pass) and imports nothing of the trainer, so it reads no trainer state and
runs without one (`tests/agent/test_batch.py`): the trainer calls the builder, and the builder calls only what it was
handed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

import torch
from accelerate import Accelerator
from accelerate.utils import gather, gather_object

from ..batching import loss_mask
from ..envs.protocol import aggregate_episode_metrics
from .collate import collate_rows, episode_return, episode_rows, group_advantages, step_advantages, step_rows
from .engine import END_REASONS, ContextBlocks, Episode, RolloutEngine, RolloutStats


Generate = Callable[[list[list[int]]], list[list[int]]]
Rows = list[dict[str, Any]]


def env_return_reward(completions, episode_return, **kwargs) -> list[float]:
    """Reward function of agent training: the episode's environment return. Episode layout: minus the invalid-action
    penalty per invalid step; step layout: without it (the penalty goes to each invalid step row's score)."""
    return [float(r) for r in episode_return]


@dataclass(frozen=True)
class AgentSources:
    """What `AgentBatchBuilder.build` calls, handed by the trainer.

    Args:
        generator: opens ``generate(prompt_ids) -> completion_ids`` for the whole rollout (a context manager: under
            ZeRO-3 or FSDP, entering it gathers the parameters once).
        rewards: TRL's reward functions, ``(rows, prompts, completions, completion_ids) -> (N, F)`` rewards per
            function for the trajectories of all processes, in process order.
        rollout_logps: the batch -> its ``old_per_token_logps`` and ``ref_per_token_logps`` when the loss needs them.
        context_blocks: rows -> each row's rendered privileged block; None when nothing shows one.
        teacher: ``(rows, batch, blocks)`` -> the teacher's keys of the batch; None without a teacher.
    """

    generator: Callable[[], AbstractContextManager[Generate]]
    rewards: Callable[[Rows, list[str], list[str], list[list[int]]], torch.Tensor]
    rollout_logps: Callable[[dict[str, Any]], dict[str, torch.Tensor]]
    context_blocks: Callable[[Rows], list[str]] | None = None
    teacher: Callable[[Rows, dict[str, Any], list[str]], dict[str, torch.Tensor]] | None = None


@dataclass
class AgentBatch:
    """One rollout, made into TRL's generation batch.

    Args:
        output: the batch (TRL's keys, and the teacher's).
        rewards: every trajectory's total reward over the reward functions, all processes, in process order.
        stats: the rollout's counts, generation calls and time split.
        metrics: one value per metric name (``env/*``, ``rewards/*``, ``reward``, ``reward_std``), over all processes.
        logs: TRL's completion table for this batch: ``prompt``, ``completion``, ``rewards`` (per function name),
            ``advantages``.
    """

    output: dict[str, Any]
    rewards: torch.Tensor
    stats: RolloutStats
    metrics: dict[str, float] = field(default_factory=dict)
    logs: dict[str, Any] = field(default_factory=dict)


class AgentBatchBuilder:
    """Makes TRL's generation batch from multi-turn episodes (see the module docstring).

    Args:
        engine: plays the episodes.
        env_factory: returns a new environment.
        accelerator: the processes to gather over.
        layout: one row per step (official) or per episode.
        invalid_action_penalty: charged per invalid step.
        step_advantage_stats: statistics of the step layout's advantages (`SDARConfig.step_advantage_stats`).
        scale_rewards: TRL's `scale_rewards`.
        reward_weights: (F,) TRL's weights of the reward functions.
        reward_func_names: the reward functions' names.
        pad_token_id: the tokenizer's padding id.
        context_to_student: the privileged block opens the policy's own prompt (Skill-GRPO) instead of the teacher's.
    """

    def __init__(
        self,
        engine: RolloutEngine,
        env_factory: Callable[[], Any],
        accelerator: Accelerator,
        *,
        layout: str,
        invalid_action_penalty: float,
        step_advantage_stats: str,
        scale_rewards: str | bool,
        reward_weights: torch.Tensor,
        reward_func_names: list[str],
        pad_token_id: int,
        context_to_student: bool,
    ):
        self.engine, self.env_factory, self.accelerator = engine, env_factory, accelerator
        self.layout, self.penalty = layout, invalid_action_penalty
        self.step_advantage_stats, self.scale_rewards = step_advantage_stats, scale_rewards
        self.reward_weights, self.reward_func_names = reward_weights, reward_func_names
        self.pad_token_id, self.context_to_student = pad_token_id, context_to_student

    def build(self, inputs: Rows, sources: AgentSources, group_size: int) -> AgentBatch:
        accelerator, device = self.accelerator, self.accelerator.device

        def contexts(episodes: list[Episode]) -> list[ContextBlocks]:
            if sources.context_blocks is None:
                return [ContextBlocks() for _ in episodes]
            blocks = sources.context_blocks([episode_input(e) for e in episodes])
            if self.context_to_student:
                return [ContextBlocks(student=block) for block in blocks]
            return [ContextBlocks(teacher=block) for block in blocks]

        with sources.generator() as generate:
            episodes, stats = self.engine.run(
                inputs, self.env_factory, generate, sync_live=self._live_episodes, contexts=contexts
            )

        step_layout = self.layout == "step"
        returns = [episode_return(e, 0.0 if step_layout else self.penalty) for e in episodes]
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
        rewards_per_func = sources.rewards(reward_inputs, tasks, responses, response_ids)
        weights = self.reward_weights.to(rewards_per_func.device).unsqueeze(0)
        rewards = (rewards_per_func * weights).nansum(dim=1)

        # Advantages over the whole batch (all processes), then this process's rows.
        start = accelerator.process_index * len(episodes)
        if step_layout:
            invalid = gather_object([[not t.action.valid for t in e.turns] for e in episodes])
            per_episode = step_advantages(
                rewards.cpu(),
                invalid,
                group_size,
                self.penalty,
                stats=self.step_advantage_stats,
                scale=self.scale_rewards,
            )
            all_advantages = torch.cat(per_episode)
            rows = step_rows(episodes)
            row_advantages = torch.cat([torch.zeros(0), *per_episode[start : start + len(episodes)]])
        else:
            steps = gather(torch.tensor([len(e.turns) for e in episodes], device=device, dtype=torch.float32))
            all_advantages = group_advantages(
                rewards.cpu(), group_size, weights=(steps > 0).float().cpu(), scale=self.scale_rewards
            )
            rows = episode_rows(episodes)
            row_advantages = all_advantages[start : start + len(episodes)][
                torch.tensor(rows.episode, dtype=torch.long)
            ]

        # Every process ends with the same number of rows: TRL's loss gathers per-row statistics across processes,
        # which needs equal shapes, so shorter processes get filler rows whose loss is masked out.
        num_rows = int(accelerator.reduce(torch.tensor(len(rows.episode), device=device), reduction="max"))
        output, row_episodes = collate_rows(rows, row_advantages, self.pad_token_id, max(num_rows, 1))
        output = {key: value.to(device) for key, value in output.items()}
        output["num_items_in_batch"] = accelerator.gather(loss_mask(output).sum()).sum()
        output.update(sources.rollout_logps(output))
        if sources.teacher is not None:
            row_episodes = [episodes[i] for i in row_episodes]
            rows_in = [episode_input(e) for e in row_episodes]
            output.update(sources.teacher(rows_in, output, [e.context.teacher for e in row_episodes]))
        batch = AgentBatch(output, rewards, stats)
        self._record(batch, episodes, rewards_per_func, all_advantages, tasks, responses)
        return batch

    def _live_episodes(self, local: int) -> int:
        """Live episodes over all processes, so that every process makes the same number of generation calls."""
        if self.accelerator.num_processes == 1:
            return local
        count = torch.tensor(local, device=self.accelerator.device)
        return int(self.accelerator.reduce(count, reduction="sum").item())

    def _record(self, batch, episodes, rewards_per_func, all_advantages, tasks, responses) -> None:
        """Success, per-task-type success, turns, invalid actions, faults and tokens, over all processes, and the
        completion table."""
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
        metrics = batch.metrics
        n = max(len(everything), 1)
        turns = sum(x["turns"] for x in everything)
        metrics["env/success_rate"] = sum(x["won"] for x in everything) / n
        by_type = defaultdict(list)
        for x in everything:
            by_type[x["type"]].append(x["won"])
        for task_type, wins in sorted(by_type.items()):
            metrics[f"env/success/{task_type}"] = sum(wins) / len(wins)
        metrics["env/mean_turns"] = turns / n
        metrics["env/invalid_action_rate"] = sum(x["invalid"] for x in everything) / max(turns, 1)
        metrics["env/tokens_per_episode"] = sum(x["tokens"] for x in everything) / n
        scores = [x["score"] for x in everything if x["score"] is not None]
        if scores:
            metrics["env/score"] = sum(scores) / len(scores)
        metrics["env/prompt_truncated_ratio"] = sum(x["truncated"] for x in everything) / max(turns, 1)
        ends = Counter(x["end"] for x in everything)
        for reason in END_REASONS:
            metrics[f"env/end/{reason}"] = float(ends[reason])
        metrics["env/excluded_episodes"] = float(sum(1 for x in everything if x["turns"] == 0))
        for name, value in aggregate_episode_metrics(gather_object([e.metrics for e in episodes])).items():
            metrics[f"env/episode/{name}"] = value
        for i, name in enumerate(self.reward_func_names):
            metrics[f"rewards/{name}/mean"] = torch.nanmean(rewards_per_func[:, i]).item()
        rewards = batch.rewards
        metrics["reward"] = rewards.mean().item()
        metrics["reward_std"] = rewards.std().item() if rewards.numel() > 1 else 0.0
        batch.logs = {
            "prompt": gather_object(tasks),
            "completion": gather_object(responses),
            "rewards": {name: rewards_per_func[:, i].tolist() for i, name in enumerate(self.reward_func_names)},
            "advantages": all_advantages.tolist(),
        }


def episode_input(episode: Episode) -> dict[str, Any]:
    """The row retrieval reads for an episode: the dataset row, with the task text and type the reset revealed."""
    return {
        **episode.row,
        "prompt": episode.first.task,
        "task_type": episode.first.task_type or episode.row.get("task_type"),
    }
