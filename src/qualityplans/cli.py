"""The ``qualityplans`` command: list, show, validate and export the dataset.

Exit codes: 0 success; 1 a failed check or nothing found; 2 wrong usage.
Every error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

__all__ = ["main"]

PROG = "qualityplans"


class UsageError(Exception):
    """Wrong usage: exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit with status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="Chinese municipal quality-development plans as exact, typed data.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser(
        "list", help="list the curated plans", description="List the curated plans."
    )

    show = commands.add_parser(
        "show",
        help="show one plan: metadata, sections, measures, units and targets",
        description="Show one plan. PLAN is its id, 文号 (any bracket style) or exact title.",
    )
    show.add_argument("plan", metavar="PLAN", help="plan id, 文号 or title, e.g. 苏府〔2016〕63号")
    show.add_argument(
        "--width", type=int, default=0, help="wrap at this many columns (default: terminal)"
    )
    show.add_argument(
        "--full", action="store_true", help="include the verbatim text of every measure"
    )

    validate = commands.add_parser(
        "validate",
        help="check the dataset and list every problem",
        description="Check every plan against its transcription and the catalogs. "
        "Prints each problem as 'file: plan/eid/field: message' and exits 1 if any.",
    )
    validate.add_argument(
        "--quiet", action="store_true", help="print nothing when the data is valid"
    )

    export = commands.add_parser(
        "export",
        help="write the dataset as JSON and CSV tables",
        description="Write the whole dataset as JSON (qualityplans.json) and/or flat CSV tables.",
    )
    export.add_argument(
        "--format",
        choices=("json", "csv"),
        action="append",
        help="json or csv; repeat for both (default: both)",
    )
    export.add_argument(
        "--output", "-o", required=True, type=Path, metavar="DIR", help="directory to write into"
    )
    export.add_argument(
        "--bom", action="store_true", help="start CSV files with a BOM so Excel reads UTF-8"
    )
    return parser


def _cmd_list(_: argparse.Namespace) -> int:
    from qualityplans.catalog import plans
    from qualityplans.render import display_width

    rows = [
        (p.id, p.doc_number.canonical if p.doc_number else "—", str(p.period or "—"), p.title_zh)
        for p in plans()
    ]
    widths = [max(display_width(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        cells = [c + " " * (w - display_width(c)) for c, w in zip(row[:3], widths, strict=True)]
        print("  ".join([*cells, row[3]]))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from qualityplans.catalog import get_plan
    from qualityplans.render import render_plan

    if args.width < 0:
        raise UsageError(f"{PROG} show: --width must be positive, not {args.width}")
    plan = get_plan(args.plan)
    width = args.width or min(shutil.get_terminal_size((100, 24)).columns, 120)
    sys.stdout.write(render_plan(plan, max(width, 40), full=args.full))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
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


def _cmd_export(args: argparse.Namespace) -> int:
    from qualityplans.catalog import dataset
    from qualityplans.export import write_csv, write_json

    formats = args.format or ["json", "csv"]
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise OSError(f"{output} exists and is not a directory")
    data = dataset()
    written = []
    if "json" in formats:
        written.append(write_json(data, output))
    if "csv" in formats:
        written.extend(write_csv(data, output, bom=args.bom))
    for path in written:
        print(path)
    return 0


_COMMANDS = {"list": _cmd_list, "show": _cmd_show, "validate": _cmd_validate, "export": _cmd_export}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from qualityplans.errors import AmbiguousLookupError, NotFoundError

    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        if args.version:
            from importlib.metadata import version

            print(f"{PROG} {version('qualityplans')}")
            return 0
        if args.command is None:
            parser.print_help()
            return 2
        return _COMMANDS[args.command](args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    except (NotFoundError, AmbiguousLookupError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            return _quiet_broken_pipe()
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _quiet_broken_pipe() -> int:
    """The reader went away (``| head``): stop quietly, as Unix tools do."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def run() -> NoReturn:
    sys.exit(main())
