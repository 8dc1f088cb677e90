"""An indicator across plans: every target and observation that measures it, in time order."""

from __future__ import annotations

from qualityplans.catalog.keys import CatalogLike, IndicatorLike, catalog_of, indicator_of
from qualityplans.model import Indicator, Results, statements
from qualityplans.query.found import Found

__all__ = ["HistoryEntry", "history", "related_indicators"]

HistoryEntry = Found
"""An entry of an indicator's history: a ``Found`` statement (plan, block, statement)."""


def history(indicator: IndicatorLike, *, catalog: CatalogLike = None) -> Results[Found]:
    """Every target and observation of ``indicator`` (object, id or any name), across plans.

    Ordered by the year the statement refers to, observations before targets
    within a year, then by plan and document order. Statements without a year
    come last.
    """
    cat = catalog_of(catalog)
    me = indicator_of(indicator, catalog=cat)
    found: list[tuple[tuple[int, bool, int, int], Found]] = []
    for order, plan in enumerate(cat.plans()):
        position = 0
        for block in plan.blocks:
            for s in statements(block):
                position += 1
                if s.indicator == me.id:
                    entry = Found(plan, block, s, me)
                    year = entry.year if entry.year is not None else 10_000
                    found.append(((year, entry.is_target, order, position), entry))
    return Results(entry for _, entry in sorted(found, key=lambda pair: pair[0]))


def related_indicators(
    indicator: IndicatorLike, *, catalog: CatalogLike = None
) -> Results[Indicator]:
    """Indicators related to ``indicator`` in either direction, in catalog order."""
    cat = catalog_of(catalog)
    me = indicator_of(indicator, catalog=cat)
    every = cat.indicators()
    ids = set(me.related) | {i.id for i in every if me.id in i.related}
    return Results(i for i in every if i.id in ids)
