"""Answer scoring of Search-QA: the standard normalization, exact match and token F1.

normalize(s): lower-case, drop punctuation, drop the articles a/an/the, collapse whitespace. An answer is correct
(EM = 1) when its normalized form equals the normalized form of any golden answer; F1 is the best token-overlap F1
over the golden answers (reported, not used as the reward).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable


_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = str.maketrans("", "", string.punctuation)


def normalize_answer(text: str) -> str:
    text = text.lower().translate(_PUNCTUATION)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def exact_match(prediction: str, golden: str | Iterable[str]) -> float:
    answers = [golden] if isinstance(golden, str) else list(golden)
    pred = normalize_answer(prediction)
    return float(any(pred == normalize_answer(a) for a in answers))


def f1_score(prediction: str, golden: str | Iterable[str]) -> float:
    answers = [golden] if isinstance(golden, str) else list(golden)
    pred_tokens = normalize_answer(prediction).split()
    best = 0.0
    for answer in answers:
        gold_tokens = normalize_answer(answer).split()
        common = sum((Counter(pred_tokens) & Counter(gold_tokens)).values())
        if common == 0:
            continue
        precision, recall = common / len(pred_tokens), common / len(gold_tokens)
        best = max(best, 2 * precision * recall / (precision + recall))
    return best
