"""A scripted policy for the KeyDoor toy environment: reads the prompt like an agent would and acts."""

import re
from contextlib import contextmanager


def expert_response(prompt_text: str) -> str:
    key_room = re.search(r"take the key from room (\d+)", prompt_text).group(1)
    admissible = re.findall(r"'([^']+)'", prompt_text.split("Admissible actions now:")[-1])
    if "take key" in admissible:
        action = "take key"
    elif "open door" in admissible:
        action = "open door"
    else:
        action = f"go to room {key_room}"
    return f"<think>plan</think><action>{action}</action>"


class ScriptedPolicy:
    """`generate(prompt_ids) -> completion_ids`; in its first call, the rows listed in `invalid_first` answer with
    text that has no tags (an invalid step). Records every call."""

    def __init__(self, tokenizer, invalid_first=()):
        self.tokenizer = tokenizer
        self.invalid_first = set(invalid_first)
        self.calls: list[list[list[int]]] = []

    def response_text(self, call: int, position: int, prompt_ids: list[int]) -> str:
        if call == 0 and position in self.invalid_first:
            return "I am not sure"
        return expert_response(self.tokenizer.decode(prompt_ids))

    def __call__(self, prompts):
        call = len(self.calls)
        self.calls.append(prompts)
        eos = self.tokenizer.eos_token_id
        return [
            self.tokenizer(self.response_text(call, i, p), add_special_tokens=False)["input_ids"] + [eos]
            for i, p in enumerate(prompts)
        ]


def use_policy(monkeypatch, policy):
    """Route the trainer's rollouts to ``policy``: a fake of `SDARTrainer._rollout_generator` with its shape (a
    context manager over the trainer that yields ``generate``)."""
    from sdar_trl import SDARTrainer

    @contextmanager
    def fake_rollout_generator(trainer):
        yield policy

    monkeypatch.setattr(SDARTrainer, "_rollout_generator", fake_rollout_generator)
