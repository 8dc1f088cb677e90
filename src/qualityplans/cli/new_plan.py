"""``qualityplans new-plan``: scaffold a new plan from its transcription."""

from __future__ import annotations

import argparse
from pathlib import Path

from qualityplans.cli._base import PROG, Parser, UsageError

NAME = "new-plan"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    new = commands.add_parser(
        NAME,
        help="start a new plan: transcription, data module draft, registration",
        description="Copy the transcription (UTF-8 text, at most 5 MB) into sources/, write a "
        "data module that reads it (the cover notice, 文号, dates, issuer, basis and adoption "
        "filled in; every heading, numbered item and unit listed; each figure drafted as a "
        "target to check or ledgered; the closest departments and indicators of the region "
        "suggested), and register the plan. Then run "
        f"'{PROG} validate --plan ID' to see what is left. See CONTRIBUTING.md.",
    )
    new.add_argument("--id", required=True, dest="plan_id", help="plan id, e.g. wujiang-2026")
    new.add_argument(
        "--source", required=True, type=Path, metavar="FILE", help="the transcription (UTF-8)"
    )
    new.add_argument(
        "--title", help="title as issued (default: read from the notice or the first line)"
    )
    new.add_argument(
        "--doc-number", help="文号 as written, e.g. 吴政发〔2026〕1号 (default: the notice's)"
    )
    new.add_argument(
        "--region",
        help="region id or name, e.g. wujiang (see data/regions.py; an unknown one is refused)",
    )
    new.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="the data root to write into (default: this installation's data package)",
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
    except ValueError as error:  # a bad id, option, region or source: wrong usage
        # One line, whatever the file name or option held.
        said = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(error))
        raise UsageError(f"{PROG} {NAME}: {said}") from None
    for path in written:
        print(path)
    print(
        f"next: fill in the TODOs of {written[1].name}, then run "
        f"'{PROG} validate --plan {args.plan_id}' until it is clean"
    )
    return 0
