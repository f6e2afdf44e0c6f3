"""How an agent's turn is written: the step prompt (verl-agent fields) and the pure parsers of the model's text.

Prompt fields, as in verl-agent: the task, how many steps were taken, the last ``k`` (observation, action) pairs, the
current observation, and the admissible actions when the environment lists them. Two families:

- `ACTION_FORMAT` (ALFWorld, WebShop): ``<think>...</think><action>...</action>``. The action is the text inside the
  first ``<action>`` tags, lower-cased and stripped. A step is *invalid* when either tag pair is missing or the text
  contains CJK characters (the official rules); the invalid text is still sent to the environment (which answers
  "Nothing happens.") and the step is penalised.
- `SEARCH_FORMAT` (Search-QA): one ``<search>query</search>`` or ``<answer>text</answer>`` per turn; anything else is
  invalid.

Both are plain data (`AgentFormat`): a user replaces the template or the parser by building another one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ParsedAction:
    """The action sent to the environment, whether the text followed the format, and its kind (action, search or
    answer)."""

    action: str
    valid: bool
    kind: str = "action"


@dataclass(frozen=True)
class HistoryEntry:
    observation: str
    action: str


_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff\uac00-\ud7af]")
_THINK = re.compile(r"<think>(.*?)</think>", re.DOTALL)
_ACTION = re.compile(r"<action>(.*?)</action>", re.DOTALL)
_SEARCH = re.compile(r"<search>(.*?)</search>", re.DOTALL)
_ANSWER = re.compile(r"<answer>(.*?)</answer>", re.DOTALL)


def parse_action(text: str) -> ParsedAction:
    """``<think>..</think><action>..</action>`` -> the lower-cased action; invalid if a pair is missing or CJK
    appears."""
    action = _ACTION.search(text)
    valid = bool(action) and bool(_THINK.search(text)) and not _CJK.search(text)
    sent = action.group(1) if action else text
    return ParsedAction(action=sent.strip().lower(), valid=valid)


def parse_search(text: str) -> ParsedAction:
    """``<search>q</search>`` or ``<answer>a</answer>`` (the first one in the text) -> action ``"search: q"`` or
    ``"answer: a"``; invalid when neither is there or it is empty."""
    search, answer = _SEARCH.search(text), _ANSWER.search(text)
    found = [m for m in (search, answer) if m]
    if not found:
        return ParsedAction(action=text.strip(), valid=False, kind="invalid")
    first = min(found, key=lambda m: m.start())
    kind = "search" if first is search else "answer"
    content = " ".join(first.group(1).split())
    return ParsedAction(action=f"{kind}: {content}", valid=bool(content), kind=kind)


def _history_text(history: Sequence[HistoryEntry]) -> str:
    return "\n".join(
        f"[Observation {i}: '{h.observation}', Action {i}: '{h.action}']" for i, h in enumerate(history, start=1)
    )


def render_action_prompt(
    task: str, step: int, history: Sequence[HistoryEntry], observation: str, admissible: Sequence[str]
) -> str:
    """The step prompt of the action family (ALFWorld/WebShop), in this project's words."""
    lines = [f"You are an agent acting in a text environment. Your task is to: {task}."]
    if history:
        lines.append(
            f"You have taken {step} step(s) so far. Your last {len(history)} observation(s) and action(s):\n"
            + _history_text(history)
        )
    lines.append(f"This is step {step + 1}. Current observation: {observation}")
    if admissible:
        lines.append("Admissible actions now: [" + ", ".join(f"'{a}'" for a in admissible) + "].")
    lines.append(
        "Think about the situation inside <think> </think>, then give exactly one admissible action inside "
        "<action> </action>."
    )
    return "\n".join(lines)


def render_search_prompt(
    task: str, step: int, history: Sequence[HistoryEntry], observation: str, admissible: Sequence[str]
) -> str:
    """The step prompt of the search family (Search-QA)."""
    lines = [f"Answer the question: {task}"]
    if history:
        lines.append("Your searches so far and what they returned:\n" + _history_text(history))
    if observation:
        lines.append(f"Latest information: {observation}")
    lines.append(
        "Reason inside <think> </think>. To look something up, write <search> query </search>; results come back "
        "inside <information> </information>. When you know the answer, write <answer> answer </answer>."
    )
    return "\n".join(lines)


@dataclass(frozen=True)
class AgentFormat:
    """A prompt template, a parser and the penalty of an invalid step, for one environment family."""

    render: Callable[[str, int, Sequence[HistoryEntry], str, Sequence[str]], str]
    parse: Callable[[str], ParsedAction]
    invalid_penalty: float
    system_prompt: str | None = None

    def penalty(self, configured: float | None) -> float:
        """The invalid-action penalty in force: ``configured`` (`SDARConfig.invalid_action_penalty`) when set, else
        this format's. The trainer and every evaluation resolve it here."""
        return self.invalid_penalty if configured is None else configured


ACTION_FORMAT = AgentFormat(render=render_action_prompt, parse=parse_action, invalid_penalty=0.1)
SEARCH_FORMAT = AgentFormat(render=render_search_prompt, parse=parse_search, invalid_penalty=0.01)
