"""Teacher prompt building on exact token ids and messages."""

from sdar_trl.teacher.prompt import (
    TeacherPrompts,
    default_system_prompt,
    insert_prefix_ids,
    render_context,
    unpad_left,
    with_system_context,
    with_user_context,
)


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


QWEN25_LIKE = (
    "{% for m in messages %}{% if loop.first and m['role'] != 'system' %}<|im_start|>system\nYou are Qwen, a helpful "
    "assistant.<|im_end|>\n{% endif %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
PLAIN_CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def render_with(template):
    from jinja2 import Template

    return lambda messages: Template(template).render(messages=messages, add_generation_prompt=True)


def test_default_system_prompt_is_read_off_the_template():
    assert default_system_prompt(render_with(QWEN25_LIKE)) == "You are Qwen, a helpful assistant."
    assert default_system_prompt(render_with(PLAIN_CHATML)) is None


def test_system_placement_keeps_the_templates_default_system_prompt():
    # The teacher differs from the student by the block alone: the default system prompt stays after it.
    render = render_with(QWEN25_LIKE)
    user = [{"role": "user", "content": "heat the egg"}]
    block = "[Privileged Skill Information]\nuse the microwave\n\n"
    teacher = render(with_system_context(user, block, default_system_prompt(render)))
    student = render(user)
    assert teacher == student.replace("<|im_start|>system\n", "<|im_start|>system\n" + block, 1)
    # without a default, the block alone (its trailing blank line dropped) makes the system message
    assert with_system_context(user, block) == [{"role": "system", "content": block.rstrip("\n")}, *user]


def test_skill_grpo_block_opens_the_last_user_message():
    block = "[Privileged Skill Information]\nskill\n\n"
    messages = [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": "old"},
        {"role": "assistant", "content": "a"},
        {"role": "user", "content": "task"},
    ]
    placed = with_user_context(messages, block)
    assert (
        placed[3]["content"] == block + "task" and placed[1]["content"] == "old" and messages[3]["content"] == "task"
    )
    assert with_user_context("plain task", block) == block + "plain task"


def fake_tokenize(text):
    return [ord(c) for c in text]


def test_prefix_placement_puts_each_rows_block_first_and_counts_truncated_rows():
    prompts = TeacherPrompts(fake_tokenize, "prefix", bos_token_id=0, max_length=6)
    rows, truncated = prompts.build(["ab", "ab", "c"], [[0, 5, 6], [0, 5, 6, 7, 8, 9], [7]], ["unused"] * 3)
    # row 1: BOS + block + prompt is 8 tokens, so its oldest prompt tokens go (the BOS stays first)
    assert rows == [[0, 97, 98, 5, 6], [0, 97, 98, 7, 8, 9], [99, 7]]
    assert truncated == 1
    unbounded = TeacherPrompts(fake_tokenize, "prefix", bos_token_id=0)
    assert unbounded.build(["ab"], [[0, 5, 6, 7, 8, 9]], ["unused"]) == ([[0, 97, 98, 5, 6, 7, 8, 9]], 0)


def test_system_placement_renders_the_conversation_with_the_block():
    def render_text(messages):
        return "".join(f"<{m['role']}>{m['content']}" for m in messages)

    def render_ids(messages):
        return fake_tokenize(render_text(messages))

    prompts = TeacherPrompts(fake_tokenize, "system", render_ids=render_ids, render_text=render_text)
    conversation = [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}]
    rows, truncated = prompts.build(["B:"], [[1, 2]], [conversation])
    assert rows == [fake_tokenize("<system>B:S<user>U")] and truncated == 0
