"""A problem in the data: where it is, what is wrong, and which file to edit."""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from attrs import frozen

from qualityplans.catalog import DataLoadError

__all__ = ["Problem", "Severity", "in_document_order", "loading_problem", "summary"]


class Severity(StrEnum):
    """An error fails ``qualityplans validate``; a warning is printed but does not."""

    ERROR = "error"
    WARNING = "warning"


@frozen
class Problem:
    """One thing wrong with the data: where, what, and which file to edit."""

    location: str
    message: str
    file: str | None = None
    severity: Severity = Severity.ERROR
    line_number: int | None = None  # the transcription (or module) line, where one is known

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"

    @property
    def line(self) -> str:
        """The line a contributor sees: ``file: plan/eid/field: [warning: ]message``."""
        prefix = f"{self.file}: " if self.file else ""
        mark = "warning: " if self.severity is Severity.WARNING else ""
        return f"{prefix}{self.location}: {mark}{self.message}"

    @property
    def placed_line(self) -> str:
        """``line`` with the transcription line where the problem stands:
        ``file: plan/eid/field: line 21: message`` (unless the message names it)."""
        n = self.line_number
        if n is None or f"line {n}" in self.message:
            return self.line
        prefix = f"{self.file}: " if self.file else ""
        mark = "warning: " if self.severity is Severity.WARNING else ""
        return f"{prefix}{self.location}: line {n}: {mark}{self.message}"

    @property
    def kind(self) -> tuple[str, str]:
        """What sort of problem this is, as (singular, plural): ("figure", "figures")."""
        return _kind(self)


# The kinds of problem, by the field a problem is about (its location's last part).
_FIELD_KINDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("figures",), "figure", "figures"),
    (
        ("responsibilities", "standing_responsibilities", "responsibility_text"),
        "unit",
        "units",
    ),
    (("indicator",), "indicator", "indicators"),
    (("value", "comparator"), "value", "values"),
    (("year", "base_year", "period"), "year", "years"),
    (("dates", "start", "end"), "date", "dates"),
    (("commitment", "modal", "governing"), "commitment", "commitments"),
    (("quote", "qualitative"), "quote", "quotes"),
    (("text", "texts", "title_zh", "heading_zh", "localities"), "text", "texts"),
    (("themes",), "theme", "themes"),
    (("eid", "number", "id"), "numbering or id", "numberings or ids"),
    (("sha256",), "checksum", "checksums"),
)


_CATALOGS = ("regions", "departments", "indicators", "themes", "collectives", "lineage")


def _kind(p: Problem) -> tuple[str, str]:
    if p.message.startswith("still to fill in"):
        return ("TODO", "TODOs")
    if any(
        f"holds the {what} " in p.message
        for what in ("phone number", "e-mail address", "ID number", "public service number")
    ):
        return ("contact detail", "contact details")
    if "cannot load" in p.message:
        return ("module that does not load", "modules that do not load")
    if p.message.startswith("must be ") and ": write" in p.message:
        return ("field of the wrong type", "fields of the wrong type")
    parts = p.location.split("/")
    if parts[0] == "plans":
        return ("plan index entry", "plan index entries")
    if parts[0] in _CATALOGS:
        return ("catalog record", "catalog records")
    field = parts[-1]
    names = {piece.split("[", 1)[0] for piece in field.split(".")}
    for fields, one, many in _FIELD_KINDS:
        if names & set(fields):
            return (one, many)
    return ("other", "others")


def in_document_order(problems: Sequence[Problem]) -> list[Problem]:
    """``problems`` as a contributor walks the transcription: those of no place in it
    (the catalogs, the plan as a whole) first, then by transcription line."""
    return sorted(problems, key=lambda p: p.line_number or 0)


def summary(problems: Sequence[Problem]) -> str:
    """``7 left: 4 figures, 2 units, 1 indicator``: the errors by kind, most first,
    and the warnings."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    counts: dict[tuple[str, str], int] = {}
    for p in errors:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])  # stable: first seen first
    kinds = ", ".join(f"{n} {one if n == 1 else many}" for (one, many), n in ranked)
    warnings = len(problems) - len(errors)
    said = f"{len(errors)} left: {kinds}" if errors else "0 left"
    if warnings:
        said += f"; {warnings} warning{'s' * (warnings != 1)}"
    return said


def loading_problem(error: BaseException) -> Problem:
    """The one-line problem for a data module that fails to load (a float for a Decimal).

    Names the file and line that raised: the data module's own line where the
    error came from one, else the innermost line outside this package.
    """
    if isinstance(error, DataLoadError):
        where = f"line {error.line}" if error.line is not None else "module"
        return Problem(where, f"cannot load: {error.detail}", error.file)
    if isinstance(error, SyntaxError) and error.filename:
        return Problem(
            f"line {error.lineno}",
            f"cannot load: SyntaxError: {error.msg}: fix the Python syntax",
            error.filename,
        )
    frames = traceback.extract_tb(error.__traceback__)
    package = str(Path(__file__).parent.parent)
    data = str(Path(__file__).parent.parent / "data")
    ours = [f for f in frames if f.filename.startswith(data)] or [
        f for f in frames if not f.filename.startswith(package) and not f.filename.startswith("<")
    ]
    frame = ours[-1] if ours else frames[-1] if frames else None
    detail = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    if frame is None:
        return Problem("data", f"cannot load the dataset: {detail}")
    return Problem(f"line {frame.lineno}", f"cannot load: {detail}", frame.filename)
