"""sdar_trl: SDAR (Self-Distilled Agentic Reinforcement Learning) on the Hugging Face stack."""

from importlib import import_module
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from .config import SDARConfig
    from .losses import sdar_loss
    from .trainer import SDARTrainer


__version__ = "0.1.0"
__all__ = ["SDARConfig", "SDARTrainer", "sdar_loss", "__version__"]

# Loaded on first use, as TRL does: an environment's worker process (`sdar_trl.envs.process`) imports
# `sdar_trl.envs` alone, without torch and TRL (ten seconds and 400 MB per process).
_MODULE_OF = {"SDARConfig": ".config", "SDARTrainer": ".trainer", "sdar_loss": ".losses"}


def __getattr__(name: str):
    if name in _MODULE_OF:
        return getattr(import_module(_MODULE_OF[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
