"""A problem in the data: where it is, what is wrong, and which file to edit."""

from __future__ import annotations

import traceback
from enum import StrEnum
from pathlib import Path

from attrs import frozen

from qualityplans.catalog import DataLoadError

__all__ = ["Problem", "Severity", "loading_problem"]


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
