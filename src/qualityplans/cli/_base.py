"""What every command shares: the one-line usage error, the parser, JSON output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, Protocol

__all__ = [
    "PROG",
    "Command",
    "Parser",
    "UsageError",
    "add_json_flag",
    "print_json",
]

PROG = "qualityplans"


class UsageError(Exception):
    """Wrong usage: exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit with status 2."""

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        # A path option given an empty name (-o "") would mean the current folder.
        if action.type is Path and not arg_string.strip():
            raise argparse.ArgumentError(
                action, f"{arg_string!r} is not a path: give a file or folder name, e.g. out"
            )
        return super()._get_value(action, arg_string)

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
    are exact strings, as in every export.

    The bytes are UTF-8 whatever the terminal's encoding (a pipe to jq wants JSON, not
    GBK), and valid UTF-8 even where the document holds text that is not (an argument
    of undecodable bytes arrives as lone surrogates): those are written as ``\\udcff``
    escapes, which JSON readers accept.
    """
    from qualityplans.serialize import jsonable

    text = json.dumps(jsonable(document), ensure_ascii=False, indent=2, default=default)
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if buffer is not None and encoding != "utf8":
        out.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        out.write(text)


_SURROGATE = re.compile("[\ud800-\udfff]")
