"""The preemption setting and the flag every process agrees on (`sdar_trl.preemption`); the stop of real runs is in
tests/test_trainer_checkpoints.py."""

import os
import signal

import pytest
from accelerate import Accelerator
from transformers import TrainerControl, TrainerState

from sdar_trl import SDARConfig
from sdar_trl.preemption import PreemptionCallback, preemption_signal


def test_preemption_signal_names(tmp_path):
    assert preemption_signal("SIGTERM") == signal.SIGTERM
    assert preemption_signal("usr1") == signal.SIGUSR1
    with pytest.raises(ValueError, match="`preemption_signal='SIGKILL'` is not a signal a process can catch"):
        SDARConfig(output_dir=str(tmp_path), save_on_preemption=True, preemption_signal="SIGKILL")
    with pytest.raises(ValueError, match="`preemption_signal='SIGNOPE'`"):
        SDARConfig(output_dir=str(tmp_path), save_on_preemption=True, preemption_signal="SIGNOPE")


def test_preemption_stops_after_the_step_under_way():
    callback = PreemptionCallback("SIGUSR1", Accelerator(cpu=True))  # one process: no all-reduce
    state, control = TrainerState(), TrainerControl()
    before = signal.getsignal(signal.SIGUSR1)
    callback.on_train_begin(None, state, control)
    state.global_step = 3
    callback.on_step_end(None, state, control)
    assert not control.should_training_stop and callback.stopped_at is None
    os.kill(os.getpid(), signal.SIGUSR1)  # recorded, not acted on: the step under way finishes
    state.global_step = 4
    callback.on_step_end(None, state, control)
    assert control.should_save and control.should_training_stop and callback.stopped_at == 4
    callback.on_train_end(None, state, control)
    assert signal.getsignal(signal.SIGUSR1) == before
