"""The end of an example's processes: the process group is gone before the interpreter finalizes."""

import subprocess
import sys


def test_end_processes_destroys_a_live_gloo_group(tmp_path):
    # In a fresh interpreter: a process group is process-wide state the other tests must not see.
    code = (
        "import torch.distributed as dist\n"
        "from sdar_trl.embedded import end_processes\n"
        f"dist.init_process_group('gloo', init_method='file://{tmp_path / 'store'}', rank=0, world_size=1)\n"
        "assert dist.is_initialized()\n"
        "end_processes()\n"
        "print('initialized after:', dist.is_initialized())\n"
        "end_processes()  # a second call, or a run that never started a group, is a no-op\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "initialized after: False" in out
