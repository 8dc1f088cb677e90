"""One collection type for every result: a tuple that is also a table.

Every function that returns several things (plans, indicators, search hits,
filtered targets, outcomes …) returns ``Results``:

- ``results.records()`` gives one flat dict per item, so
  ``pandas.DataFrame(results.records())`` is a table with one column per
  field. An item with ``record()`` gives that row (a found target gives the
  targets table's row, with its plan and region ids); a model record (an
  Indicator, a Department, a Plan) gives its one-value fields (enums as their
  values, a 文号 as text, a period as ``period_start``/``period_end``).
  Values keep their types: years and counts ``int``, amounts exact ``Decimal``.
- ``results.to_pandas()`` is that DataFrame with integer columns as pandas'
  nullable ``Int64`` (a missing year stays an integer column, not float).
- In Jupyter it shows as an escaped HTML table (``_repr_html_``): each result
  class may list its columns in ``COLUMNS`` and give their values with
  ``row()``; a model record shows its one-value fields; anything else its repr.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar, cast

import attrs

__all__ = ["Results", "html_summary", "html_table", "plain_record"]

T_co = TypeVar("T_co", covariant=True)


def _text(value: object) -> str:
    return html.escape("" if value is None else str(value))


def html_table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """An escaped HTML table (what Jupyter shows for a result collection)."""

    def cells(tag: str, values: Iterable[object]) -> str:
        return "".join(f"<{tag}>{_text(v)}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f"<table><thead><tr>{cells('th', header)}</tr></thead><tbody>{body}</tbody></table>"


def html_summary(title: str, fields: Iterable[tuple[str, object]]) -> str:
    """An escaped summary of one record: a title line over a two-column table of
    its fields (empty fields left out)."""
    rows = "".join(
        f"<tr><th>{_text(name)}</th><td>{_text(value)}</td></tr>"
        for name, value in fields
        if value not in (None, "", ())
    )
    return f"<div><strong>{_text(title)}</strong><table><tbody>{rows}</tbody></table></div>"


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, str | int | Decimal | Enum)


def _cell(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def plain_record(obj: object) -> dict[str, Any]:
    """A model record's one-value fields as a flat dict: enums as their values, a 文号
    (``canonical``) as text, a period as ``period_start``/``period_end``; tuples of
    text as lists. Nested records are left out."""
    out: dict[str, Any] = {}
    for f in attrs.fields(cast(Any, type(obj))):
        value = getattr(obj, f.name)
        if _scalar(value):
            out[f.name] = _cell(value)
        elif hasattr(value, "canonical"):
            out[f.name] = value.canonical
        elif hasattr(value, "start") and hasattr(value, "end") and attrs.has(type(value)):
            out[f"{f.name}_start"], out[f"{f.name}_end"] = value.start, value.end
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            out[f.name] = list(value)
    return out


class Results(tuple[T_co, ...], Generic[T_co]):
    """A tuple of results that is also a table: ``records()``, ``to_pandas()``, and an
    HTML table in Jupyter."""

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "()"
        inner = ",\n ".join(repr(r) for r in self)
        return f"({inner},)" if len(self) == 1 else f"({inner})"

    def records(self) -> list[dict[str, Any]]:
        """One flat dict per result: its ``record()`` (the CSV row of its kind, with plan
        and region ids), or a model record's one-value fields. Values keep their types
        (years ``int``, amounts ``Decimal``); lists stay lists."""
        out = []
        for item in self:
            record = getattr(item, "record", None)
            if callable(record):
                out.append(dict(record()))
            elif attrs.has(type(item)):
                out.append(plain_record(item))
            else:
                out.append({"value": item})
        return out

    def to_pandas(self) -> Any:
        """``records()`` as a pandas DataFrame, integer columns as nullable ``Int64``.

        Amounts stay exact ``Decimal`` objects (``df.amount.astype(float)`` for
        arithmetic in floating point). Needs pandas.
        """
        try:
            import pandas  # type: ignore[import-untyped]
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install pandas") from None
        rows = self.records()
        frame = pandas.DataFrame(rows)
        for column in frame.columns:
            present = [r[column] for r in rows if r.get(column) is not None]
            if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
                frame[column] = frame[column].astype("Int64")
        return frame

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
