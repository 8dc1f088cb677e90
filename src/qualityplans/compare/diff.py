"""``diff(a, b)``: what changed between two plans, as a frozen, typed value.

Four views, each symmetric: indicators (targets on each side and which of their
fields changed, related indicators paired as such), measures (aligned one to one
by :mod:`qualityplans.compare.align`), departments (lead and responsible units,
matched through the 2018-2019 reform) and themes (measure and target counts).

``diff(b, a)`` is ``diff(a, b).mirrored()``: the work is always done in one
canonical order of the two plans and mirrored when asked the other way round,
so the alignment cannot depend on which plan comes first.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from qualityplans.compare.align import Alignment, MeasurePair, align_measures
from qualityplans.keys import PlanLike, plan_of
from qualityplans.model import Department, Indicator, Measure, Plan, Role, Target, TaskGroup, Theme

__all__ = [
    "FIELDS",
    "DepartmentLine",
    "IndicatorChange",
    "PlanDiff",
    "ThemeCounts",
    "diff",
]

# The target fields compared, in the order changes are listed.
FIELDS = ("amount", "comparator", "unit", "year", "kind", "commitment")

# Roles that say who does the work (see align._DOING).
_DOING = (Role.LEAD, Role.RESPONSIBLE)


def _field(t: Target, name: str) -> str:
    """One comparable field of a target, as text (``""`` where it has none)."""
    if name == "amount":
        if t.value is None:
            return t.qualitative or ""
        upper = f"–{t.value.upper}" if t.value.upper is not None else ""
        sign = {"up": "+", "down": "−"}.get(t.direction.value if t.direction else "", "")
        return f"{sign}{t.value.amount}{upper}"
    if name == "comparator":
        return t.value.comparator.value if t.value is not None else ""
    if name == "unit":
        return t.value.unit.value if t.value is not None else ""
    if name == "year":
        return str(t.period) if t.period is not None else str(t.year or "")
    if name == "kind":
        return t.kind.value
    return t.commitment.value


@frozen(repr=False)
class IndicatorChange:
    """One indicator (or a pair of related ones) with the targets each plan states.

    ``changed`` names the fields (of :data:`FIELDS`) whose values differ between
    the two sides; ``related`` is true when ``a_indicator`` and ``b_indicator``
    are different indicators that ``related_indicators()`` links.
    """

    a_indicator: Indicator
    b_indicator: Indicator
    a_targets: tuple[Target, ...]
    b_targets: tuple[Target, ...]
    changed: tuple[str, ...]

    @property
    def related(self) -> bool:
        return self.a_indicator.id != self.b_indicator.id

    def values(self, side: str, name: str) -> tuple[str, ...]:
        """The distinct values of field ``name`` on ``side`` ("a" or "b"), in order."""
        targets = self.a_targets if side == "a" else self.b_targets
        return tuple(dict.fromkeys(_field(t, name) for t in targets))

    def mirrored(self) -> IndicatorChange:
        return IndicatorChange(
            self.b_indicator, self.a_indicator, self.b_targets, self.a_targets, self.changed
        )

    def __repr__(self) -> str:
        ids = (
            self.a_indicator.id
            if not self.related
            else f"{self.a_indicator.id} ~ {self.b_indicator.id}"
        )
        return f"<IndicatorChange {ids}: {', '.join(self.changed) or 'unchanged'}>"


@frozen(repr=False)
class DepartmentLine:
    """Bodies of one line of responsibility that lead or are responsible for work.

    ``a`` and ``b`` hold each plan's bodies of the line, each with the roles it
    plays and in how many measures or task groups. A line with bodies on both
    sides that are not the same bodies is matched ``through_lineage``.
    """

    a: tuple[tuple[Department, tuple[tuple[Role, int], ...]], ...]
    b: tuple[tuple[Department, tuple[tuple[Role, int], ...]], ...]

    @property
    def a_departments(self) -> tuple[Department, ...]:
        return tuple(d for d, _ in self.a)

    @property
    def b_departments(self) -> tuple[Department, ...]:
        return tuple(d for d, _ in self.b)

    @property
    def through_lineage(self) -> bool:
        ids_a = {d.id for d in self.a_departments}
        return bool(self.a and self.b) and ids_a != {d.id for d in self.b_departments}

    @property
    def changed(self) -> bool:
        """Bodies on both sides, but other bodies or other roles or counts."""
        return bool(self.a and self.b) and self.a != self.b

    def mirrored(self) -> DepartmentLine:
        return DepartmentLine(self.b, self.a)

    def __repr__(self) -> str:
        left = "、".join(d.name_zh for d in self.a_departments) or "—"
        right = "、".join(d.name_zh for d in self.b_departments) or "—"
        return f"<DepartmentLine {left} → {right}>"


@frozen(repr=False)
class ThemeCounts:
    """How many measures and targets of each plan fall under one theme."""

    theme: Theme
    a_measures: int
    b_measures: int
    a_targets: int
    b_targets: int

    @property
    def changed(self) -> bool:
        return (self.a_measures, self.a_targets) != (self.b_measures, self.b_targets)

    @property
    def in_a(self) -> bool:
        return bool(self.a_measures or self.a_targets)

    @property
    def in_b(self) -> bool:
        return bool(self.b_measures or self.b_targets)

    def mirrored(self) -> ThemeCounts:
        return ThemeCounts(
            self.theme, self.b_measures, self.a_measures, self.b_targets, self.a_targets
        )

    def __repr__(self) -> str:
        return (
            f"<ThemeCounts {self.theme.id}: measures {self.a_measures}/{self.b_measures}, "
            f"targets {self.a_targets}/{self.b_targets}>"
        )


@frozen(repr=False)
class PlanDiff:
    """What changed from plan ``a`` to plan ``b``.

    ``changed``, ``only_in_a`` and ``only_in_b`` summarise the four views;
    ``diff(a, a)`` has none of them.
    """

    a: Plan
    b: Plan
    indicators: tuple[IndicatorChange, ...]  # in both (or related), in a's catalog order
    indicators_only_in_a: tuple[Indicator, ...]
    indicators_only_in_b: tuple[Indicator, ...]
    measures: Alignment
    departments: tuple[DepartmentLine, ...]
    themes: tuple[ThemeCounts, ...]

    @property
    def changed(self) -> tuple[IndicatorChange | MeasurePair | DepartmentLine | ThemeCounts, ...]:
        """Indicators whose targets changed or that are related, measures whose title or
        text changed, lines of responsibility whose bodies or roles changed, and themes
        whose counts changed but that both plans have."""
        return (
            *(c for c in self.indicators if c.changed or c.related),
            *(p for p in self.measures.pairs if p.changed),
            *(d for d in self.departments if d.changed),
            *(t for t in self.themes if t.changed and t.in_a and t.in_b),
        )

    @property
    def only_in_a(self) -> tuple[Any, ...]:
        """Indicators, measures, lines of responsibility and themes only plan a has."""
        return (
            *self.indicators_only_in_a,
            *self.measures.only_in_a,
            *(d for d in self.departments if not d.b),
            *(t.theme for t in self.themes if t.in_a and not t.in_b),
        )

    @property
    def only_in_b(self) -> tuple[Any, ...]:
        """Indicators, measures, lines of responsibility and themes only plan b has."""
        return self.mirrored().only_in_a

    @property
    def is_empty(self) -> bool:
        return not (self.changed or self.only_in_a or self.only_in_b)

    def mirrored(self) -> PlanDiff:
        """The same differences seen from ``b``: ``diff(b, a)``."""
        return PlanDiff(
            self.b,
            self.a,
            _in_catalog_order(tuple(c.mirrored() for c in self.indicators)),
            self.indicators_only_in_b,
            self.indicators_only_in_a,
            self.measures.mirrored(self.b),
            tuple(d.mirrored() for d in self.departments),
            tuple(t.mirrored() for t in self.themes),
        )

    def to_text(self, width: int = 100) -> str:
        """The differences as terminal text, columns aligned for CJK."""
        from qualityplans.compare.render import diff_text

        return diff_text(self, width)

    def to_markdown(self, link: Any = None, summary: str | None = None) -> str:
        """The differences as Markdown for the site; every data string is escaped.

        ``link``, if given, is called with a Plan, Measure, Indicator, Department or
        Theme and returns a URL (or None) for it; without it the Markdown has no links.
        ``summary`` (Markdown, already escaped) replaces the line of counts under the
        names of the two plans.
        """
        from qualityplans.compare.render import diff_markdown

        return diff_markdown(self, link, summary)

    def to_dict(self) -> dict[str, Any]:
        """The differences as JSON-safe data (Decimals as strings)."""
        from qualityplans.compare.render import diff_dict

        return diff_dict(self)

    def __repr__(self) -> str:
        return (
            f"<PlanDiff {self.a.id} → {self.b.id}: {len(self.changed)} changed, "
            f"{len(self.only_in_a)} only in a, {len(self.only_in_b)} only in b>"
        )


def diff(a: PlanLike, b: PlanLike) -> PlanDiff:
    """What changed from plan ``a`` to plan ``b`` (each a Plan, id, 文号 or title)."""
    pa, pb = plan_of(a, "a"), plan_of(b, "b")
    if pa is pb or pa == pb:
        return _diff(pa, pa)
    if _after(pa, pb):
        return _diff(pb, pa).mirrored()
    return _diff(pa, pb)


def _after(a: Plan, b: Plan) -> bool:
    """Whether ``a`` comes after ``b`` in the order :func:`diff` works in: by id, and for
    two versions of one plan (which share an id) by their serialized form."""
    if a.id != b.id:
        return a.id > b.id
    from qualityplans.serialize import to_json

    return to_json(a) > to_json(b)


def _diff(a: Plan, b: Plan) -> PlanDiff:
    both, only_a, only_b = _indicators(a, b)
    return PlanDiff(
        a, b, both, only_a, only_b, align_measures(a, b), _departments(a, b), _themes(a, b)
    )


# ------------------------------------------------------------------ indicators


def _targets_by_indicator(plan: Plan) -> dict[str, tuple[Target, ...]]:
    found: dict[str, list[Target]] = {}
    for t in plan.targets:
        if t.indicator is not None:
            found.setdefault(t.indicator, []).append(t)
    return {k: tuple(v) for k, v in found.items()}


def _changes(a: tuple[Target, ...], b: tuple[Target, ...]) -> tuple[str, ...]:
    return tuple(
        name for name in FIELDS if {_field(t, name) for t in a} != {_field(t, name) for t in b}
    )


def _catalog_position() -> dict[str, int]:
    from qualityplans.catalog import dataset

    return {i.id: n for n, i in enumerate(dataset().indicators)}


def _in_catalog_order(rows: tuple[IndicatorChange, ...]) -> tuple[IndicatorChange, ...]:
    order = _catalog_position()
    return tuple(sorted(rows, key=lambda c: (order[c.a_indicator.id], order[c.b_indicator.id])))


def _indicators(
    a: Plan, b: Plan
) -> tuple[tuple[IndicatorChange, ...], tuple[Indicator, ...], tuple[Indicator, ...]]:
    from qualityplans.catalog import get_indicator
    from qualityplans.history import related_indicators

    ta, tb = _targets_by_indicator(a), _targets_by_indicator(b)
    rows = [
        IndicatorChange(get_indicator(i), get_indicator(i), ta[i], tb[i], _changes(ta[i], tb[i]))
        for i in ta
        if i in tb
    ]
    only_a = [i for i in ta if i not in tb]
    only_b = [i for i in tb if i not in ta]
    paired: set[str] = set()
    for i in only_a:
        for r in related_indicators(i):
            if r.id in only_b:
                rows.append(
                    IndicatorChange(get_indicator(i), r, ta[i], tb[r.id], _changes(ta[i], tb[r.id]))
                )
                paired.update((i, r.id))
    order = _catalog_position()

    def unpaired(ids: list[str]) -> tuple[Indicator, ...]:
        return tuple(
            get_indicator(i) for i in sorted(ids, key=order.__getitem__) if i not in paired
        )

    return _in_catalog_order(tuple(rows)), unpaired(only_a), unpaired(only_b)


# ----------------------------------------------------------------- departments


def _roles(plan: Plan) -> dict[str, dict[Role, int]]:
    """Each department that leads or is responsible for work: its roles and how often."""
    found: dict[str, dict[Role, int]] = {}
    for item in plan.blocks:
        if isinstance(item, Measure):
            units = plan.responsibilities_of(item)
        elif isinstance(item, TaskGroup):
            units = item.responsibilities
        else:
            continue
        for r in units:
            if r.department is not None and r.role in _DOING:
                roles = found.setdefault(r.department, {})
                roles[r.role] = roles.get(r.role, 0) + 1
    return found


def _departments(a: Plan, b: Plan) -> tuple[DepartmentLine, ...]:
    from qualityplans.catalog import get_department
    from qualityplans.compare.align import _line

    ra, rb = _roles(a), _roles(b)
    ids = list(dict.fromkeys([*ra, *rb]))
    # Union the bodies of both plans that lie on one line of responsibility.
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    for x in ids:
        for y in ids:
            if x != y and y in _line(x):
                parent[root(y)] = root(x)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(root(i), []).append(i)

    def side(members: list[str], roles: dict[str, dict[Role, int]]) -> tuple[Any, ...]:
        return tuple(
            (get_department(m), tuple((r, roles[m][r]) for r in _DOING if r in roles[m]))
            for m in members
            if m in roles
        )

    return tuple(DepartmentLine(side(g, ra), side(g, rb)) for g in groups.values())


# ---------------------------------------------------------------------- themes


def _themes(a: Plan, b: Plan) -> tuple[ThemeCounts, ...]:
    from qualityplans.catalog import dataset, get_indicator

    def counts(plan: Plan) -> tuple[dict[str, int], dict[str, int]]:
        measures: dict[str, int] = {}
        for m in plan.measures:
            for t in m.themes:
                measures[t] = measures.get(t, 0) + 1
        targets: dict[str, int] = {}
        for tg in plan.targets:
            if tg.indicator is not None:
                for t in get_indicator(tg.indicator).themes:
                    targets[t] = targets.get(t, 0) + 1
        return measures, targets

    (ma, ta), (mb, tb) = counts(a), counts(b)
    return tuple(
        ThemeCounts(
            theme,
            ma.get(theme.id, 0),
            mb.get(theme.id, 0),
            ta.get(theme.id, 0),
            tb.get(theme.id, 0),
        )
        for theme in dataset().themes
        if theme.id in ma or theme.id in mb or theme.id in ta or theme.id in tb
    )
