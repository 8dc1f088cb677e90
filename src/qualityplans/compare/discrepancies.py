"""Discrepancies: one indicator, region and year stated with two different amounts.

``found_discrepancies()`` looks through the whole dataset, within a plan and
across plans, for two targets (or two reports) of the same indicator, region,
year or period, and kind of value whose amounts differ, and keeps those that no
curated :class:`~qualityplans.model.Discrepancy` records and no note on either
statement explains. ``discrepancies()`` lists the curated ones and then those.
Targets are never set against reports here: that is what outcomes are for.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any, ClassVar

from attrs import frozen

from qualityplans.catalog.keys import CatalogLike, catalog_of
from qualityplans.model import Dataset, Discrepancy, Observation, Plan, Results, Target, statements
from qualityplans.model.wording import value_zh, when
from qualityplans.rows import Row

__all__ = ["DiscrepancyReport", "discrepancies", "found_discrepancies"]

Statement = Target | Observation


@frozen(repr=False)
class DiscrepancyReport:
    """Two statements that give different amounts for what reads as one thing.

    ``curated`` is the Discrepancy that records them, or None when they were
    found by comparing the data.
    """

    first_plan: Plan
    first: Statement
    second_plan: Plan
    second: Statement
    curated: Discrepancy | None = None

    @property
    def found(self) -> bool:
        return self.curated is None

    @property
    def indicator(self) -> str | None:
        return self.first.indicator

    @property
    def where(self) -> str:
        """``plan/eid`` of both statements: what to open to check them."""
        return f"{self.first_plan.id}/{self.first.eid} vs {self.second_plan.id}/{self.second.eid}"

    @property
    def message(self) -> str:
        """One line: the indicator, the year and the two amounts, with where they are."""
        what = "targets" if isinstance(self.first, Target) else "reports"
        names = dict.fromkeys(
            i or "(no indicator)" for i in (self.first.indicator, self.second.indicator)
        )
        return (
            f"{' / '.join(names)} {when(self.first)}: {what} of {value_zh(self.first)} and "
            f"{value_zh(self.second)} ({self.where})"
        )

    def __repr__(self) -> str:
        kind = "curated" if self.curated is not None else "found"
        return f"<DiscrepancyReport {kind} {self.message}>"

    COLUMNS: ClassVar[tuple[str, ...]] = ("kind", "indicator", "when", "first", "second", "where")

    def row(self) -> tuple[object, ...]:
        return (
            "curated" if self.curated is not None else "found",
            self.indicator,
            when(self.first),
            value_zh(self.first),
            value_zh(self.second),
            self.where,
        )

    def record(self) -> Row:
        """One flat row: both statements (plan, region, eid, value, quote), the indicator,
        when, and the curated discrepancy's id and note if one records them."""
        out: Row = {
            "found": self.found,
            "curated": self.curated.eid if self.curated is not None else None,
            "statement": "target" if isinstance(self.first, Target) else "observation",
            "indicator": self.indicator,
            "when": when(self.first),
        }
        for side, plan, s in (
            ("first", self.first_plan, self.first),
            ("second", self.second_plan, self.second),
        ):
            out |= {
                f"{side}_plan": plan.id,
                f"{side}_region": plan.region,
                f"{side}_eid": s.eid,
                f"{side}_amount": s.value.amount if s.value is not None else None,
                f"{side}_value_zh": value_zh(s),
                f"{side}_quote": s.quote,
            }
        out["note"] = self.curated.note if self.curated is not None else None
        return out

    def to_dict(self) -> dict[str, Any]:
        return self.record()


def _key(plan: Plan, s: Statement) -> tuple[object, ...] | None:
    """What two statements must share to be about one thing; None if it has no amount."""
    if s.value is None or s.indicator is None or (s.year is None and s.period is None):
        return None
    return (
        isinstance(s, Target),
        s.indicator,
        plan.region,
        s.year if s.period is None else None,
        s.period,
        s.kind,
        s.base_year,
        s.direction,
        s.value.unit.dimension,
    )


def _amount(s: Statement) -> tuple[object, ...]:
    assert s.value is not None
    return (s.value.amount, s.value.upper)


def _plans(data: Dataset | None, catalog: CatalogLike) -> tuple[Plan, ...]:
    return tuple(catalog_of(catalog).plans()) if data is None else data.plans


def _curated(plans: tuple[Plan, ...]) -> dict[frozenset[tuple[str, str]], tuple[Plan, Discrepancy]]:
    return {
        frozenset({(p.id, d.first), (p.id, d.second)}): (p, d)
        for p in plans
        for d in p.discrepancies
    }


def _all_pairs(plans: tuple[Plan, ...]) -> list[tuple[Plan, Statement, Plan, Statement]]:
    groups: dict[tuple[object, ...], list[tuple[Plan, Statement]]] = {}
    for plan in plans:
        for block in plan.blocks:
            for s in statements(block):
                key = _key(plan, s)
                if key is not None:
                    groups.setdefault(key, []).append((plan, s))
    pairs = []
    for members in groups.values():
        for (pa, a), (pb, b) in combinations(members, 2):
            if _amount(a) != _amount(b):
                pairs.append((pa, a, pb, b))
    return pairs


def found_discrepancies(
    data: Dataset | None = None, *, catalog: CatalogLike = None
) -> Results[DiscrepancyReport]:
    """Different amounts for one indicator, region, year and kind that nothing explains.

    A pair is explained by a curated Discrepancy naming both statements, or by a
    note on either statement. Each report's ``where`` and ``message`` say where
    to look; ``validate()`` reports them as warnings. ``data`` defaults to the
    catalog's data (the default catalog's).
    """
    plans = _plans(data, catalog)
    curated = _curated(plans)
    return Results(
        DiscrepancyReport(pa, a, pb, b)
        for pa, a, pb, b in _all_pairs(plans)
        if frozenset({(pa.id, a.eid), (pb.id, b.eid)}) not in curated
        and a.note is None
        and b.note is None
    )


def discrepancies(*, catalog: CatalogLike = None) -> Results[DiscrepancyReport]:
    """The curated discrepancies, in plan order, then those found in the data."""
    cat = catalog_of(catalog)
    listed = []
    for plan in cat.plans():
        for d in plan.discrepancies:
            first, second = plan.find(d.first), plan.find(d.second)
            if isinstance(first, Target | Observation) and isinstance(
                second, Target | Observation
            ):  # validate reports a Discrepancy naming anything else
                listed.append(DiscrepancyReport(plan, first, plan, second, d))
    return Results((*listed, *found_discrepancies(catalog=cat)))
