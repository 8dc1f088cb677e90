"""Keys or objects: every public function takes a record or any key its ``get_*`` accepts.

``plan_of("苏府〔2016〕63号")`` and ``plan_of(plan)`` both return the Plan. A value
of the wrong type raises a one-line ``TypeError`` naming the parameter, before
any lookup sees it.
"""

from __future__ import annotations

from qualityplans.catalog.catalog import Catalog, check_key
from qualityplans.catalog.default import default_catalog
from qualityplans.model import Department, Indicator, Plan, Region, Theme

__all__ = [
    "CatalogLike",
    "DepartmentLike",
    "IndicatorLike",
    "PlanLike",
    "RegionLike",
    "ThemeLike",
    "catalog_of",
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
CatalogLike = Catalog | None


def catalog_of(catalog: CatalogLike) -> Catalog:
    """``catalog``, or the default catalog when it is None."""
    if catalog is None:
        return default_catalog()
    if not isinstance(catalog, Catalog):
        raise TypeError(f"catalog must be a Catalog or None, not {type(catalog).__name__}")
    return catalog


def plan_of(value: PlanLike, param: str = "plan", catalog: CatalogLike = None) -> Plan:
    """The Plan ``value`` is or names (id, 文号 in any bracket style, title, popular name)."""
    found = check_key(value, Plan, param, "id, 文号 or title")
    return found if isinstance(found, Plan) else catalog_of(catalog).get_plan(found)


def indicator_of(
    value: IndicatorLike, param: str = "indicator", catalog: CatalogLike = None
) -> Indicator:
    """The Indicator ``value`` is or names (id, Chinese or English name, alias)."""
    found = check_key(value, Indicator, param, "id, name or alias")
    return found if isinstance(found, Indicator) else catalog_of(catalog).get_indicator(found)


def department_of(
    value: DepartmentLike,
    param: str = "department",
    *,
    region: RegionLike | None = None,
    catalog: CatalogLike = None,
) -> Department:
    """The Department ``value`` is or names; ``region`` chooses among shared short names."""
    found = check_key(value, Department, param, "id or name")
    if isinstance(found, Department):
        return found
    where = None if region is None else region_of(region, "region", catalog).id
    return catalog_of(catalog).get_department(found, region=where)


def region_of(value: RegionLike, param: str = "region", catalog: CatalogLike = None) -> Region:
    """The Region ``value`` is or names (id, name, short name, GB/T 2260 code)."""
    found = check_key(value, Region, param, "id, name or code")
    return found if isinstance(found, Region) else catalog_of(catalog).get_region(found)


def theme_of(value: ThemeLike, param: str = "theme", catalog: CatalogLike = None) -> Theme:
    """The Theme ``value`` is or names (id, Chinese or English name)."""
    found = check_key(value, Theme, param, "id or name")
    return found if isinstance(found, Theme) else catalog_of(catalog).get_theme(found)
