"""Write the bundled Search-QA data: a corpus about a fictional world, and question/answer pairs over it.

    python scripts/search_qa/make_corpus.py --out src/sdar_trl/data/search_qa

The world (people, cities, countries, rivers, companies, books) is drawn from a seed, so its facts exist nowhere
else: a model can only answer by searching. Every passage is written from templates in this file. Questions come in
four families (the `task_type`, routed to the matching skill) and carry a `data_source` tag like Search-R1's data:

- ``direct_retrieval`` (data_source ``synth_nq``): one fact named in one passage ("Who wrote X?").
- ``entity_attribute_lookup`` (``synth_nq``): an attribute of a named entity ("In what year was company X founded?").
- ``multi_hop_reasoning`` (``synth_hotpotqa``): two searches chained ("In which city was the author of X born?").
- ``compare`` (``synth_hotpotqa``): two searches compared ("Which was founded earlier, X or Y?").

Each question also keeps the searches an expert would make (``expert_queries``), used for the behaviour-cloning warm
start of the embedded default. Files: ``corpus.jsonl`` ({id, title, text}), ``train.jsonl`` and ``eval.jsonl``
({id, question, golden_answers, data_source, task_type, expert_queries}).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tor",
    "sa",
    "vel",
    "dun",
    "ar",
    "bel",
    "cor",
    "fen",
    "gal",
    "hol",
    "isk",
    "jor",
    "kel",
    "lun",
    "mar",
    "nor",
    "or",
    "pel",
    "quin",
    "ros",
    "sil",
    "tam",
    "ul",
    "var",
    "wen",
    "zor",
]
PROFESSIONS = [
    "painter",
    "engineer",
    "poet",
    "chemist",
    "architect",
    "composer",
    "astronomer",
    "novelist",
    "sculptor",
    "physician",
    "cartographer",
    "economist",
]
INDUSTRIES = [
    "shipbuilding",
    "textiles",
    "glassmaking",
    "printing",
    "clockmaking",
    "brewing",
    "rail transport",
    "mining",
    "pharmaceuticals",
    "telegraphy",
]
GENRES = ["novel", "poetry collection", "treatise", "travel diary", "play", "atlas"]


def name(rng: random.Random, syllables: int, used: set[str]) -> str:
    """A new made-up word of ``syllables`` syllables (one more when the short ones run out)."""
    for attempt in range(1000):
        if attempt == 200:
            syllables += 1
        word = "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()
        if word not in used:
            used.add(word)
            return word
    raise RuntimeError("ran out of names")


def build_world(rng: random.Random) -> dict:
    used: set[str] = set()
    countries = [
        {"name": name(rng, 3, used), "language": name(rng, 2, used) + "ish", "currency": name(rng, 2, used).lower()}
        for _ in range(30)
    ]
    rivers = [
        {"name": name(rng, 2, used), "length": rng.randrange(120, 3000, 10), "country": rng.choice(countries)["name"]}
        for _ in range(60)
    ]
    cities = []
    for _ in range(150):
        country = rng.choice(countries)
        cities.append(
            {
                "name": name(rng, 2, used) + rng.choice(["burg", "ford", "stad", "holm", "port", ""]),
                "country": country["name"],
                "river": rng.choice(rivers)["name"],
                "founded": rng.randrange(900, 1800),
                "population": rng.randrange(5, 900) * 1000,
                "known_for": rng.choice(INDUSTRIES),
            }
        )
    for country in countries:
        country["capital"] = rng.choice([c for c in cities if c["country"] == country["name"]] or cities)["name"]
    people = [
        {
            "name": f"{name(rng, 2, used)} {name(rng, 3, used)}",
            "profession": rng.choice(PROFESSIONS),
            "born": rng.randrange(1700, 1990),
            "city": rng.choice(cities)["name"],
        }
        for _ in range(250)
    ]
    companies = [
        {
            "name": name(rng, 2, used) + rng.choice([" Works", " & Sons", " Company", " Guild"]),
            "founder": rng.choice(people)["name"],
            "city": rng.choice(cities)["name"],
            "founded": rng.randrange(1750, 2000),
            "industry": rng.choice(INDUSTRIES),
        }
        for _ in range(150)
    ]
    works = [
        {
            "title": "The "
            + name(rng, 2, used)
            + " "
            + rng.choice(["Letters", "Garden", "Tide", "Atlas", "Clock", "Winter", "Harbour", "Road"]),
            "author": rng.choice(people)["name"],
            "year": rng.randrange(1750, 2010),
            "genre": rng.choice(GENRES),
        }
        for _ in range(250)
    ]
    return {
        "countries": countries,
        "rivers": rivers,
        "cities": cities,
        "people": people,
        "companies": companies,
        "works": works,
    }


def passages(world: dict) -> list[dict]:
    out = []

    def add(title: str, text: str):
        out.append({"id": str(len(out)), "title": title, "text": text})

    for c in world["countries"]:
        add(
            c["name"],
            f"{c['name']} is a country whose capital is {c['capital']}. Its people speak {c['language']} "
            f"and pay in the {c['currency']}.",
        )
    for r in world["rivers"]:
        add(f"{r['name']} River", f"The {r['name']} is a river of {r['country']}, {r['length']} kilometres long.")
    for c in world["cities"]:
        add(
            c["name"],
            f"{c['name']} is a city in {c['country']} on the {c['river']} river. It was founded in {c['founded']}.",
        )
        add(
            f"Economy of {c['name']}",
            f"The economy of {c['name']} grew around {c['known_for']}; the city has about "
            f"{c['population']:,} inhabitants.",
        )
    for p in world["people"]:
        add(p["name"], f"{p['name']} was a {p['profession']} born in {p['born']} in the city of {p['city']}.")
    for c in world["companies"]:
        add(
            c["name"],
            f"{c['name']} is a {c['industry']} company founded in {c['founded']} by {c['founder']}. Its "
            f"headquarters are in {c['city']}.",
        )
    for w in world["works"]:
        add(w["title"], f"{w['title']} is a {w['genre']} written by {w['author']} and published in {w['year']}.")
    return out


def questions(world: dict, rng: random.Random) -> list[dict]:
    qs = []
    people = {p["name"]: p for p in world["people"]}
    cities = {c["name"]: c for c in world["cities"]}

    def add(question, answer, family, queries):
        source = "synth_hotpotqa" if family in ("multi_hop_reasoning", "compare") else "synth_nq"
        qs.append(
            {
                "question": question,
                "golden_answers": [str(answer)],
                "data_source": source,
                "task_type": family,
                "expert_queries": queries,
            }
        )

    for w in rng.sample(world["works"], 60):
        add(f"Who wrote {w['title']}?", w["author"], "direct_retrieval", [w["title"]])
    for c in rng.sample(world["companies"], 40):
        add(f"In what year was {c['name']} founded?", c["founded"], "entity_attribute_lookup", [c["name"]])
    for c in rng.sample(world["countries"], 20):
        add(f"What is the capital of {c['name']}?", c["capital"], "entity_attribute_lookup", [c["name"]])
    for w in rng.sample(world["works"], 60):
        author = people[w["author"]]
        add(
            f"In which city was the author of {w['title']} born?",
            author["city"],
            "multi_hop_reasoning",
            [w["title"], author["name"]],
        )
    for c in rng.sample(world["companies"], 40):
        city = cities[c["city"]]
        add(
            f"On which river is the city where {c['name']} has its headquarters?",
            city["river"],
            "multi_hop_reasoning",
            [c["name"], city["name"]],
        )
    for _ in range(40):
        a, b = rng.sample(world["companies"], 2)
        if a["founded"] == b["founded"]:
            continue
        earlier = a if a["founded"] < b["founded"] else b
        add(
            f"Which was founded earlier, {a['name']} or {b['name']}?",
            earlier["name"],
            "compare",
            [a["name"], b["name"]],
        )
    rng.shuffle(qs)
    for i, q in enumerate(qs):
        q["id"] = f"q{i}"
    return qs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="src/sdar_trl/data/search_qa")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    world = build_world(rng)
    corpus = passages(world)
    qa = questions(world, rng)
    split = int(len(qa) * 0.8)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for file, rows in (("corpus.jsonl", corpus), ("train.jsonl", qa[:split]), ("eval.jsonl", qa[split:])):
        with open(out / file, "w") as f:
            f.writelines(json.dumps(row) + "\n" for row in rows)
    print(f"{len(corpus)} passages, {split} train and {len(qa) - split} eval questions -> {out}")


if __name__ == "__main__":
    main()
