"""sdar_trl: SDAR (Self-Distilled Agentic Reinforcement Learning) on the Hugging Face stack."""

from .config import SDARConfig
from .losses import sdar_loss
from .trainer import SDARTrainer


__version__ = "0.1.0"
__all__ = ["SDARConfig", "SDARTrainer", "sdar_loss", "__version__"]
