"""The ``qualityplans`` command line: one module per command, this one dispatches.

Exit codes: 0 success; 1 a failed check or nothing found; 2 wrong usage.
Every error is one line on stderr, never a traceback.

Add a command by writing ``cli/<name>.py`` with ``NAME``, ``add_parser`` and
``run`` (see ``_base.Command``) and listing it in ``COMMANDS``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module
from typing import NoReturn, cast

from qualityplans.cli._base import PROG, Command, Parser, UsageError

__all__ = ["COMMANDS", "main", "run"]

# Command modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "list",
    "show",
    "search",
    "indicator",
    "department",
    "departments",
    "targets",
    "validate",
    "export",
    "diff",
    "outcomes",
    "discrepancies",
    "matrix",
    "new_plan",
)


def _commands() -> dict[str, Command]:
    modules = (import_module(f"qualityplans.cli.{name}") for name in COMMANDS)
    return {module.NAME: cast(Command, module) for module in modules}


def _build_parser(commands: dict[str, Command]) -> Parser:
    parser = Parser(
        prog=PROG,
        description="Chinese municipal quality-development plans as exact, typed data.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in commands.values():
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from qualityplans.catalog import DataConflictError, DataLoadError
    from qualityplans.errors import AmbiguousLookupError, NotFoundError

    commands = _commands()
    parser = _build_parser(commands)
    try:
        args = parser.parse_args(argv)
        if args.version:
            from qualityplans.catalog import dataset_version

            print(f"{PROG} {dataset_version()}")
            return 0
        if args.command is None:
            parser.print_help()
            print(f"{PROG}: no command given (see {PROG} --help)", file=sys.stderr)
            return 2
        return commands[args.command].run(args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    except (NotFoundError, AmbiguousLookupError, DataLoadError, DataConflictError) as error:
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
