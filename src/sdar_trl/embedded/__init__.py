"""What the examples' embedded defaults share, apart from the library's core: machine defaults (`defaults`), the
local model and its warm start (`tiny_model`, `warm_start`, `expert`), evaluation runs and their report
(`evaluation`), resuming (`checkpoints`), and the processes' end (`processes`).

An example's `main` reads as its sections: data, then `prepare_model` (the model and its warm start),
`evaluate_policy` before, `train_and_save`, `evaluate_policy` after, and `report`; its `__main__` ends with
`end_processes`."""

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
    "EvalResult",
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
    "train_and_save",
    "wandb_defaults",
    "warm_start_dir",
    "write_results",
]
