"""Write the ALFRED-domain PDDL problems of the bundled ALFWorld game set (the sources the games are generated from).

    python scripts/alfworld/make_problems.py --out src/sdar_trl/data/alfworld/problems

Each task becomes ``<split>/<task_type>-<Object>-<Mrecep>-<Receptacle>-<n>/trial_<id>/`` with the two files ALFWorld's
`alfworld-generate` reads: ``initial_state.pddl`` (objects, receptacles, locations, facts and the goal) and a minimal
``traj_data.json`` (task type and PDDL parameters, from which ALFWorld writes the task sentence). The rooms are this
project's own small kitchens and bedrooms, laid out from a seed; which objects can go where, and which can be heated,
cooled, cleaned or toggled, come from ALFWorld's own tables (`alfworld.gen.constants`), and the goals from ALFWorld's
goal library, so the games follow the real domain's rules. Running it twice writes the same files.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import alfworld.gen.constants as constants
import alfworld.gen.goal_library as goal_library

from sdar_trl.envs.alfworld import HOME_STRENGTH, HOMES


KITCHEN = [
    "Cabinet",
    "Cabinet",
    "Cabinet",
    "CounterTop",
    "CounterTop",
    "Drawer",
    "Drawer",
    "Fridge",
    "Microwave",
    "SinkBasin",
    "StoveBurner",
    "GarbageCan",
    "CoffeeMachine",
    "Shelf",
    "DiningTable",
]
BEDROOM = ["Bed", "Desk", "SideTable", "SideTable", "Drawer", "Drawer", "Shelf", "Shelf", "Dresser", "GarbageCan"]
KITCHEN_CLUTTER = [
    "Fork",
    "Spoon",
    "Knife",
    "Spatula",
    "SaltShaker",
    "PepperShaker",
    "DishSponge",
    "Bowl",
    "Plate",
    "Cup",
    "Pan",
    "Pot",
    "Bread",
    "Lettuce",
    "Egg",
    "Potato",
    "Tomato",
    "Apple",
    "Mug",
    "SoapBottle",
]
BEDROOM_CLUTTER = [
    "Book",
    "CD",
    "Pencil",
    "Pen",
    "KeyChain",
    "CellPhone",
    "AlarmClock",
    "CreditCard",
    "Pillow",
    "Laptop",
    "Watch",
    "Bowl",
    "Mug",
    "Statue",
    "Vase",
    "RemoteControl",
]

# What each task type draws from: (room, objects). Targets are any receptacle of the room that can hold the object,
# except the object's home (so the object is not already where it must go).
KITCHEN_OBJECTS = "Apple Egg Lettuce Tomato Bread Potato Mug Pan Pot Cup Plate Bowl".split()
BEDROOM_OBJECTS = "Book CellPhone Laptop CD Pencil Pen AlarmClock KeyChain CreditCard Watch".split()
ACTIONS = constants.VAL_ACTION_OBJECTS
TASK_SOURCES = {
    "pick_and_place_simple": (("kitchen", KITCHEN_OBJECTS), ("bedroom", BEDROOM_OBJECTS)),
    "look_at_obj_in_light": (("bedroom", BEDROOM_OBJECTS),),
    "pick_clean_then_place_in_recep": (
        ("kitchen", [o for o in KITCHEN_OBJECTS + ["Fork", "Spoon"] if o in ACTIONS["Cleanable"]]),
    ),
    "pick_heat_then_place_in_recep": (("kitchen", [o for o in KITCHEN_OBJECTS if o in ACTIONS["Heatable"]]),),
    "pick_cool_then_place_in_recep": (("kitchen", [o for o in KITCHEN_OBJECTS if o in ACTIONS["Coolable"]]),),
    "pick_two_obj_and_place": (("kitchen", KITCHEN_OBJECTS), ("bedroom", BEDROOM_OBJECTS)),
}
# Games per task type in each split (all six types in both; every evaluation room is laid out from its own seed).
GAMES_PER_TYPE = {"train": 11, "eval": 4}


def home_of(cls: str) -> str:
    """The ALFRED class of ``cls``'s home receptacle (`sdar_trl.envs.alfworld.HOMES`, in ALFRED's spelling)."""
    home = HOMES[cls.lower()]
    return next(r for r in set(KITCHEN + BEDROOM) if r.lower() == home)


def draw_tasks(split: str, seed: int) -> list[tuple[str, str, str, str, str]]:
    """(task type, target object, target receptacle, toggle object, room) for every task of ``split``."""
    rng = random.Random(f"{seed}:{split}:tasks")
    tasks = []
    for task_type, sources in TASK_SOURCES.items():
        for i in range(GAMES_PER_TYPE[split]):
            room, objects = sources[i % len(sources)]
            obj = rng.choice(objects)
            if task_type == "look_at_obj_in_light":
                tasks.append((task_type, obj, "", "DeskLamp", room))
                continue
            layout = KITCHEN if room == "kitchen" else BEDROOM
            targets = sorted({r for r in layout if can_hold(r, obj) and r != home_of(obj)})
            tasks.append((task_type, obj, rng.choice(targets), "", room))
    return tasks


def mangle(name: str) -> str:
    """ALFRED's identifier encoding (``Mug|+01.00|...`` -> ``Mug_bar__plus_01_dot_00_bar_...``)."""
    for raw, code in (("|", "_bar_"), ("+", "_plus_"), ("-", "_minus_"), (".", "_dot_"), (",", "_comma_")):
        name = name.replace(raw, code)
    return name


def coordinate(rng: random.Random) -> str:
    return "|".join(f"{rng.uniform(-3, 3):+06.2f}" for _ in range(3))


@dataclass
class Scene:
    receptacles: list[tuple[str, str, str]] = field(default_factory=list)  # (id, class, location id)
    objects: list[tuple[str, str, str]] = field(default_factory=list)  # (id, class, receptacle id)


def can_hold(receptacle: str, obj: str) -> bool:
    return obj in constants.VAL_RECEPTACLE_OBJECTS.get(receptacle, set())


def place(rng: random.Random, scene: Scene, cls: str, avoid: str) -> str:
    """A receptacle id for an object of class ``cls``: its home with probability `HOME_STRENGTH` (when the room has
    one), otherwise any other receptacle that can hold it, never one of type ``avoid`` (the task's target)."""
    home = HOMES.get(cls.lower())
    homes = [r for r in scene.receptacles if r[1].lower() == home]
    if homes and rng.random() < HOME_STRENGTH:
        return homes[0][0]
    others = [r for r in scene.receptacles if r[1].lower() != home and r[1] != avoid and can_hold(r[1], cls)]
    return rng.choice(others or homes)[0]


def build_scene(rng: random.Random, room: str, needed: list[str], toggle: str, target: str) -> Scene:
    scene = Scene()
    layout = KITCHEN if room == "kitchen" else BEDROOM
    used_locations: set[str] = set()
    for cls in layout:
        while True:
            loc = (
                f"loc|{rng.randint(-9, 9)}|{rng.randint(-9, 9)}|{rng.randint(0, 3)}|{rng.choice([-30, 0, 30, 45, 60])}"
            )
            if loc not in used_locations:
                used_locations.add(loc)
                break
        rid = f"{cls}|{coordinate(rng)}" if cls != "SinkBasin" else f"Sink|{coordinate(rng)}|SinkBasin"
        scene.receptacles.append((mangle(rid), cls, mangle(loc)))
    rng.shuffle(scene.receptacles)  # the listing order of a room is its own, not the layout's
    if toggle:
        # The lamp follows its prior too; it is not a receptacle's content that `can_hold` knows.
        desks = [r for r in scene.receptacles if r[1].lower() == HOMES[toggle.lower()]]
        sides = [r for r in scene.receptacles if r[1] in ("SideTable", "Dresser")]
        spot = desks[0] if desks and rng.random() < HOME_STRENGTH else rng.choice(sides)
        scene.objects.append((mangle(f"{toggle}|{coordinate(rng)}"), toggle, spot[0]))
    clutter = [c for c in (KITCHEN_CLUTTER if room == "kitchen" else BEDROOM_CLUTTER) if c not in needed]
    for cls in needed + rng.sample(clutter, 6):
        if not any(can_hold(r[1], cls) for r in scene.receptacles):
            continue
        scene.objects.append((mangle(f"{cls}|{coordinate(rng)}"), cls, place(rng, scene, cls, target)))
    return scene


def problem_text(name: str, scene: Scene, task_type: str, obj: str, recep: str, toggle: str, agent_loc: str) -> str:
    classes_r = sorted({c for _, c, _ in scene.receptacles})
    classes_o = sorted({c for _, c, _ in scene.objects})
    locations = sorted({loc for _, _, loc in scene.receptacles} | {agent_loc})
    lines = [f"(define (problem {name})", "(:domain alfred)", "(:objects", "agent1 - agent"]
    lines += [f"{c}Type - rtype" for c in classes_r]
    lines += [f"{c}Type - otype" for c in classes_o if f"{c}Type - rtype" not in lines]
    lines += [f"{oid} - object" for oid, _, _ in scene.objects]
    lines += [f"{rid} - receptacle" for rid, _, _ in scene.receptacles]
    lines += [f"{loc} - location" for loc in locations]
    lines += [")", "(:init", f"(atLocation agent1 {agent_loc})"]
    for rid, cls, loc in scene.receptacles:
        lines.append(f"(receptacleType {rid} {cls}Type)")
        lines.append(f"(receptacleAtLocation {rid} {loc})")
        if cls in constants.OPENABLE_CLASS_LIST:
            lines.append(f"(openable {rid})")
    for rc in classes_r:
        for oc in classes_o:
            if can_hold(rc, oc):
                lines.append(f"(canContain {rc}Type {oc}Type)")
    loc_of = {rid: loc for rid, _, loc in scene.receptacles}
    actions = constants.VAL_ACTION_OBJECTS
    for oid, cls, home in scene.objects:
        lines += [
            f"(objectType {oid} {cls}Type)",
            f"(inReceptacle {oid} {home})",
            f"(objectAtLocation {oid} {loc_of[home]})",
        ]
        if cls in actions["Toggleable"]:
            lines.append(f"(toggleable {oid})")
        else:
            lines.append(f"(pickupable {oid})")
        for prop, table in (
            ("heatable", "Heatable"),
            ("coolable", "Coolable"),
            ("cleanable", "Cleanable"),
            ("sliceable", "Sliceable"),
        ):
            if cls in actions[table]:
                lines.append(f"({prop} {oid})")
        if cls in constants.RECEPTACLES:
            lines.append(f"(isReceptacleObject {oid})")
    lines.append(")")
    goal = goal_library.gdict[task_type]["pddl"].format(obj=obj, recep=recep, toggle=toggle, mrecep="")
    lines.append(goal.replace("#", "-").strip())  # the library's goal also closes the `define`
    return "\n".join(lines) + "\n"


def write_task(out: Path, split: str, index: int, task, seed: int) -> Path:
    task_type, obj, recep, toggle, room = task
    rng = random.Random(f"{seed}:{split}:{index}")
    needed = [obj, obj] if task_type == "pick_two_obj_and_place" else [obj]
    scene = build_scene(rng, room, needed, toggle, recep)
    target_types = {cls for _, cls, _ in scene.receptacles}
    if recep and recep not in target_types:
        raise ValueError(f"{split} task {index}: no {recep} in the {room}")
    trial = f"trial_T{seed}_{split}_{index:03d}"
    folder = out / split / f"{task_type}-{obj}-None-{recep or toggle}-{index}" / trial
    folder.mkdir(parents=True, exist_ok=True)
    agent_loc = mangle(f"loc|{rng.randint(10, 12)}|{rng.randint(10, 12)}|0|0")  # the middle of the room
    (folder / "initial_state.pddl").write_text(
        problem_text(f"plan_{trial}", scene, task_type, obj, recep, toggle, agent_loc)
    )
    traj = {
        "task_type": task_type,
        "task_id": trial,
        "scene": {"room": room, "seed": seed},
        "pddl_params": {
            "object_target": obj,
            "parent_target": recep,
            "toggle_target": toggle,
            "mrecep_target": "",
            "object_sliced": False,
        },
    }
    (folder / "traj_data.json").write_text(json.dumps(traj, indent=1) + "\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="src/sdar_trl/data/alfworld/problems")
    parser.add_argument("--seed", type=int, default=2605)
    args = parser.parse_args()
    out = Path(args.out)
    for split in GAMES_PER_TYPE:
        for index, task in enumerate(draw_tasks(split, args.seed)):
            print(write_task(out, split, index, task, args.seed))


if __name__ == "__main__":
    main()
