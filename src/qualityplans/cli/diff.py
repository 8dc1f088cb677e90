"""``qualityplans diff A B``: what changed between two plans."""

from __future__ import annotations

import argparse
import shutil
import sys

from qualityplans.cli._base import Parser, print_json

NAME = "diff"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    diff = commands.add_parser(
        NAME,
        help="compare two plans: indicators, measures, departments, themes",
        description="Compare plan A with plan B: targets per indicator and what changed, "
        "measures aligned with their reasons, lead and responsible departments matched "
        "through the 2018-2019 reform, and theme counts. A and B are ids, 文号 or titles.",
    )
    diff.add_argument("a", metavar="A", help="the first plan, e.g. suzhou-2016")
    diff.add_argument("b", metavar="B", help="the second plan, e.g. suzhou-14fyp")
    diff.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text for the terminal (default), markdown, or one JSON document",
    )
    return diff


def run(args: argparse.Namespace) -> int:
    from qualityplans.compare.diff import diff

    result = diff(args.a, args.b)
    if args.format == "json":
        print_json(result.to_dict())
    elif args.format == "markdown":
        sys.stdout.write(result.to_markdown())
    else:
        width = min(shutil.get_terminal_size((100, 24)).columns, 120)
        sys.stdout.write(result.to_text(max(width, 60)))
    return 0
