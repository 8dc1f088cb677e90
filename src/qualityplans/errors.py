"""Errors raised by lookups. Each subclasses the builtin it means and carries the query."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousLookupError",
    "CollectiveNotFoundError",
    "DepartmentNotFoundError",
    "IndicatorNotFoundError",
    "NotFoundError",
    "PlanNotFoundError",
    "RegionNotFoundError",
    "ThemeNotFoundError",
]


def _or_list(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} or {items[-1]}"


class NotFoundError(LookupError):
    """Nothing matches ``query``; ``suggestions`` are the nearest names."""

    what = "record"

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        message = f"no {self.what} matches {query!r}"
        if self.suggestions:
            message += f"; did you mean {_or_list(self.suggestions)}?"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class PlanNotFoundError(NotFoundError):
    what = "plan"


class DepartmentNotFoundError(NotFoundError):
    what = "department"


class IndicatorNotFoundError(NotFoundError):
    what = "indicator"


class RegionNotFoundError(NotFoundError):
    what = "region"


class ThemeNotFoundError(NotFoundError):
    what = "theme"


class CollectiveNotFoundError(NotFoundError):
    what = "collective"


class AmbiguousLookupError(LookupError):
    """Several records match ``query`` (市质监局 exists in Suzhou and Yancheng)."""

    def __init__(self, query: str, candidates: Sequence[str], hint: str) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        super().__init__(f"{query!r} is ambiguous: {_or_list(self.candidates)}; {hint}")

    def __str__(self) -> str:
        return str(self.args[0])
