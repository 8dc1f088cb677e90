"""What the catalog already has that a new plan's words may mean, closest first.

The scaffold never guesses silently: a unit whose words are exactly a name of
one body (or collective) of the plan's region is that body; for anything else
it lists the closest records with their ids (rapidfuzz scores) for the
contributor to choose from. An unknown region is refused with the closest ids.
"""

from __future__ import annotations

from attrs import frozen
from rapidfuzz import fuzz

from qualityplans.catalog import Catalog, normalize
from qualityplans.model import Collective, Department, Dimension, Indicator, Region, Unit

__all__ = [
    "Candidate",
    "UnknownRegionError",
    "closest_indicators",
    "closest_units",
    "exact_unit",
    "named_department",
    "region_of",
]


@frozen
class Candidate:
    """One catalog record that may be meant: its id, name and how close (0-100)."""

    id: str
    name: str
    score: int
    collective: bool = False  # a Collective rather than a Department


class UnknownRegionError(ValueError):
    """``--region`` names no region of the catalog: the closest ids and how to add one."""


def region_of(catalog: Catalog, key: str) -> Region:
    """The region ``key`` (id or name) names; else UnknownRegionError with the closest ids."""
    found: Region | None = catalog.get_region(key, None)
    if found is not None:
        return found
    scored = sorted(
        (
            (max(fuzz.ratio(key, n) for n in (r.id, r.name_zh, r.name_en, *r.names)), r.id)
            for r in catalog.regions()
        ),
        reverse=True,
    )
    close = ", ".join(f"{rid}" for _, rid in scored[:3])
    raise UnknownRegionError(
        f"unknown region {key!r} (closest: {close}): give a region id from "
        "data/regions.py, or add the region there first (CONTRIBUTING.md, "
        "'Add a province, city or district')"
    )


def _names(record: Department | Collective) -> tuple[str, ...]:
    return (record.name_zh, *record.names)


def _in_region(catalog: Catalog, region: str | None) -> tuple[list[Department], list[Collective]]:
    departments = [d for d in catalog.departments() if region is None or d.region == region]
    collectives = [c for c in catalog.collectives() if region is None or c.region in (None, region)]
    return departments, collectives


def exact_unit(catalog: Catalog, written: str, region: str | None) -> Candidate | None:
    """The one department or collective of ``region`` that has ``written`` as a name.

    None without a region: short names repeat across jurisdictions (市市场监管局).
    """
    if region is None:
        return None
    key = normalize(written)
    departments, collectives = _in_region(catalog, region)
    found = [
        Candidate(d.id, d.name_zh, 100)
        for d in departments
        if key in {normalize(n) for n in _names(d)}
    ] + [
        Candidate(c.id, c.name_zh, 100, collective=True)
        for c in collectives
        if key in {normalize(n) for n in _names(c)}
    ]
    return found[0] if len(found) == 1 else None


def named_department(catalog: Catalog, written: str, region: str | None) -> str | None:
    """The id of the one department of ``region`` named ``written`` (an issuer)."""
    found = exact_unit(catalog, written, region)
    return found.id if found is not None and not found.collective else None


def closest_units(
    catalog: Catalog, written: str, region: str | None, n: int = 3
) -> list[Candidate]:
    """The ``n`` departments and collectives of ``region`` whose names are closest."""
    departments, collectives = _in_region(catalog, region)
    scored = [
        Candidate(d.id, d.name_zh, round(max(fuzz.WRatio(written, x) for x in _names(d))))
        for d in departments
    ] + [
        Candidate(c.id, c.name_zh, round(max(fuzz.WRatio(written, x) for x in _names(c))), True)
        for c in collectives
    ]
    return sorted(scored, key=lambda c: (-c.score, c.id))[:n]


def _fits(indicator: Indicator, unit: Unit | None) -> bool:
    if unit is None or indicator.unit is None:
        return unit is None
    if unit.dimension is Dimension.RATIO_CHANGE:
        return indicator.unit.dimension is Dimension.RATIO
    return indicator.unit.dimension is unit.dimension


def closest_indicators(
    catalog: Catalog, words: str, unit: Unit | None, n: int = 3, *, near: str | None = None
) -> list[Candidate]:
    """The ``n`` indicators whose names best fit ``words`` (the quote without its figure),
    among those whose unit measures what ``unit`` does.

    ``near`` (the words right before the figure: 苏州名牌产品 in 江苏名牌产品10个、苏州名牌产品35个)
    counts as much as the whole quote, so two figures of one quote get their own indicators.
    """
    near = near or words

    def score(i: Indicator) -> tuple[float, float]:
        names = (i.name_zh, *i.aliases)
        fit = max((fuzz.partial_ratio(x, words) + fuzz.partial_ratio(x, near)) / 2 for x in names)
        return fit, max(fuzz.ratio(x, near) for x in names)

    ranked = sorted(
        ((score(i), i) for i in catalog.indicators() if _fits(i, unit)),
        key=lambda pair: (-pair[0][0], -pair[0][1], pair[1].id),
    )
    return [Candidate(i.id, i.name_zh, round(s[0])) for s, i in ranked[:n]]
