"""Machine defaults of the examples' embedded runs: the CPU when there is no accelerator, W&B offline when nobody is
logged in."""

from __future__ import annotations

import importlib.util
import os

import torch


def cpu_defaults() -> dict:
    """Without an accelerator, train on the CPU in float32 (GRPOConfig defaults to bf16, which needs a GPU)."""
    if torch.cuda.is_available():
        return {}
    return {"use_cpu": True, "bf16": False, "gradient_checkpointing": False}


def wandb_defaults() -> dict:
    """Log to W&B when it is installed; offline (sync later with `wandb sync`) when nobody is logged in."""
    if importlib.util.find_spec("wandb") is None:
        return {"report_to": "none"}
    logged_in = os.environ.get("WANDB_API_KEY") or os.path.exists(os.path.expanduser("~/.netrc"))
    if not logged_in:
        os.environ.setdefault("WANDB_MODE", "offline")
    return {"report_to": "wandb"}
