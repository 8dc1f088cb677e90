"""``qualityplans discrepancies``: the same thing stated with two different amounts."""

from __future__ import annotations

import argparse
import shutil
from typing import TYPE_CHECKING

from qualityplans.cli._base import Parser, add_json_flag, print_json

if TYPE_CHECKING:
    from qualityplans.model import Observation, Plan, Target

NAME = "discrepancies"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    discrepancies = commands.add_parser(
        NAME,
        help="list curated discrepancies and those found in the data",
        description="List the discrepancies the curation records and those found by "
        "comparing the data: one indicator, region and year with two different amounts "
        "that nothing explains.",
    )
    add_json_flag(discrepancies)
    return discrepancies


def run(args: argparse.Namespace) -> int:
    from qualityplans.compare.discrepancies import discrepancies
    from qualityplans.text.terminal import wrap

    listed = discrepancies()
    if args.json:
        print_json(
            [
                {
                    "kind": "found" if d.found else "curated",
                    "eid": d.curated.eid if d.curated else None,
                    "note_zh": d.curated.note_zh if d.curated else None,
                    "note": d.curated.note if d.curated else None,
                    "where": d.where,
                    "first": _row(d.first_plan, d.first),
                    "second": _row(d.second_plan, d.second),
                }
                for d in listed
            ]
        )
        return 0
    width = max(min(shutil.get_terminal_size((100, 24)).columns, 120), 60)
    for d in listed:
        kind = (
            "found"
            if d.found
            else f"curated {d.first_plan.id}/{d.curated.eid}"
            if d.curated
            else ""
        )
        print(f"{kind}: {d.message}")
        for quote in (d.first.quote, d.second.quote):
            print("\n".join(wrap(f"“{quote}”", width, "    ", "     ")))
        if d.curated is not None:
            for note in filter(None, (d.curated.note_zh, d.curated.note)):
                print("\n".join(wrap(note, width, "    ", "    ")))
        print()
    found = sum(d.found for d in listed)
    print(f"{len(listed)} discrepancies: {len(listed) - found} curated, {found} found in the data")
    return 0


def _row(plan: Plan, statement: Target | Observation) -> dict[str, object]:
    """The statement's one row (``rows.statement_row``), as every --json output gives it."""
    from qualityplans.catalog import get_indicator
    from qualityplans.rows import statement_row

    name = get_indicator(statement.indicator).name_zh if statement.indicator else None
    return statement_row(plan, plan.parent_of(statement.eid), statement, name)
