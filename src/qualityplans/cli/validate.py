"""``qualityplans validate``: every problem in the dataset, with its location."""

from __future__ import annotations

import argparse
import sys
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
        "Prints each problem as 'file: plan/eid/field: message' and exits 1 if any.",
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
    from qualityplans.catalog import dataset
    from qualityplans.validate import validate

    data = dataset() if args.plan is None else _one_plan(args.plan)
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


def _one_plan(key: str) -> Dataset:
    """The catalogs with only the plan ``key`` (loading no other plan module)."""
    import attrs

    from qualityplans import data
    from qualityplans.catalog import get_plan
    from qualityplans.model import Dataset

    plan = get_plan(key)
    fields = [name for name in attrs.fields_dict(Dataset) if name != "plans"]
    return Dataset(plans=(plan,), **{name: getattr(data, name.upper()) for name in fields})
