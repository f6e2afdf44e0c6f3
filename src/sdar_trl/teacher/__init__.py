"""The teacher: its prompt (`prompt`), its weights (`weights`) and the scorers of its rows (`scoring`, `prefix`,
`vllm`), each usable without a trainer.

`SDARTrainer` builds a `TeacherPrompts` and picks one `TeacherScorer` from its configuration when it is made; each
generation batch, it builds the teacher rows and calls ``scorer(model, rows)`` with the policy or the teacher's own
weights (`separate_teacher`).
"""

from .prefix import SharedPrefixScorer, prefix_trie_size
from .prompt import OFFICIAL_CONTEXT_TEMPLATE, TeacherPrompts, insert_prefix_ids, render_context
from .scoring import PlainScorer, TeacherRows, TeacherScorer, TeacherScores, completion_logps
from .vllm import MissingTeacherLogprob, VLLMScorer, colocate_row_scorer, server_row_scorer
from .weights import TeacherEMACallback, ema_update, separate_teacher


__all__ = [
    "OFFICIAL_CONTEXT_TEMPLATE",
    "MissingTeacherLogprob",
    "PlainScorer",
    "SharedPrefixScorer",
    "TeacherEMACallback",
    "TeacherPrompts",
    "TeacherRows",
    "TeacherScorer",
    "TeacherScores",
    "VLLMScorer",
    "colocate_row_scorer",
    "completion_logps",
    "ema_update",
    "insert_prefix_ids",
    "prefix_trie_size",
    "render_context",
    "separate_teacher",
    "server_row_scorer",
]
