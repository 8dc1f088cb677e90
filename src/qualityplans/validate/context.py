"""What every check reads: the data, the ids it may refer to, and where each record's file is."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from attrs import frozen

from qualityplans.catalog import Catalog
from qualityplans.model import Dataset, Department, Indicator, Plan, Region

__all__ = ["Context", "unknown"]


@frozen
class Context:
    """The data being checked, its catalogs by id, and the catalog that names files.

    ``texts`` maps transcription file names to text in place of the catalog's
    (a transcription being checked before it is saved).
    """

    data: Dataset
    catalog: Catalog
    texts: Mapping[str, str]
    departments: Mapping[str, Department]
    regions: Mapping[str, Region]
    indicators: Mapping[str, Indicator]
    themes: frozenset[str]
    collectives: frozenset[str]

    @classmethod
    def of(cls, data: Dataset, catalog: Catalog, texts: Mapping[str, str]) -> Context:
        return cls(
            data,
            catalog,
            texts,
            {d.id: d for d in data.departments},
            {r.id: r for r in data.regions},
            {i.id: i for i in data.indicators},
            frozenset(t.id for t in data.themes),
            frozenset(c.id for c in data.collectives),
        )

    def places(self, region: str) -> tuple[str, ...]:
        """``region`` and every region above it (相城区, 苏州市, 江苏省)."""
        chain: list[str] = []
        while region in self.regions and region not in chain:
            chain.append(region)
            parent = self.regions[region].parent
            if parent is None:
                break
            region = parent
        return tuple(chain) or (region,)

    def region_name(self, region: str) -> str:
        """``苏州市 (suzhou)``, or the id alone if no catalog defines it."""
        found = self.regions.get(region)
        return f"{found.name_zh} ({region})" if found is not None else repr(region)

    def named(self, written: str, places: Collection[str]) -> list[Department]:
        """The departments of ``places`` that appear under the name ``written``."""
        return [
            d
            for d in self.data.departments
            if d.region in places and (written == d.name_zh or written in d.names)
        ]

    def plan_file(self, plan: Plan) -> str:
        """The module a contributor edits for ``plan``."""
        entry = next((e for e in self.catalog.entries() if e.id == plan.id), None)
        if entry is not None:
            return entry.file
        return self.catalog.roots[0].plan_file(plan.id.replace("-", "_"))

    def source_file(self, plan: Plan) -> str:
        return self.catalog.source_file(plan)

    def catalog_file(self, kind: str, record_id: str = "") -> str:
        """The module defining the catalog record ``record_id`` of ``kind`` (region …)."""
        if kind == "lineage":
            root = self.catalog.root_of("department", record_id)
        else:
            root = self.catalog.root_of(kind, record_id)
        return root.catalog_file(kind, record_id)

    def source(self, plan: Plan) -> str:
        """The transcription of ``plan``: ``texts`` first, else the catalog's."""
        text = self.texts.get(plan.source.file)
        return text if text is not None else self.catalog.source(plan)


def unknown(ctx: Context, kind: str, value: str | None) -> str:
    """The message for an id no catalog defines, naming where ids of that kind live."""
    root = ctx.catalog.roots[0]
    file = root.catalog_file(kind)
    if kind == "department" and root.shipped:
        file = f"{root.name}/departments/"
    return f"unknown {kind} id {value!r}: use an id from {file}, or add one there"
