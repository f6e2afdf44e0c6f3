"""The houses, the skill libraries and the held-out evaluation every stage uses."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .budget import Budget


def threads() -> None:
    """Torch's thread count from ``OMP_NUM_THREADS`` (one by default: a 2-core machine is many times slower with
    more), set in every process of the benchmark."""
    import torch

    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))


def rows(first: int, n: int) -> list[dict]:
    return [{"seed": first + i} for i in range(n)]


def rollout_config(budget: Budget):
    from sdar_trl.agent import RolloutConfig

    return RolloutConfig(max_turns=budget.max_turns, history_window=budget.history_window, max_prompt_length=1024)


def write_libraries(out: Path, budget: Budget) -> dict[str, Path]:
    """Write the true and the wrong skill libraries (official SDAR layout); done once, by the parent process."""
    from sdar_trl.envs.house import write_house_skills

    write_house_skills(out / "skills_true")
    write_house_skills(out / "skills_wrong", wrong_share=budget.wrong_share, seed=0)
    return libraries(out)


def libraries(out: Path) -> dict[str, Path]:
    """Where `write_libraries` put the libraries. Runs only read them: runs go two at a time, and a run that rewrote
    them could truncate a file while the other run reads it."""
    return {"true": out / "skills_true", "wrong": out / "skills_wrong"}


def stated(library: Path) -> dict[str, str]:
    return json.loads((library / "house_priors.json").read_text())["stated"]


def evaluate_views(model, tokenizer, house_rows, budget: Budget, views: dict[str, tuple], seed: int) -> dict:
    """``views``: name -> (view, stated priors) evaluated on ``house_rows``; the torch RNG is restored afterwards, so
    evaluating inside a run does not change its training randomness."""
    import torch

    from .house import evaluate_house

    state = torch.get_rng_state()
    try:
        out = {}
        for name, (view, priors) in views.items():
            torch.manual_seed(seed)
            out[name] = evaluate_house(
                model,
                tokenizer,
                house_rows,
                view=view,
                stated=priors,
                rollout=rollout_config(budget),
                temperature=budget.eval_temperature,
                max_new_tokens=budget.max_completion_length,
            ).as_dict()
        return out
    finally:
        torch.set_rng_state(state)
