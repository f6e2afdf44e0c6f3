"""The PNG renderer on the logs of a real short agent run."""

import pytest
from datasets import Dataset


pytest.importorskip("matplotlib", reason="needs the `plots` extra (installed in CI)")

from sdar_trl import SDARTrainer  # noqa: E402
from sdar_trl.cli import main  # noqa: E402
from sdar_trl.envs import KeyDoorEnv  # noqa: E402
from sdar_trl.plots import PANELS, load_log_history, render_curves, series  # noqa: E402


@pytest.fixture(scope="module")
def run_dir(tiny_model_dir, tiny_config, tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    args = tiny_config(out, max_steps=3, max_turns=2, beta=0.01)
    dataset = Dataset.from_dict({"key_room": [1, 2], "privileged_context": ["room 1", "room 2"]})
    trainer = SDARTrainer(model=tiny_model_dir, args=args, train_dataset=dataset, env=KeyDoorEnv)
    trainer.train()
    trainer.save_state()
    return out


def test_png_has_every_panel_and_real_points(run_dir, tmp_path):
    import matplotlib.image as mpimg

    titles = render_curves(run_dir, tmp_path / "curves.png")
    assert titles == list(PANELS)
    image = mpimg.imread(tmp_path / "curves.png")
    assert image.shape[0] > 300 and image.shape[1] > 1000 and image.std() > 0  # a 2 x 4 grid, not blank
    history = load_log_history(run_dir)
    gate = series(history, "sdar/gate_mean")["sdar/gate_mean"]
    assert gate[0] == [1, 2, 3] and all(0 < v < 1 for v in gate[1])
    assert set(series(history, "env/success/*")) == {"env/success/key_door"}
    assert "kl" in series(history, "kl")


def test_cli_plot_and_missing_logs(run_dir, tmp_path, capsys):
    assert main(["plot", str(run_dir), "--out", str(tmp_path / "c.png")]) == 0
    assert "success rate, reward, gate" in capsys.readouterr().out and (tmp_path / "c.png").stat().st_size > 0
    with pytest.raises(FileNotFoundError, match="trainer_state.json"):
        render_curves(tmp_path / "empty", tmp_path / "x.png")
