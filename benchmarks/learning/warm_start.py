"""Stage 1: the warm start (behaviour cloning, cached) with its floor, its ceiling, and what made it."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

from .budget import TEST_SEED0, VALID_SEED0, Budget
from .evaluation import evaluate_views, libraries, rollout_config, rows, stated, threads, write_libraries


# The libraries whose versions can change the warm start (`benchmarks/constraints.txt` pins them).
LIBRARIES = ("torch", "transformers", "trl", "tokenizers", "accelerate", "datasets", "numpy", "safetensors")


def installed() -> dict:
    """The library versions, the interpreter and the thread settings of this process."""
    from importlib.metadata import version

    import torch

    return {
        "versions": {name: version(name) for name in LIBRARIES},
        "python": sys.version.split()[0],
        # The vector instructions torch's CPU kernels use (AVX512, AVX2, ...): they change the rounding, and a warm
        # start's weights differ with them after a few optimizer steps (benchmarks/constraints.txt says more).
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "threads": {
            "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"),
            "torch.get_num_threads": torch.get_num_threads(),
            "torch.get_num_interop_threads": torch.get_num_interop_threads(),
        },
    }


def provenance(folder: Path) -> dict:
    """What decides the warm start beyond the code: `installed`, and the hashes of its weights and tokenizer."""
    weights = hashlib.sha1()
    for path in sorted(folder.glob("*.safetensors")):
        weights.update(path.read_bytes())
    tokenizer = folder / "tokenizer.json"
    return {
        "weights_sha1": weights.hexdigest(),
        "tokenizer_sha1": hashlib.sha1(tokenizer.read_bytes()).hexdigest() if tokenizer.exists() else None,
        **installed(),
    }


def check_install(report: dict, out: Path) -> None:
    """A cached warm start made with other library versions would silently stand for this install's: refuse it."""

    def key(facts: dict) -> dict:
        # a local version label (torch's "+cpu", "+cu128") names the build, not the code
        versions = {name: str(v).split("+")[0] for name, v in (facts.get("versions") or {}).items()}
        return {"versions": versions, "cpu_capability": facts.get("cpu_capability")}

    made, now = key(report), key(installed())
    if made != now:
        raise RuntimeError(
            f"The warm start in {out} was made with {made}, this machine has {now}: install with "
            "benchmarks/constraints.txt (and set ATEN_CPU_CAPABILITY), or delete warm_start/ and warm_start.json "
            "there to make a new one."
        )


def warm_start(out: Path, budget: Budget, seeds: list[int]) -> dict:
    """Behaviour cloning (cached), then the cloned model's floor and ceiling on the test houses."""
    threads()
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from sdar_trl_examples.checkpoints import finished_warm_start
    from sdar_trl_examples.warm_start import behaviour_clone, build_local_model

    from .house import demo_rows, house_demos, house_text

    folder = out / "warm_start"
    report_path = out / "warm_start.json"
    write_libraries(out, budget)  # before any run starts; the runs only read them
    recorded = json.loads(report_path.read_text()) if report_path.exists() else None
    if recorded is not None:
        check_install(recorded, out)
        if finished_warm_start(str(folder)):
            return recorded
    t0 = time.time()
    build_local_model(str(folder), house_text(300), hidden_size=budget.hidden_size, num_layers=budget.num_layers)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    data, per_kind = house_demos(tokenizer, demo_rows(budget.demos, seed=0), rollout=rollout_config(budget))
    if budget.bc_loss_on_prompt:
        # Loss on the prompt tokens too (plain language modelling of the demonstrations). With the loss on the
        # responses only, the 64-wide model had not learned to copy a name from its prompt after 4 epochs (0%
        # success in every view); with it, the teacher view goes to the stated home 100% of the time. The prompts
        # come from random-prior worlds, so they teach no real prior.
        data = data.remove_columns(["completion_mask"])
    t1 = time.time()
    behaviour_clone(
        str(folder),
        data,
        epochs=budget.bc_epochs,
        learning_rate=budget.bc_learning_rate,
        seed=0,
        use_cpu=True,
        bf16=False,
        output_dir=str(out / "bc_trainer"),
    )
    t2 = time.time()
    made = provenance(folder)
    if recorded is not None and recorded.get("weights_sha1") not in (None, made["weights_sha1"]):
        # Finished runs in `out` started from the recorded warm start: resuming them from another would mix the two.
        raise RuntimeError(
            f"The warm start rebuilt in {folder} has weights sha1 {made['weights_sha1']}, the runs in {out} started "
            f"from {recorded['weights_sha1']}: the same versions on another CPU capability make another warm start."
        )
    model = AutoModelForCausalLM.from_pretrained(folder)
    libs = libraries(out)
    views = {"student": ("student", None), "teacher": ("teacher", stated(libs["true"]))}
    extra = {"user": ("user", stated(libs["true"])), "teacher_wrong": ("teacher", stated(libs["wrong"]))}
    test = rows(TEST_SEED0, budget.final_eval_houses)
    # the floor and the ceiling with every evaluation seed; the other two views with the first
    evals = [
        evaluate_views(model, tokenizer, test, budget, views if i else {**views, **extra}, seed)
        for i, seed in enumerate(seeds)
    ]
    valid = evaluate_views(model, tokenizer, rows(VALID_SEED0, budget.periodic_eval_houses), budget, views, 0)
    report = {
        "examples": per_kind,
        "demo_episodes": budget.demos,
        "demo_seconds": t1 - t0,
        "bc_seconds": t2 - t1,
        "eval_seconds": time.time() - t2,
        "test": evals,  # one per evaluation seed
        "valid_periodic": valid,  # the step-0 point of the periodic curves
        **made,
    }
    report_path.write_text(json.dumps(report, indent=2))
    return report
