"""`sdar-trl` command line: inspect what the teacher will be shown before training.

    sdar-trl skills show --skills-dir DIR --task "heat some egg and put it in countertop"
    sdar-trl plot outputs/alfworld-sdar --out curves.png
    sdar-trl dashboard --entity my-team --project sdar-alfworld [--spec workspace.json]
    sdar-trl skills show --skills-dir DIR --task-type pick_heat_then_place_in_recep-Egg-None-CounterTop-1 \
        --retrieval task_type --template "[Privileged Skill Information]\n{context}\n\n"
"""

from __future__ import annotations

import argparse
import os
import sys

from .skills import RETRIEVALS, SkillLibraryError, Task, build_retriever, load_skill_library
from .teacher.prompt import OFFICIAL_CONTEXT_TEMPLATE, render_context


def show_skills(args: argparse.Namespace) -> int:
    try:
        library = load_skill_library(args.skills_dir)
    except SkillLibraryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    retriever = build_retriever(args.retrieval, library, seed=args.seed)
    retrieved = retriever.retrieve(Task(text=args.task, task_type=args.task_type))
    shown = ", ".join(retrieved.skills) if retrieved.skills else "none matched: general skills only"
    print(
        f"# library: {library.source} ({len(library.skills)} task skills); retrieval: {args.retrieval}",
        file=sys.stderr,
    )
    print(f"# task skills shown: {shown}", file=sys.stderr)
    print(render_context(args.template.encode().decode("unicode_escape"), retrieved.text), end="")
    return 0


def make_dashboard(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .dashboards import INSTALL_HINT, create_dashboard, is_wandb_workspaces_available

    for field in ("entity", "project"):
        if not getattr(args, field):
            parser.error(f"--{field} is required (or set WANDB_{field.upper()})")
    if not is_wandb_workspaces_available():
        print(f"error: {INSTALL_HINT}", file=sys.stderr)
        return 2
    where = create_dashboard(args.entity, args.project, args.name, spec_path=args.spec)
    print(f"{'spec written' if args.spec else 'workspace created'}: {where}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sdar-trl", description="SDAR for TRL: tools around training.")
    commands = parser.add_subparsers(dest="command", required=True)
    skills = commands.add_parser("skills", help="Skill libraries.").add_subparsers(
        dest="skills_command", required=True
    )
    show = skills.add_parser("show", help="Print the privileged text the teacher gets for one task.")
    show.add_argument(
        "--skills-dir",
        required=True,
        help="SDAR skill folder, SkillRL .json file, or bundled:<name> (alfworld, search, webshop).",
    )
    show.add_argument("--task", default="", help="Task text (keyword retrieval matches in it).")
    show.add_argument("--task-type", default=None, help="Task type, game path or data_source.")
    show.add_argument("--retrieval", default="official", choices=RETRIEVALS)
    show.add_argument(
        "--template",
        default=OFFICIAL_CONTEXT_TEMPLATE.encode("unicode_escape").decode(),
        help="Block template with {context} (backslash escapes allowed).",
    )
    show.add_argument("--seed", type=int, default=0, help="Seed of random retrieval.")
    plot = commands.add_parser("plot", help="Render a run's SDAR curves to a PNG (no W&B needed).")
    plot.add_argument("run_dir", help="The run's output directory (or one of its checkpoints).")
    plot.add_argument("--out", default=None, help="PNG path (default: RUN_DIR/curves.png).")
    dashboard = commands.add_parser("dashboard", help="Create a W&B workspace with SDAR's panels (wandb-workspaces).")
    dashboard.add_argument(
        "--entity", default=os.environ.get("WANDB_ENTITY"), help="W&B entity (default: $WANDB_ENTITY)."
    )
    dashboard.add_argument(
        "--project",
        default=os.environ.get("WANDB_PROJECT"),
        help="W&B project the runs log to (default: $WANDB_PROJECT).",
    )
    dashboard.add_argument("--name", default="SDAR", help="Workspace (view) name.")
    dashboard.add_argument(
        "--spec",
        default=None,
        help="Write the workspace spec to this JSON file instead of saving it to W&B (works offline).",
    )
    args = parser.parse_args(argv)
    if args.command == "dashboard":
        return make_dashboard(args, parser)
    if args.command == "plot":
        from .plots import render_curves

        out = args.out or f"{args.run_dir.rstrip('/')}/curves.png"
        titles = render_curves(args.run_dir, out)
        print(f"{out}: {', '.join(titles)}")
        return 0
    return show_skills(args)


if __name__ == "__main__":
    raise SystemExit(main())
