"""``qualityplans list``: the curated plans, one line each."""

from __future__ import annotations

import argparse

from qualityplans.cli._base import Parser, add_json_flag, print_json

NAME = "list"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    parser = commands.add_parser(
        NAME, help="list the curated plans", description="List the curated plans."
    )
    add_json_flag(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import plans
    from qualityplans.text.terminal import display_width

    if args.json:
        from qualityplans.export import records

        # the rows of the plans table, as the CSV export and records("plans") give them
        print_json(records("plans"))
        return 0

    rows = [
        (p.id, p.doc_number.canonical if p.doc_number else "—", str(p.period or "—"), p.title_zh)
        for p in plans()
    ]
    widths = [max(display_width(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        cells = [c + " " * (w - display_width(c)) for c, w in zip(row[:3], widths, strict=True)]
        print("  ".join([*cells, row[3]]))
    return 0
