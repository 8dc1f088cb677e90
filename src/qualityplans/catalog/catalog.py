"""The Catalog: every plan and catalog record of some data roots, and their indexes.

Modelled on pycountry's ``Database``: a catalog is built from data roots (the
shipped data, folders of extra plans, or records held in memory), owns the
plans, indicators, departments, regions, themes and collectives, and looks any
of them up by any name. Keys are normalised (NFKC, case-folded, spaces removed),
so 苏府[2016]63号, 苏府（2016）63号 and 苏府〔2016〕63号 are one key; a miss
raises a LookupError subclass carrying the query and the nearest names, unless a
``default`` is given.

Query, compare, validate, export and site code take a catalog; the module-level
functions (``qualityplans.get_plan`` …) use the default one (``default.py``).
Extra data never shadows a shipped record: a second root defining an id, 文号 or
title the first already has is refused with ``DataConflictError``.
"""

from __future__ import annotations

import difflib
import gc
import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar, overload

from qualityplans.catalog.roots import (
    CatalogRecords,
    DataConflictError,
    DataRoot,
    IndexEntry,
    MemoryRoot,
    extra_roots,
    shipped_root,
)
from qualityplans.docnumber import DocNumber
from qualityplans.errors import (
    AmbiguousLookupError,
    CollectiveNotFoundError,
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
    Results,
    Theme,
)
from qualityplans.version import package_version

__all__ = ["Catalog", "check_key", "normalize"]

T = TypeVar("T")
D = TypeVar("D")


class _Missing:
    def __repr__(self) -> str:
        return "<raise>"


_RAISE: Any = _Missing()


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


def check_key(value: object, kind: type[T], param: str, keys: str) -> T | str:
    """``value`` if it is a ``kind`` or a string key, else a one-line TypeError naming
    ``param`` and the keys it takes."""
    if isinstance(value, kind | str):
        return value
    article = "an" if kind.__name__[0] in "AEIOU" else "a"
    raise TypeError(
        f"{param} must be {article} {kind.__name__} or a key ({keys}), not {type(value).__name__}"
    )


def _clash(kind: str, key: str, first: str, second: str) -> DataConflictError:
    return DataConflictError(
        f"{second}: {kind} {key!r} is already defined in {first}: extra data never "
        "shadows a shipped or earlier record; give it its own"
    )


class Catalog:
    """Plans and catalog records from one or more data roots, with their indexes.

    ``Catalog.load()`` is the shipped data plus the folders named by
    ``QUALITYPLANS_EXTRA_DATA``; ``Catalog(roots)`` any roots, in order;
    ``Catalog.of(dataset, texts)`` a dataset held in memory (tests, the hostile
    and synthetic corpora). Plans load lazily, one module per lookup.
    """

    def __init__(self, roots: Sequence[DataRoot]) -> None:
        if not roots:
            raise ValueError("a catalog needs at least one data root")
        self.roots: tuple[DataRoot, ...] = tuple(roots)
        self._plans: dict[int, Plan] = {}
        self._memo: dict[str, Any] = {}
        self._lookups: dict[str, Plan] = {}
        self._entries_checked: tuple[IndexEntry, ...] | None = None
        self._records: CatalogRecords | None = None

    def __repr__(self) -> str:
        names = ", ".join(r.name for r in self.roots)
        return f"<Catalog {len(self.entries())} plans from {names}>"

    # ------------------------------------------------------------ building

    @classmethod
    def load(cls, *extra: DataRoot) -> Catalog:
        """The shipped data, then the roots of ``QUALITYPLANS_EXTRA_DATA``, then ``extra``."""
        return cls((shipped_root(), *extra_roots(), *extra))

    @classmethod
    def shipped(cls) -> Catalog:
        """The data this package ships, without any extra folder."""
        return cls((shipped_root(),))

    @classmethod
    def of(
        cls,
        data: Dataset,
        texts: dict[str, str] | None = None,
        *,
        sources_from: Catalog | None = None,
    ) -> Catalog:
        """A catalog of ``data`` held in memory; transcriptions from ``texts``, then
        from ``sources_from`` (another catalog) for files ``texts`` lacks."""
        records = CatalogRecords(
            regions=data.regions,
            departments=data.departments,
            lineage=data.lineage,
            indicators=data.indicators,
            themes=data.themes,
            collectives=data.collectives,
        )
        found = dict(texts or {})
        if sources_from is not None:
            for plan in data.plans:
                if plan.source.file not in found:
                    text = sources_from.source_or_none(plan.source.file)
                    if text is not None:
                        found[plan.source.file] = text
        return cls((MemoryRoot(data.plans, records, found),))

    # ---------------------------------------------------------------- plans

    def entries(self) -> tuple[IndexEntry, ...]:
        """Every indexed plan of every root, in root order; no plan module is imported.

        Raises DataConflictError when a root lists an id, 文号 or title an earlier
        root already has.
        """
        if self._entries_checked is None:
            seen: dict[str, IndexEntry] = {}
            found: list[IndexEntry] = []
            for root in self.roots:
                for entry in root.entries():
                    for kind, key in (
                        ("plan id", entry.id),
                        ("文号", entry.doc_number),
                        ("title", entry.title_zh),
                    ):
                        if key is None:
                            continue
                        norm = f"{kind}\0{normalize(key)}"
                        other = seen.get(norm)
                        if other is not None and other.root is not entry.root:
                            raise _clash(kind, key, other.file, entry.file)
                        seen.setdefault(norm, entry)
                    found.append(entry)
            self._entries_checked = tuple(found)
        return self._entries_checked

    def _plan_index(self) -> _Index[IndexEntry]:
        return self.memo(
            "catalog:plan-index",
            lambda: _Index(self.entries(), IndexEntry.keys, PlanNotFoundError, lambda e: e.id),
        )

    def load_entry(self, entry: IndexEntry) -> Plan:
        """The plan ``entry`` lists, importing its module (and nothing else) once."""
        plan = self._plans.get(id(entry))
        if plan is None:
            plan = entry.load()
            self._plans[id(entry)] = plan
        return plan

    def plans(self) -> Results[Plan]:
        """Every plan, shipped first, in the order each root's index lists them."""
        return self.memo("catalog:plans", self._load_all)

    def _load_all(self) -> Results[Plan]:
        # Loading creates many objects and no garbage: with the cyclic collector on,
        # each collection rescans every plan loaded so far (scripts/bench.py).
        enabled = gc.isenabled()
        gc.disable()
        try:
            return Results(self.load_entry(e) for e in self.entries())
        finally:
            if enabled:
                gc.enable()

    @overload
    def get_plan(self, key: str | Plan) -> Plan: ...
    @overload
    def get_plan(self, key: str | Plan, default: D) -> Plan | D: ...
    def get_plan(self, key: str | Plan, default: Any = _RAISE) -> Any:
        """A plan by id, 文号 (any bracket style, spaces allowed), title or popular name.

        Imports only that plan's module. Raises PlanNotFoundError (a LookupError)
        with ``.query`` and ``.suggestions``, or returns ``default`` if given.
        """
        if isinstance(key, Plan):
            return key
        cached = self._lookups.get(key) if isinstance(key, str) else None
        if cached is not None:
            return cached
        try:
            plan = self.load_entry(self._plan_index().get(key))
        except NotFoundError:
            if default is _RAISE:
                raise
            return default
        if len(self._lookups) < 4096:
            self._lookups[key] = plan
        return plan

    def entry_of(self, plan: Plan | str) -> IndexEntry:
        """The index entry of ``plan`` (a Plan or its id)."""
        plan_id = plan.id if isinstance(plan, Plan) else plan
        for entry in self.entries():
            if entry.id == plan_id:
                return entry
        raise PlanNotFoundError(plan_id, self._plan_index().suggest(plan_id))

    def plan_file(self, plan: Plan | str) -> str:
        """Where ``plan``'s module lives, as a contributor sees it."""
        return self.entry_of(plan).file

    # -------------------------------------------------------------- records

    def records(self) -> CatalogRecords:
        """Every root's catalog records, merged; an id defined twice is refused."""
        if self._records is None:
            merged: dict[str, list[Any]] = {kind: [] for kind in _KINDS}
            owner: dict[tuple[str, str], DataRoot] = {}
            for root in self.roots:
                records = root.records()
                for kind, label in _KINDS.items():
                    for record in getattr(records, kind):
                        if kind != "lineage":
                            key = (kind, record.id)
                            first = owner.get(key)
                            if first is not None and first is not root:
                                raise _clash(
                                    label,
                                    record.id,
                                    first.catalog_file(label, record.id),
                                    root.catalog_file(label, record.id),
                                )
                            owner.setdefault(key, root)
                        merged[kind].append(record)
            self._records = CatalogRecords(**{k: tuple(v) for k, v in merged.items()})
        return self._records

    def root_of(self, kind: str, record_id: str) -> DataRoot:
        """The root that defines the catalog record ``record_id`` of ``kind`` (region …)."""
        attribute = f"{kind}s"
        for root in self.roots:
            if any(r.id == record_id for r in getattr(root.records(), attribute)):
                return root
        return self.roots[0]

    def departments(self) -> Results[Department]:
        return Results(self.records().departments)

    def indicators(self) -> Results[Indicator]:
        return Results(self.records().indicators)

    def regions(self) -> Results[Region]:
        return Results(self.records().regions)

    def themes(self) -> Results[Theme]:
        return Results(self.records().themes)

    def collectives(self) -> Results[Collective]:
        return Results(self.records().collectives)

    def lineage_events(self) -> tuple[LineageEvent, ...]:
        return self.records().lineage

    @property
    def dataset(self) -> Dataset:
        """Everything, as one value (every plan loaded)."""
        return self.memo("catalog:dataset", self._dataset)

    def _dataset(self) -> Dataset:
        r = self.records()
        return Dataset(
            plans=tuple(self.plans()),
            departments=r.departments,
            lineage=r.lineage,
            regions=r.regions,
            indicators=r.indicators,
            themes=r.themes,
            collectives=r.collectives,
        )

    def with_plans(self, plans: Sequence[Plan]) -> Dataset:
        """The catalog records with only ``plans`` (no other plan module is loaded)."""
        r = self.records()
        return Dataset(
            plans=tuple(plans),
            departments=r.departments,
            lineage=r.lineage,
            regions=r.regions,
            indicators=r.indicators,
            themes=r.themes,
            collectives=r.collectives,
        )

    # -------------------------------------------------------------- lookups

    def _department_index(self) -> _Index[Department]:
        return self.memo(
            "catalog:department-index",
            lambda: _Index(
                self.records().departments,
                lambda d: (d.id, d.name_zh, d.name_en, *d.names),
                DepartmentNotFoundError,
                lambda d: d.id,
            ),
        )

    @overload
    def get_department(
        self, key: str | Department, *, region: str | Region | None = None
    ) -> Department: ...
    @overload
    def get_department(
        self, key: str | Department, default: D, *, region: str | Region | None = None
    ) -> Department | D: ...
    def get_department(
        self, key: str | Department, default: Any = _RAISE, *, region: str | Region | None = None
    ) -> Any:
        """A department by id or any name it appears under (市质监局).

        Short names repeat across jurisdictions (市质监局 is Suzhou's in a Suzhou
        plan and Yancheng's in a Yancheng plan); pass ``region`` (an id or name)
        to choose, or an AmbiguousLookupError lists the candidates.
        """
        if isinstance(key, Department):
            return key
        index = self._department_index()
        try:
            if region is None:
                return index.get(key, hint="pass region= to choose")
            region_id = self.get_region(region).id
            found = [d for d in index.matches(key) if d.region == region_id]
            if len(found) == 1:
                return found[0]
            if found:
                raise AmbiguousLookupError(key, [d.id for d in found], "use its id")
            raise DepartmentNotFoundError(key, index.suggest(key))
        except NotFoundError:
            if default is _RAISE:
                raise
            return default

    def _simple(self, name: str, index: Callable[[], _Index[T]], key: Any, default: Any) -> Any:
        try:
            return self.memo(f"catalog:{name}-index", index).get(key)
        except NotFoundError:
            if default is _RAISE:
                raise
            return default

    @overload
    def get_indicator(self, key: str | Indicator) -> Indicator: ...
    @overload
    def get_indicator(self, key: str | Indicator, default: D) -> Indicator | D: ...
    def get_indicator(self, key: str | Indicator, default: Any = _RAISE) -> Any:
        """An indicator by id, Chinese or English name, or any alias."""
        if isinstance(key, Indicator):
            return key
        return self._simple(
            "indicator",
            lambda: _Index(
                self.records().indicators,
                lambda i: (i.id, i.name_zh, i.name_en, *i.aliases),
                IndicatorNotFoundError,
                lambda i: i.id,
            ),
            key,
            default,
        )

    @overload
    def get_region(self, key: str | Region) -> Region: ...
    @overload
    def get_region(self, key: str | Region, default: D) -> Region | D: ...
    def get_region(self, key: str | Region, default: Any = _RAISE) -> Any:
        """A region by id, name, short name or GB/T 2260 code."""
        if isinstance(key, Region):
            return key
        return self._simple(
            "region",
            lambda: _Index(
                self.records().regions,
                lambda r: (r.id, r.name_zh, r.name_en, *r.names, *([r.code] if r.code else [])),
                RegionNotFoundError,
                lambda r: r.id,
            ),
            key,
            default,
        )

    @overload
    def get_theme(self, key: str | Theme) -> Theme: ...
    @overload
    def get_theme(self, key: str | Theme, default: D) -> Theme | D: ...
    def get_theme(self, key: str | Theme, default: Any = _RAISE) -> Any:
        """A theme by id, Chinese or English name."""
        if isinstance(key, Theme):
            return key
        return self._simple(
            "theme",
            lambda: _Index(
                self.records().themes,
                lambda t: (t.id, t.name_zh, t.name_en),
                ThemeNotFoundError,
                lambda t: t.id,
            ),
            key,
            default,
        )

    @overload
    def get_collective(self, key: str | Collective) -> Collective: ...
    @overload
    def get_collective(self, key: str | Collective, default: D) -> Collective | D: ...
    def get_collective(self, key: str | Collective, default: Any = _RAISE) -> Any:
        """A collective (各成员单位, 各县区政府) by id, name or any name it appears under."""
        if isinstance(key, Collective):
            return key
        return self._simple(
            "collective",
            lambda: _Index(
                self.records().collectives,
                lambda c: (c.id, c.name_zh, c.name_en, *c.names),
                CollectiveNotFoundError,
                lambda c: c.id,
            ),
            key,
            default,
        )

    def lineage(
        self, department: str | Department, *, region: str | Region | None = None
    ) -> Results[LineageEvent]:
        """Reform events a department (object, id or name) took part in, as source or successor."""
        key = check_key(department, Department, "department", "id or name")
        dept = self.get_department(key, region=region).id
        events = self.records().lineage
        return Results(e for e in events if dept in e.sources or dept in e.successors)

    # -------------------------------------------------------- transcriptions

    def source_or_none(self, file: str) -> str | None:
        for root in self.roots:
            text = root.source(file)
            if text is not None:
                return text
        return None

    def source(self, plan: Plan | str) -> str:
        """The transcription of ``plan`` (or the file of that name); FileNotFoundError if none."""
        file = plan.source.file if isinstance(plan, Plan) else plan
        text = self.source_or_none(file)
        if text is None:
            names = ", ".join(r.name for r in self.roots)
            raise FileNotFoundError(f"no transcription named {file!r} in {names}")
        return text

    def source_file(self, plan: Plan) -> str:
        """Where ``plan``'s transcription lives, as a contributor sees it."""
        for root in self.roots:
            if root.source(plan.source.file) is not None:
                return root.source_file(plan.source.file)
        entry = next((e for e in self.entries() if e.id == plan.id), None)
        root = entry.root if entry is not None else self.roots[0]
        return root.source_file(plan.source.file)

    # ------------------------------------------------------------- versions

    def dataset_hash(self) -> str:
        """A sha256 over every root's data: the same string, the same data."""

        def build() -> str:
            digests = [root.digest() for root in self.roots]
            if len(digests) == 1:
                return digests[0]
            return hashlib.sha256("\0".join(digests).encode()).hexdigest()

        return self.memo("catalog:hash", build)

    def dataset_version(self) -> str:
        """``<release>+data.<12 hex digits of the data hash>``, to cite with the data."""
        return f"{package_version()}+data.{self.dataset_hash()[:12]}"

    # --------------------------------------------------------------- caches

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """``build()`` once per catalog: the indexes upper layers derive from it
        (search, filters, lineage) live here, so a new catalog starts fresh."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[key] = build()
            return value


_KINDS = {
    "regions": "region",
    "departments": "department",
    "lineage": "lineage",
    "indicators": "indicator",
    "themes": "theme",
    "collectives": "collective",
}
