"""Answer normalization, exact match and F1 on hand-worked cases."""

import pytest

from sdar_trl.envs.search_qa.metrics import exact_match, f1_score, normalize_answer


def test_normalization():
    assert normalize_answer("  The Eiffel   Tower! ") == "eiffel tower"
    assert normalize_answer("An apple, a pear.") == "apple pear"
    assert normalize_answer("Theatre") == "theatre"  # "the" only as a word


def test_exact_match_against_any_golden_answer():
    assert exact_match("the Paris", ["Lyon", "paris"]) == 1.0
    assert exact_match("Paris, France", "Paris") == 0.0
    assert exact_match("", ["x"]) == 0.0


def test_f1_by_hand():
    # prediction tokens: [new, york, city]; gold: [new, york] -> precision 2/3, recall 1 -> F1 = 0.8
    assert f1_score("New York City", "new york") == pytest.approx(0.8)
    assert f1_score("Boston", ["new york", "boston"]) == 1.0
    assert f1_score("Chicago", "new york") == 0.0
