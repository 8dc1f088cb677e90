"""Short, one-line text for objects in a REPL: ``repr()`` and notebook tables.

Model and result classes call these from their ``__repr__``, so a printed
target is one line (``<Target sec_3__item_14__tgt_1 大中型工程一次验收合格率 = 100% 2016>``),
never the whole plan it belongs to. Result collections render as an HTML table
in Jupyter (``Results._repr_html_``).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

if TYPE_CHECKING:
    from qualityplans.model import Observation, Target

__all__ = ["Results", "amount_text", "html_table", "indicator_name", "statement_repr", "when"]

T_co = TypeVar("T_co", covariant=True)


def indicator_name(indicator: str | None) -> str:
    """The Chinese name of an indicator id, or the id if the catalog lacks it."""
    if indicator is None:
        return "(no indicator)"
    from qualityplans.catalog import get_indicator
    from qualityplans.errors import NotFoundError

    try:
        return get_indicator(indicator).name_zh
    except (NotFoundError, LookupError):
        return indicator


def amount_text(s: Target | Observation) -> str:
    """``= 100%``, ``≥ 98%``, ``+0.1%``, ``2–3 家``, or the qualitative words."""
    from qualityplans.model import Comparator, Unit

    q = s.value
    if q is None:
        return s.qualitative or ""
    unit = "" if q.unit is Unit.INDEX else q.unit.value
    sep = "" if q.unit is Unit.PERCENT or not unit else " "
    if q.comparator is Comparator.RANGE:
        return f"{q.amount}–{q.upper}{sep}{unit}"
    sign = {"up": "+", "down": "−"}.get(s.direction.value if s.direction else "", "")
    return f"{q.comparator.value} {sign}{q.amount}{sep}{unit}"


def when(s: Target | Observation) -> str:
    """The year or period a statement refers to (``2016``, ``2021–2025``)."""
    if s.period is not None:
        return str(s.period)
    return str(s.year) if s.year is not None else ""


def statement_repr(s: Target | Observation) -> str:
    parts = [type(s).__name__, s.eid, indicator_name(s.indicator), amount_text(s), when(s)]
    return "<" + " ".join(p for p in parts if p) + ">"


def html_table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """An escaped HTML table (what Jupyter shows for a result collection)."""

    def cells(tag: str, values: Iterable[object]) -> str:
        return "".join(f"<{tag}>{html.escape('' if v is None else str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f"<table><thead><tr>{cells('th', header)}</tr></thead><tbody>{body}</tbody></table>"


class Results(tuple[T_co, ...], Generic[T_co]):
    """A tuple of results that shows as a table in Jupyter.

    Each result class lists its columns in ``COLUMNS`` and gives their values
    with ``row()``; anything else shows its ``repr``.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "()"
        inner = ",\n ".join(repr(r) for r in self)
        return f"({inner},)" if len(self) == 1 else f"({inner})"

    def _repr_html_(self) -> str:
        if not self:
            return "<p>(no results)</p>"
        first: Any = self[0]
        if hasattr(first, "row"):
            columns: tuple[str, ...] = first.COLUMNS
            return html_table(columns, (cast(Any, r).row() for r in self))
        if attrs.has(type(first)):
            # a model record (Indicator, Department …): its one-value fields
            fields = attrs.fields(type(first))
            names = [f.name for f in fields if _scalar(getattr(first, f.name))]
            return html_table(names, ([_cell(getattr(r, n)) for n in names] for r in self))
        return html_table(("item",), ((repr(r),) for r in self))


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, str | int | Enum)


def _cell(value: object) -> object:
    return value.value if isinstance(value, Enum) else value
