"""Action parsers (official validity rules) and the step prompt fields."""

from sdar_trl.agent import HistoryEntry, parse_action, parse_search
from sdar_trl.agent.formats import render_action_prompt


def test_action_parser_rules():
    ok = parse_action("<think>the key is in room 2</think><action> Go To Room 2 </action>")
    assert (ok.action, ok.valid) == ("go to room 2", True)
    first = parse_action("<think>x</think><action>take key</action><action>open door</action>")
    assert first.action == "take key"
    assert parse_action("<action>go to room 1</action>").valid is False  # no think
    no_action = parse_action("<think>x</think> go to room 1")
    assert no_action.valid is False and no_action.action == "<think>x</think> go to room 1"
    assert parse_action("<think>去</think><action>go to room 1</action>").valid is False  # CJK


def test_search_parser():
    assert parse_search("<think>a</think><search> capital of France </search>").kind == "search"
    answer = parse_search("<answer>Paris</answer><search>x</search>")
    assert (answer.kind, answer.action, answer.valid) == ("answer", "answer: Paris", True)
    assert parse_search("<search> capital  of\nFrance </search>").action == "search: capital of France"
    assert not parse_search("just text").valid
    assert not parse_search("<search>  </search>").valid


def test_step_prompt_has_the_verl_agent_fields():
    text = render_action_prompt(
        "open the door",
        3,
        [HistoryEntry("You are in room 0.", "go to room 1"), HistoryEntry("You arrive at room 1.", "take key")],
        "You pick up the key.",
        ["go to room 0", "open door"],
    )
    assert "Your task is to: open the door." in text
    assert "You have taken 3 step(s) so far. Your last 2 observation(s) and action(s):" in text
    assert "[Observation 1: 'You are in room 0.', Action 1: 'go to room 1']" in text
    assert "This is step 4. Current observation: You pick up the key." in text
    assert "Admissible actions now: ['go to room 0', 'open door']." in text
    assert "<think> </think>" in text and "<action> </action>" in text
