"""Who does what, across plans and across the 2018-2019 reform.

``responsibilities("市质监局", region="苏州市")`` lists every measure and task
group the bureau leads, supports or is responsible for, and, following its
lineage, the work of the body it became (市市场监管局) in later plans.
"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import field, frozen

from qualityplans.catalog.keys import (
    CatalogLike,
    DepartmentLike,
    RegionLike,
    catalog_of,
    department_of,
)
from qualityplans.model import Department, Measure, Plan, Responsibility, Results, Role, TaskGroup
from qualityplans.query.reform import line_of, predecessors, successors
from qualityplans.rows import Row, current_body, integer_columns, responsibility_row

__all__ = ["Assignment", "department_document", "responsibilities"]


@frozen(repr=False)
class Assignment:
    """One unit named in one measure or task group of one plan, in one role."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("plan", "item", "title", "role", "written", "department")
    INTEGER_COLUMNS: ClassVar[frozenset[str]] = integer_columns("responsibilities")

    plan: Plan
    item: Measure | TaskGroup
    role: Role
    written: str  # the unit as the document writes it
    department: Department  # the body named
    order: int  # its position in the item's list of units, from 1

    @property
    def through_lineage(self) -> bool:
        """Whether this is the work of a predecessor or successor, not of the body asked for."""
        return self._asked is not None and self._asked != self.department.id

    _asked: str | None = None
    line: Department | None = field(default=None, eq=False)
    """The body the department's line runs into after the reform (``rows.current_body``)."""
    standing: bool = False  # named by the plan for every measure, not by this one

    @property
    def title_zh(self) -> str:
        """The measure's title or the task group's name."""
        return self.item.title_zh if isinstance(self.item, Measure) else self.item.name_zh

    def __repr__(self) -> str:
        return (
            f"<Assignment {self.plan.id}/{self.item.eid} {self.written} {self.role.value}: "
            f"{self.title_zh}>"
        )

    def row(self) -> tuple[object, ...]:
        return (
            self.plan.id,
            self.item.eid,
            self.title_zh,
            self.role.value,
            self.written,
            self.department.id,
        )

    def record(self) -> Row:
        """The responsibilities table's row (holder: the measure or task group, ``order``
        its place among the item's units), then the item's title and whether this is the
        work of a predecessor or successor of the body asked for."""
        unit = Responsibility(self.written, self.role, self.department.id)
        row = responsibility_row(
            self.plan, self.item.eid, self.order, unit, self.standing, self.department, self.line
        )
        return row | {"title_zh": self.title_zh, "through_lineage": self.through_lineage}

    def to_dict(self) -> dict[str, Any]:
        return self.record()


def responsibilities(
    department: DepartmentLike,
    *,
    region: RegionLike | None = None,
    follow_lineage: bool = False,
    role: Role | str | None = None,
    catalog: CatalogLike = None,
) -> Results[Assignment]:
    """Every measure and task group ``department`` is named in, across all plans.

    With ``follow_lineage=True`` the bodies it came from and became are included,
    so a query for 市质监局 reaches 市市场监管局's work in 2025 and the reverse
    (off by default, as in every function that takes it: a query names one body
    unless it asks for its line). ``role`` keeps one role (a Role or its value:
    lead, cooperating, responsible, member). Ordered by plan, then document order.
    """
    cat = catalog_of(catalog)
    me = department_of(department, region=region, catalog=cat)
    wanted_role = None if role is None else _role(role)
    line = {d.id for d in (line_of(me, catalog=cat) if follow_lineage else (me,))}
    events = cat.lineage_events()
    found: list[Assignment] = []
    for plan in cat.plans():
        for item in plan.blocks:
            if isinstance(item, Measure):
                units = plan.responsibilities_of(item)
            elif isinstance(item, TaskGroup):
                units = item.responsibilities
            else:
                continue
            own = len(item.responsibilities)
            for order, unit in enumerate(units, start=1):
                if unit.department not in line:
                    continue
                if wanted_role is not None and unit.role is not wanted_role:
                    continue
                found.append(
                    Assignment(
                        plan,
                        item,
                        unit.role,
                        unit.written,
                        cat.get_department(unit.department),
                        order,
                        me.id,
                        cat.get_department(current_body(unit.department, events)),
                        order > own,
                    )
                )
    return Results(found)


def _role(value: Role | str) -> Role:
    if isinstance(value, Role):
        return value
    if not isinstance(value, str):
        raise TypeError(f"role must be a Role or one of {', '.join(r.value for r in Role)}")
    try:
        return Role(value.strip().lower())
    except ValueError:
        for r in Role:
            if value.strip() == r.zh:
                return r
        raise ValueError(
            f"role must be one of {', '.join(r.value for r in Role)}, not {value!r}"
        ) from None


def department_document(
    department: Department, *, follow_lineage: bool = True, catalog: CatalogLike = None
) -> dict[str, Any]:
    """A department as one JSON-ready document: the record, the bodies it came from and
    became, its reform events and its work (with its line's, unless ``follow_lineage`` is
    False). The CLI's ``department --json`` and the site's ``departments/<id>.json`` both
    give it, so the two never disagree."""
    from qualityplans.serialize import to_dict

    cat = catalog_of(catalog)
    work = responsibilities(department.id, follow_lineage=follow_lineage, catalog=cat)
    return {
        "department": to_dict(department),
        "predecessors": [d.id for d in predecessors(department.id, catalog=cat)],
        "successors": [d.id for d in successors(department.id, catalog=cat)],
        "lineage": to_dict(cat.lineage(department.id)),
        "responsibilities": [
            {
                "plan": a.plan.id,
                "item": a.item.eid,
                "title_zh": a.title_zh,
                "role": a.role.value,
                "written": a.written,
                "department": a.department.id,
                "through_lineage": a.through_lineage,
            }
            for a in work
        ],
    }
