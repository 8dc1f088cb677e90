"""``qualityplans validate``: every problem in the dataset, with its location."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sized

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
    validate.add_argument(
        "--plan",
        metavar="ID",
        help="check only this plan (id, 文号 or title) and the catalogs: fast, for a pull request",
    )
    return validate


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import DataConflictError, dataset, default_catalog, get_plan
    from qualityplans.validate import Severity, loading_problem, validate

    try:
        if args.plan is None:
            data = dataset()
        else:
            data = default_catalog().with_plans([get_plan(args.plan)])
    except (LookupError, DataConflictError):  # the command line says so in one line, exit 1
        raise
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
            f"ok: {_count(data.plans, 'plan')}, "
            f"{_count([m for p in data.plans for m in p.measures], 'measure')}, "
            f"{_count([t for p in data.plans for t in p.targets], 'target')}, "
            f"{_count([o for p in data.plans for o in p.observations], 'observation')}, "
            f"{_count(data.indicators, 'indicator')}, {_count(data.departments, 'department')}: "
            f"{f'no errors, {warnings} warnings' if warnings else 'no problems'}"
        )
    return 0


def _count(items: Sized, noun: str) -> str:
    return f"{len(items)} {noun}{'s' * (len(items) != 1)}"
