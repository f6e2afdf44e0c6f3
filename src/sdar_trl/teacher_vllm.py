"""Teacher log-probs from vLLM, when generation already runs there (`teacher_logprobs="vllm"`).

The teacher rows `[teacher prompt | completion]` are scored by the vLLM engine that generated the completions, with
the weights TRL synced to it for this rollout (the live teacher), at the trainer's temperature:

- server mode: TRL's `VLLMClient.get_sequence_logprobs(sequences, prompt_lengths, top_logprobs, temperature)`;
- colocate mode: `LLM.generate(prompts, sampling_params=SamplingParams(max_tokens=1, prompt_logprobs=0, ...))`, whose
  `prompt_logprobs` hold each prompt token's own log-prob.

SDAR needs the log-prob of every sampled token; a token vLLM reports outside its returned top-k (`-inf`, or absent)
is an error, never a silent zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any


class MissingTeacherLogprob(ValueError):
    """vLLM returned no log-prob for a sampled token."""


def _check(rows: list[list[float]]) -> list[list[float]]:
    for r, row in enumerate(rows):
        for t, value in enumerate(row):
            if value is None or math.isinf(value) or math.isnan(value):
                raise MissingTeacherLogprob(
                    f"vLLM returned no log-prob for completion token {t} of teacher row {r} (outside its top-k); "
                    "use `teacher_logprobs='trainer'`."
                )
    return rows


def server_teacher_logps(
    client: Any, prompts: Sequence[Sequence[int]], completions: Sequence[Sequence[int]], temperature: float
) -> list[list[float]]:
    """Per row, the log-prob of each completion token after its teacher prompt, from a TRL vLLM server."""
    result = client.get_sequence_logprobs(
        sequences=[list(p) + list(c) for p, c in zip(prompts, completions, strict=True)],
        prompt_lengths=[len(p) for p in prompts],
        top_logprobs=1,
        temperature=temperature,
    )
    return _check([[position[0] for position in row] for row in result["actual_logprobs"]])


def colocate_teacher_logps(
    llm: Any,
    sampling_params_class: type,
    prompts: Sequence[Sequence[int]],
    completions: Sequence[Sequence[int]],
    temperature: float,
) -> list[list[float]]:
    """The same from a colocated `vllm.LLM` (``sampling_params_class`` is `vllm.SamplingParams`)."""
    params = sampling_params_class(max_tokens=1, temperature=temperature, prompt_logprobs=0)
    sequences = [list(p) + list(c) for p, c in zip(prompts, completions, strict=True)]
    outputs = llm.generate([{"prompt_token_ids": s} for s in sequences], sampling_params=params, use_tqdm=False)
    rows = []
    for output, sequence, prompt in zip(outputs, sequences, prompts, strict=True):
        per_position = output.prompt_logprobs
        row = []
        for position in range(len(prompt), len(sequence)):
            entry = (per_position[position] or {}).get(sequence[position])
            row.append(None if entry is None else float(entry.logprob))
        rows.append(row)
    return _check(rows)
