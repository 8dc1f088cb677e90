"""Which bodies do the work: every body ranked by its roles across plans.

``department_roles(region="苏州市")`` counts, for each body, the measures and
task groups it leads (牵头), is responsible for (负责), cooperates on (配合) or
is a member of (成员), across every plan. By default a line of bodies through
the 2018-2019 reform counts as one: 市质监局, 市工商局 and 市食药监局's work in
2016 and 市市场监管局's in 2025 are one line, named by the body it runs into
today and marked as merged, with the bodies it gathers listed. An item named
for several bodies of one line counts once for that line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Literal, TypeAlias, get_args

import attrs
from attrs import frozen

from qualityplans.catalog.keys import CatalogLike, RegionLike, catalog_of
from qualityplans.model import (
    Department,
    LineageEvent,
    Measure,
    Responsibility,
    Results,
    Role,
    TaskGroup,
)
from qualityplans.query.filters import region_ids
from qualityplans.rows import Row, current_body

__all__ = ["SORTS", "DepartmentRoles", "Sort", "department_roles"]

Sort: TypeAlias = Literal["leads", "responsible", "name"]
SORTS: tuple[Sort, ...] = get_args(Sort)


@frozen(repr=False)
class DepartmentRoles:
    """One body (or one line of bodies through the reform) and the items it is named in.

    ``department`` is the body the line runs into today; ``bodies`` every body of
    the line that the plans name (earlier ones first); ``leads``, ``responsible``,
    ``cooperating`` and ``member`` count the measures and task groups it holds
    that role in; ``plans`` the ids of the plans that name it. ``rank`` is 1 +
    the number of bodies ranked above it by the sort asked for; ``tied`` says
    another has the same count.
    """

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "rank",
        "department",
        "name_zh",
        "leads",
        "responsible",
        "cooperating",
        "member",
        "plans",
        "line",
    )

    department: Department
    bodies: tuple[Department, ...]
    leads: int
    responsible: int
    cooperating: int
    member: int
    plans: tuple[str, ...]
    rank: int = attrs.field(default=1, eq=False)
    tied: bool = attrs.field(default=False, eq=False)

    @property
    def merged(self) -> bool:
        """Whether the line gathers bodies other than ``department`` (the reform merged
        or renamed them into it)."""
        return any(b.id != self.department.id for b in self.bodies)

    @property
    def shown_rank(self) -> str:
        return f"={self.rank}" if self.tied else str(self.rank)

    @property
    def line(self) -> str:
        """The line as a reader sees it: ``市质监局 + 市工商局 + 市食药监局 → 市市场监管局``;
        empty when nothing was merged."""
        if not self.merged:
            return ""
        before = [_short(b) for b in self.bodies if b.id != self.department.id]
        return f"{' + '.join(before)} → {_short(self.department)}"

    def __repr__(self) -> str:
        mark = " (merged)" if self.merged else ""
        return (
            f"<DepartmentRoles {self.department.id}{mark}: {self.leads} lead, "
            f"{self.responsible} responsible, {self.cooperating} cooperating>"
        )

    def row(self) -> tuple[object, ...]:
        return (
            self.shown_rank,
            self.department.id,
            self.department.name_zh,
            self.leads,
            self.responsible,
            self.cooperating,
            self.member,
            len(self.plans),
            self.line,
        )

    def record(self) -> Row:
        """One flat row: the body, its region, the counts, the plans, and the line's bodies."""
        return {
            "rank": self.rank,
            "tied": self.tied,
            "department": self.department.id,
            "name_zh": self.department.name_zh,
            "name_en": self.department.name_en,
            "region": self.department.region,
            "leads": self.leads,
            "responsible": self.responsible,
            "cooperating": self.cooperating,
            "member": self.member,
            "plans": list(self.plans),
            "merged": self.merged,
            "bodies": [b.id for b in self.bodies],
            "bodies_zh": [b.name_zh for b in self.bodies],
        }


def _short(department: Department) -> str:
    return department.names[0] if department.names else department.name_zh


_COUNTED = {
    Role.LEAD: "leads",
    Role.RESPONSIBLE: "responsible",
    Role.COOPERATING: "cooperating",
    Role.MEMBER: "member",
}


def department_roles(
    *,
    region: RegionLike | None = None,
    sort: Sort | str = "leads",
    follow_lineage: bool = True,
    catalog: CatalogLike = None,
) -> Results[DepartmentRoles]:
    """Every body named in any plan, ranked by its roles.

    ``region`` keeps bodies of that region and the places inside it (苏州市
    holds 相城区). ``sort`` is ``leads`` (most measures led first, then most
    responsible for), ``responsible`` (the other way round) or ``name`` (by
    the pinyin of the Chinese name). With ``follow_lineage`` (the default) the
    bodies of one line through the reform count together, under the body the
    line runs into today; ``follow_lineage=False`` counts each body alone.
    Raises ValueError for an unknown sort.
    """
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    cat = catalog_of(catalog)
    wanted = None if region is None else region_ids(region, cat)
    events = cat.lineage_events()
    items: dict[str, dict[str, set[tuple[str, str]]]] = {}  # line -> role -> (plan, eid)
    bodies: dict[str, dict[str, None]] = {}
    plans: dict[str, dict[str, None]] = {}
    for plan in cat.plans():
        for item in plan.blocks:
            if isinstance(item, Measure):
                units: Iterable[Responsibility] = plan.responsibilities_of(item)
            elif isinstance(item, TaskGroup):
                units = item.responsibilities
            else:
                continue
            for unit in units:
                if unit.department is None:
                    continue
                key = current_body(unit.department, events) if follow_lineage else unit.department
                counts = items.setdefault(key, {k: set() for k in _COUNTED.values()})
                counts[_COUNTED[unit.role]].add((plan.id, item.eid))
                bodies.setdefault(key, {})[unit.department] = None
                plans.setdefault(key, {})[plan.id] = None
    found = []
    for key, counts in items.items():
        head = cat.get_department(key)
        if wanted is not None and head.region not in wanted:
            continue
        members = [cat.get_department(d) for d in bodies[key]]
        members.sort(key=lambda d: (d.id == key, _first_year(d.id, events)))
        found.append(
            DepartmentRoles(
                head,
                tuple(members),
                leads=len(counts["leads"]),
                responsible=len(counts["responsible"]),
                cooperating=len(counts["cooperating"]),
                member=len(counts["member"]),
                plans=tuple(plans[key]),
            )
        )
    return Results(_ranked(found, sort))


def _first_year(department: str, events: Iterable[LineageEvent]) -> int:
    """The year of the first reform event that merged or renamed ``department`` away."""
    years = [e.year for e in events if department in e.sources]
    return min(years) if years else 0


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text))


def _ranked(found: list[DepartmentRoles], sort: str) -> list[DepartmentRoles]:
    def metric(r: DepartmentRoles) -> tuple[int, int]:
        if sort == "responsible":
            return (r.responsible, r.leads)
        return (r.leads, r.responsible)

    if sort == "name":
        found.sort(key=lambda r: (_pinyin(r.department.name_zh), r.department.id))
    else:
        found.sort(key=lambda r: (*(-m for m in metric(r)), r.department.id))
    counts: dict[tuple[int, int], int] = {}
    for r in found:
        counts[metric(r)] = counts.get(metric(r), 0) + 1
    out = []
    for r in found:
        above = sum(1 for other in found if metric(other) > metric(r))
        out.append(attrs.evolve(r, rank=above + 1, tied=counts[metric(r)] > 1))
    return out
