"""``qualityplans matrix``: indicators × plans, every target and report side by side."""

from __future__ import annotations

import argparse
import sys

from qualityplans.cli._base import PROG, Parser, UsageError

NAME = "matrix"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    matrix = commands.add_parser(
        NAME,
        help="indicators x plans: each plan's targets and reports per indicator",
        description="Show every indicator with each plan's targets (reports in brackets), "
        "or write the matrix as CSV with two columns per plan.",
    )
    matrix.add_argument(
        "--plans", metavar="P,Q", help="comma-separated plans (ids or 文号); default all"
    )
    matrix.add_argument("--csv", action="store_true", help="write CSV on stdout")
    return matrix


def run(args: argparse.Namespace) -> int:
    from qualityplans.compare.matrix import matrix

    plans = None
    if args.plans is not None:
        plans = [p.strip() for p in args.plans.split(",") if p.strip()]
        if not plans:
            raise UsageError(f"{PROG} matrix: --plans needs at least one plan")
    result = matrix(plans)
    sys.stdout.write(result.to_csv() if args.csv else result.to_text())
    return 0 if result.indicators else 1
