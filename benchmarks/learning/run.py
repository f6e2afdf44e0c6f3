"""One training run of one arm and seed: the real `SDARTrainer` on `HouseEnv` from the warm start, evaluated on
held-out houses every ``eval_every`` steps (the student without skills and the teacher with the true skills)
and at the end."""

from __future__ import annotations

import time
from pathlib import Path

from .arms import Arm
from .budget import TEST_SEED0, VALID_SEED0, Budget
from .diagnostics import diagnosed_trainer_class
from .evaluation import evaluate_views, libraries, rows, stated, threads


def run_one(spec: dict, out: Path) -> dict:
    """Train and evaluate the run ``spec`` describes (in its own process); returns its result."""
    threads()
    from datasets import Dataset
    from transformers import AutoTokenizer, TrainerCallback

    from sdar_trl import SDARConfig
    from sdar_trl.config import apply_baseline
    from sdar_trl.envs.house import HouseEnv

    from .house import HOUSE_FORMAT

    arm, budget = Arm(**spec["arm"]), Budget(**spec["budget"])
    seed, lr = spec["seed"], spec["lr"]
    run_dir = out / "runs" / f"{arm.name}-lr{lr:g}-s{seed}"
    run_dir.mkdir(parents=True, exist_ok=True)
    libs = libraries(out)
    library = libs[arm.skills]
    model_dir = str(out / "warm_start")
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    episodes = budget.tasks_per_step * budget.num_generations
    args = SDARConfig(
        output_dir=str(run_dir / "trainer"),
        use_cpu=True,
        bf16=False,
        gradient_checkpointing=False,
        report_to=[],
        seed=seed,
        data_seed=seed,
        learning_rate=lr,
        lr_scheduler_type="constant",
        warmup_steps=0,
        max_steps=budget.steps,
        per_device_train_batch_size=episodes,
        num_generations=budget.num_generations,
        max_completion_length=budget.max_completion_length,
        temperature=budget.temperature,
        beta=budget.kl_beta if arm.kl else 0.0,
        logging_steps=1,
        save_strategy="no",
        agent_layout="step",
        max_turns=budget.max_turns,
        history_window=budget.history_window,
        agent_max_prompt_length=1024,
        skills_dir=str(library),
        skill_retrieval="task_type",
        gate_sharpness=budget.gate_sharpness,
        disable_tqdm=True,
    )
    apply_baseline(args, arm.method)
    for name, value in arm.overrides.items():
        setattr(args, name, value)
    apply_baseline(args, "sdar")  # re-checks the fields (the "sdar" preset sets nothing)

    true_priors, run_priors = stated(libs["true"]), stated(library)
    periodic_rows = rows(VALID_SEED0, budget.periodic_eval_houses)
    periodic: list[dict] = []

    class PeriodicEval(TrainerCallback):
        def on_step_end(self, _args, state, control, model=None, **kwargs):
            step = state.global_step
            if step % budget.eval_every and step != budget.steps:
                return
            views = {"student": ("student", None), "teacher": ("teacher", true_priors)}
            periodic.append({"step": step, **evaluate_views(model, tokenizer, periodic_rows, budget, views, 0)})

    trainer = diagnosed_trainer_class()(
        model=model_dir,
        args=args,
        train_dataset=Dataset.from_list(rows(0, 5000)),
        env=HouseEnv,
        agent_format=HOUSE_FORMAT,
        callbacks=[PeriodicEval()],
        grad_every=budget.grad_every,
        true_priors=true_priors,
        run_priors=run_priors,
    )
    t0 = time.time()
    trainer.train()
    train_seconds = time.time() - t0
    log_history = trainer.state.log_history
    for entry in log_history:  # each step's diagnostics next to what the trainer logged for it
        if "loss" in entry and entry.get("step") in trainer.diagnostics:
            entry.update(trainer.diagnostics[entry["step"]])
    model = trainer.model
    views = {"student": ("student", None), "teacher": ("teacher", true_priors)}
    if arm.skills != "true":
        views["teacher_trained_skills"] = ("teacher", run_priors)
    if args.privileged_context_to_student:
        views["user"] = ("user", run_priors)
    final = evaluate_views(model, tokenizer, rows(TEST_SEED0, budget.final_eval_houses), budget, views, seed)
    result = {
        "spec": spec,
        "train_seconds": train_seconds,
        "seconds_per_step": train_seconds / max(budget.steps, 1),
        "log_history": log_history,
        "periodic": periodic,
        "final": final,
    }
    if spec["valid"]:
        valid_views = {"student": ("student", None)}
        valid_rows = rows(VALID_SEED0, budget.valid_houses)
        result["valid"] = evaluate_views(model, tokenizer, valid_rows, budget, valid_views, seed)
    result["wall_seconds"] = time.time() - t0
    return result
