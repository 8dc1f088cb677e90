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
        "Prints each problem as 'file: plan/eid/field: message' and exits 1 if any is an "
        "error; warnings are printed but do not fail.",
    )
    validate.add_argument(
        "--quiet", action="store_true", help="print nothing when the data is valid"
    )
    return validate


def run(args: argparse.Namespace) -> int:
    from qualityplans.validate import Severity, loading_problem, validate

    try:
        from qualityplans.catalog import dataset

        data = dataset()
    except Exception as error:  # a broken data module: one line naming it, no traceback
        print(loading_problem(error).line)
        print("1 problem found: the dataset does not load", file=sys.stderr)
        return 1
    problems = validate(data)
    for problem in problems:
        print(problem.line)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    if problems:
        print(
            f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}",
            file=sys.stderr,
        )
    if errors:
        return 1
    if not args.quiet:
        print(
            f"ok: {len(data.plans)} plans, {sum(len(p.measures) for p in data.plans)} measures, "
            f"{sum(len(p.targets) for p in data.plans)} targets, "
            f"{sum(len(p.observations) for p in data.plans)} observations, "
            f"{len(data.indicators)} indicators, {len(data.departments)} departments: "
            f"{f'no errors, {warnings} warnings' if warnings else 'no problems'}"
        )
    return 0
