"""One collection type for every result: a tuple that shows as a table in Jupyter.

Every function that returns several things (plans, indicators, search hits,
filtered targets, outcomes …) returns ``Results``. Each result class may list
its columns in ``COLUMNS`` and give their values with ``row()``; a model record
(an Indicator, a Department) shows its one-value fields; anything else its repr.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from enum import Enum
from typing import Any, Generic, TypeVar, cast

import attrs

__all__ = ["Results", "html_table"]

T_co = TypeVar("T_co", covariant=True)


def html_table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """An escaped HTML table (what Jupyter shows for a result collection)."""

    def cells(tag: str, values: Iterable[object]) -> str:
        return "".join(f"<{tag}>{html.escape('' if v is None else str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f"<table><thead><tr>{cells('th', header)}</tr></thead><tbody>{body}</tbody></table>"


class Results(tuple[T_co, ...], Generic[T_co]):
    """A tuple of results that shows as a table in Jupyter."""

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "()"
        inner = ",\n ".join(repr(r) for r in self)
        return f"({inner},)" if len(self) == 1 else f"({inner})"

    def _table(self) -> tuple[tuple[str, ...], list[list[object]]]:
        first: Any = self[0]
        if hasattr(first, "row"):
            columns: tuple[str, ...] = first.COLUMNS
            return columns, [list(cast(Any, r).row()) for r in self]
        if attrs.has(type(first)):
            fields = attrs.fields(type(first))
            names = tuple(f.name for f in fields if _scalar(getattr(first, f.name)))
            return names, [[_cell(getattr(r, n)) for n in names] for r in self]
        return ("item",), [[repr(r)] for r in self]

    def _repr_html_(self) -> str:
        if not self:
            return "<p>(no results)</p>"
        header, rows = self._table()
        return html_table(header, rows)


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, str | int | Enum)


def _cell(value: object) -> object:
    return value.value if isinstance(value, Enum) else value
