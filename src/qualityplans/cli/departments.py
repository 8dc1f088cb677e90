"""``qualityplans departments``: every body ranked by its roles across plans."""

from __future__ import annotations

import argparse
import sys

from qualityplans.cli._base import PROG, Parser, UsageError, add_json_flag, print_json

NAME = "departments"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    from qualityplans.query.roles import SORTS

    departments = commands.add_parser(
        NAME,
        help="rank the bodies by the measures they lead or are responsible for",
        description="Rank every body named in the plans by its roles: the measures and task "
        "groups it leads (牵头), is responsible for (负责), cooperates on (配合) or is a member "
        "of (成员). Bodies merged or renamed in the 2018-2019 reform count as one line, under "
        "the body it runs into today, with the bodies it gathers shown (市质监局 + 市工商局 + "
        "市食药监局 → 市市场监管局). = marks a tie.",
    )
    departments.add_argument(
        "--region", help="bodies of this region and the places in it (苏州市 includes 相城区)"
    )
    departments.add_argument(
        "--sort",
        choices=SORTS,
        default="leads",
        help="leads (most measures led first), responsible, or name (pinyin order)",
    )
    departments.add_argument(
        "--no-lineage", action="store_true", help="count each body alone, not its line"
    )
    add_json_flag(departments)
    return departments


def run(args: argparse.Namespace) -> int:
    from qualityplans.cli._table import print_table
    from qualityplans.query.roles import department_roles

    try:
        found = department_roles(
            region=args.region, sort=args.sort, follow_lineage=not args.no_lineage
        )
    except ValueError as error:
        raise UsageError(f"{PROG} departments: {error}") from None
    if args.json:
        print_json({"departments": found.records()})
    if not found:
        print(f"{PROG}: no body is named in any plan of this region", file=sys.stderr)
        return 1
    if args.json:
        return 0
    print_table(
        ("rank", "牵头 leads", "负责 resp.", "配合 coop.", "成员 member", "plans", "body"),
        (
            (
                r.shown_rank,
                r.leads,
                r.responsible,
                r.cooperating,
                r.member,
                len(r.plans),
                f"{r.department.name_zh} ({r.line})" if r.merged else r.department.name_zh,
            )
            for r in found
        ),
    )
    merged = sum(r.merged for r in found)
    print(
        f"{len(found)} bod{'ies' if len(found) != 1 else 'y'}"
        + (f"; {merged} line{'s' * (merged != 1)} merged through the reform" if merged else "")
    )
    return 0
