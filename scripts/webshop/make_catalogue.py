"""Write the bundled shop: a product catalogue in WebShop's format and instruction goals over it.

    python scripts/webshop/make_catalogue.py --out src/sdar_trl/data/webshop

Products (at least 300, over WebShop's top categories) have a title, a category path ("A › B › C"), the search query
they belong to, attributes (e.g. "machine washable"), options (color, size, ...), a price, a description, feature
bullets and reviews, all written from this file's vocabulary. A goal picks one product and asks for some of its
attributes, one value per option and a price limit above its price, in WebShop's instruction style ("i need ...,
and price lower than 40.00 dollars"). Files: ``products.jsonl``, ``goals_train.jsonl``, ``goals_eval.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


CATALOGUE = {
    "apparel": {
        "path": "clothing, shoes & jewelry › {gender} › clothing",
        "items": ["t-shirt", "hoodie", "dress", "jeans", "jacket", "sweater", "shorts", "blouse"],
        "materials": ["cotton", "polyester", "linen", "wool", "fleece"],
        "attributes": [
            "machine washable",
            "relaxed fit",
            "long sleeve",
            "moisture wicking",
            "button closure",
            "elastic waist",
        ],
        "options": {
            "color": ["black", "white", "navy blue", "red", "heather grey", "olive green"],
            "size": ["small", "medium", "large", "x-large", "xx-large"],
        },
        "price": (12, 60),
    },
    "footwear": {
        "path": "clothing, shoes & jewelry › {gender} › shoes",
        "items": ["running shoes", "sneakers", "sandals", "boots", "slippers", "loafers"],
        "materials": ["leather", "mesh", "suede", "canvas", "rubber"],
        "attributes": ["non slip", "arch support", "lightweight", "memory foam", "water resistant", "rubber sole"],
        "options": {
            "color": ["black", "white", "brown", "grey", "blue"],
            "size": ["6", "7", "8", "9", "10", "11", "12"],
        },
        "price": (20, 110),
    },
    "home_decor": {
        "path": "home & kitchen › home décor › {room}",
        "items": [
            "throw pillow cover",
            "area rug",
            "curtain panel",
            "table lamp",
            "vase",
            "picture frame",
            "candle set",
        ],
        "materials": ["velvet", "jute", "ceramic", "linen", "glass", "wooden"],
        "attributes": ["easy clean", "living room", "bedroom", "handmade", "blackout", "farmhouse style"],
        "options": {
            "color": ["beige", "grey", "navy blue", "white", "green"],
            "size": ["18 x 18 inch", "20 x 20 inch", "5 x 7 ft", "52 x 84 inch", "small", "large"],
        },
        "price": (9, 140),
    },
    "electronics": {
        "path": "electronics › {device} › accessories",
        "items": [
            "phone charger",
            "usb c cable",
            "bluetooth speaker",
            "wireless headphones",
            "power bank",
            "hdmi adapter",
        ],
        "materials": ["braided", "aluminum", "compact", "portable", "fast charging"],
        "attributes": [
            "fast charging",
            "high speed",
            "noise cancelling",
            "long battery life",
            "water resistant",
            "plug and play",
        ],
        "options": {
            "color": ["black", "white", "silver", "blue"],
            "size": ["3 ft", "6 ft", "10 ft", "1 pack", "2 pack"],
        },
        "price": (8, 90),
    },
    "accessories": {
        "path": "clothing, shoes & jewelry › {gender} › accessories",
        "items": ["wallet", "belt", "backpack", "watch", "sunglasses", "beanie", "scarf"],
        "materials": ["leather", "canvas", "knit", "stainless steel", "nylon"],
        "attributes": ["rfid blocking", "adjustable", "polarized", "water resistant", "gift box", "slim design"],
        "options": {
            "color": ["black", "brown", "tan", "grey", "navy blue"],
            "size": ["one size", "small", "medium", "large"],
        },
        "price": (10, 80),
    },
    "beauty_health": {
        "path": "beauty & personal care › {care} › {care2}",
        "items": ["shampoo", "face cream", "body lotion", "hair serum", "makeup brush set", "soap bar"],
        "materials": ["organic", "natural", "vegan", "fragrance free", "herbal"],
        "attributes": ["paraben free", "cruelty free", "sensitive skin", "long lasting", "dry skin", "travel size"],
        "options": {
            "scent": ["lavender", "coconut", "unscented", "citrus", "rose"],
            "size": ["2 fl oz", "8 fl oz", "16 fl oz", "pack of 2", "pack of 3"],
        },
        "price": (5, 45),
    },
}
BRANDS = [
    "Alvora",
    "Brinell",
    "Cadenza",
    "Dovra",
    "Eskel",
    "Fenwick",
    "Galloway",
    "Hartly",
    "Ivora",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Marlow",
    "Norvik",
    "Oakden",
    "Pellam",
]
FILL = {
    "gender": ["men", "women"],
    "room": ["living room", "bedroom"],
    "device": ["cell phones", "computers"],
    "care": ["hair care", "skin care"],
    "care2": ["shampoo & conditioner", "face", "body"],
}


def make_products(rng: random.Random, per_category: int) -> list[dict]:
    products = []
    for category, spec in CATALOGUE.items():
        for _ in range(per_category):
            item, material, brand = rng.choice(spec["items"]), rng.choice(spec["materials"]), rng.choice(BRANDS)
            fill = {k: rng.choice(v) for k, v in FILL.items()}
            attributes = rng.sample(spec["attributes"], 2)
            options = {
                name: sorted(rng.sample(values, min(len(values), rng.randint(2, 4))))
                for name, values in spec["options"].items()
            }
            title = f"{brand} {material} {item} {attributes[0]}".strip()
            price = round(rng.uniform(*spec["price"]), 2)
            products.append(
                {
                    "asin": f"B0{len(products):07d}X",
                    "name": title,
                    "category": category,
                    "product_category": spec["path"].format(**fill),
                    "query": f"{material} {item}",
                    "attributes": attributes,
                    "options": options,
                    "price": price,
                    "description": f"This {material} {item} from {brand} is {attributes[0]} and {attributes[1]}.",
                    "features": [
                        f"{attributes[1].capitalize()} design",
                        f"Made of {material}",
                        f"Available in {len(options.get('color', options.get('scent', [])))} variants",
                    ],
                    "reviews": [
                        f"Good {item}, {rng.choice(['as described', 'fits well', 'works great', 'nice quality'])}."
                    ],
                }
            )
    return products


def make_goal(rng: random.Random, product: dict) -> dict:
    attributes = rng.sample(product["attributes"], rng.randint(1, 2))
    options = {name: rng.choice(values) for name, values in product["options"].items()}
    price_upper = float(int(product["price"] * rng.uniform(1.1, 1.6)) + 1)
    option_text = ", and ".join(f"{name}: {value}" for name, value in options.items())
    instruction = (
        f"i need a {product['query']} that is {' and '.join(attributes)}, with {option_text}, "
        f"and price lower than {price_upper:.2f} dollars"
    )
    return {
        "asin": product["asin"],
        "instruction_text": instruction,
        "attributes": attributes,
        "goal_options": options,
        "price_upper": price_upper,
        "query": product["query"],
        "category": product["category"],
        "product_category": product["product_category"],
        "name": product["name"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="src/sdar_trl/data/webshop")
    parser.add_argument("--per_category", type=int, default=55)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    products = make_products(rng, args.per_category)
    picked = rng.sample(products, 240)
    goals = [make_goal(rng, p) for p in picked]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (
        ("products.jsonl", products),
        ("goals_train.jsonl", goals[:200]),
        ("goals_eval.jsonl", goals[200:]),
    ):
        with open(out / name, "w") as f:
            f.writelines(json.dumps(row) + "\n" for row in rows)
    print(f"{len(products)} products, 200 train and {len(goals) - 200} eval goals -> {out}")


if __name__ == "__main__":
    main()
