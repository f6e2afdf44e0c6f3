"""`SharedPrefixScorer`: the plain pass's log-probs, each shared prefix forwarded once."""

import torch

from sdar_trl.teacher import PlainScorer, SharedPrefixScorer, TeacherRows
from sdar_trl.teacher.prefix import shared_prefix_length


def test_shared_prefix_length_keeps_a_token_of_each_prompt():
    assert shared_prefix_length([[1, 2, 3, 4], [1, 2, 3, 4]]) == 3  # identical prompts: all but the last token
    assert shared_prefix_length([[1, 2, 3, 4], [1, 2, 5], [1, 2, 3]]) == 2
    assert shared_prefix_length([[7, 2], [8, 2]]) == 0
    assert shared_prefix_length([[5]]) == 0


def test_shared_prefix_pass_gives_the_plain_pass_logprobs_forwarding_each_prefix_once(
    model, rows, tokenizer, reference_logps
):
    mask = rows.completion_mask.bool()
    shared = SharedPrefixScorer(tokenizer.pad_token_id)(model, rows, batch_size=2)
    plain = PlainScorer(tokenizer.pad_token_id)(model, rows, batch_size=2)
    assert torch.allclose(shared.logps[mask], plain.logps[mask], atol=1e-5)
    assert torch.allclose(shared.logps[mask], reference_logps(model, rows)[mask], atol=1e-5)
    # a group of G rows with one prompt P forwards P - 1 tokens once, then each row's last prompt token and completion
    groups = [rows.prompts[0], rows.prompts[3]]
    expected = sum(len(p) - 1 for p in groups) + 6 + int(rows.completion_mask.sum())
    assert shared.forwarded == expected < plain.forwarded


def test_rows_of_one_group_with_different_prompts_share_their_common_part(model, rows, tokenizer, reference_logps):
    # the step layout: the step rows of a task share the block, then their prompts part
    prompts = [list(rows.prompts[0]), list(rows.prompts[0][:-3]) + [5, 6, 7, 8], list(rows.prompts[0][:-5])]
    steps = TeacherRows(prompts, rows.completion_ids[:3], rows.completion_mask[:3], groups=["block"] * 3)
    shared = SharedPrefixScorer(tokenizer.pad_token_id)(model, steps, batch_size=8)
    mask = steps.completion_mask.bool()
    assert torch.allclose(shared.logps[mask], reference_logps(model, steps)[mask], atol=1e-5)
    common = len(rows.prompts[0]) - 5 - 1  # the shortest prompt, less one token
    assert shared.forwarded == common + sum(len(p) - common for p in prompts) + int(mask.sum())
