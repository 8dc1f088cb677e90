"""Departments across the 2018-2019 institutional reform: who a body became, and came from.

The lineage events are many-to-many (质监局 + 工商局 + 食药监局 → 市场监督管理局;
the inspection bureau merged into customs in part), so these functions follow
them transitively in both directions.
"""

from __future__ import annotations

from qualityplans.catalog import Catalog
from qualityplans.catalog.keys import (
    CatalogLike,
    DepartmentLike,
    RegionLike,
    catalog_of,
    department_of,
)
from qualityplans.model import Department, Results

__all__ = ["line_of", "predecessors", "successors"]


Edges = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


def _edges(catalog: Catalog) -> Edges:
    return catalog.memo("query:lineage-edges", lambda: _build_edges(catalog))


def _build_edges(catalog: Catalog) -> Edges:
    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for event in sorted(catalog.lineage_events(), key=lambda e: e.year):
        for source in event.sources:
            for successor in event.successors:
                forward.setdefault(source, []).append(successor)
                backward.setdefault(successor, []).append(source)
    return (
        {k: tuple(v) for k, v in forward.items()},
        {k: tuple(v) for k, v in backward.items()},
    )


def _closure(start: str, edges: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    seen: list[str] = []
    frontier = list(edges.get(start, ()))
    while frontier:
        node = frontier.pop(0)
        if node != start and node not in seen:
            seen.append(node)
            frontier.extend(edges.get(node, ()))
    return tuple(seen)


def _walk(
    department: DepartmentLike, region: RegionLike | None, catalog: CatalogLike, direction: int
) -> Results[Department]:
    cat = catalog_of(catalog)
    me = department_of(department, region=region, catalog=cat).id
    return Results(cat.get_department(i) for i in _closure(me, _edges(cat)[direction]))


def successors(
    department: DepartmentLike, *, region: RegionLike | None = None, catalog: CatalogLike = None
) -> Results[Department]:
    """Every body ``department`` became, directly or through later events, nearest first."""
    return _walk(department, region, catalog, 0)


def predecessors(
    department: DepartmentLike, *, region: RegionLike | None = None, catalog: CatalogLike = None
) -> Results[Department]:
    """Every body ``department`` came from, directly or through earlier events, nearest first."""
    return _walk(department, region, catalog, 1)


def line_of(
    department: DepartmentLike, *, region: RegionLike | None = None, catalog: CatalogLike = None
) -> Results[Department]:
    """``department`` with its predecessors and successors: one line of responsibility."""
    cat = catalog_of(catalog)
    me = department_of(department, region=region, catalog=cat)
    before = predecessors(me, catalog=cat)
    return Results((*reversed(before), me, *successors(me, catalog=cat)))
