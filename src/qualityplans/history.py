"""An indicator across plans: every target and observation that measures it, in time order."""

from __future__ import annotations

from typing import ClassVar

from attrs import frozen

from qualityplans.catalog import dataset
from qualityplans.keys import IndicatorLike, indicator_of
from qualityplans.model import Indicator, Observation, Plan, Target, statements
from qualityplans.reprs import Results, amount_text, indicator_name

__all__ = ["HistoryEntry", "history", "related_indicators"]


@frozen(repr=False)
class HistoryEntry:
    """One statement about an indicator, with the plan that makes it."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "year",
        "plan",
        "statement",
        "indicator",
        "comparator",
        "amount",
        "unit",
        "quote",
    )

    plan: Plan
    statement: Target | Observation

    @property
    def is_target(self) -> bool:
        return isinstance(self.statement, Target)

    @property
    def year(self) -> int | None:
        """The year the statement refers to (a period's last year)."""
        s = self.statement
        return s.year if s.year is not None else (s.period.end if s.period else None)

    def __repr__(self) -> str:
        s = self.statement
        kind = "target" if self.is_target else "observed"
        year = "" if self.year is None else f"{self.year} "
        return (
            f"<HistoryEntry {year}{self.plan.id}/{s.eid} {kind} "
            f"{indicator_name(s.indicator)} {amount_text(s)}>"
        )

    def row(self) -> tuple[object, ...]:
        s = self.statement
        q = s.value
        return (
            self.year,
            self.plan.id,
            "target" if self.is_target else "observation",
            s.indicator,
            q.comparator.value if q else None,
            str(q.amount) if q else s.qualitative,
            q.unit.value if q else None,
            s.quote,
        )


def history(indicator: IndicatorLike) -> Results[HistoryEntry]:
    """Every target and observation of ``indicator`` (object, id or any name), across plans.

    Ordered by the year the statement refers to, observations before targets
    within a year, then by plan and document order. Statements without a year
    come last.
    """
    wanted = indicator_of(indicator).id
    order = {p.id: i for i, p in enumerate(dataset().plans)}
    found: list[tuple[tuple[int, bool, int, int], HistoryEntry]] = []
    for plan in dataset().plans:
        in_document_order = [s for block in plan.blocks for s in statements(block)]
        for position, s in enumerate(in_document_order):
            if s.indicator == wanted:
                entry = HistoryEntry(plan, s)
                year = entry.year if entry.year is not None else 10_000
                found.append(((year, entry.is_target, order[plan.id], position), entry))
    return Results(entry for _, entry in sorted(found, key=lambda pair: pair[0]))


def related_indicators(indicator: IndicatorLike) -> Results[Indicator]:
    """Indicators related to ``indicator`` in either direction, in catalog order."""
    me = indicator_of(indicator)
    ids = set(me.related) | {i.id for i in dataset().indicators if me.id in i.related}
    return Results(i for i in dataset().indicators if i.id in ids)
