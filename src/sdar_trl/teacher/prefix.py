"""The shared-prefix teacher pass (`SharedPrefixScorer`): the teacher rows of a batch as a prefix trie, each shared
segment forwarded once and its key/value cache reused.

Teacher rows ``[teacher prompt | completion]`` share long prefixes: the `num_generations` rows of a group share their
block and prompt, and in the step layout the steps of one episode share the block, the chat template and the task,
and the episodes of a task share the block. The rows are walked as a trie: where rows share tokens, those tokens are
forwarded once (batch of one) on top of their parent's cache; where they part, each branch continues from a copy of
that cache, and a row alone on its branch is forwarded with the other lone rows of the same node, the cache expanded
to them. Each branch forwards the last shared token again (its output scores the branch's own next token), so

    tokens forwarded = (distinct tokens of the rows' prefix trie: `prefix_trie_size`) + (one per branch).

Log-probs are those of the plain pass up to floating-point rounding: attention sees the same keys and values, and
rotary positions continue after the cached prefix.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from transformers import DynamicCache

from .scoring import TeacherRows, TeacherScores


def prefix_trie_size(sequences: Sequence[Sequence[int]]) -> int:
    """Distinct prefixes of ``sequences`` (the nodes of their trie): the fewest tokens any pass can forward."""
    root: dict = {}
    size = 0
    for sequence in sequences:
        node = root
        for token in sequence:
            if token not in node:
                node[token] = {}
                size += 1
            node = node[token]
    return size


def teacher_sequences(rows: TeacherRows) -> list[list[int]]:
    """Each teacher row's tokens, ``prompt + completion``, without padding."""
    mask = rows.completion_mask.bool()
    return [list(p) + ids[m].tolist() for p, ids, m in zip(rows.prompts, rows.completion_ids, mask)]


@dataclass
class SharedPrefixScorer:
    """The teacher scorer that walks the rows' prefix trie (see the module docstring); the interface is
    `sdar_trl.teacher.scoring.TeacherScorer`.

    Args:
        pad_token_id: padding id of lone rows forwarded together (``batch_size`` of them per forward).
    """

    pad_token_id: int

    @torch.no_grad()
    def __call__(self, model: torch.nn.Module, rows: TeacherRows, *, batch_size: int) -> TeacherScores:
        walk = _TrieWalk(model, rows, self.pad_token_id, batch_size)
        walk.visit(list(range(len(walk.sequences))), 0, None)
        return TeacherScores(walk.logps, walk.forwarded)


class _TrieWalk:
    """One pass over the trie of a batch's teacher rows, filling `logps` (B, C) and counting `forwarded`."""

    def __init__(self, model, rows: TeacherRows, pad_token_id: int, batch_size: int):
        self.model, self.pad_token_id, self.batch_size = model, pad_token_id, batch_size
        self.device = rows.completion_ids.device
        self.sequences = teacher_sequences(rows)
        self.starts = [len(p) for p in rows.prompts]  # where each row's completion starts
        self.logps = torch.zeros(rows.completion_ids.shape, dtype=torch.float32, device=self.device)
        self.forwarded = 0

    def visit(self, rows: list[int], depth: int, cache: DynamicCache | None) -> None:
        """Score ``rows``, which share their first ``depth`` tokens, held in ``cache`` (None at the root)."""
        if len(rows) == 1:
            self._forward_lone(rows, depth, cache)
            return
        seqs = [self.sequences[r] for r in rows]
        common = _common_prefix(seqs, depth)
        # Forward the shared tokens once, but the last: each branch forwards it again, as its output scores the
        # branch's own next token.
        end = min(common, min(len(s) for s in seqs)) - 1
        if end > depth:
            cache = self._forward_shared(rows, depth, end, cache)
            depth = end
        # Branch on the first token the rows do not all share.
        at = depth + 1 if common > depth else depth
        branches: dict[int, list[int]] = {}
        lone = []
        for r in rows:
            if len(self.sequences[r]) > at:
                branches.setdefault(self.sequences[r][at], []).append(r)
            else:
                lone.append(r)  # ends before the branching token
        for members in branches.values():
            if len(members) == 1:
                lone.extend(members)
            else:
                self.visit(members, depth, cache)
        if lone:
            self._forward_lone(lone, depth, cache)

    def _forward_shared(self, rows: list[int], depth: int, end: int, cache: DynamicCache | None) -> DynamicCache:
        """Forward tokens ``depth:end`` of ``rows`` (the same in each) once; returns the cache through ``end``."""
        sequence = self.sequences[rows[0]]
        positions = list(range(depth, end))
        labels = [sequence[p + 1] if any(p + 1 >= self.starts[r] for r in rows) else -100 for p in positions]
        grown = DynamicCache() if cache is None else copy.deepcopy(cache)  # the forward extends it in place
        outputs = self._forward([sequence[depth:end]], [labels], depth, grown)
        for i, p in enumerate(positions):
            if labels[i] != -100:
                for r in rows:
                    if p + 1 >= self.starts[r]:
                        self.logps[r, p + 1 - self.starts[r]] = outputs.log_probs[0, i].float()
        return grown

    def _forward_lone(self, rows: list[int], depth: int, cache: DynamicCache | None) -> None:
        """Forward each row's own tokens ``depth:``, ``batch_size`` rows at a time after the expanded cache."""
        for start in range(0, len(rows), self.batch_size):
            chunk = rows[start : start + self.batch_size]
            own = [self.sequences[r][depth:] for r in chunk]
            labels = [
                [
                    self.sequences[r][p + 1] if self.starts[r] <= p + 1 < len(self.sequences[r]) else -100
                    for p in range(depth, depth + len(tokens))
                ]
                for r, tokens in zip(chunk, own)
            ]
            expanded = None
            if cache is not None:
                expanded = copy.deepcopy(cache)  # the forward extends it in place
                expanded.batch_repeat_interleave(len(chunk))
            outputs = self._forward(own, labels, depth, expanded)
            for i, r in enumerate(chunk):
                # Output j scores token depth + j + 1; the completion tokens up to `depth` were scored higher up.
                start, end = self.starts[r], len(self.sequences[r])
                first = max(start, depth + 1)
                if first < end:
                    scored = outputs.log_probs[i, first - depth - 1 : end - depth - 1]
                    self.logps[r, first - start : end - start] = scored.float()

    def _forward(self, tokens: list[list[int]], labels: list[list[int]], depth: int, cache: DynamicCache | None):
        """One forward of right-padded ``tokens`` at positions ``depth:``, after ``cache``; labels pre-shifted (the
        label at a position is the token its output scores), through TRL's fused head."""
        width = max(len(t) for t in tokens)
        input_ids = torch.full((len(tokens), width), self.pad_token_id, dtype=torch.long, device=self.device)
        shift_labels = torch.full((len(tokens), width), -100, dtype=torch.long, device=self.device)
        mask = torch.zeros((len(tokens), width), dtype=torch.long, device=self.device)
        for i, (row, row_labels) in enumerate(zip(tokens, labels)):
            input_ids[i, : len(row)] = torch.tensor(row, device=self.device)
            shift_labels[i, : len(row)] = torch.tensor(row_labels, device=self.device)
            mask[i, : len(row)] = 1
        self.forwarded += sum(len(t) for t in tokens)
        kwargs = {}
        if cache is not None:
            kwargs["past_key_values"] = cache
        if depth:
            mask = torch.cat([torch.ones((len(tokens), depth), dtype=torch.long, device=self.device), mask], dim=1)
        positions = torch.arange(depth, depth + width, device=self.device).expand(len(tokens), -1)
        # Through the fused head even when nothing is scored: a teacher copy's plain forward would still be the
        # policy's, since TRL patches `forward` with a closure over the original model. The layers fill the cache.
        return self.model(
            input_ids=input_ids,
            attention_mask=mask,
            position_ids=positions,
            shift_labels=shift_labels,
            fused_lm_head=True,
            **kwargs,
        )


def _common_prefix(sequences: list[list[int]], start: int) -> int:
    """Length of the longest common prefix of ``sequences``, known to be at least ``start``."""
    shortest = min(len(s) for s in sequences)
    length = start
    first = sequences[0]
    while length < shortest and all(s[length] == first[length] for s in sequences):
        length += 1
    return length
