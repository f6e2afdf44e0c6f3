"""The examples' support, beside the library (`sdar_trl`, what a user imports to train): what the examples' embedded
defaults need to run offline on any machine, and nothing a training run of the user's own needs.

- `agent_example`: the agent examples' shared arguments, their tail (evaluate, train, evaluate, report) and start;
- `bundled`: the data shipped with this package (the bundled warm starts, recorded demonstrations);
- `tiny_model`: a small tokenizer and Qwen3-style model built locally (also the tests' and benchmarks' model);
- `warm_start`, `expert`, `alfworld_search`: the embedded model's warm start, cloned on an expert's steps;
- `evaluation`: evaluation runs (success per task type, with or without skills) and their report;
- `checkpoints`: resuming an example's run; `defaults`: machine defaults; `processes`: the processes' end.

An agent example's `main` reads as its sections: data, model (`prepare_model`: the model and its warm start),
evaluation (what is evaluated), training (`train_and_evaluate`); its `__main__` is `run_example`."""

from .agent_example import AgentExampleArguments, run_example, train_and_evaluate
from .checkpoints import resume_checkpoint, train_and_save
from .defaults import cpu_defaults, wandb_defaults
from .evaluation import (
    EvalResult,
    evaluate,
    evaluate_policy,
    evaluate_splits,
    markdown_table,
    report,
    write_results,
)
from .processes import end_processes
from .warm_start import (
    WarmStartConfig,
    behaviour_clone,
    build_local_model,
    copy_examples,
    copy_warmup,
    export_warm_start,
    prepare_model,
    reusable_warm_start,
    warm_start_dir,
)


__all__ = [
    "AgentExampleArguments",
    "EvalResult",
    "WarmStartConfig",
    "behaviour_clone",
    "build_local_model",
    "copy_examples",
    "copy_warmup",
    "cpu_defaults",
    "end_processes",
    "evaluate",
    "evaluate_policy",
    "evaluate_splits",
    "export_warm_start",
    "markdown_table",
    "prepare_model",
    "report",
    "resume_checkpoint",
    "reusable_warm_start",
    "run_example",
    "train_and_evaluate",
    "train_and_save",
    "wandb_defaults",
    "warm_start_dir",
    "write_results",
]
