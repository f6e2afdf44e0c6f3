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

from sdar_trl.agent.engine import Episode, RolloutEngine


def expert_response(action: str) -> str:
    """The response the policy is taught to write for an expert action (`ACTION_FORMAT`)."""
    return f"<think>The next step of my plan is: {action}.</think><action>{action}</action>"


def expert_search_response(action: str) -> str:
    """The same for `SEARCH_FORMAT` actions (``"search: q"`` or ``"answer: a"``). The query and the answer are
    written with a space inside the tags (``<search> q </search>``, as in Search-R1's prompts): a byte-level tokenizer
    spells a word after a space differently from one glued to ``>``, and with the space the names the model writes are
    the very tokens of the question and the documents, which a small model learns to copy."""
    kind, _, content = action.partition(": ")
    if kind == "search":
        return f"<think>I need to look up {content}.</think><search> {content} </search>"
    return f"<think>The documents give the answer.</think><answer> {content} </answer>"


def expert_shop_response(action: str) -> str:
    """The same for WebShop actions, with a space inside the brackets (``click[ black ]``, ``search[ i need ... ]``;
    the shop strips it): for the reason of `expert_search_response`, the option values and the query are then the
    very tokens of the instruction (`` black`` after ``color:``) rather than their glued spelling (``[black``)."""
    kind, _, argument = action.partition("[")
    return expert_response(f"{kind}[ {argument.removesuffix(']')} ]")


def add_step_examples(examples: dict[str, list], episode: Episode) -> int:
    """Append one supervised example per step of ``episode`` to ``examples``: ``input_ids`` = the step prompt and
    the response, ``completion_mask`` = 1 on the response only. Returns the number of steps added."""
    for turn in episode.turns:
        examples["input_ids"].append(turn.prompt_ids + turn.response_ids)
        examples["completion_mask"].append([0] * len(turn.prompt_ids) + [1] * len(turn.response_ids))
    return len(episode.turns)


def expert_dataset(
    engine: RolloutEngine,
    rows: Sequence[Mapping[str, Any]],
    make_env: Callable,
    plans: Sequence[Sequence[str]],
    respond: Callable[[str], str] = expert_response,
) -> Dataset:
    """A processed SFT dataset (``input_ids``, ``completion_mask``) with one example per expert step: ``plans[i]``
    (the expert's actions) played on ``rows[i]``; only the episodes the expert wins are kept."""
    if len(plans) != len(rows):
        raise ValueError(f"{len(rows)} rows but {len(plans)} expert plans.")
    tokenizer = engine.tokenizer
    eos = tokenizer.eos_token_id
    examples = {"input_ids": [], "completion_mask": []}
    for row, expert_plan in zip(rows, plans):
        plan = list(expert_plan)

        def act(prompts, plan=plan):
            return [
                tokenizer(respond(plan.pop(0)) if plan else "", add_special_tokens=False)["input_ids"] + [eos]
                for _ in prompts
            ]

        (episode,), _ = engine.run([row], make_env, act)
        if episode.won:
            add_step_examples(examples, episode)
    if not examples["input_ids"]:
        raise ValueError(f"The expert won none of the {len(rows)} episodes: no behaviour-cloning data.")
    return Dataset.from_dict(examples)
