"""Keys or objects: every public function takes a record or any key its ``get_*`` accepts.

``plan_of("苏府〔2016〕63号")`` and ``plan_of(plan)`` both return the Plan. A value
of the wrong type raises a one-line ``TypeError`` naming the parameter, before
any lookup sees it.
"""

from __future__ import annotations

from typing import TypeVar

from qualityplans.model import Department, Indicator, Plan, Region, Theme

__all__ = [
    "DepartmentLike",
    "IndicatorLike",
    "PlanLike",
    "RegionLike",
    "ThemeLike",
    "department_of",
    "indicator_of",
    "plan_of",
    "region_of",
    "theme_of",
]

PlanLike = Plan | str
IndicatorLike = Indicator | str
DepartmentLike = Department | str
RegionLike = Region | str
ThemeLike = Theme | str

R = TypeVar("R")


def _check(value: object, kind: type[R], param: str, keys: str) -> R | str:
    if isinstance(value, kind | str):
        return value
    article = "an" if kind.__name__[0] in "AEIOU" else "a"
    raise TypeError(
        f"{param} must be {article} {kind.__name__} or a key ({keys}), not {type(value).__name__}"
    )


def plan_of(value: PlanLike, param: str = "plan") -> Plan:
    """The Plan ``value`` is or names (id, 文号 in any bracket style, title)."""
    from qualityplans.catalog import get_plan

    found = _check(value, Plan, param, "id, 文号 or title")
    return found if isinstance(found, Plan) else get_plan(found)


def indicator_of(value: IndicatorLike, param: str = "indicator") -> Indicator:
    """The Indicator ``value`` is or names (id, Chinese or English name, alias)."""
    from qualityplans.catalog import get_indicator

    found = _check(value, Indicator, param, "id, name or alias")
    return found if isinstance(found, Indicator) else get_indicator(found)


def department_of(
    value: DepartmentLike, param: str = "department", *, region: RegionLike | None = None
) -> Department:
    """The Department ``value`` is or names; ``region`` chooses among shared short names."""
    from qualityplans.catalog import get_department

    found = _check(value, Department, param, "id or name")
    if isinstance(found, Department):
        return found
    where = None if region is None else region_of(region, "region").id
    return get_department(found, region=where)


def region_of(value: RegionLike, param: str = "region") -> Region:
    """The Region ``value`` is or names (id, name, short name, GB/T 2260 code)."""
    from qualityplans.catalog import get_region

    found = _check(value, Region, param, "id, name or code")
    return found if isinstance(found, Region) else get_region(found)


def theme_of(value: ThemeLike, param: str = "theme") -> Theme:
    """The Theme ``value`` is or names (id, Chinese or English name)."""
    from qualityplans.catalog import get_theme

    found = _check(value, Theme, param, "id or name")
    return found if isinstance(found, Theme) else get_theme(found)
