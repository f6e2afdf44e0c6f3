"""A `generate(prompt_ids) -> completion_ids` over a transformers model (evaluation, benchmarks and the trainer's
transformers backend, `SDARTrainer._rollout_generator`) or a vLLM engine (evaluation of vLLM runs)."""

from __future__ import annotations

import torch


def hf_generate_fn(
    model,
    tokenizer,
    *,
    max_new_tokens: int = 64,
    temperature: float = 0.0,
    generation_config=None,
    eos_token_ids: list[int] | None = None,
    device=None,
):
    """Batched, left-padded `model.generate`; greedy when ``temperature`` is 0, or as ``generation_config`` says when
    one is given (the trainer's). Each completion keeps its first EOS (any of ``eos_token_ids``) and drops the rest."""
    pad_id = tokenizer.pad_token_id
    eos_ids = set(eos_token_ids or [tokenizer.eos_token_id])
    device = device or next(model.parameters()).device
    if generation_config is not None:
        settings = {"generation_config": generation_config}
    else:
        sampling = (
            {"do_sample": True, "temperature": temperature, "top_k": 0} if temperature > 0 else {"do_sample": False}
        )
        settings = {
            "max_new_tokens": max_new_tokens,
            "pad_token_id": pad_id,
            "eos_token_id": tokenizer.eos_token_id,
            **sampling,
        }

    @torch.no_grad()
    def generate(prompts: list[list[int]]) -> list[list[int]]:
        if not prompts:
            return []
        width = max(map(len, prompts))
        input_ids = torch.tensor([[pad_id] * (width - len(p)) + p for p in prompts], device=device)
        attention_mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], device=device)
        out = model.generate(input_ids=input_ids, attention_mask=attention_mask, **settings)
        return [_cut_after_eos(row, eos_ids) for row in out[:, width:].tolist()]

    return generate


def load_generate_fn(model_dir: str, *, max_new_tokens: int, temperature: float, seed: int = 0):
    """A saved model's tokenizer and its `hf_generate_fn` (in eval mode, torch seeded with ``seed`` so that sampled
    episodes repeat): what a script that plays a trained policy needs."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir).eval()
    torch.manual_seed(seed)
    return tokenizer, hf_generate_fn(model, tokenizer, max_new_tokens=max_new_tokens, temperature=temperature)


def vllm_generate_fn(llm, sampling_params):
    """The same contract over a `vllm.LLM`: token-id prompts in, each prompt's first completion's token ids out."""

    def generate(prompts: list[list[int]]) -> list[list[int]]:
        if not prompts:
            return []
        outputs = llm.generate(
            [{"prompt_token_ids": p} for p in prompts], sampling_params=sampling_params, use_tqdm=False
        )
        return [list(output.outputs[0].token_ids) for output in outputs]

    return generate


def _cut_after_eos(row: list[int], eos_ids: set[int]) -> list[int]:
    return next((row[: i + 1] for i, token in enumerate(row) if token in eos_ids), row)
