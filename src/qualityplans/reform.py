"""Departments across the 2018-2019 institutional reform: who a body became, and came from.

The lineage events are many-to-many (质监局 + 工商局 + 食药监局 → 市场监督管理局;
the inspection bureau merged into customs in part), so these functions follow
them transitively in both directions.
"""

from __future__ import annotations

from functools import cache

from qualityplans.keys import DepartmentLike, RegionLike, department_of
from qualityplans.model import Department
from qualityplans.reprs import Results

__all__ = ["line_of", "predecessors", "successors"]


@cache
def _edges() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    from qualityplans.catalog import dataset

    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for event in sorted(dataset().lineage, key=lambda e: e.year):
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


def _departments(ids: tuple[str, ...]) -> Results[Department]:
    from qualityplans.catalog import get_department

    return Results(get_department(i) for i in ids)


def successors(
    department: DepartmentLike, *, region: RegionLike | None = None
) -> Results[Department]:
    """Every body ``department`` became, directly or through later events, nearest first."""
    return _departments(_closure(department_of(department, region=region).id, _edges()[0]))


def predecessors(
    department: DepartmentLike, *, region: RegionLike | None = None
) -> Results[Department]:
    """Every body ``department`` came from, directly or through earlier events, nearest first."""
    return _departments(_closure(department_of(department, region=region).id, _edges()[1]))


def line_of(department: DepartmentLike, *, region: RegionLike | None = None) -> Results[Department]:
    """``department`` with its predecessors and successors: one line of responsibility."""
    me = department_of(department, region=region)
    return Results((*reversed(predecessors(me)), me, *successors(me)))
