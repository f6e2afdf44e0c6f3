"""Expert demonstrations: responses the embedded tokenizer spells with the tokens of the text they copy, and the
tokenizer trained on them."""

from sdar_trl.agent import ACTION_FORMAT, SEARCH_FORMAT
from sdar_trl.agent.formats import parse_search
from sdar_trl_examples.expert import expert_search_response, expert_shop_response
from sdar_trl_examples.tiny_model import build_tiny_tokenizer


QUESTION = "On which river is the city where Samar Works has its headquarters?"
DOCUMENT = "Samar Works is a company whose headquarters are in Zorzorport."


def test_search_responses_parse_back_to_the_expert_action():
    for action in ("search: Samar Works", "answer: Zorzorport"):
        parsed = SEARCH_FORMAT.parse(expert_search_response(action))
        assert parsed.valid and parsed.action == action
    assert parse_search(expert_search_response("answer: Orar")).kind == "answer"


def test_copied_names_are_the_same_tokens_as_in_the_question_and_the_documents():
    tokenizer = build_tiny_tokenizer(1024, [QUESTION, DOCUMENT] * 20)

    def ids(text):
        return tokenizer(text, add_special_tokens=False)["input_ids"]

    query = ids(expert_search_response("search: Samar Works"))
    answer = ids(expert_search_response("answer: Zorzorport"))
    for name, source in (("Samar Works", QUESTION), ("Zorzorport", DOCUMENT)):
        span = ids(" " + name)
        assert any(source_ids == span for source_ids in _windows(ids(source), len(span)))
        written = query if name == "Samar Works" else answer
        assert any(window == span for window in _windows(written, len(span)))
    # Glued to the tag, the same name is other tokens: the reason the responses put a space there.
    assert ids(">Zorzorport")[1:] != ids(" Zorzorport")


INSTRUCTION = "i need a fleece jeans that is long sleeve, with color: heather grey, and size: medium"


def test_shop_responses_write_option_values_with_the_instruction_tokens_and_the_shop_takes_them():
    from sdar_trl.envs.webshop import ShopEnv, load_goals

    tokenizer = build_tiny_tokenizer(1024, [INSTRUCTION] * 20)

    def ids(text):
        return tokenizer(text, add_special_tokens=False)["input_ids"]

    action = ACTION_FORMAT.parse(expert_shop_response("click[heather grey]")).action
    assert action == "click[ heather grey ]"
    span = ids(" heather grey")
    assert any(w == span for w in _windows(ids(INSTRUCTION), len(span)))
    assert any(w == span for w in _windows(ids(action), len(span)))
    assert ids("[heather grey")[1:] != span  # glued to the bracket: other tokens
    # The shop strips the space: the spaced actions play the expert's purchase to a score of 1.
    goal = load_goals("eval")[0]
    env = ShopEnv(per_page=5)
    env.reset(goal)
    plan = ["search[i need a fleece jeans that is long sleeve]", f"click[{goal['asin'].lower()}]"]
    for a in [*plan, *(f"click[{v}]" for v in goal["goal_options"].values()), "click[buy now]"]:
        result = env.step(ACTION_FORMAT.parse(expert_shop_response(a)).action)
    assert result.won and env.invalid_clicks == 0


def _windows(ids, width):
    return [ids[i : i + width] for i in range(len(ids) - width + 1)]
