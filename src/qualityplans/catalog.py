"""Looking up plans, departments, indicators, regions and themes by any name.

Modelled on pycountry: keys are normalised (NFKC, case-folded, spaces removed)
so 苏府[2016]63号, 苏府（2016）63号 and 苏府〔2016〕63号 are one key; a miss
raises a LookupError subclass carrying the query and the nearest names.
"""

from __future__ import annotations

import difflib
import gc
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Generic, TypeVar

from qualityplans.docnumber import DocNumber
from qualityplans.errors import (
    AmbiguousLookupError,
    DepartmentNotFoundError,
    IndicatorNotFoundError,
    NotFoundError,
    PlanNotFoundError,
    RegionNotFoundError,
    ThemeNotFoundError,
)
from qualityplans.model import (
    Collective,
    Dataset,
    Department,
    Indicator,
    LineageEvent,
    Plan,
    Region,
    Theme,
)

if TYPE_CHECKING:
    from qualityplans.planindex import IndexEntry

__all__ = [
    "collectives",
    "dataset",
    "departments",
    "get_collective",
    "get_department",
    "get_indicator",
    "get_plan",
    "get_region",
    "get_theme",
    "indicators",
    "lineage",
    "normalize",
    "plans",
    "regions",
    "themes",
]

T = TypeVar("T")


def normalize(text: str) -> str:
    """The form names are compared in: NFKC, case-folded, without whitespace.

    A 文号 in any bracket style becomes its canonical 〔〕 form first.
    """
    number = DocNumber.try_parse(text)
    if number is not None:
        text = number.canonical
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(folded.split())


class _Index(Generic[T]):
    """Every key a record is known by, mapped to the records it names."""

    def __init__(
        self,
        records: Iterable[T],
        keys: Callable[[T], Iterable[str]],
        not_found: type[NotFoundError],
        record_id: Callable[[T], str],
    ) -> None:
        self._by_key: dict[str, list[T]] = {}
        self._display: dict[str, str] = {}
        self._not_found = not_found
        self._id = record_id
        for record in records:
            for key in keys(record):
                norm = normalize(key)
                bucket = self._by_key.setdefault(norm, [])
                if all(self._id(r) != self._id(record) for r in bucket):
                    bucket.append(record)
                self._display.setdefault(norm, key)

    def matches(self, query: str) -> list[T]:
        if not isinstance(query, str):
            what = self._not_found.what
            raise TypeError(f"a {what} key must be a string, not {type(query).__name__}")
        return list(self._by_key.get(normalize(query), ()))

    def get(self, query: str, *, hint: str = "use its id") -> T:
        found = self.matches(query)
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousLookupError(query, [self._id(r) for r in found], hint)
        raise self._not_found(query, self.suggest(query))

    def suggest(self, query: str, n: int = 3) -> list[str]:
        close = difflib.get_close_matches(normalize(query), self._by_key, n=n, cutoff=0.6)
        return [self._display[k] for k in close]


# ---------------------------------------------------------------- the dataset


@cache
def dataset() -> Dataset:
    """All curated data as one value, built once: every plan module and catalog.

    Indexes built on it (search, filters) build once too, on first use.
    """
    from qualityplans import data
    from qualityplans.planindex import entries, load

    # Loading creates many objects and no garbage: with the cyclic collector
    # on, each collection rescans every plan loaded so far, and the load per
    # plan grew with the corpus (2.3x from 10 to 505 plans, scripts/bench.py).
    enabled = gc.isenabled()
    gc.disable()
    try:
        plans = tuple(load(e) for e in entries())
    finally:
        if enabled:
            gc.enable()
    return Dataset(
        plans=plans,
        departments=data.DEPARTMENTS,
        lineage=data.LINEAGE,
        regions=data.REGIONS,
        indicators=data.INDICATORS,
        themes=data.THEMES,
        collectives=data.COLLECTIVES,
    )


def plans() -> tuple[Plan, ...]:
    """Every curated plan, in the order they were curated."""
    return dataset().plans


def departments() -> tuple[Department, ...]:
    return dataset().departments


def indicators() -> tuple[Indicator, ...]:
    return dataset().indicators


def regions() -> tuple[Region, ...]:
    return dataset().regions


def themes() -> tuple[Theme, ...]:
    return dataset().themes


def collectives() -> tuple[Collective, ...]:
    return dataset().collectives


# -------------------------------------------------------------------- indexes


@cache
def _plan_index() -> _Index[IndexEntry]:
    """Plan keys from the plan index: no plan module is imported to build it."""
    from qualityplans.planindex import IndexEntry, entries

    return _Index(entries(), IndexEntry.keys, PlanNotFoundError, lambda e: e.id)


@lru_cache(maxsize=1024)
def _plan_by_query(key: str) -> Plan:
    from qualityplans.planindex import load

    return load(_plan_index().get(key))


@cache
def _department_index() -> _Index[Department]:
    return _Index(
        departments(),
        lambda d: (d.id, d.name_zh, d.name_en, *d.names),
        DepartmentNotFoundError,
        lambda d: d.id,
    )


@cache
def _indicator_index() -> _Index[Indicator]:
    return _Index(
        indicators(),
        lambda i: (i.id, i.name_zh, i.name_en, *i.aliases),
        IndicatorNotFoundError,
        lambda i: i.id,
    )


@cache
def _region_index() -> _Index[Region]:
    return _Index(
        regions(),
        lambda r: (r.id, r.name_zh, r.name_en, *r.names, *([r.code] if r.code else [])),
        RegionNotFoundError,
        lambda r: r.id,
    )


@cache
def _theme_index() -> _Index[Theme]:
    return _Index(
        themes(), lambda t: (t.id, t.name_zh, t.name_en), ThemeNotFoundError, lambda t: t.id
    )


# -------------------------------------------------------------------- lookups


def get_plan(key: str) -> Plan:
    """A plan by id, 文号 (any bracket style, spaces allowed) or exact title.

    Imports only that plan's module (through the plan index), not the others.
    Raises PlanNotFoundError (a LookupError) with ``.query`` and ``.suggestions``.
    """
    return _plan_by_query(key)


def get_department(key: str, *, region: str | Region | None = None) -> Department:
    """A department by id or any name it appears under (市质监局).

    Short names repeat across jurisdictions (市质监局 is Suzhou's in a Suzhou
    plan and Yancheng's in a Yancheng plan); pass ``region`` (an id or name)
    to choose, or an AmbiguousLookupError lists the candidates.
    """
    from qualityplans.keys import region_of

    index = _department_index()
    if region is None:
        return index.get(key, hint="pass region= to choose")
    region_id = region_of(region).id
    found = [d for d in index.matches(key) if d.region == region_id]
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousLookupError(key, [d.id for d in found], "use its id")
    raise DepartmentNotFoundError(key, index.suggest(key))


def get_indicator(key: str) -> Indicator:
    """An indicator by id, Chinese or English name, or any alias."""
    return _indicator_index().get(key)


def get_region(key: str) -> Region:
    """A region by id, name, short name or GB/T 2260 code."""
    return _region_index().get(key)


def get_theme(key: str) -> Theme:
    return _theme_index().get(key)


def get_collective(key: str) -> Collective:
    for c in collectives():
        if key in (c.id, c.name_zh):
            return c
    raise NotFoundError(key, difflib.get_close_matches(key, [c.id for c in collectives()]))


def lineage(
    department: str | Department, *, region: str | Region | None = None
) -> tuple[LineageEvent, ...]:
    """Reform events a department (object, id or name) took part in, as source or successor."""
    from qualityplans.keys import department_of

    dept = department_of(department, region=region).id
    return tuple(e for e in dataset().lineage if dept in e.sources or dept in e.successors)
