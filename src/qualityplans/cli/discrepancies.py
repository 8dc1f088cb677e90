"""``qualityplans discrepancies``: the same thing stated with two different amounts."""

from __future__ import annotations

import argparse
import shutil

from qualityplans.cli._base import Parser, add_json_flag, print_json

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
    from qualityplans.render import wrap
    from qualityplans.serialize import to_dict

    listed = discrepancies()
    if args.json:
        print_json(
            [
                {
                    "kind": "found" if d.found else "curated",
                    "eid": d.curated.eid if d.curated else None,
                    "note": d.curated.note if d.curated else None,
                    "where": d.where,
                    "first": {"plan": d.first_plan.id, **to_dict(d.first)},
                    "second": {"plan": d.second_plan.id, **to_dict(d.second)},
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
            print("\n".join(wrap(d.curated.note, width, "    ", "    ")))
        print()
    found = sum(d.found for d in listed)
    print(f"{len(listed)} discrepancies: {len(listed) - found} curated, {found} found in the data")
    return 0
