"""WebShop: a bundled shop with WebShop's pages, actions and reward, and an adapter for the real WebShop.

`ShopEnv` serves the bundled catalogue (``sdar_trl/data/webshop``) the way WebShop's text environment does: pages are
fields joined by ``" [SEP] "``; actions are ``search[query]`` (on the search page) and ``click[element]`` (Back to
Search, Next >, < Prev, a product id, an option value, Description, Features, Reviews, Buy Now). Search runs on a
BM25 index (`bm25s`) over product titles, categories and attributes, 10 results a page. Buying ends the episode with
the task score of `webshop_score` (WebShop's formula); the reward is 10 when the score is 1 (the paper's setting),
and the score itself is reported in ``info["score"]``.

`RealWebShopEnv` wraps princeton-nlp/WebShop's ``WebAgentTextEnv`` for users who installed WebShop from its
repository with its product data (the PyPI ``webshop`` package is an empty stub).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..bundled import bundled_path
from .protocol import Observation, StepResult


DATA_DIR = bundled_path("webshop")
SEP = " [SEP] "
PER_PAGE = 10
WIN_REWARD = 10.0
_STOPWORDS = {"a", "an", "the", "and", "or", "of", "for", "with", "in", "on", "to", "set", "pack", "by"}
_COLOR_WORDS = {"grey": "gray", "navy": "navy blue"}


# ---------------------------------------------------------------------------------------------- the reward formula
def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOPWORDS and len(w) > 1}


def title_score(goal_name: str, product_name: str) -> float:
    """Share of the goal product's title words found in the bought product's title. (WebShop counts spaCy nouns;
    without a language model offline, content words stand in for them.)"""
    goal = _content_words(goal_name)
    return len(goal & _content_words(product_name)) / len(goal) if goal else 0.0


def _normalize_color(value: str) -> str:
    words = [_COLOR_WORDS.get(w, w) for w in value.lower().split()]
    return " ".join(words)


def webshop_score(
    goal: Mapping[str, Any], product: Mapping[str, Any], chosen: Mapping[str, str], price: float
) -> float:
    """WebShop's task score: ``r_type * (attributes matched + options matched + [price ok]) / (attributes + options
    + 1)``.

    - An attribute matches when a product attribute is fuzzily equal to it (token-set ratio > 85) or it appears
      verbatim in the title, the feature bullets or the description.
    - An option matches when the chosen value for it is fuzzily equal to the goal's (colors normalized).
    - ``r_type`` is 1.0, 0.5 unless the query matches, two category levels overlap or the title score exceeds 0.2,
      0.1 when the title score is under 0.1, and 0 when it is 0.
    """
    from rapidfuzz import fuzz

    text = " ".join([product["name"], *product.get("features", []), product.get("description", "")]).lower()
    attributes_matched = sum(
        any(fuzz.token_set_ratio(a, p) > 85 for p in product.get("attributes", [])) or a.lower() in text
        for a in goal["attributes"]
    )
    options_matched = sum(
        fuzz.token_set_ratio(_normalize_color(chosen.get(name, "")), _normalize_color(value)) > 85
        for name, value in goal["goal_options"].items()
    )
    price_ok = float(price <= goal["price_upper"])
    total = len(goal["attributes"]) + len(goal["goal_options"]) + 1
    r_type = 1.0
    levels = lambda path: {level.strip() for level in path.split("›")}  # noqa: E731
    category_match = len(levels(goal["product_category"]) & levels(product["product_category"])) >= 2
    score = title_score(goal["name"], product["name"])
    if product.get("query") != goal["query"] and not category_match and score <= 0.2:
        r_type = 0.5
    if score < 0.1:
        r_type = 0.1
    if score == 0:
        r_type = 0.0
    return r_type * (attributes_matched + options_matched + price_ok) / total


# ---------------------------------------------------------------------------------------------- the bundled shop
@lru_cache(maxsize=4)
def load_catalogue(folder: str = str(DATA_DIR)) -> Catalogue:
    return Catalogue(folder)


class Catalogue:
    """Products by id and a BM25 search over them."""

    def __init__(self, folder: str):
        import bm25s

        with open(Path(folder) / "products.jsonl") as f:
            self.products = [json.loads(line) for line in f if line.strip()]
        self.by_asin = {p["asin"]: p for p in self.products}
        corpus = [
            f"{p['name']} {p['query']} {p['product_category']} {' '.join(p['attributes'])}" for p in self.products
        ]
        self._bm25s = bm25s
        self._index = bm25s.BM25()
        self._index.index(bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False)

    def search(self, query: str, limit: int = 50) -> list[dict]:
        tokens = self._bm25s.tokenize([query], stopwords="en", show_progress=False)
        if not tokens.ids or not tokens.ids[0]:
            return []
        ids, scores = self._index.retrieve(tokens, k=min(limit, len(self.products)), show_progress=False, n_threads=1)
        return [self.products[int(i)] for i, s in zip(ids[0], scores[0]) if s > 0]


def load_goals(split: str, folder: str | Path = DATA_DIR) -> list[dict]:
    """Bundled goals of ``split`` (``"train"`` or ``"eval"``), one dataset row each."""
    with open(Path(folder) / f"goals_{split}.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


class ShopEnv:
    """The bundled shop behind the `TextEnv` protocol; one goal (dataset row) per episode."""

    def __init__(self, catalogue: Catalogue | None = None, per_page: int = PER_PAGE):
        self.catalogue = catalogue or load_catalogue()
        self.per_page = per_page

    # pages ---------------------------------------------------------------------------------------------------
    def reset(self, row: Mapping[str, Any]) -> Observation:
        self.goal = dict(row)
        # A `datasets.Dataset` stores the goals' option dicts as one struct with every option name of the split,
        # the ones a goal lacks set to None: those are not options of this goal.
        self.goal["goal_options"] = {k: v for k, v in row["goal_options"].items() if v is not None}
        self.results: list[dict] = []
        self.page, self.item, self.chosen, self.subpage = 0, None, {}, None
        self.state = "search"
        self.invalid_clicks = 0
        return Observation(
            self._render(), self._actions(), task=self.goal["instruction_text"], task_type=self.goal.get("category")
        )

    def _instruction(self) -> list[str]:
        return ["WebShop", "Instruction:", self.goal["instruction_text"]]

    def _render(self) -> str:
        if self.state == "search":
            return SEP.join(self._instruction() + ["Search"])
        if self.state == "results":
            start = self.page * self.per_page
            fields = self._instruction() + [
                "Back to Search",
                f"Page {self.page + 1} (Total results: {len(self.results)})",
            ]
            if self.page > 0:
                fields.append("< Prev")
            if start + self.per_page < len(self.results):
                fields.append("Next >")
            for p in self.results[start : start + self.per_page]:
                fields += [p["asin"], p["name"], f"${p['price']:.2f}"]
            return SEP.join(fields)
        item = self.item
        fields = self._instruction() + ["Back to Search", "< Prev"]
        if self.state == "subpage":
            content = {"description": [item["description"]], "features": item["features"], "reviews": item["reviews"]}[
                self.subpage
            ]
            return SEP.join(fields + content)
        for name, values in item["options"].items():
            fields += [name, *values]
        fields += [
            item["name"],
            f"Price: ${item['price']:.2f}",
            "Rating: N.A.",
            "Description",
            "Features",
            "Reviews",
            "Buy Now",
        ]
        return SEP.join(fields)

    def _clickables(self) -> list[str]:
        if self.state == "search":
            return []
        if self.state == "results":
            start = self.page * self.per_page
            clicks = ["back to search"] + (["< prev"] if self.page > 0 else [])
            clicks += ["next >"] if start + self.per_page < len(self.results) else []
            return clicks + [p["asin"].lower() for p in self.results[start : start + self.per_page]]
        if self.state == "subpage":
            return ["back to search", "< prev"]
        options = [v for values in self.item["options"].values() for v in values]
        return ["back to search", "< prev", *options, "description", "features", "reviews", "buy now"]

    def _actions(self) -> tuple[str, ...]:
        if self.state == "search":
            return ("search[<your query>]",)
        return tuple(f"click[{c}]" for c in self._clickables())

    # actions -------------------------------------------------------------------------------------------------
    def step(self, action: str) -> StepResult:
        action = action.strip().lower()
        match = re.fullmatch(r"(search|click)\[(.+)\]", action, flags=re.DOTALL)
        if not match:
            return self._stay()
        kind, argument = match.group(1), match.group(2).strip()
        if kind == "search":
            if self.state != "search":
                return self._stay()
            self.results, self.page, self.state = self.catalogue.search(argument), 0, "results"
            return self._moved()
        if argument not in self._clickables():
            return self._stay()
        if argument == "back to search":
            self.state, self.item, self.chosen = "search", None, {}
        elif argument == "next >":
            self.page += 1
        elif argument == "< prev":
            if self.state == "results":
                self.page -= 1
            elif self.state == "subpage":
                self.state = "item"
            else:
                self.state, self.item, self.chosen = "results", None, {}
        elif self.state == "results":
            self.item, self.state = self.catalogue.by_asin[argument.upper()], "item"
        elif argument in ("description", "features", "reviews"):
            self.state, self.subpage = "subpage", argument
        elif argument == "buy now":
            score = webshop_score(self.goal, self.item, self.chosen, self.item["price"])
            won = score == 1.0
            return StepResult(
                Observation("Thank you for shopping with us!"),
                WIN_REWARD if won else 0.0,
                True,
                won=won,
                info={"score": score, "asin": self.item["asin"]},
            )
        else:  # an option value
            for name, values in self.item["options"].items():
                if argument in values:
                    self.chosen[name] = argument
        return self._moved()

    # Until something is bought the task score is 0 (as in WebShop), so an episode that ends unbought scores 0.
    def _moved(self) -> StepResult:
        return StepResult(Observation(self._render(), self._actions()), 0.0, False, info={"score": 0.0})

    def _stay(self) -> StepResult:
        self.invalid_clicks += 1
        return StepResult(
            Observation("Invalid action. " + self._render(), self._actions()), 0.0, False, info={"score": 0.0}
        )

    def episode_metrics(self) -> dict[str, float]:
        """Clicks on something the page does not offer (the agent format only checks the tags)."""
        return {"invalid_clicks": float(self.invalid_clicks)}

    def close(self) -> None:
        """Nothing to release: the catalogue and its index are shared by every episode."""


def meets_goal(goal: Mapping[str, Any], product: Mapping[str, Any]) -> bool:
    """Whether buying ``product`` with the goal's options scores 1: every option value is offered and the task score
    of that purchase is 1 (several products of the shop can meet one goal)."""
    offered = {v for values in product["options"].values() for v in values}
    if not set(goal["goal_options"].values()) <= offered:
        return False
    return webshop_score(goal, product, goal["goal_options"], product["price"]) == 1.0


def shop_query(goal: Mapping[str, Any]) -> str:
    """The expert's search: the request as the instruction words it, up to its first comma (``"i need a fleece jeans
    that is long sleeve"``): the product and its attributes, and a span a model copies token for token from the
    instruction (a query that starts mid-sentence starts with a word whose tokens differ from the instruction's)."""
    return goal["instruction_text"].split(",")[0].strip()


def shop_walkthrough(
    goal: Mapping[str, Any], catalogue: Catalogue | None = None, per_page: int = PER_PAGE
) -> list[str]:
    """An expert's actions for ``goal``: search `shop_query`, page to the first listed product that `meets_goal`
    (on the bundled shop the top result is one for 85% of the goals), open it, pick the options, buy.

    A shopper who reads the listing in order is what a small model can clone: the demonstrations click the top result
    whenever it will do, instead of a product id that only the goal's hidden answer names."""
    env = ShopEnv(catalogue, per_page)
    env.reset(goal)
    actions = [f"search[{shop_query(goal)}]"]
    env.step(actions[0])
    while True:
        start = env.page * env.per_page
        target = next((p for p in env.results[start : start + env.per_page] if meets_goal(goal, p)), None)
        if target is not None:
            break
        if "next >" not in env._clickables():
            raise ValueError(f"No product meeting {goal['asin']}'s goal is found by searching {actions[0]!r}.")
        actions.append("click[next >]")
        env.step(actions[-1])
    actions.append(f"click[{target['asin'].lower()}]")
    actions += [f"click[{value}]" for value in goal["goal_options"].values()]
    return actions + ["click[buy now]"]


class RealWebShopEnv:
    """Adapter over princeton-nlp/WebShop's text environment (install WebShop from its repository, with its data).

    Rows are ``{"session": <goal index>}``; observations are WebShop's text pages and available actions are built
    from its ``get_available_actions()`` (search bar, clickables); reward 10 when WebShop's score is 1.
    """

    def __init__(self, observation_mode: str = "text", num_products: int | None = None):
        try:
            from web_agent_site.envs import WebAgentTextEnv
        except ImportError as error:
            raise ImportError(
                "The real WebShop is not installed: clone princeton-nlp/WebShop, run its setup.sh (product data and "
                "search index), and `pip install -e` it. The bundled `ShopEnv` needs none of this."
            ) from error
        self._env = WebAgentTextEnv(observation_mode=observation_mode, num_products=num_products)

    def _actions(self) -> tuple[str, ...]:
        available = self._env.get_available_actions()
        actions = ["search[<your query>]"] if available.get("has_search_bar") else []
        return tuple(actions + [f"click[{c}]" for c in available.get("clickables", [])])

    def reset(self, row: Mapping[str, Any]) -> Observation:
        text, _ = self._env.reset(session=row["session"])
        return Observation(text, self._actions(), task=self._env.get_instruction_text(), task_type=row.get("category"))

    def step(self, action: str) -> StepResult:
        text, score, done, _ = self._env.step(action)
        won = bool(done and score == 1.0)
        return StepResult(
            Observation(text, self._actions()), WIN_REWARD if won else 0.0, bool(done), won=won, info={"score": score}
        )

    def close(self) -> None:
        self._env.close()
