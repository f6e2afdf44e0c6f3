"""Checkpoint folders as transformers writes them (real safetensors, torch and JSON files), and what a kill leaves."""

import json
import os

import torch
from safetensors.torch import save_file


def write_checkpoint(folder, step=1, max_steps=10, epochs=1.0, deepspeed=False):
    """A checkpoint as transformers writes it for one process: weights, optimizer, scheduler, RNG, trainer state."""
    os.makedirs(folder, exist_ok=True)
    save_file({"w": torch.randn(4, 4), "b": torch.zeros(4)}, os.path.join(folder, "model.safetensors"))
    (folder / "config.json").write_text("{}")
    if deepspeed:
        (folder / "latest").write_text(f"global_step{step}")
        (folder / f"global_step{step}").mkdir()
        torch.save({"optimizer": 1}, folder / f"global_step{step}" / "zero_pp_rank_0_mp_rank_00_optim_states.pt")
    else:
        torch.save({"state": {0: torch.ones(4)}}, folder / "optimizer.pt")
        torch.save({"last_epoch": step}, folder / "scheduler.pt")
    torch.save({"python": (1, 2)}, folder / "rng_state.pth")
    (folder / "trainer_state.json").write_text(
        json.dumps({"global_step": step, "max_steps": max_steps, "num_train_epochs": epochs, "log_history": []})
    )
    return folder


def truncate(path, keep=0.5):
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
