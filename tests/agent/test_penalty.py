"""The invalid-action penalty is resolved in one place (`AgentFormat.penalty`), for the trainer and evaluations."""

import pytest

from sdar_trl.agent import ACTION_FORMAT, SEARCH_FORMAT


@pytest.mark.parametrize("agent_format", [ACTION_FORMAT, SEARCH_FORMAT], ids=["action", "search"])
def test_unset_penalty_is_the_agent_formats(agent_format):
    assert agent_format.penalty(None) == agent_format.invalid_penalty


def test_a_configured_penalty_wins_even_at_zero():
    assert SEARCH_FORMAT.penalty(0.05) == 0.05
    assert ACTION_FORMAT.penalty(0.0) == 0.0
