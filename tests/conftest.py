"""Shared fixtures: offline settings, a tiny model built locally (no hub) and the training settings of a short CPU run
on it."""

import os
import tempfile


# Before torch is imported anywhere: one thread (2-core machines are 20-30x slower otherwise), no hub, no W&B sync.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# DeepSpeed JIT-builds its CPU shared-memory op into torch's extensions cache. A build killed midway leaves a `lock`
# file there, and every later DeepSpeed start waits on it forever (seen in CI, whose home carries the cache): build
# into a folder of this test session's own.
os.environ.setdefault("TORCH_EXTENSIONS_DIR", tempfile.mkdtemp(prefix="sdar-trl-torch-extensions-"))

import pytest  # noqa: E402
import torch  # noqa: E402


torch.set_num_threads(1)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    from sdar_trl_examples.tiny_model import save_tiny_model

    return str(save_tiny_model(tmp_path_factory.mktemp("tiny-model")))


from tiny_run import TINY_RUN  # noqa: E402


@pytest.fixture(scope="session")
def tiny_config():
    """`tiny_config(output_dir, **settings)`: an `SDARConfig` of `TINY_RUN` in ``output_dir``, ``settings`` over it."""
    from sdar_trl import SDARConfig

    def make(output_dir, **settings) -> SDARConfig:
        return SDARConfig(output_dir=str(output_dir), **{**TINY_RUN, **settings})

    return make
