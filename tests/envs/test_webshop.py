"""The bundled shop: WebShop's reward formula by hand, a scripted shopper, wrong purchases and invalid clicks."""

import pytest


pytest.importorskip("rapidfuzz", reason="needs the `webshop` extra (installed in CI)")

from sdar_trl.envs.webshop import (  # noqa: E402
    SEP,
    ShopEnv,
    load_catalogue,
    load_goals,
    meets_goal,
    shop_query,
    shop_walkthrough,
    title_score,
    webshop_score,
)


GOAL = {
    "attributes": ["machine washable", "long sleeve"],
    "goal_options": {"color": "navy blue", "size": "large"},
    "price_upper": 30.0,
    "query": "cotton hoodie",
    "product_category": "clothing, shoes & jewelry › men › clothing",
    "name": "Alvora cotton hoodie machine washable",
}
PRODUCT = {
    "name": "Alvora cotton hoodie machine washable",
    "query": "cotton hoodie",
    "product_category": "clothing, shoes & jewelry › men › clothing",
    "attributes": ["machine washable", "long sleeve"],
    "features": [],
    "description": "",
}
RIGHT = {"color": "navy blue", "size": "large"}


def test_full_match_scores_one():
    assert webshop_score(GOAL, PRODUCT, RIGHT, 25.0) == 1.0


def test_partial_attributes_wrong_option_and_over_price():
    partial = {**PRODUCT, "attributes": ["machine washable", "relaxed fit"]}
    assert webshop_score(GOAL, partial, RIGHT, 25.0) == pytest.approx(4 / 5)  # 1 of 2 attributes
    assert webshop_score(GOAL, PRODUCT, {"color": "navy blue", "size": "small"}, 25.0) == pytest.approx(4 / 5)
    assert webshop_score(GOAL, PRODUCT, RIGHT, 35.0) == pytest.approx(4 / 5)  # over the price limit
    in_text = {**partial, "description": "A hoodie with long sleeve cuffs."}
    assert webshop_score(GOAL, in_text, RIGHT, 25.0) == 1.0  # verbatim in the description counts


def test_wrong_category_scales_the_score_down():
    cable = {
        "name": "Lumen usb cable",
        "query": "braided usb c cable",
        "product_category": "electronics › x › y",
        "attributes": ["fast charging"],
        "features": [],
        "description": "",
    }
    assert title_score(GOAL["name"], cable["name"]) == 0.0
    assert webshop_score(GOAL, cable, RIGHT, 10.0) == 0.0  # no title overlap: r_type 0
    similar = {**cable, "name": "Alvora usb cable"}  # title score 1/5 = 0.2, other query and category: r_type 0.5
    assert webshop_score(GOAL, similar, RIGHT, 10.0) == pytest.approx(0.5 * 3 / 5)


def shop_for(env, goal, asin):
    """A scripted shopper: search the goal's query, page until `asin` shows, open it, pick the options, buy."""
    first = env.reset(goal)
    assert first.admissible_actions == ("search[<your query>]",) and first.task == goal["instruction_text"]
    result = env.step(f"search[{goal['query']}]")
    while f"click[{asin.lower()}]" not in result.observation.admissible_actions:
        assert "click[next >]" in result.observation.admissible_actions, "product not found"
        result = env.step("click[next >]")
    result = env.step(f"click[{asin.lower()}]")
    assert result.observation.text.split(SEP)[:3] == ["WebShop", "Instruction:", goal["instruction_text"]]
    for value in goal["goal_options"].values():
        result = env.step(f"click[{value}]")
    return env.step("click[buy now]")


def test_scripted_shopper_buys_the_right_item_with_score_one():
    env = ShopEnv()
    for goal in load_goals("train")[:10]:
        result = shop_for(env, goal, goal["asin"])
        assert result.done and result.info["score"] == 1.0 and result.reward == 10.0 and result.won


def test_wrong_purchase_scores_below_one():
    env = ShopEnv()
    goal = load_goals("eval")[0]
    other = next(p for p in load_catalogue().search(goal["query"]) if p["asin"] != goal["asin"])
    result = shop_for(env, goal, other["asin"])  # options the other item lacks are invalid clicks
    assert result.done and result.info["score"] < 1.0 and result.reward == 0.0 and not result.won


def test_invalid_clicks_are_invalid_steps():
    env = ShopEnv()
    env.reset(load_goals("train")[0])
    for action in ("click[buy now]", "search", "click[]", "jump"):
        result = env.step(action)
        assert result.observation.text.startswith("Invalid action") and not result.done
    env.step("search[cotton shirt]")
    assert env.step("search[again]").observation.text.startswith("Invalid action")  # no search bar on results
    assert env.episode_metrics() == {"invalid_clicks": 5.0}
    env.reset(load_goals("train")[0])
    assert env.episode_metrics() == {"invalid_clicks": 0.0}


def test_catalogue_size_and_categories():
    catalogue = load_catalogue()
    assert len(catalogue.products) >= 300
    assert {p["category"] for p in catalogue.products} == {
        "apparel",
        "footwear",
        "home_decor",
        "electronics",
        "accessories",
        "beauty_health",
    }
    assert all(p["price"] > 0 and p["options"] for p in catalogue.products)


def test_expert_reads_the_listing_in_order_and_always_buys_a_product_that_scores_one():
    catalogue = load_catalogue()
    top_result_bought = 0
    for goal in load_goals("eval"):
        plan = shop_walkthrough(goal, catalogue, per_page=5)
        assert plan[0] == f"search[{shop_query(goal)}]" and plan[-1] == "click[buy now]"
        env = ShopEnv(catalogue, per_page=5)
        env.reset(goal)
        for action in plan:
            result = env.step(action)
        assert result.won and result.info["score"] == 1.0
        first = catalogue.search(shop_query(goal))[0]
        # The expert clicks the top result exactly when it meets the goal.
        assert (plan[1] == f"click[{first['asin'].lower()}]") == meets_goal(goal, first)
        top_result_bought += plan[1] == f"click[{first['asin'].lower()}]"
    assert 0.5 < top_result_bought / len(load_goals("eval")) < 1.0  # both branches are exercised


def test_meets_goal_needs_every_option_offered():
    goal = load_goals("eval")[0]
    product = dict(load_catalogue().by_asin[goal["asin"]])
    assert meets_goal(goal, product)
    product["options"] = {name: ["nothing like it"] for name in product["options"]}
    assert not meets_goal(goal, product)


def test_goals_read_back_from_a_dataset_score_as_the_jsonl_rows_do():
    # A `datasets.Dataset` (what the trainer hands the environment) fills the option names a goal lacks with None.
    from datasets import Dataset

    goals = load_goals("train")
    rows = list(Dataset.from_list(goals))
    assert any(None in row["goal_options"].values() for row in rows)
    catalogue = load_catalogue()
    for goal, row in list(zip(goals, rows))[:20]:
        env = ShopEnv(catalogue, per_page=5)
        env.reset(row)
        for action in shop_walkthrough(goal, catalogue, per_page=5):
            result = env.step(action)
        assert result.won and result.info["score"] == 1.0


@pytest.mark.slow
def test_show_episodes_prints_the_expert_and_the_model_side_by_side(tiny_model_dir):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "webshop" / "show_episodes.py"
    out = subprocess.run(
        [sys.executable, str(script), tiny_model_dir, "--goals", "2", "--max_turns", "2"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    goals = load_goals("eval")[:2]
    for goal in goals:
        assert goal["instruction_text"] in out
    assert out.count("    expert: ['click[") == 2 and out.count("    model:  [") == 2 and "-> score 0.00" in out
