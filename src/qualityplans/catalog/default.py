"""The default catalog, and the module-level lookups that use it.

``default_catalog()`` is the shipped data plus the folders named by
``QUALITYPLANS_EXTRA_DATA``, built on first use. ``use_catalog(c)`` makes ``c``
the default inside a ``with`` block (a site build from a hostile or synthetic
catalog, a test); ``qualityplans.get_plan(...)`` and every other module-level
function are thin wrappers over whichever catalog is the default.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, overload

from qualityplans.catalog.catalog import _RAISE, Catalog
from qualityplans.model import (
    Collective,
    Dataset,
    Department,
    Indicator,
    LineageEvent,
    Plan,
    Region,
    Results,
    Theme,
)

__all__ = [
    "collectives",
    "dataset",
    "dataset_version",
    "default_catalog",
    "departments",
    "get_collective",
    "get_department",
    "get_indicator",
    "get_plan",
    "get_region",
    "get_theme",
    "indicators",
    "lineage",
    "plans",
    "read_source",
    "regions",
    "reset_default_catalog",
    "themes",
    "use_catalog",
]

D = TypeVar("D")

_default: Catalog | None = None
_override: list[Catalog] = []


def default_catalog() -> Catalog:
    """The catalog module-level functions use: a ``use_catalog`` one, else the
    shipped data with ``QUALITYPLANS_EXTRA_DATA``'s folders (built once)."""
    global _default
    if _override:
        return _override[-1]
    if _default is None:
        _default = Catalog.load()
    return _default


def reset_default_catalog() -> None:
    """Forget the built default catalog (after ``QUALITYPLANS_EXTRA_DATA`` changed)."""
    global _default
    _default = None


@contextmanager
def use_catalog(catalog: Catalog) -> Iterator[Catalog]:
    """Make ``catalog`` the default inside the ``with`` block."""
    if not isinstance(catalog, Catalog):
        raise TypeError(f"catalog must be a Catalog, not {type(catalog).__name__}")
    _override.append(catalog)
    try:
        yield catalog
    finally:
        _override.pop()


def dataset() -> Dataset:
    """All curated data as one value (every plan loaded once)."""
    return default_catalog().dataset


def plans() -> Results[Plan]:
    """Every curated plan, in the order they were curated."""
    return default_catalog().plans()


def departments() -> Results[Department]:
    return default_catalog().departments()


def indicators() -> Results[Indicator]:
    return default_catalog().indicators()


def regions() -> Results[Region]:
    return default_catalog().regions()


def themes() -> Results[Theme]:
    return default_catalog().themes()


def collectives() -> Results[Collective]:
    return default_catalog().collectives()


@overload
def get_plan(key: str | Plan) -> Plan: ...
@overload
def get_plan(key: str | Plan, default: D) -> Plan | D: ...
def get_plan(key: str | Plan, default: Any = _RAISE) -> Any:
    """A plan by id, 文号 (any bracket style), title or popular name (品质苏州).

    Imports only that plan's module. Raises PlanNotFoundError (a LookupError)
    with ``.query`` and ``.suggestions``, or returns ``default`` if given.
    """
    return default_catalog().get_plan(key, default)


@overload
def get_department(key: str | Department, *, region: str | Region | None = None) -> Department: ...
@overload
def get_department(
    key: str | Department, default: D, *, region: str | Region | None = None
) -> Department | D: ...
def get_department(
    key: str | Department, default: Any = _RAISE, *, region: str | Region | None = None
) -> Any:
    """A department by id or any name it appears under; ``region`` chooses among
    short names several jurisdictions share (市质监局)."""
    return default_catalog().get_department(key, default, region=region)


@overload
def get_indicator(key: str | Indicator) -> Indicator: ...
@overload
def get_indicator(key: str | Indicator, default: D) -> Indicator | D: ...
def get_indicator(key: str | Indicator, default: Any = _RAISE) -> Any:
    """An indicator by id, Chinese or English name, or any alias."""
    return default_catalog().get_indicator(key, default)


@overload
def get_region(key: str | Region) -> Region: ...
@overload
def get_region(key: str | Region, default: D) -> Region | D: ...
def get_region(key: str | Region, default: Any = _RAISE) -> Any:
    """A region by id, name, short name or GB/T 2260 code."""
    return default_catalog().get_region(key, default)


@overload
def get_theme(key: str | Theme) -> Theme: ...
@overload
def get_theme(key: str | Theme, default: D) -> Theme | D: ...
def get_theme(key: str | Theme, default: Any = _RAISE) -> Any:
    """A theme by id, Chinese or English name."""
    return default_catalog().get_theme(key, default)


@overload
def get_collective(key: str | Collective) -> Collective: ...
@overload
def get_collective(key: str | Collective, default: D) -> Collective | D: ...
def get_collective(key: str | Collective, default: Any = _RAISE) -> Any:
    """A collective (各成员单位) by id or any name it is written under."""
    return default_catalog().get_collective(key, default)


def lineage(
    department: str | Department, *, region: str | Region | None = None
) -> Results[LineageEvent]:
    """Reform events a department (object, id or name) took part in."""
    return default_catalog().lineage(department, region=region)


def read_source(file: str) -> str:
    """The transcription named ``file``; FileNotFoundError if there is none."""
    return default_catalog().source(file)


def dataset_version() -> str:
    """``<release>+data.<hash>`` of the default catalog's data, to cite with it."""
    return default_catalog().dataset_version()
