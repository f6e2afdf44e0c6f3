"""Search-QA (Search-R1 style) behind the `TextEnv` protocol: search a retriever, then answer.

Each dataset row is a question: ``{"question", "golden_answers", "data_source", ...}`` (the bundled data, or the
NQ/HotpotQA parquet files of Search-R1 through `load_search_r1_parquet`). Actions come from `SEARCH_FORMAT`'s parser
as ``"search: <query>"`` or ``"answer: <text>"``:

- a search returns the top-k documents as ``<information>Doc 1: ...\\nDoc 2: ...</information>`` (reward 0);
- an answer ends the episode with reward = exact match against the golden answers (and `won` = the same), and its
  F1 as the task score (``info["score"]``, the evaluations' mean score);
- anything else is answered with a reminder of the format (the engine also penalises it as invalid).

A retriever that is down or failing becomes an observation saying so; the episode goes on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..protocol import Observation, StepResult
from .client import RetrieverClient, RetrieverUnavailable
from .metrics import exact_match, f1_score


INVALID = "Invalid action. Write <search> query </search> to search, or <answer> answer </answer> to answer."


def render_documents(contents: list[str]) -> str:
    """Search-R1's observation: the documents numbered inside <information> tags."""
    return "<information>" + "\n".join(f"Doc {i}: {c}" for i, c in enumerate(contents, start=1)) + "</information>"


class SearchQAEnv:
    """One question per episode; `retriever` is a `RetrieverClient` (shared between episodes)."""

    def __init__(self, retriever: RetrieverClient, topk: int = 3):
        self.retriever, self.topk = retriever, topk
        self.golden: list[str] = []
        self.f1, self.searches, self.search_errors = 0.0, 0, 0

    def reset(self, row: Mapping[str, Any]) -> Observation:
        golden = row["golden_answers"]
        self.golden = [golden] if isinstance(golden, str) else [str(a) for a in golden]
        question = str(row["question"]).strip()
        self.f1, self.searches, self.search_errors = 0.0, 0, 0
        return Observation(text="", task=question, task_type=row.get("task_type") or row.get("data_source"))

    def step(self, action: str) -> StepResult:
        kind, _, content = action.partition(": ")
        if kind == "search" and content:
            self.searches += 1
            try:
                docs = self.retriever.retrieve([content], self.topk)[0]
            except (RetrieverUnavailable, ValueError) as error:
                self.search_errors += 1
                return StepResult(Observation(f"The search failed: {error}"), 0.0, False)
            return StepResult(Observation(render_documents([d.contents for d in docs])), 0.0, False)
        if kind == "answer" and content:
            em = exact_match(content, self.golden)
            self.f1 = f1_score(content, self.golden)
            return StepResult(Observation(f"Your answer: {content}"), em, True, won=bool(em), info={"score": self.f1})
        return StepResult(Observation(INVALID), 0.0, False)

    def episode_metrics(self) -> dict[str, float]:
        """F1 of the answer (0 when none was given), searches made and searches that failed."""
        return {"f1": self.f1, "searches": float(self.searches), "search_errors": float(self.search_errors)}

    def close(self) -> None:
        """Nothing to release: the retriever client is shared and outlives the episode."""


def load_search_r1_parquet(path: str) -> list[dict]:
    """Rows of Search-R1's NQ/HotpotQA parquet files (``question``, ``golden_answers``, ``data_source``)."""
    import pandas as pd

    frame = pd.read_parquet(path)
    rows = []
    for record in frame.to_dict("records"):
        golden = record.get("golden_answers")
        if golden is None and isinstance(record.get("reward_model"), dict):
            golden = record["reward_model"].get("ground_truth", {}).get("target")
        rows.append(
            {
                "question": record["question"],
                "golden_answers": [str(a) for a in list(golden)],
                "data_source": record.get("data_source", "unknown"),
            }
        )
    return rows
