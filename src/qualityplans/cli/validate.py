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
        "error; warnings are printed but do not fail. With --plan, the problems of one "
        "plan in the order of its transcription, each with its line there, and a count "
        "of what is left by kind.",
    )
    validate.add_argument(
        "--quiet", action="store_true", help="print nothing when the data is valid"
    )
    validate.add_argument(
        "--plan",
        metavar="ID",
        help="check only this plan (id, 文号 or title) and the catalogs: fast, for a pull "
        "request; problems in document order, with the transcription line",
    )
    return validate


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import (
        DataConflictError,
        DataLoadError,
        dataset,
        default_catalog,
        get_plan,
    )
    from qualityplans.validate import (
        Severity,
        in_document_order,
        loading_problem,
        summary,
        validate,
    )

    try:
        if args.plan is None:
            data = dataset()
        else:
            data = default_catalog().with_plans([get_plan(args.plan)])
    except (LookupError, DataConflictError, DataLoadError):  # one line, exit 1 (cli.main)
        raise
    except Exception as error:  # a data module that fails in a way of its own: one line
        print(f"qualityplans: {loading_problem(error).line}", file=sys.stderr)
        return 1
    problems = validate(data)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    if args.plan is not None:
        ordered = in_document_order(problems)
        for problem in ordered:
            print(problem.placed_line)
        if problems:
            print(summary(ordered), file=sys.stderr)
    else:
        for problem in problems:
            print(problem.line)
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
