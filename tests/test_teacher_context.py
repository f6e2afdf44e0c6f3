"""Teacher prompt building on exact token ids and messages."""

from sdar_trl.teacher_context import insert_prefix_ids, render_context, unpad_left, with_system_context


def test_render_context_official_template():
    block = render_context("[Privileged Skill Information]\n{context}\n\n", "use the microwave")
    assert block == "[Privileged Skill Information]\nuse the microwave\n\n"


def test_prefix_goes_first_or_right_after_bos():
    assert insert_prefix_ids([5, 6, 7], [1, 2], bos_token_id=None) == [1, 2, 5, 6, 7]
    assert insert_prefix_ids([0, 6, 7], [1, 2], bos_token_id=0) == [0, 1, 2, 6, 7]
    assert insert_prefix_ids([5, 0, 7], [1, 2], bos_token_id=0) == [1, 2, 5, 0, 7]


def test_system_context_is_prepended_or_created_and_input_untouched():
    messages = [{"role": "system", "content": "You are an agent."}, {"role": "user", "content": "go"}]
    out = with_system_context(messages, "SKILLS\n\n")
    assert out[0]["content"] == "SKILLS\n\nYou are an agent." and messages[0]["content"] == "You are an agent."
    created = with_system_context([{"role": "user", "content": "go"}], "SKILLS\n\n")
    assert created == [{"role": "system", "content": "SKILLS"}, {"role": "user", "content": "go"}]
    parts = with_system_context([{"role": "system", "content": [{"type": "text", "text": "A"}]}], "S")
    assert parts[0]["content"] == [{"type": "text", "text": "S"}, {"type": "text", "text": "A"}]


def test_unpad_left():
    assert unpad_left([9, 9, 3, 4], [0, 0, 1, 1]) == [3, 4]
