"""The agent generation batch: roll out episodes with the trainer's policy and return TRL's batch dictionary.

`agent_generation_batch(trainer, inputs)` replaces the single-turn body of `_generate_and_score_completions` when the
trainer has an environment. It returns the keys TRL's loss reads (left-padded ``prompt_ids``/``prompt_mask``,
right-padded ``completion_ids``/``completion_mask``, ``advantages``, ``num_items_in_batch``, ``tool_mask`` in the
episode layout, ``old_per_token_logps``/``ref_per_token_logps`` when TRL would compute them) plus the SDAR teacher
log-probs. Rewards go through TRL's reward functions: the environment's return is the column ``episode_return``
(see `env_return_reward`), so user reward functions can add to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from contextlib import contextmanager
from typing import Any

import torch
from accelerate.utils import gather, gather_object
from trl.models import unwrap_model_for_generation
from trl.models.utils import disable_gradient_checkpointing
from trl.trainer.utils import pad

from .agent.collate import episode_return, episode_rows, group_advantages, step_advantages, step_rows
from .agent.engine import RolloutEngine
from .agent.generation import hf_generate_fn


def env_return_reward(completions, episode_return, **kwargs) -> list[float]:
    """Reward function of agent training: the episode's environment return. Episode layout: minus the invalid-action
    penalty per invalid step; step layout: without it (the penalty goes to each invalid step row's score)."""
    return [float(r) for r in episode_return]


@contextmanager
def trainer_generator(trainer):
    """A ``generate(prompt_ids) -> completion_ids`` for the whole rollout, through the trainer's backend.

    vLLM (colocate or server) goes through TRL's `_generate_single_turn`, one batched call per turn. transformers
    `generate` runs inside ONE `unwrap_model_for_generation` context for the whole rollout (under ZeRO-3 entering it
    gathers every parameter, so doing it once per turn would be slow).
    """
    if trainer.use_vllm:
        yield lambda prompts: trainer._generate_single_turn(prompts, None, {}, 1)[0]
        return
    with (
        unwrap_model_for_generation(
            trainer.model_wrapped, trainer.accelerator, gather_deepspeed3_params=trainer.args.ds3_gather_for_generation,
            generation_kwargs=trainer.generation_kwargs,
            gradient_checkpointing_kwargs=trainer.args.gradient_checkpointing_kwargs,
        ) as model,
        torch.no_grad(),
        trainer._dist.summon_full_params(trainer.model_wrapped, recurse=False),
    ):
        yield hf_generate_fn(model, trainer._tokenizer, generation_config=trainer.generation_config,
                             eos_token_ids=list(trainer.eos_token_ids), device=trainer.accelerator.device)


def _sync_live(trainer):
    if trainer.accelerator.num_processes == 1:
        return lambda n: n
    device = trainer.accelerator.device

    def sync(n: int) -> int:
        return int(trainer.accelerator.reduce(torch.tensor(n, device=device), reduction="sum").item())

    return sync


def agent_generation_batch(trainer, inputs: list[dict[str, Any]]) -> dict[str, Any]:
    args = trainer.args
    device = trainer.accelerator.device
    mode = "train" if trainer.model.training else "eval"
    group_size = trainer.num_generations if mode == "train" else trainer.num_generations_eval
    engine: RolloutEngine = trainer.rollout_engine
    penalty = trainer.invalid_action_penalty

    blocks: list[str] = []

    def student_context(episodes) -> list[str]:
        # One retrieval per episode (one bandit pull per trajectory), right after the resets told us the tasks.
        if args.uses_teacher or args.privileged_context_to_student:
            blocks.extend(trainer._context_blocks([_episode_input(e) for e in episodes]))
        # Skill-GRPO: the policy itself is shown the skills, at the start of its user message.
        return blocks if args.privileged_context_to_student else []

    with trainer_generator(trainer) as generate:
        episodes, stats = engine.run(inputs, trainer.env_factory, generate, sync_live=_sync_live(trainer),
                                     student_context=student_context)
    trainer.last_rollout_stats = stats  # counts, generation calls and time split of the latest rollout

    # Rewards through TRL's reward functions (gathered over processes, in process order). The step layout charges
    # the invalid-action penalty to each invalid step row (below), the episode layout to the episode's return.
    step_layout = args.agent_layout == "step"
    returns = [episode_return(e, 0.0 if step_layout else penalty) for e in episodes]
    reward_inputs = [
        {**e.row, "episode_return": r, "won": e.won, "num_turns": len(e.turns), "end_reason": e.end_reason,
         "task": e.first.task, "task_type": e.first.task_type}
        for e, r in zip(episodes, returns)
    ]
    tasks = [e.first.task for e in episodes]
    responses = ["\n".join(t.response_text for t in e.turns) for e in episodes]
    response_ids = [[tok for t in e.turns for tok in t.response_ids] for e in episodes]
    rewards_per_func = trainer._calculate_rewards(reward_inputs, tasks, responses, response_ids)
    rewards = (rewards_per_func * trainer.reward_weights.to(device).unsqueeze(0)).nansum(dim=1)
    rewards = torch.nan_to_num(rewards, nan=0.0)

    # Advantages over the whole batch (all processes), then this process's rows.
    start = trainer.accelerator.process_index * len(episodes)
    if step_layout:
        invalid = gather_object([[not t.action.valid for t in e.turns] for e in episodes])
        per_episode = step_advantages(rewards.cpu(), invalid, group_size, penalty,
                                      stats=args.step_advantage_stats, scale=args.scale_rewards)
        all_advantages = torch.cat(per_episode).to(device)
        rows = step_rows(episodes)
        row_advantages = torch.cat([torch.zeros(0), *per_episode[start:start + len(episodes)]]).to(device)
    else:
        steps = gather(torch.tensor([len(e.turns) for e in episodes], device=device, dtype=torch.float32))
        all_advantages = group_advantages(rewards.cpu(), group_size, weights=(steps > 0).float().cpu(),
                                          scale=args.scale_rewards).to(device)
        rows = episode_rows(episodes)
        row_advantages = all_advantages[start:start + len(episodes)][torch.tensor(rows.episode, dtype=torch.long)]
    output = _pad_rows(trainer, rows, row_advantages)
    _log_rollout(trainer, mode, episodes, stats, rewards_per_func, rewards, all_advantages, tasks, responses)

    prompt_completion_ids = torch.cat([output["prompt_ids"], output["completion_ids"]], dim=1)
    attention_mask = torch.cat([output["prompt_mask"], output["completion_mask"]], dim=1)
    logits_to_keep = output["completion_ids"].size(1)
    batch_size = args.per_device_train_batch_size if mode == "train" else args.per_device_eval_batch_size
    generate_every = args.steps_per_generation * trainer.num_iterations
    with torch.no_grad(), disable_gradient_checkpointing(trainer.model, args.gradient_checkpointing_kwargs):
        # Rollout-time log-probs when the batch outlives one optimizer step (TRL's rule), or is split into several
        # (`rows_per_optimizer_step`: PPO clipping needs them from the second mini-batch on).
        if args.gradient_accumulation_steps % generate_every != 0 or args.rows_per_optimizer_step is not None:
            output["old_per_token_logps"] = trainer._get_per_token_logps_and_entropies(
                trainer.model, prompt_completion_ids, attention_mask, logits_to_keep, batch_size=batch_size
            )[0]
        if trainer.beta != 0.0:
            output["ref_per_token_logps"] = trainer._reference_logps(
                prompt_completion_ids, attention_mask, logits_to_keep, batch_size
            )

    if args.uses_teacher:
        output.update(trainer._teacher_pass(
            [_episode_input(episodes[i]) for i in rows.episode], output, blocks=[blocks[i] for i in rows.episode]
        ))
    return output


def _episode_input(episode) -> dict[str, Any]:
    """The row retrieval reads for an episode: the dataset row, with the task text and type the reset revealed."""
    return {**episode.row, "prompt": episode.first.task, "task_type": episode.first.task_type or
            episode.row.get("task_type")}


def _pad_rows(trainer, rows, row_advantages: torch.Tensor) -> dict[str, Any]:
    """Pad the rows into TRL's tensors. Every process ends with the same number of rows: TRL's loss gathers per-row
    statistics across processes, which needs equal shapes, so shorter processes get rows whose loss is masked out."""
    device = trainer.accelerator.device
    pad_id = trainer._tokenizer.pad_token_id
    real = len(rows.completion_ids)
    target = max(int(trainer.accelerator.reduce(torch.tensor(real, device=device), reduction="max").item()), 1)
    filler = target - real
    rows.prompt_ids += [[pad_id]] * filler
    rows.completion_ids += [[pad_id]] * filler
    rows.episode += [0] * filler
    if rows.tool_mask is not None:
        rows.tool_mask += [[0]] * filler
    completion_mask = [torch.full((len(c),), int(i < real), dtype=torch.long) for i, c in enumerate(rows.completion_ids)]
    prompts = [torch.tensor(p) for p in rows.prompt_ids]
    completions = [torch.tensor(c) for c in rows.completion_ids]
    out = {
        "prompt_ids": pad(prompts, padding_value=pad_id, padding_side="left").to(device),
        "prompt_mask": pad([torch.ones_like(p) for p in prompts], padding_value=0, padding_side="left").to(device),
        "completion_ids": pad(completions, padding_value=pad_id, padding_side="right").to(device),
        "completion_mask": pad(completion_mask, padding_value=0, padding_side="right").to(device),
        "advantages": torch.cat([row_advantages, row_advantages.new_zeros(filler)]).to(device),
    }
    loss_mask = out["completion_mask"]
    if rows.tool_mask is not None:
        out["tool_mask"] = pad([torch.tensor(m) for m in rows.tool_mask], padding_value=1,
                               padding_side="right").to(device)
        loss_mask = loss_mask * out["tool_mask"]
    out["num_items_in_batch"] = trainer.accelerator.gather(loss_mask.sum()).sum()
    return out


def _log_rollout(trainer, mode, episodes, stats, rewards_per_func, rewards, all_advantages, tasks, responses):
    """Success, per-task-type success, turns, invalid actions, faults and tokens, over all processes."""
    local = [
        {"won": e.won, "type": e.first.task_type or "unknown", "turns": len(e.turns), "invalid": e.invalid_steps,
         "end": e.end_reason, "tokens": sum(len(t.response_ids) for t in e.turns),
         "truncated": sum(t.prompt_truncated for t in e.turns), "score": e.score}
        for e in episodes
    ]
    everything = gather_object(local)
    metrics = trainer._metrics[mode]
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
    for reason in ("done", "max_turns", "env_error", "env_timeout", "reset_error", "context_limit"):
        metrics[f"env/end/{reason}"].append(float(ends[reason]))
    metrics["env/excluded_episodes"].append(float(sum(1 for x in everything if x["turns"] == 0)))
    for i, name in enumerate(trainer.reward_func_names):
        metrics[f"rewards/{name}/mean"].append(torch.nanmean(rewards_per_func[:, i]).item())
    metrics["reward"].append(rewards.mean().item())
    metrics["reward_std"].append(rewards.std().item() if rewards.numel() > 1 else 0.0)
    trainer._logs["prompt"].extend(gather_object(tasks))
    trainer._logs["completion"].extend(gather_object(responses))
    for i, name in enumerate(trainer.reward_func_names):
        trainer._logs["rewards"][name].extend(rewards_per_func[:, i].tolist())
    trainer._logs["advantages"].extend(all_advantages.tolist())
