"""`CheckpointTrainerMixin`: the parts of `SDARTrainer` that let a run killed at any moment resume.

- `train`: `resume_from_checkpoint=True`/`"latest"` is the newest *complete* checkpoint of `output_dir` (incomplete
  ones are skipped with a warning that names them), a folder must be complete (else a ValueError naming what it
  misses), and a run already at its end trains nothing (`sdar_trl.checkpoints`); with `save_on_preemption`, a run
  stopped by the signal exits 0 after its checkpoint (`sdar_trl.preemption`).
- `_save_checkpoint` / `_get_output_dir`: transformers writes the checkpoint into `tmp-checkpoint-N/checkpoint-N`
  (the output folder of the save), the trainer's own state goes next to it (`_save_own_state`), and once every
  process is done the folder is renamed to `checkpoint-N`; older checkpoints beyond `save_total_limit` go after.
"""

from __future__ import annotations

import os
import sys

from transformers import TrainerCallback
from transformers.trainer import TRAINER_STATE_NAME
from transformers.trainer_utils import PREFIX_CHECKPOINT_DIR, TrainOutput

from .checkpoints import clear_staging, finished_message, publish_checkpoint, resolve_checkpoint, staging_run_dir
from .preemption import PreemptionCallback, exit_after_preemption, preemption_message


class CheckpointTrainerMixin:
    """Resuming from complete checkpoints, atomic checkpoints, finished runs and preemption for a `Trainer`.

    The trainer provides `_save_own_state(folder)` (what it keeps beyond transformers' checkpoint) and
    `_own_state_files()` (the names of those files, which a complete checkpoint must have)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._staging_save = False
        self.preemption = None
        if self.args.save_on_preemption:
            self.preemption = PreemptionCallback(self.args.preemption_signal, self.accelerator)
            self.add_callback(self.preemption)

    def _save_own_state(self, folder: str) -> None:
        """Write the trainer's own state into checkpoint ``folder`` (on the saving process)."""

    def _own_state_files(self) -> list[str]:
        return []

    def train(self, resume_from_checkpoint=None, trial=None, ignore_keys_for_eval=None, **kwargs):
        parts = {"save_only_model": self.args.save_only_model, "extra_files": self._own_state_files()}
        checkpoint = resolve_checkpoint(resume_from_checkpoint, self.args.output_dir, **parts)
        finished = None
        if checkpoint is not None:
            finished = finished_message(checkpoint, self.args.max_steps, self.args.num_train_epochs)
        if finished is not None:
            return self._load_finished_run(checkpoint, finished, trial, ignore_keys_for_eval)
        output = super().train(checkpoint, trial, ignore_keys_for_eval, **kwargs)
        if self.preemption is not None and self.preemption.stopped_at is not None:
            folder = os.path.join(self._get_output_dir(trial), f"{PREFIX_CHECKPOINT_DIR}-{self.preemption.stopped_at}")
            if self.accelerator.is_main_process:
                print(preemption_message(self.preemption.signum, folder), file=sys.stderr, flush=True)
            exit_after_preemption()
        return output

    def _load_finished_run(self, checkpoint: str, message: str, trial, ignore_keys_for_eval) -> TrainOutput:
        """Load the checkpoint of a run already at its end as a resume does (weights on every backend, state, the
        trainer's own state) and stop before the first step: nothing is trained and no checkpoint written, and what
        the caller does after training (save the model, evaluate) sees the finished run."""
        stopper = _StopBeforeTraining()
        self.callback_handler.callbacks.insert(0, stopper)  # before any other callback starts something (W&B)
        try:
            super().train(checkpoint, trial, ignore_keys_for_eval)
        except _AlreadyFinished:
            pass
        finally:
            self.callback_handler.remove_callback(stopper)
            self.is_in_train = False
        if self.accelerator.is_main_process:
            print(message, file=sys.stderr, flush=True)
        return TrainOutput(self.state.global_step, 0.0, {})

    def _get_output_dir(self, trial):
        run_dir = super()._get_output_dir(trial)
        return staging_run_dir(run_dir, self.state.global_step) if self._staging_save else run_dir

    def _save_checkpoint(self, model, trial) -> None:
        run_dir, step = self._get_output_dir(trial), self.state.global_step
        final = os.path.join(run_dir, f"{PREFIX_CHECKPOINT_DIR}-{step}")
        if self.args.should_save:
            clear_staging(run_dir, step)  # what a killed save of this step left
        self.accelerator.wait_for_everyone()
        # The hub upload of a checkpoint runs in the background from the folder it is given: it starts once the
        # checkpoint is in place, not from the staging folder that the rename empties.
        push, self.args.push_to_hub = self.args.push_to_hub, False
        self._staging_save = True
        try:
            super()._save_checkpoint(model, trial)
            folder = os.path.join(self._get_output_dir(trial), f"{PREFIX_CHECKPOINT_DIR}-{step}")
            if self.state.best_model_checkpoint == folder:  # recorded as transformers saw it: the staging path
                self.state.best_model_checkpoint = final
                if self.args.should_save:
                    self.state.save_to_json(os.path.join(folder, TRAINER_STATE_NAME))
            if self.args.should_save:
                self._save_own_state(folder)
        finally:
            self._staging_save, self.args.push_to_hub = False, push
        # Every process has written its part (DeepSpeed and FSDP shards, its RNG state): publish.
        self.accelerator.wait_for_everyone()
        if self.args.should_save:
            publish_checkpoint(
                run_dir,
                step,
                save_total_limit=self.args.save_total_limit,
                best_model_checkpoint=self.state.best_model_checkpoint,
            )
        if push:
            self._push_from_checkpoint(final)


class _AlreadyFinished(Exception):
    """Raised at the start of training to leave a finished run's `train` once its checkpoint is loaded."""


class _StopBeforeTraining(TrainerCallback):
    def on_train_begin(self, args, state, control, **kwargs):
        raise _AlreadyFinished
