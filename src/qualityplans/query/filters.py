"""Filters: the targets, observations and measures that meet every condition given.

``targets(region="苏州市", year=2025, indicator="消费品质量合格率")`` keeps the
targets of plans for Suzhou or any place in it (Xiangcheng's plan counts for
Suzhou) that measure that indicator and fall due in 2025. Each result carries
the plan and block it comes from, since a Target does not know its plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import TypeVar

from attrs import frozen

from qualityplans.catalog import Catalog
from qualityplans.catalog.keys import (
    CatalogLike,
    DepartmentLike,
    IndicatorLike,
    PlanLike,
    RegionLike,
    ThemeLike,
    catalog_of,
    department_of,
    indicator_of,
    plan_of,
    region_of,
    theme_of,
)
from qualityplans.model import (
    Block,
    Commitment,
    Measure,
    Observation,
    Plan,
    Results,
    Role,
    Target,
    TaskGroup,
    ValueKind,
    statements,
)
from qualityplans.query.found import Found, FoundMeasure
from qualityplans.query.responsibilities import responsibilities

__all__ = ["Found", "FoundMeasure", "measures", "observations", "region_ids", "targets"]

E = TypeVar("E", bound=StrEnum)


# ------------------------------------------------------------------ conditions


def _enum(value: E | str, cls: type[E], param: str) -> E:
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        for member in cls:
            if value.strip().lower() == member.value:
                return member
    choices = ", ".join(m.value for m in cls)
    raise ValueError(f"{param} must be one of {choices}, not {value!r}")


def _year(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"year must be an int, not {type(value).__name__}")
    return value


def region_ids(region: RegionLike, catalog: CatalogLike = None) -> frozenset[str]:
    """``region`` and every place inside it (Suzhou holds Xiangcheng)."""
    cat = catalog_of(catalog)
    root = region_of(region, catalog=cat).id
    parents = {r.id: r.parent for r in cat.regions()}

    def inside(rid: str | None) -> bool:
        while rid is not None:
            if rid == root:
                return True
            rid = parents.get(rid)
        return False

    return frozenset(rid for rid in parents if inside(rid))


@frozen
class _Where:
    """The conditions, resolved once to ids, and the catalog they were resolved in."""

    catalog: Catalog
    plan: str | None = None
    indicator: str | None = None
    regions: frozenset[str] | None = None
    year: int | None = None
    theme: str | None = None
    items: frozenset[tuple[str, str]] | None = None  # (plan id, block eid) a department is in
    commitment: Commitment | None = None
    kind: ValueKind | None = None


def _where(
    plan: PlanLike | None,
    indicator: IndicatorLike | None,
    region: RegionLike | None,
    year: int | None,
    theme: ThemeLike | None,
    department: DepartmentLike | None,
    role: Role | str | None,
    follow_lineage: bool,
    commitment: Commitment | str | None = None,
    kind: ValueKind | str | None = None,
    catalog: CatalogLike = None,
) -> _Where:
    cat = catalog_of(catalog)
    items = None
    if department is not None:
        assigned = responsibilities(
            department_of(department, region=region, catalog=cat),
            follow_lineage=follow_lineage,
            role=role,
            catalog=cat,
        )
        items = frozenset((a.plan.id, a.item.eid) for a in assigned)
    elif role is not None:
        raise ValueError("role= needs department= (the role that department plays)")
    return _Where(
        catalog=cat,
        plan=None if plan is None else plan_of(plan, catalog=cat).id,
        indicator=None if indicator is None else indicator_of(indicator, catalog=cat).id,
        regions=None if region is None else region_ids(region, cat),
        year=_year(year),
        theme=None if theme is None else theme_of(theme, catalog=cat).id,
        items=items,
        commitment=None if commitment is None else _enum(commitment, Commitment, "commitment"),
        kind=None if kind is None else _enum(kind, ValueKind, "kind"),
    )


def _plans(where: _Where) -> Iterator[Plan]:
    for p in where.catalog.plans():
        if where.plan is not None and p.id != where.plan:
            continue
        if where.regions is not None and p.region not in where.regions:
            continue
        yield p


def _block_themes(block: Block) -> tuple[str, ...]:
    return block.themes if isinstance(block, Measure | TaskGroup) else ()


def _statement_ok(where: _Where, plan: Plan, block: Block, s: Target | Observation) -> bool:
    get_indicator = where.catalog.get_indicator
    if where.indicator is not None and s.indicator != where.indicator:
        return False
    if (
        where.year is not None
        and s.year != where.year
        and not (s.period is not None and where.year in s.period)
    ):
        return False
    if (
        where.theme is not None
        and where.theme not in _block_themes(block)
        and (s.indicator is None or where.theme not in get_indicator(s.indicator).themes)
    ):
        return False
    if where.items is not None and (plan.id, block.eid) not in where.items:
        return False
    if where.kind is not None and s.kind is not where.kind:
        return False
    return not (
        where.commitment is not None
        and (not isinstance(s, Target) or s.commitment is not where.commitment)
    )


def _found(
    where: _Where, pick: Callable[[Block], Sequence[Target | Observation]]
) -> Results[Found]:
    indicator = where.catalog.get_indicator
    return Results(
        Found(p, block, s, indicator(s.indicator, None) if s.indicator else None)
        for p in _plans(where)
        for block in p.blocks
        for s in pick(block)
        if _statement_ok(where, p, block, s)
    )


# ------------------------------------------------------------------ the filters


def targets(
    *,
    plan: PlanLike | None = None,
    indicator: IndicatorLike | None = None,
    region: RegionLike | None = None,
    year: int | None = None,
    theme: ThemeLike | None = None,
    department: DepartmentLike | None = None,
    role: Role | str | None = None,
    follow_lineage: bool = False,
    commitment: Commitment | str | None = None,
    kind: ValueKind | str | None = None,
    catalog: CatalogLike = None,
) -> Results[Found]:
    """The targets that meet every condition given, in plan and document order.

    ``region`` includes the places inside it; ``year`` matches a target due that
    year or a period holding it; ``theme`` matches the block's or the
    indicator's themes; ``department`` keeps targets of the measures and task
    groups it is named in (``role`` narrows to one role, ``follow_lineage`` adds
    its predecessors' and successors' work; ``region`` also chooses among
    shared short names such as 市质监局). ``commitment`` is binding or
    aspirational; ``kind`` a ValueKind (level, change, new, cumulative,
    qualitative).
    """
    where = _where(
        plan,
        indicator,
        region,
        year,
        theme,
        department,
        role,
        follow_lineage,
        commitment,
        kind,
        catalog,
    )
    return _found(where, lambda b: b.targets)


def observations(
    *,
    plan: PlanLike | None = None,
    indicator: IndicatorLike | None = None,
    region: RegionLike | None = None,
    year: int | None = None,
    theme: ThemeLike | None = None,
    department: DepartmentLike | None = None,
    role: Role | str | None = None,
    follow_lineage: bool = False,
    kind: ValueKind | str | None = None,
    catalog: CatalogLike = None,
) -> Results[Found]:
    """The observations (reported actual values) that meet every condition given.

    The conditions mean what they mean for ``targets``.
    """
    where = _where(
        plan, indicator, region, year, theme, department, role, follow_lineage, None, kind, catalog
    )
    return _found(where, lambda b: b.observations)


def measures(
    *,
    plan: PlanLike | None = None,
    indicator: IndicatorLike | None = None,
    region: RegionLike | None = None,
    year: int | None = None,
    theme: ThemeLike | None = None,
    department: DepartmentLike | None = None,
    role: Role | str | None = None,
    follow_lineage: bool = False,
    catalog: CatalogLike = None,
) -> Results[FoundMeasure]:
    """The measures that meet every condition given, in plan and document order.

    ``indicator`` keeps measures that state a target or observation of it;
    ``year`` keeps measures of plans whose period holds the year, or that state
    a figure for it; ``theme`` matches the measure's themes; the others mean
    what they mean for ``targets``.
    """
    where = _where(
        plan, indicator, region, year, theme, department, role, follow_lineage, catalog=catalog
    )
    cat = where.catalog
    found = []
    for p in _plans(where):
        for m in p.measures:
            said = statements(m)
            if where.indicator is not None and all(s.indicator != where.indicator for s in said):
                continue
            if where.year is not None and not (
                (p.period is not None and where.year in p.period)
                or any(
                    s.year == where.year or (s.period is not None and where.year in s.period)
                    for s in said
                )
            ):
                continue
            if where.theme is not None and where.theme not in m.themes:
                continue
            if where.items is not None and (p.id, m.eid) not in where.items:
                continue
            leads = dict.fromkeys(r.department for r in m.leads if r.department)
            found.append(FoundMeasure(p, m, tuple(cat.get_department(d) for d in leads)))
    return Results(found)
