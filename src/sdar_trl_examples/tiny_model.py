"""A small causal LM and tokenizer built locally, with no hub access.

Used by the tests, the benchmarks and the offline defaults of the examples: a byte-level BPE tokenizer trained by
`tokenizers` on a built-in text, a ChatML chat template (the format of Qwen models), and a randomly initialised
Qwen3 model (`model_type: qwen3`, whose tokenizer reloads without re-splitting digits, unlike `qwen2`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast, Qwen3Config, Qwen3ForCausalLM


CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]

# Text the BPE merges are learned from: the words agents and their prompts use, so that they are short in tokens.
_CORPUS = """
You are an expert agent operating in a household. Your task is to: put a clean mug in the coffeemachine.
Your task is to: heat some egg and put it in countertop. Your task is to: cool some apple and put it in fridge.
Your task is to: look at the book under the desklamp. Your task is to: find two pencil and put them in drawer.
You are in the middle of a room. Looking quickly around you, you see a cabinet 1, a cabinet 2, a countertop 1,
a drawer 1, a fridge 1, a microwave 1, a sinkbasin 1, a stoveburner 1, a garbagecan 1, a shelf 1, a desk 1.
go to countertop 1. take egg 1 from countertop 1. heat egg 1 with microwave 1. put egg 1 in/on countertop 1.
open fridge 1. close fridge 1. clean mug 1 with sinkbasin 1. cool apple 1 with fridge 1. use desklamp 1.
Nothing happens. You arrive at countertop 1. On the countertop 1, you see a egg 1, a knife 2, and a mug 3.
<think> I should find the egg first, then heat it. </think> <action> go to countertop 1 </action>
<search> capital of france </search> <answer> paris </answer> <information> Doc 1: Paris is the capital. </information>
search[red cotton shirt] click[buy now] click[b07xyz] click[next >] click[< prev] click[back to search]
[Privileged Skill Information] General skills: check admissible actions. Heat skills: use the microwave.
The quick brown fox jumps over the lazy dog. Question: who wrote the book? Answer: the author.
0 1 2 3 4 5 6 7 8 9 10 11 12 20 50 100 price lower than 30.00 dollars. size: large, color: blue.
"""


def build_tiny_tokenizer(
    vocab_size: int = 512, extra_text: Iterable[str] = (), *, split_digits: bool = False
) -> PreTrainedTokenizerFast:
    """A byte-level BPE tokenizer with ChatML special tokens, trained in well under a second. ``extra_text`` (e.g. an
    environment's observations) is added to the training text so that its words become single tokens.

    ``split_digits`` makes every digit its own token (as Qwen's tokenizers do): an id like ``b00000024x`` is then
    ``b 0 0 0 0 0 0 2 4 x`` instead of one token per id, so that a model can copy ids it never saw in training digit
    by digit instead of having to recall a token it was never trained to write."""
    tokenizer = Tokenizer(models.BPE())
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.pre_tokenizer = (
        pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True), byte_level])
        if split_digits
        else byte_level
    )
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    lines = [line for line in _CORPUS.splitlines() if line] * 4 + list(extra_text)
    tokenizer.train_from_iterator(lines, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        chat_template=CHATML_TEMPLATE,
        model_max_length=4096,
    )


def build_tiny_model(
    tokenizer: PreTrainedTokenizerFast,
    *,
    hidden_size: int = 64,
    num_layers: int = 2,
    seed: int = 0,
) -> Qwen3ForCausalLM:
    """A randomly initialised Qwen3 causal LM sized for CPU tests."""
    import torch

    config = Qwen3Config(
        vocab_size=len(tokenizer),
        hidden_size=hidden_size,
        intermediate_size=2 * hidden_size,
        num_hidden_layers=num_layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=hidden_size // 4,
        max_position_embeddings=4096,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=None,
    )
    torch.manual_seed(seed)
    return Qwen3ForCausalLM(config)


def save_tiny_model(
    path: str | os.PathLike,
    *,
    hidden_size: int = 64,
    num_layers: int = 2,
    seed: int = 0,
    vocab_size: int = 512,
    extra_text: Iterable[str] = (),
    split_digits: bool = False,
) -> Path:
    """Build the tiny tokenizer and model and save both to ``path`` (loadable with `from_pretrained`)."""
    path = Path(path)
    tokenizer = build_tiny_tokenizer(vocab_size, extra_text, split_digits=split_digits)
    model = build_tiny_model(tokenizer, hidden_size=hidden_size, num_layers=num_layers, seed=seed)
    path.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(path)
    model.save_pretrained(path)
    return path
