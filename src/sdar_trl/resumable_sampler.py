"""The training prompt order, made to survive a resume.

TRL's `RepeatSampler` shuffles with a generator created once per sampler and draws one permutation per epoch, so a
run resumed in epoch ``e > 0`` builds a fresh generator and replays epoch 0's order: the resumed run trains on other
prompts (and makes other skill-bandit pulls) than the uninterrupted one. `ResumableRepeatSampler.set_epoch(e)`
re-seeds the generator and discards ``e`` permutations, which is the generator's state after ``e`` epochs of an
uninterrupted run, so the order is unchanged and a resumed run gets the same one.

transformers' Trainer calls `set_epoch` through the data loader, but on several processes not on a resumed epoch's
loader (accelerate's `skip_first_batches` wraps the sharded sampler where `set_epoch` does not reach it), so
`SamplerEpochCallback` calls it at every epoch start from the trainer state, which a resume restores.
"""

from __future__ import annotations

import torch
from transformers import TrainerCallback
from trl.trainer.utils import RepeatSampler


class ResumableRepeatSampler(RepeatSampler):
    """`RepeatSampler` with `set_epoch(epoch)`; same arguments, same order."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Whatever state TRL's generator starts from (seeded or torch's default), its initial seed replays it.
        self.initial_seed = self.generator.initial_seed() if self.shuffle else None

    def set_epoch(self, epoch: int) -> None:
        if not self.shuffle:
            return
        self.generator.manual_seed(self.initial_seed)
        for _ in range(epoch):  # one permutation per epoch, as `__iter__` draws
            torch.randperm(self.num_samples, generator=self.generator)


class SamplerEpochCallback(TrainerCallback):
    """Calls `set_epoch` on the training sampler at each epoch start (``int(state.epoch)``: 1.5 in a run resumed
    half-way through the second epoch)."""

    def __init__(self):
        self.sampler: ResumableRepeatSampler | None = None

    def on_epoch_begin(self, args, state, control, **kwargs):
        if self.sampler is not None:
            self.sampler.set_epoch(int(state.epoch or 0))
