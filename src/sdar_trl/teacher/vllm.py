"""Teacher log-probs from vLLM, when generation already runs there (`teacher_logprobs="vllm"`): `VLLMScorer`.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch
from accelerate import Accelerator
from accelerate.utils import broadcast_object_list, gather_object

from .scoring import TeacherRows, TeacherScores


# (teacher prompts, completions) -> each row's completion-token log-probs
RowScorer = Callable[[list[list[int]], list[list[int]]], list[list[float]]]


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


def server_row_scorer(client: Callable[[], Any], temperature: float, accelerator: Accelerator) -> RowScorer:
    """Rows scored by a TRL vLLM server (``client()`` is TRL's `VLLMClient`), as TRL generates in server mode: the main
    process sends every process's rows, then each process takes its own."""

    def score(prompts: list[list[int]], completions: list[list[int]]) -> list[list[float]]:
        all_prompts, all_completions = gather_object(prompts), gather_object(completions)
        counts = gather_object([len(prompts)])
        rows = [None]
        if accelerator.is_main_process:
            rows = [server_teacher_logps(client(), all_prompts, all_completions, temperature)]
        rows = broadcast_object_list(rows, from_process=0)[0]
        start = sum(counts[: accelerator.process_index])
        return rows[start : start + len(prompts)]

    return score


def colocate_row_scorer(llm: Callable[[], Any], temperature: float) -> RowScorer:
    """Rows scored by the colocated `vllm.LLM` ``llm()`` of this process."""

    def score(prompts: list[list[int]], completions: list[list[int]]) -> list[list[float]]:
        from vllm import SamplingParams  # only installed where vLLM runs

        return colocate_teacher_logps(llm(), SamplingParams, prompts, completions, temperature)

    return score


@dataclass
class VLLMScorer:
    """The teacher scorer backed by vLLM (interface: `sdar_trl.teacher.scoring.TeacherScorer`). The ``model`` it is
    called with is not forwarded (and vLLM makes its own batches): the engine holds the weights TRL synced to it for
    this rollout, which are the live teacher's (the configuration refuses `teacher_weights` other than "live" with vLLM
    scoring).

    Args:
        score_rows: (teacher prompts, completions) -> log-prob lists (`server_row_scorer`, `colocate_row_scorer`).
    """

    score_rows: RowScorer

    def __call__(self, model: torch.nn.Module, rows: TeacherRows, *, batch_size: int) -> TeacherScores:
        mask = rows.completion_mask.bool()
        completions = [ids[m].tolist() for ids, m in zip(rows.completion_ids, mask)]
        prompts = [list(p) for p in rows.prompts]
        scored = self.score_rows(prompts, completions)
        logps = torch.zeros(rows.completion_ids.shape, dtype=torch.float32, device=rows.completion_ids.device)
        for i, row in enumerate(scored):
            logps[i, : len(row)] = torch.tensor(row, dtype=torch.float32)
        return TeacherScores(logps, sum(len(p) + len(c) for p, c in zip(prompts, completions)))
