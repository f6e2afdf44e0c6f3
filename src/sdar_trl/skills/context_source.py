"""Where each row's privileged text comes from: a dataset column, or a skill library through a retriever."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .library import load_skill_library
from .retrieval import SkillRetriever, Task, UCBRetriever, build_retriever


def task_of(row: dict[str, Any], *, task_type_column: str, task_text_column: str | None) -> Task:
    """The retrieval view of a dataset row: its task text and task type (or ``data_source``)."""
    if task_text_column is not None:
        text = str(row[task_text_column])
    else:
        prompt = row.get("prompt", "")
        if isinstance(prompt, list):
            users = [m["content"] for m in prompt if m.get("role") == "user" and isinstance(m.get("content"), str)]
            text = users[-1] if users else ""
        else:
            text = str(prompt)
    task_type = row.get(task_type_column, row.get("data_source"))
    return Task(text=text, task_type=None if task_type is None else str(task_type))


class PrivilegedContextSource:
    """Per-row privileged text, plus what a bandit needs to learn from the rows' rewards.

    With ``skills_dir`` unset, the text is the row's ``privileged_context_column``. Otherwise it is retrieved from
    the library, and ``last_pulls`` keeps, per row of the last training call, ``(task type, skills shown)`` for
    `update`; ``counts`` counts the rows retrieved for training (``rows``) and those no skill matched (``no_match``),
    until `pop_counts`.
    """

    def __init__(self, args):
        self.args = args
        self.library = load_skill_library(args.skills_dir) if args.skills_dir else None
        self.retriever: SkillRetriever | None = None
        if self.library is not None:
            self.retriever = build_retriever(
                args.skill_retrieval,
                self.library,
                seed=args.seed,
                random_k=args.skill_random_k,
                ucb_exploration=args.ucb_exploration,
            )
        self.last_pulls: list[tuple[str | None, tuple[str, ...]]] = []
        self.counts: Counter = Counter()

    @property
    def uses_library(self) -> bool:
        return self.retriever is not None

    def texts(self, rows: list[dict[str, Any]], *, training: bool = True) -> list[str]:
        """One privileged text per row. ``training=False`` (evaluation) leaves no trace: no pending bandit pulls, no
        random draws, no `last_pulls`, no `counts`, so the next training selection is as if it had not happened."""
        column = self.args.privileged_context_column
        if not self.uses_library:
            texts = [row.get(column) for row in rows]
            for text in texts:
                if not isinstance(text, str):
                    raise ValueError(
                        f"Column `{column}` must hold one string per row (got {type(text).__name__}); set "
                        "`privileged_context_column` to the column with the privileged text, or `skills_dir`."
                    )
            return texts
        tasks = [
            task_of(row, task_type_column=self.args.task_type_column, task_text_column=self.args.task_text_column)
            for row in rows
        ]
        retrieved = self.retriever.retrieve_all(tasks, training=training)
        if training:
            self.last_pulls = [(task.task_type, r.skills) for task, r in zip(tasks, retrieved, strict=True)]
            self.counts["rows"] += len(retrieved)
            self.counts["no_match"] += sum(not r.matched for r in retrieved)
        return [r.text for r in retrieved]

    def pop_counts(self) -> dict[str, float]:
        """This process's ``rows`` and ``no_match`` counts since the last call, then reset. Counts, not the ratio
        ``no_match / rows``, so that the trainer can sum them over processes first."""
        out = {"rows": float(self.counts["rows"]), "no_match": float(self.counts["no_match"])}
        self.counts.clear()
        return out

    def update(self, all_pulls: list[tuple[str | None, tuple[str, ...]]], all_rewards: list[float]) -> None:
        """Feed the bandit the pulls and rewards of every process (same order), so that all stay identical."""
        if self.retriever is not None:
            self.retriever.update([(t, skills, r) for (t, skills), r in zip(all_pulls, all_rewards, strict=True)])

    def arm_metrics(self) -> dict[str, float]:
        """Per-arm UCB statistics summed over contexts: ``skills/ucb/<skill>/pulls`` and ``.../mean_reward``."""
        if not isinstance(self.retriever, UCBRetriever) or not self.retriever.stats:
            return {}
        stats = self.retriever.stats
        out = {}
        for arm in self.library.skill_names:
            pulls = sum(ctx[arm].pulls for ctx in stats.values())
            total = sum(ctx[arm].reward_sum for ctx in stats.values())
            out[f"skills/ucb/{arm}/pulls"] = float(pulls)
            out[f"skills/ucb/{arm}/mean_reward"] = total / pulls if pulls else 0.0
        return out

    def state_dict(self) -> dict:
        return {} if self.retriever is None else {"retriever": self.retriever.state_dict()}

    def load_state_dict(self, state: dict) -> None:
        if self.retriever is not None and "retriever" in state:
            self.retriever.load_state_dict(state["retriever"])
