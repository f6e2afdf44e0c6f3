"""The locally built tokenizer: digits split one per token on request, and the choice survives saving."""

from transformers import AutoTokenizer

from sdar_trl_examples.tiny_model import build_tiny_tokenizer, save_tiny_model


# Product ids as the bundled shop writes them, each repeated so that BPE would learn it as one token.
IDS = [f"b{n:08d}x" for n in (24, 163, 81, 120)] * 30


def test_ids_are_one_token_each_by_default_and_digit_by_digit_when_split():
    merged = build_tiny_tokenizer(1024, IDS)
    # Without splitting, an id's digits are one token that only that id uses: a model must recall it, not copy it.
    assert merged.tokenize("b00000024x") == ["b", "00000024", "x"]
    split = build_tiny_tokenizer(1024, IDS, split_digits=True)
    assert split.tokenize("click[b00000163x]")[-11:] == ["b", "0", "0", "0", "0", "0", "1", "6", "3", "x", "]"]
    assert all(len(t) == 1 for t in split.tokenize("price lower than 58.00") if t.lstrip("Ġ").isdigit())
    # Words are merged as without splitting: only digits are split.
    assert split.tokenize("click[buy now]") == merged.tokenize("click[buy now]")


def test_split_digits_survives_saving_and_decodes_to_the_same_text(tmp_path):
    folder = save_tiny_model(tmp_path / "model", vocab_size=1024, extra_text=IDS, split_digits=True)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    text = "click[b00000120x] Price: $36.13"
    assert "1" in tokenizer.tokenize(text) and "00000120" not in tokenizer.tokenize(text)
    assert tokenizer.decode(tokenizer(text)["input_ids"]) == text
