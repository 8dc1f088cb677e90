"""``qualityplans validate``: every problem in the dataset, with its location."""

from __future__ import annotations

import argparse
import sys

from qualityplans.cli._base import Parser

NAME = "validate"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    validate = commands.add_parser(
        NAME,
        help="check the dataset and list every problem",
        description="Check every plan against its transcription and the catalogs. "
        "Prints each problem as 'file: plan/eid/field: message' and exits 1 if any.",
    )
    validate.add_argument(
        "--quiet", action="store_true", help="print nothing when the data is valid"
    )
    return validate


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import dataset
    from qualityplans.validate import validate

    data = dataset()
    problems = validate(data)
    for problem in problems:
        prefix = f"{problem.file}: " if problem.file else ""
        print(f"{prefix}{problem}")
    if problems:
        print(f"{len(problems)} problem{'s' * (len(problems) != 1)} found", file=sys.stderr)
        return 1
    if not args.quiet:
        print(
            f"ok: {len(data.plans)} plans, {sum(len(p.measures) for p in data.plans)} measures, "
            f"{sum(len(p.targets) for p in data.plans)} targets, "
            f"{sum(len(p.observations) for p in data.plans)} observations, "
            f"{len(data.indicators)} indicators, {len(data.departments)} departments: no problems"
        )
    return 0
