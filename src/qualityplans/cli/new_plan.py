"""``qualityplans new-plan``: scaffold a new plan from its transcription."""

from __future__ import annotations

import argparse
from pathlib import Path

from qualityplans.cli._base import PROG, Parser, UsageError

NAME = "new-plan"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    new = commands.add_parser(
        NAME,
        help="start a new plan: transcription, data module skeleton, registration",
        description="Copy the transcription into data/sources/, write a data module listing "
        "every heading, numbered item and figure of it, and register the plan. Then run "
        f"'{PROG} validate' to see what is left to fill in. See CONTRIBUTING.md.",
    )
    new.add_argument("--id", required=True, dest="plan_id", help="plan id, e.g. wujiang-2026")
    new.add_argument(
        "--source", required=True, type=Path, metavar="FILE", help="the transcription (UTF-8)"
    )
    new.add_argument("--title", help="title as issued (default: the first line)")
    new.add_argument("--doc-number", help="文号 as written, e.g. 吴政发〔2026〕1号")
    new.add_argument("--region", help="region id, e.g. wujiang (see the regions catalog)")
    new.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="the data package to write into (default: this installation's)",
    )
    return new


def run(args: argparse.Namespace) -> int:
    from qualityplans.scaffold import scaffold

    try:
        written = scaffold(
            args.plan_id,
            args.source,
            title=args.title,
            doc_number=args.doc_number,
            region=args.region,
            data_dir=args.data_dir,
        )
    except ValueError as error:
        raise UsageError(f"{PROG} {NAME}: {error}") from None
    for path in written:
        print(path)
    print(f"next: fill in {written[1].name}, then run '{PROG} validate' until it is clean")
    return 0
