"""The teacher's prompt: the student's prompt with a privileged block placed in it (`TeacherPrompts`).

The teacher row is ``[teacher prompt | the student's completion tokens]``; because the completion tokens are shared,
the teacher's and the student's log-prob rows line up position by position.

Two placements:

- ``prefix`` (official SDAR): the tokens of ``template.format(context=...)`` are inserted in front of the student's
  chat-templated prompt ids (after a leading BOS token, which must stay first). Working on token ids, instead of
  decoding and re-tokenizing the prompt as the official code does, keeps every student token unchanged.
- ``system``: the block is prepended to the content of the system message and the conversation is rendered again
  with the chat template. A conversation without one gets a system message holding the block followed by the chat
  template's default system prompt (e.g. Qwen2.5's), so the teacher's prompt differs from the student's by the block
  alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any


if TYPE_CHECKING:
    from ..config import Placement


Messages = list[dict[str, Any]]
# The official SDAR privileged block (teacher prefix and Skill-GRPO's user-message block).
OFFICIAL_CONTEXT_TEMPLATE = "[Privileged Skill Information]\n{context}\n\n"


def render_context(template: str, context: str) -> str:
    """The privileged block for one row: ``template`` with ``{context}`` filled in."""
    return template.format(context=context)


def insert_prefix_ids(prompt_ids: Sequence[int], block_ids: Sequence[int], bos_token_id: int | None) -> list[int]:
    """``prompt_ids`` with ``block_ids`` inserted at the front, after a leading BOS token if there is one."""
    prompt_ids = list(prompt_ids)
    if bos_token_id is not None and prompt_ids[:1] == [bos_token_id]:
        return prompt_ids[:1] + list(block_ids) + prompt_ids[1:]
    return list(block_ids) + prompt_ids


def with_system_context(messages: Messages, block: str, default_system: str | None = None) -> Messages:
    """A copy of ``messages`` whose system message starts with ``block``. Without a system message, one is created:
    ``block`` followed by ``default_system``, the system prompt the chat template would have added (see
    `default_system_prompt`), or the block alone when it adds none."""
    messages = [dict(m) for m in messages]
    if messages and messages[0]["role"] == "system":
        content = messages[0]["content"]
        if isinstance(content, list):  # content parts, e.g. [{"type": "text", "text": ...}]
            messages[0]["content"] = [{"type": "text", "text": block}, *content]
        else:
            messages[0]["content"] = block + content
        return messages
    content = block + default_system if default_system else block.rstrip("\n")
    return [{"role": "system", "content": content}, *messages]


def default_system_prompt(render: Callable[[Messages], str]) -> str | None:
    """The system prompt a chat template adds to a conversation that has none (Qwen2.5: "You are Qwen, ..."), or None.

    ``render(messages) -> text`` is the chat template. It is read off two renderings of one user turn: with a sentinel
    system message (which shows where the template puts system text) and without any.
    """
    sentinel, user = "\x00system\x00", "\x00user\x00"
    with_system = render([{"role": "system", "content": sentinel}, {"role": "user", "content": user}])
    without = render([{"role": "user", "content": user}])
    if sentinel not in with_system:
        return None
    before = with_system[: with_system.index(sentinel)]
    after = with_system[with_system.index(sentinel) + len(sentinel) : with_system.index(user)]
    if not without.startswith(before) or after not in without[len(before) :]:
        return None
    default = without[len(before) : len(before) + without[len(before) :].index(after)]
    return default or None


def with_user_context(prompt: Messages | str, block: str) -> Messages | str:
    """A copy of ``prompt`` whose last user message starts with ``block`` (a plain-text prompt: the text itself), as
    the official Skill-GRPO shows skills to the policy: after the chat template's user header."""
    if isinstance(prompt, str):
        return block + prompt
    messages = [dict(m) for m in prompt]
    users = [i for i, m in enumerate(messages) if m["role"] == "user"]
    if not users:
        raise ValueError("Skill-GRPO puts the privileged block in the user message, and this prompt has none.")
    content = messages[users[-1]]["content"]
    if isinstance(content, list):  # content parts, e.g. [{"type": "text", "text": ...}]
        messages[users[-1]]["content"] = [{"type": "text", "text": block}, *content]
    else:
        messages[users[-1]]["content"] = block + content
    return messages


def unpad_left(ids_row: Sequence[int], mask_row: Sequence[int]) -> list[int]:
    """The real tokens of one left-padded prompt row."""
    return [int(i) for i, m in zip(ids_row, mask_row) if m]


def fit_prompt_to_budget(
    prompt_ids: Sequence[int], block_length: int, budget: int, bos_token_id: int | None
) -> tuple[list[int], bool]:
    """Shorten the student prompt so that ``block + prompt`` fits ``budget`` tokens, never cutting the block.

    The oldest prompt tokens go first (a leading BOS token stays): the end of the prompt, with the current task and
    the generation marker, is what the completion follows. Returns ``(prompt_ids, truncated)``.
    """
    prompt_ids = list(prompt_ids)
    room = max(budget - block_length, 0)
    if len(prompt_ids) <= room:
        return prompt_ids, False
    head = prompt_ids[:1] if bos_token_id is not None and prompt_ids[:1] == [bos_token_id] else []
    keep = max(room - len(head), 0)
    return head + (prompt_ids[len(prompt_ids) - keep :] if keep else []), True


class TeacherPrompts:
    """Each teacher row's prompt ids, from the student's prompt and the row's privileged block.

    Args:
        tokenize: text -> token ids without special tokens (the block's ids, `prefix` placement).
        placement: `"prefix"` inserts the block's ids in front of the student's prompt ids; `"system"` renders the
            conversation again with the block opening its system message.
        bos_token_id: the tokenizer's BOS id, kept first in `prefix` placement.
        max_length: with `prefix` placement, the most tokens a teacher prompt may have (`fit_prompt_to_budget`).
        render_ids: messages -> prompt ids through the chat template (`system` placement).
        render_text: messages -> prompt text through the chat template (`system` placement: reads the template's
            default system prompt, see `default_system_prompt`).
    """

    def __init__(
        self,
        tokenize: Callable[[str], list[int]],
        placement: Placement = "prefix",
        *,
        bos_token_id: int | None = None,
        max_length: int | None = None,
        render_ids: Callable[[Messages], list[int]] | None = None,
        render_text: Callable[[Messages], str] | None = None,
    ):
        self.tokenize, self.placement = tokenize, placement
        self.bos_token_id, self.max_length = bos_token_id, max_length
        self.render_ids, self.render_text = render_ids, render_text

    @cached_property
    def template_system_prompt(self) -> str | None:
        """The system prompt the chat template adds when a conversation has none (see `default_system_prompt`)."""
        return default_system_prompt(self.render_text)

    def build(
        self, blocks: Sequence[str], prompt_ids: Sequence[Sequence[int]], prompts: Sequence[Messages | str]
    ) -> tuple[list[list[int]], int]:
        """Teacher prompt ids of each row, and how many rows lost prompt tokens to ``max_length``.

        Args:
            blocks: each row's rendered privileged block.
            prompt_ids: each row's student prompt ids, without padding (`prefix` placement).
            prompts: each row's conversation (`system` placement).
        """
        if self.placement == "system":
            default = self.template_system_prompt
            return [self.render_ids(with_system_context(p, block, default)) for p, block in zip(prompts, blocks)], 0
        block_ids_of = {block: self.tokenize(block) for block in set(blocks)}  # the rows of a group share one block
        rows, truncated = [], 0
        for ids, block in zip(prompt_ids, blocks):
            ids, block_ids = list(ids), block_ids_of[block]
            if self.max_length is not None:
                ids, cut = fit_prompt_to_budget(ids, len(block_ids), self.max_length, self.bos_token_id)
                truncated += cut
            rows.append(insert_prefix_ids(ids, block_ids, self.bos_token_id))
        return rows, truncated
