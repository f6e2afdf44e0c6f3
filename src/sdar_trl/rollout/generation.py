"""A `generate(prompt_ids) -> completion_ids` over a plain transformers model, for evaluation and benchmarks.

(Training generates through the trainer's backend instead: `sdar_trl.rollout.trainer_batch.trainer_generator`.)
"""

from __future__ import annotations

import torch


def hf_generate_fn(model, tokenizer, *, max_new_tokens: int = 64, temperature: float = 0.0):
    """Batched, left-padded `model.generate`; greedy when ``temperature`` is 0. Each completion keeps its first EOS
    and drops what follows."""
    eos, pad_id = tokenizer.eos_token_id, tokenizer.pad_token_id
    device = next(model.parameters()).device
    sampling = {"do_sample": True, "temperature": temperature, "top_k": 0} if temperature > 0 else {"do_sample": False}

    @torch.no_grad()
    def generate(prompts: list[list[int]]) -> list[list[int]]:
        if not prompts:
            return []
        width = max(map(len, prompts))
        input_ids = torch.tensor([[pad_id] * (width - len(p)) + p for p in prompts], device=device)
        attention_mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], device=device)
        out = model.generate(input_ids=input_ids, attention_mask=attention_mask, max_new_tokens=max_new_tokens,
                             pad_token_id=pad_id, eos_token_id=eos, **sampling)
        rows = out[:, width:].tolist()
        return [row[: row.index(eos) + 1] if eos in row else row for row in rows]

    return generate
