"""An indicator across plans: every target and observation that measures it, in time order."""

from __future__ import annotations

from attrs import frozen

from qualityplans.catalog import dataset, get_indicator
from qualityplans.model import Indicator, Observation, Plan, Target, statements

__all__ = ["HistoryEntry", "history", "related_indicators"]


@frozen
class HistoryEntry:
    """One statement about an indicator, with the plan that makes it."""

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


def history(indicator: str) -> tuple[HistoryEntry, ...]:
    """Every target and observation of ``indicator`` (id or any name), across all plans.

    Ordered by the year the statement refers to, observations before targets
    within a year, then by plan and document order. Statements without a year
    come last.
    """
    wanted = get_indicator(indicator).id
    order = {p.id: i for i, p in enumerate(dataset().plans)}
    found: list[tuple[tuple[int, bool, int, int], HistoryEntry]] = []
    for plan in dataset().plans:
        in_document_order = [s for block in plan.blocks for s in statements(block)]
        for position, s in enumerate(in_document_order):
            if s.indicator == wanted:
                entry = HistoryEntry(plan, s)
                year = entry.year if entry.year is not None else 10_000
                found.append(((year, entry.is_target, order[plan.id], position), entry))
    return tuple(entry for _, entry in sorted(found, key=lambda pair: pair[0]))


def related_indicators(indicator: str) -> tuple[Indicator, ...]:
    """Indicators related to ``indicator`` in either direction, in catalog order."""
    me = get_indicator(indicator)
    ids = set(me.related) | {i.id for i in dataset().indicators if me.id in i.related}
    return tuple(i for i in dataset().indicators if i.id in ids)
