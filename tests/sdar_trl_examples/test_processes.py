"""The end of an example's processes: a distributed process leaves cleanly, a single one carries on (each in an
interpreter of its own, started with the package: slow)."""

import subprocess
import sys

import pytest


def run_python(code):
    # In a fresh interpreter: a process group is process-wide state the other tests must not see.
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_end_processes_leaves_a_gloo_process_after_its_exit_handlers(tmp_path):
    code = (
        "import atexit, torch.distributed as dist\n"
        "from sdar_trl_examples import end_processes\n"
        f"dist.init_process_group('gloo', init_method='file://{tmp_path / 'store'}', rank=0, world_size=1)\n"
        "atexit.register(lambda: print('exit handler ran, initialized:', dist.is_initialized()))\n"
        "print('buffered before the end', end='')\n"
        "end_processes()\n"
        "print('after end_processes')\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    # The exit handlers ran after the group was destroyed, buffered output was flushed, and nothing ran after
    # (importing the package may log a line first).
    assert result.stdout.endswith("buffered before the endexit handler ran, initialized: False\n")


@pytest.mark.slow
def test_end_processes_returns_without_a_process_group():
    code = "from sdar_trl_examples import end_processes\nend_processes()\nprint('carried on')\n"
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("\ncarried on\n") or result.stdout == "carried on\n"
