"""What every command shares: the one-line usage error, the parser, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, NoReturn, Protocol

__all__ = ["PROG", "Command", "Parser", "UsageError", "add_json_flag", "print_json"]

PROG = "qualityplans"


class UsageError(Exception):
    """Wrong usage: exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit with status 2."""

    def error(self, message: str) -> NoReturn:
        # argparse quotes the user's arguments as given: escape controls to keep one line.
        message = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


class Command(Protocol):
    """A command module: it adds its parser and runs with the parsed arguments."""

    NAME: str

    def add_parser(self, commands: argparse._SubParsersAction[Parser]) -> Parser: ...

    def run(self, args: argparse.Namespace) -> int: ...


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON document on stdout instead of a table"
    )


def print_json(document: Any, default: Callable[[Any], Any] | None = None) -> None:
    """Print ``document`` as one UTF-8 JSON document (Chinese kept readable); Decimals
    are exact strings, as in every export."""
    from qualityplans.serialize import jsonable

    json.dump(jsonable(document), sys.stdout, ensure_ascii=False, indent=2, default=default)
    sys.stdout.write("\n")
