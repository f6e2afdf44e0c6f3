"""`SharedPrefixScorer`: the plain pass's log-probs from the rows' prefix trie, each shared segment forwarded once."""

import pytest
import torch

from sdar_trl.teacher import PlainScorer, SharedPrefixScorer, TeacherRows, prefix_trie_size
from sdar_trl.teacher.prefix import teacher_sequences


def test_prefix_trie_size_counts_distinct_prefixes():
    assert prefix_trie_size([[1, 2, 3], [1, 2, 4], [1, 5]]) == 5  # 1, 12, 123, 124, 15
    assert prefix_trie_size([[1, 2], [1, 2]]) == 2
    assert prefix_trie_size([[7], [8, 9]]) == 3


def rows_of(rows, prompts, index):
    """Rows ``index`` of ``rows`` with new prompts."""
    return TeacherRows(prompts, rows.completion_ids[index], rows.completion_mask[index])


@pytest.mark.parametrize("batch_size", [1, 4])
def test_trie_pass_gives_the_plain_pass_logprobs(model, rows, tokenizer, reference_logps, batch_size):
    mask = rows.completion_mask.bool()
    shared = SharedPrefixScorer(tokenizer.pad_token_id)(model, rows, batch_size=batch_size)
    plain = PlainScorer(tokenizer.pad_token_id)(model, rows, batch_size=batch_size)
    assert torch.allclose(shared.logps[mask], plain.logps[mask], atol=1e-5)
    assert torch.allclose(shared.logps[mask], reference_logps(model, rows)[mask], atol=1e-5)
    assert (shared.logps[~mask] == 0).all()
    floor = prefix_trie_size(teacher_sequences(rows))
    assert floor <= shared.forwarded <= floor + 2 * 6 < plain.forwarded  # at most a token per branch above the floor


def test_one_group_forwards_its_prompt_once(model, rows, tokenizer, reference_logps):
    # G rows with one prompt P and completions that differ from their first token: P - 1 tokens once, then each row
    # forwards the last prompt token and its completion, so one token per row above the trie's floor P + sum(C).
    group = rows_of(rows, rows.prompts[:3], slice(0, 3))
    scores = SharedPrefixScorer(tokenizer.pad_token_id)(model, group, batch_size=2)
    mask = group.completion_mask.bool()
    assert len({int(group.completion_ids[i, 0]) for i in range(3)}) == 3
    assert torch.allclose(scores.logps[mask], reference_logps(model, group)[mask], atol=1e-5)
    floor = len(group.prompts[0]) + int(mask.sum())
    assert prefix_trie_size(teacher_sequences(group)) == floor and scores.forwarded == floor + 3 - 1


def test_steps_of_an_episode_share_more_than_the_block(model, rows, tokenizer, reference_logps):
    # Step layout: two episodes of a task share the block; each episode's steps also share its task text. The trie
    # forwards each shared segment once, at any depth, and completion tokens the rows share are scored once too.
    prompt = list(rows.prompts[0])
    block, episode_a, episode_b = prompt[:8], prompt[8:-4] + [5, 6], prompt[8:-4] + [7, 8]
    prompts = [
        block + episode_a + [11],
        block + episode_a + [12, 13],
        block + episode_b + [11],
        block + episode_b + [14],
    ]
    steps = TeacherRows(prompts, rows.completion_ids[[0, 0, 1, 2]], rows.completion_mask[[0, 0, 1, 2]])
    scores = SharedPrefixScorer(tokenizer.pad_token_id)(model, steps, batch_size=8)
    mask = steps.completion_mask.bool()
    assert torch.allclose(scores.logps[mask], reference_logps(model, steps)[mask], atol=1e-5)
    floor = prefix_trie_size(teacher_sequences(steps))
    plain = PlainScorer(tokenizer.pad_token_id)(model, steps, batch_size=8)
    assert floor < scores.forwarded <= floor + 2 * 4 and scores.forwarded < 0.6 * plain.forwarded


def test_a_row_that_is_a_prefix_of_another_and_identical_rows(model, rows, tokenizer, reference_logps):
    prompt = list(rows.prompts[0])
    completion = rows.completion_ids[5][rows.completion_mask[5].bool()].tolist()
    prompts = [prompt, prompt, prompt + completion[:2]]  # row 2's prompt runs into row 0's completion
    ids = torch.full((3, len(completion)), tokenizer.pad_token_id)
    mask = torch.zeros((3, len(completion)), dtype=torch.long)
    ids[0], mask[0] = torch.tensor(completion), 1
    ids[1], mask[1] = torch.tensor(completion), 1  # identical to row 0
    ids[2, :3], mask[2, :3] = torch.tensor(completion[2:5]), 1
    odd = TeacherRows(prompts, ids, mask)
    scores = SharedPrefixScorer(tokenizer.pad_token_id)(model, odd, batch_size=2)
    assert torch.allclose(scores.logps[mask.bool()], reference_logps(model, odd)[mask.bool()], atol=1e-5)
