"""``qualityplans validate``: every problem in the dataset, with its location."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sized
from typing import TYPE_CHECKING

from qualityplans.cli._base import Parser

if TYPE_CHECKING:
    from qualityplans.model import Dataset

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
    from qualityplans.validate import Severity, loading_problem, validate

    try:
        from qualityplans.catalog import dataset

        data = dataset() if args.plan is None else _one_plan(args.plan)
    except LookupError:  # --plan names no plan: the command line says so, exit 1
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


def _one_plan(key: str) -> Dataset:
    """The catalogs with only the plan ``key`` (loading no other plan module)."""
    import attrs

    from qualityplans import data
    from qualityplans.catalog import get_plan
    from qualityplans.model import Dataset

    plan = get_plan(key)
    fields = [name for name in attrs.fields_dict(Dataset) if name != "plans"]
    return Dataset(plans=(plan,), **{name: getattr(data, name.upper()) for name in fields})
