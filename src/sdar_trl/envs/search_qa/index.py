"""A BM25 index over a passage corpus (the `bm25s` library), returning Search-R1's document shape."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Passage:
    id: str
    title: str
    text: str

    @property
    def contents(self) -> str:
        """Search-R1's `contents` field: the quoted title on the first line, then the text."""
        return f'"{self.title}"\n{self.text}'


def load_corpus(path: str | Path) -> list[Passage]:
    """A JSONL corpus: one ``{"id", "title", "text"}`` object per line (``contents`` in Search-R1 form also works)."""
    passages = []
    with open(path) as f:
        for line_number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}: line {line_number} is not JSON ({error.msg}).") from None
            if "contents" in row and "text" not in row:
                title, _, text = row["contents"].partition("\n")
                row = {**row, "title": title.strip('"'), "text": text}
            passages.append(Passage(id=str(row["id"]), title=row.get("title", ""), text=row["text"]))
    if not passages:
        raise ValueError(f"{path}: the corpus is empty.")
    return passages


class BM25Index:
    """`search(queries, topk)` -> for each query, ``[(passage, score), ...]`` best first."""

    def __init__(self, passages: list[Passage]):
        import bm25s

        self._bm25s = bm25s
        self.passages = passages
        self._retriever = bm25s.BM25()
        self._retriever.index(
            bm25s.tokenize([f"{p.title} {p.text}" for p in passages], stopwords="en", show_progress=False),
            show_progress=False,
        )

    def search(self, queries: list[str], topk: int) -> list[list[tuple[Passage, float]]]:
        if not queries:
            return []
        k = min(topk, len(self.passages))
        tokens = self._bm25s.tokenize(queries, stopwords="en", show_progress=False)
        ids, scores = self._retriever.retrieve(tokens, k=k, show_progress=False, n_threads=1)
        return [
            [(self.passages[int(i)], float(s)) for i, s in zip(row_ids, row_scores)]
            for row_ids, row_scores in zip(ids, scores)
        ]
