"""The catalogs plans refer to: regions, departments and their lineage, indicators, themes."""

from __future__ import annotations

from attrs import field, frozen

from qualityplans.model.enums import Better, DepartmentKind, LineageKind, RegionLevel, Unit
from qualityplans.model.results import html_summary

__all__ = ["Collective", "Department", "Indicator", "LineageEvent", "Region", "Theme"]


# ------------------------------------------------------------- catalog records


@frozen
class Region:
    id: str
    name_zh: str
    name_en: str
    level: RegionLevel
    parent: str | None = None
    code: str | None = None  # GB/T 2260 code where one exists
    names: tuple[str, ...] = ()  # other names as written: 工业园区, 园区
    note: str | None = None  # in English
    note_zh: str | None = None  # the note in Chinese, the reader's language

    def __repr__(self) -> str:
        return f"<Region {self.id} {self.name_zh}>"

    def _repr_html_(self) -> str:
        return html_summary(
            f"{self.name_zh} {self.name_en}",
            (
                ("id", self.id),
                ("层级 level", self.level.value),
                ("上级 parent", self.parent),
                ("代码 code", self.code),
                ("别称 names", "、".join(self.names)),
                ("备注 note", self.note),
            ),
        )


@frozen
class Department:
    """One real body in one jurisdiction, with every name it appears under."""

    id: str
    name_zh: str
    name_en: str
    region: str
    kind: DepartmentKind = DepartmentKind.AGENCY
    names: tuple[str, ...] = ()  # short names as written: 市质监局
    note: str | None = None  # in English
    note_zh: str | None = None  # the note in Chinese, the reader's language

    def __repr__(self) -> str:
        return f"<Department {self.id} {self.name_zh}>"

    def _repr_html_(self) -> str:
        return html_summary(
            f"{self.name_zh} {self.name_en}",
            (
                ("id", self.id),
                ("地区 region", self.region),
                ("类型 kind", self.kind.value),
                ("简称 names", "、".join(self.names)),
                ("备注 note", self.note),
            ),
        )


@frozen
class LineageEvent:
    """A change to bodies in the 2018-2019 institutional reform (or later)."""

    year: int
    kind: LineageKind
    sources: tuple[str, ...]
    successors: tuple[str, ...]
    basis: str  # what the event rests on, in English
    note: str | None = None
    basis_zh: str | None = None  # the basis in Chinese, the reader's language
    note_zh: str | None = None

    def __repr__(self) -> str:
        return (
            f"<LineageEvent {self.year} {self.kind.value} "
            f"{' + '.join(self.sources)} → {' + '.join(self.successors)}>"
        )


@frozen
class Collective:
    """A collective named in place of units (各成员单位, 各县区政府).

    ``region`` is the jurisdiction whose bodies it gathers (None for one that any
    plan may name, such as 各成员单位); ``names`` the other ways it is written.
    """

    id: str
    name_zh: str
    name_en: str
    note: str | None = None
    region: str | None = None
    names: tuple[str, ...] = ()
    note_zh: str | None = None  # the note in Chinese, the reader's language

    def __repr__(self) -> str:
        return f"<Collective {self.id} {self.name_zh}>"


@frozen
class Theme:
    id: str
    name_zh: str
    name_en: str

    def __repr__(self) -> str:
        return f"<Theme {self.id} {self.name_zh}>"

    def _repr_html_(self) -> str:
        return html_summary(f"{self.name_zh} {self.name_en}", (("id", self.id),))


@frozen
class Indicator:
    """The thing a target or observation measures, shared across plans."""

    id: str
    name_zh: str
    name_en: str
    unit: Unit | None  # None for a qualitative indicator (a status)
    themes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other wordings found in the documents
    definition: str | None = None  # in English
    definition_zh: str | None = None  # in Chinese, the reader's language: what is counted
    related: tuple[str, ...] = ()  # ids of indicators that measure a related thing
    better: Better = field(kw_only=True)  # which way the plans want it to move

    def __repr__(self) -> str:
        unit = f" ({self.unit.value})" if self.unit is not None else ""
        return f"<Indicator {self.id} {self.name_zh}{unit}>"

    def _repr_html_(self) -> str:
        return html_summary(
            f"{self.name_zh} {self.name_en}",
            (
                ("id", self.id),
                ("单位 unit", self.unit.value if self.unit is not None else None),
                ("优化方向 better", self.better.value),
                ("定义 definition", self.definition_zh),
                ("definition", self.definition),
                ("别名 aliases", "、".join(self.aliases)),
                ("主题 themes", "、".join(self.themes)),
                ("相关 related", "、".join(self.related)),
            ),
        )
