"""The embedded warm start's copy phase (its examples by hand, and a fresh model that learns to copy from them), and
exporting a finished warm start to be shipped."""

import json
import random

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from sdar_trl_examples import copy_examples, copy_warmup, export_warm_start
from sdar_trl_examples.checkpoints import mark_warm_start
from sdar_trl_examples.tiny_model import save_tiny_model


TEXT = [
    "Quingalwen is a country whose capital is Martorburg.",
    "Samar Works is a company whose headquarters are in Zorzorport.",
    "The Renmar Letters is a novel written by Wenar Miiskmar.",
] * 20


def test_copy_examples_repeat_a_window_of_the_text_with_the_loss_on_the_repeat(tiny_model_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    ids = tokenizer("\n".join(TEXT), add_special_tokens=False)["input_ids"]
    data = copy_examples(tokenizer, TEXT, 50, max_width=20, seed=3)
    assert len(data) == 50
    for example, mask in zip(data["input_ids"], data["completion_mask"]):
        width = len(example) // 2
        assert 8 <= width <= 20 and example[:width] == example[width:]
        # The window is a span of the text's tokens.
        assert any(ids[i : i + width] == example[:width] for i in range(len(ids) - width + 1))
        # Loss on the repeat after its first token (which nothing before it predicts).
        assert mask == [0] * (width + 1) + [1] * (width - 1)
    assert copy_examples(tokenizer, TEXT, 50, max_width=20, seed=3)["input_ids"] == data["input_ids"]


def _repeat_loss(model, example, mask) -> float:
    """Mean next-token loss on the masked (repeated) half of ``example``."""
    x = torch.tensor([example])
    with torch.no_grad():
        logprobs = torch.log_softmax(model(x).logits[0, :-1], -1)
    targets = x[0, 1:]
    picked = logprobs[torch.arange(len(targets)), targets]
    return -picked[torch.tensor(mask[1:]).bool()].mean().item()


def _copy_gain(folder: str, text) -> float:
    """How much lower the loss on a window is when the same window comes before it than when another one does: zero
    for a model that does not copy, large for one that does."""
    model = AutoModelForCausalLM.from_pretrained(folder).eval()
    data = copy_examples(AutoTokenizer.from_pretrained(folder), text, 30, seed=99)  # held-out windows
    examples = list(zip(data["input_ids"], data["completion_mask"]))
    gains = []
    for i, (example, mask) in enumerate(examples):
        width = len(example) // 2
        other = examples[(i + 1) % len(examples)][0]
        in_front = (other[: len(other) // 2] * 5)[:width]
        gains.append(_repeat_loss(model, in_front + example[width:], mask) - _repeat_loss(model, example, mask))
    return sum(gains) / len(gains)


@pytest.mark.slow
def test_copy_warmup_teaches_a_fresh_model_to_copy(tmp_path):
    # Made-up names (as in the bundled Search-QA world): windows too many to memorize, so the model must copy.
    rng = random.Random(0)
    syllables = ["qu", "in", "gal", "wen", "mar", "tor", "burg", "sa", "zor", "port", "ren", "ka", "hol", "mi", "isk"]
    text = [" ".join("".join(rng.sample(syllables, 3)).capitalize() for _ in range(8)) for _ in range(300)]
    folder = str(save_tiny_model(tmp_path / "model", hidden_size=128, num_layers=4, extra_text=text))
    before = _copy_gain(folder, text)
    copy_warmup(
        folder, text, steps=400, learning_rate=1e-3, seed=0, use_cpu=True, bf16=False, output_dir=str(tmp_path / "o")
    )
    after = _copy_gain(folder, text)
    # Measured: about 0 nats before, about 2.7 after (loss 1.6 with the window in front, 4.3 without).
    assert abs(before) < 0.2 and after > 1.5, (before, after)


def test_export_copies_a_finished_warm_start_with_its_provenance_and_refuses_an_unfinished_one(tmp_path):
    folder = save_tiny_model(tmp_path / "bc-model")
    (folder / "training_args.bin").write_bytes(b"local paths")
    with pytest.raises(ValueError, match="no finished warm start"):
        export_warm_start(folder, tmp_path / "shipped")
    mark_warm_start(str(folder), epochs=2, seed=42)
    export_warm_start(folder, tmp_path / "shipped", command="accelerate launch examples/x.py")
    shipped = tmp_path / "shipped"
    assert json.loads((shipped / "warm_start.json").read_text()) == {
        "epochs": 2,
        "seed": 42,
        "command": "accelerate launch examples/x.py",
    }
    assert not (shipped / "training_args.bin").exists()
    model = AutoModelForCausalLM.from_pretrained(shipped)
    original = AutoModelForCausalLM.from_pretrained(folder)
    assert all(torch.equal(a, b) for a, b in zip(model.state_dict().values(), original.state_dict().values()))
    assert (
        AutoTokenizer.from_pretrained(shipped)("go to fridge 1")["input_ids"]
        == AutoTokenizer.from_pretrained(folder)("go to fridge 1")["input_ids"]
    )
