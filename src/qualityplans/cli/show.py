"""``qualityplans show PLAN``: one plan's metadata, sections, measures, units and targets."""

from __future__ import annotations

import argparse
import shutil
import sys

from qualityplans.cli._base import PROG, Parser, UsageError, add_json_flag, print_json

NAME = "show"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    show = commands.add_parser(
        NAME,
        help="show one plan: metadata, sections, measures, units and targets",
        description="Show one plan. PLAN is its id, 文号 (any bracket style) or exact title.",
    )
    show.add_argument("plan", metavar="PLAN", help="plan id, 文号 or title, e.g. 苏府〔2016〕63号")
    show.add_argument(
        "--width", type=int, default=0, help="wrap at this many columns (default: terminal)"
    )
    show.add_argument(
        "--full", action="store_true", help="include the verbatim text of every measure"
    )
    add_json_flag(show)
    return show


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import dataset, get_plan
    from qualityplans.cli.render_plan import render_plan

    if args.width < 0:
        raise UsageError(f"{PROG} show: --width must be positive, not {args.width}")
    plan = get_plan(args.plan)
    if args.json:
        import attrs

        from qualityplans.serialize import to_dict
        from qualityplans.text.privacy import publishable

        # the plan as the JSON export has it (contact details withheld)
        data = publishable(attrs.evolve(dataset(), plans=(plan,)))
        print_json(to_dict(data.plans[0]))
        return 0
    width = args.width or min(shutil.get_terminal_size((100, 24)).columns, 120)
    sys.stdout.write(render_plan(plan, max(width, 40), full=args.full))
    return 0
