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
  nullable ``Int64`` (a missing year stays an integer column, not float); a
  result class may name its integer columns in ``INTEGER_COLUMNS``.
- In Jupyter it shows as an escaped HTML table (``_repr_html_``): each result
  class may list its columns in ``COLUMNS`` and give their values with
  ``row()``; a model record shows its one-value fields; anything else its repr.
"""

from __future__ import annotations

import html
import types
import typing
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


_SHAPES: dict[type, tuple[tuple[str, str], ...]] = {}


def _shapes(cls: type) -> tuple[tuple[str, str], ...]:
    """How each field of a model class goes into a flat record, from its type hints:
    ``value`` (text, numbers, enums), ``list`` (a tuple of text), ``number`` (a 文号),
    ``period`` (start and end), ``int`` (an integer), or left out (nested records)."""
    if cls not in _SHAPES:
        _SHAPES[cls] = _shapes_of(cls)
    return _SHAPES[cls]


def _shapes_of(cls: type) -> tuple[tuple[str, str], ...]:
    hints = typing.get_type_hints(cls)
    shapes = []
    for f in attrs.fields(cast(Any, cls)):
        hint = hints[f.name]
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        inner = (
            args[0]
            if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1
            else hint
        )
        if inner is int:
            shapes.append((f.name, "int"))
        elif inner in (str, bool, Decimal) or (isinstance(inner, type) and issubclass(inner, Enum)):
            shapes.append((f.name, "value"))
        elif typing.get_origin(inner) is tuple and typing.get_args(inner)[:1] == (str,):
            shapes.append((f.name, "list"))
        elif getattr(inner, "__name__", "") == "DocNumber":
            shapes.append((f.name, "number"))
        elif getattr(inner, "__name__", "") == "Period":
            shapes.append((f.name, "period"))
    return tuple(shapes)


def plain_record(obj: object) -> dict[str, Any]:
    """A model record's one-value fields as a flat dict, the same keys for every record of
    a class: enums as their values, a 文号 as its canonical text, a period as
    ``<name>_start``/``<name>_end``, tuples of text as lists; nested records left out."""
    out: dict[str, Any] = {}
    for name, shape in _shapes(type(obj)):
        value = getattr(obj, name)
        if shape == "period":
            out[f"{name}_start"] = value.start if value is not None else None
            out[f"{name}_end"] = value.end if value is not None else None
        elif shape == "number":
            out[name] = value.canonical if value is not None else None
        elif shape == "list":
            out[name] = list(value)
        else:
            out[name] = _cell(value)
    return out


def _integer_columns(item: object) -> set[str]:
    """Columns of ``item``'s records that hold integers, as its class declares them."""
    declared = getattr(type(item), "INTEGER_COLUMNS", None)
    if declared is not None:
        return set(declared)
    if attrs.has(type(item)):
        shapes = _shapes(type(item))
        ints = {name for name, shape in shapes if shape == "int"}
        periods = {
            f"{name}_{end}"
            for name, shape in shapes
            if shape == "period"
            for end in ("start", "end")
        }
        return ints | periods
    return set()


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
        declared = set().union(*(_integer_columns(item) for item in self[:1]))
        for column in frame.columns:
            present = [r[column] for r in rows if r.get(column) is not None]
            if all(isinstance(v, int) and not isinstance(v, bool) for v in present) and (
                present or column in declared
            ):
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
