"""The ``qualityplans`` command line: one module per command, this one dispatches.

Exit codes: 0 success; 1 a failed check or nothing found; 2 wrong usage.
Every error is one line on stderr, never a traceback.

Add a command by writing ``cli/<name>.py`` with ``NAME``, ``add_parser`` and
``run`` (see ``_base.Command``) and listing it in ``COMMANDS``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import NoReturn, cast

from qualityplans.cli._base import PROG, Command, Parser, UsageError

__all__ = ["COMMANDS", "QUOTE_LIMIT", "main", "run", "shorten"]

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

    _usable_streams()
    given = tuple(sys.argv[1:] if argv is None else argv)  # (`list` is a command here)
    commands = _commands()
    parser = _build_parser(commands)
    try:
        args = parser.parse_args(argv)
        if args.version:
            from qualityplans.catalog import dataset_version

            print(f"{PROG} {dataset_version()}")
            return _flushed(0)
        if args.command is None:
            parser.print_help()
            _say(f"{PROG}: no command given (see {PROG} --help)")
            return _flushed(2)
        return _flushed(commands[args.command].run(args))
    except UsageError as error:
        # A command that turns a ValueError into a usage error must not do so for data
        # that does not load or shadows a shipped record: that is exit 1, in one line.
        cause = error.__context__
        if isinstance(cause, DataLoadError | DataConflictError):
            _say(shorten(f"{PROG}: {cause}", given))
            return 1
        _say(shorten(str(error), given))
        return 2
    except (NotFoundError, AmbiguousLookupError, DataLoadError, DataConflictError) as error:
        _say(shorten(f"{PROG}: {error}", given))
        return 1
    except OSError as error:
        if _gone(error):
            return _quiet()
        _say(shorten(f"{PROG}: {error}", given))
        return 1
    except KeyboardInterrupt:
        return 130


def _usable_streams() -> None:
    """Whatever the terminal: a closed stdout or stderr (``>&-``) becomes a sink, and
    text the stream's encoding cannot hold (U+2212 on GBK, Chinese on ASCII) is
    written as a backslash escape instead of ending the command in a traceback."""
    import contextlib
    import io
    import os

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif isinstance(stream, io.TextIOWrapper) and stream.errors != "backslashreplace":
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot change
                stream.reconfigure(errors="backslashreplace")


def _flushed(status: int) -> int:
    """``status``, once what the command wrote has reached stdout (so a reader that went
    away is noticed here, not in a traceback at exit)."""
    sys.stdout.flush()
    return status


def _say(line: str) -> None:
    """One line on stderr, if anyone is there to read it."""
    try:
        print(line, file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _gone(error: OSError) -> bool:
    """The reader went away (``| head``) or the stream was closed (``>&-``)."""
    import errno

    return isinstance(error, BrokenPipeError) or error.errno in (errno.EPIPE, errno.EBADF)


def _quiet() -> int:
    """Stop quietly, as Unix tools do: what is still buffered goes nowhere."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


# How much of an argument an error quotes: enough to recognise it, never 120 KB.
QUOTE_LIMIT = 200


def shorten(message: str, argv: Sequence[str] = ()) -> str:
    """``message`` with every argument (as given, or as repr quotes it) and every quoted
    string longer than QUOTE_LIMIT characters cut to that length."""
    for arg in sorted(set(argv), key=len, reverse=True):
        if len(arg) > QUOTE_LIMIT:
            for form in (arg, repr(arg)[1:-1]):
                message = message.replace(form, form[:QUOTE_LIMIT] + "…")
    return _LONG_QUOTE.sub(lambda m: m.group()[: QUOTE_LIMIT + 1] + "…" + m.group()[-1], message)


_LONG_QUOTE = re.compile(rf"'[^'\n]{{{QUOTE_LIMIT + 1},}}'|\"[^\"\n]{{{QUOTE_LIMIT + 1},}}\"")


def run() -> NoReturn:
    sys.exit(main())
