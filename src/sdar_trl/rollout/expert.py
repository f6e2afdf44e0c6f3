"""Behaviour-cloning data from expert walkthroughs, laid out exactly as the step prompts the policy will see.

A randomly initialised model never writes a valid action, so reinforcement learning has nothing to reinforce. The
embedded defaults first clone an expert: each game is replayed with its walkthrough through the same rollout engine
(so prompts are byte-identical to training prompts) and every step becomes a supervised example
``[step prompt | "<think>...</think><action>expert action</action><eos>"]`` with loss on the response only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from datasets import Dataset

from .engine import RolloutEngine


def expert_response(action: str) -> str:
    """The response the policy is taught to write for an expert action."""
    return f"<think>The next step of my plan is: {action}.</think><action>{action}</action>"


def expert_dataset(
    engine: RolloutEngine,
    rows: Sequence[Mapping[str, Any]],
    make_env: Callable,
    walkthrough: Callable[[Mapping[str, Any]], list[str]],
) -> Dataset:
    """A processed SFT dataset (``input_ids``, ``completion_mask``) with one example per expert step; only the
    episodes the expert wins are kept."""
    tokenizer = engine.tokenizer
    eos = tokenizer.eos_token_id
    examples = {"input_ids": [], "completion_mask": []}
    for row in rows:
        plan = list(walkthrough(row))

        def act(prompts, plan=plan):
            return [tokenizer(expert_response(plan.pop(0)) if plan else "", add_special_tokens=False)["input_ids"] + [eos]
                    for _ in prompts]

        (episode,), _ = engine.run([row], make_env, act)
        if not episode.won:
            continue
        for turn in episode.turns:
            examples["input_ids"].append(turn.prompt_ids + turn.response_ids)
            examples["completion_mask"].append([0] * len(turn.prompt_ids) + [1] * len(turn.response_ids))
    return Dataset.from_dict(examples)
