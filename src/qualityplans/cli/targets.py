"""``qualityplans targets``: the targets that meet every condition given."""

from __future__ import annotations

import argparse
import sys

from qualityplans.cli._base import PROG, Parser, UsageError, add_json_flag, print_json

NAME = "targets"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    targets = commands.add_parser(
        NAME,
        help="list the targets that meet every condition given",
        description="List targets across plans. Every option narrows the list; a region "
        "includes the places inside it (苏州市 includes 相城区).",
    )
    targets.add_argument("--plan", help="plan id, 文号 or title")
    targets.add_argument("--indicator", help="indicator id, name or alias")
    targets.add_argument("--region", help="region id or name (also chooses a shared short name)")
    targets.add_argument("--year", type=int, help="due in this year, or in a period holding it")
    targets.add_argument("--theme", help="theme id or name")
    targets.add_argument("--department", help="department named in the measure (e.g. 市质监局)")
    targets.add_argument("--role", help="with --department: lead, cooperating, responsible, member")
    targets.add_argument(
        "--follow-lineage",
        action="store_true",
        help="with --department: include its predecessors' and successors' measures",
    )
    targets.add_argument("--commitment", help="binding or aspirational")
    add_json_flag(targets)
    return targets


def run(args: argparse.Namespace) -> int:
    from qualityplans.cli._choices import print_department_choices
    from qualityplans.cli._table import clip, print_table
    from qualityplans.errors import AmbiguousLookupError
    from qualityplans.model.wording import value_zh, when
    from qualityplans.query.filters import targets

    try:
        found = targets(
            plan=args.plan,
            indicator=args.indicator,
            region=args.region,
            year=args.year,
            theme=args.theme,
            department=args.department,
            role=args.role,
            follow_lineage=args.follow_lineage,
            commitment=args.commitment,
        )
    except AmbiguousLookupError as error:
        return print_department_choices(error)
    except ValueError as error:
        raise UsageError(f"{PROG} targets: {error}") from None
    if args.json:
        # each target's one row: the targets table's columns (rows.statement_row)
        print_json({"targets": [f.record() for f in found]})
    if not found:
        print(f"{PROG}: no target meets these conditions", file=sys.stderr)
        return 1
    if args.json:
        return 0
    print_table(
        ("plan", "eid", "indicator", "value", "when", "quote"),
        (
            (
                f.plan.id,
                f.statement.eid,
                clip(f.indicator_name, 28),
                clip(value_zh(f.statement), 24),
                when(f.statement),
                f.statement.quote,
            )
            for f in found
        ),
    )
    print(f"{len(found)} target{'s' * (len(found) != 1)}")
    return 0
