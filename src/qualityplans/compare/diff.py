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

from attrs import field, frozen

from qualityplans.catalog import Catalog
from qualityplans.catalog.keys import CatalogLike, PlanLike, catalog_of, plan_of
from qualityplans.compare.align import Alignment, MeasurePair, align_measures, department_line
from qualityplans.compare.changes import (
    FIELDS,
    DepartmentLine,
    IndicatorChange,
    Side,
    ThemeCounts,
    value_field,
)
from qualityplans.compare.render import diff_dict, diff_html, diff_markdown, diff_text
from qualityplans.model import (
    Collective,
    Department,
    Indicator,
    Measure,
    Plan,
    Role,
    Target,
    TaskGroup,
)
from qualityplans.query.history import related_indicators
from qualityplans.serialize import to_json

__all__ = [
    "FIELDS",
    "DepartmentLine",
    "IndicatorChange",
    "PlanDiff",
    "ThemeCounts",
    "diff",
]

# Roles that say who does the work (see align._DOING).
_DOING = (Role.LEAD, Role.RESPONSIBLE)


@frozen(repr=False)
class PlanDiff:
    """What changed from plan ``a`` to plan ``b``.

    ``indicators`` are the indicators both plans set targets for; ``related``
    pairs an indicator of one plan with a related but different indicator of the
    other (different measures, not a change). ``changed``, ``only_in_a`` and
    ``only_in_b`` summarise the views; ``diff(a, a)`` has none of them.
    """

    a: Plan
    b: Plan
    indicators: tuple[IndicatorChange, ...]  # the same indicator in both, catalog order
    related: tuple[IndicatorChange, ...]  # related indicators, one in each plan
    indicators_only_in_a: tuple[Indicator, ...]
    indicators_only_in_b: tuple[Indicator, ...]
    measures: Alignment
    departments: tuple[DepartmentLine, ...]
    themes: tuple[ThemeCounts, ...]
    catalog: Catalog = field(eq=False)

    @property
    def changed(self) -> tuple[IndicatorChange | MeasurePair | DepartmentLine | ThemeCounts, ...]:
        """The same indicator with a different target, measures whose title or text
        changed, lines of responsibility whose bodies or roles changed, and themes whose
        counts changed but that both plans have. Related indicators are not changes."""
        return (
            *(c for c in self.indicators if c.changed),
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
        return not (self.changed or self.related or self.only_in_a or self.only_in_b)

    def mirrored(self) -> PlanDiff:
        """The same differences seen from ``b``: ``diff(b, a)``."""
        order = _catalog_position(self.catalog)
        return PlanDiff(
            self.b,
            self.a,
            _in_order(tuple(c.mirrored() for c in self.indicators), order),
            _in_order(tuple(c.mirrored() for c in self.related), order),
            self.indicators_only_in_b,
            self.indicators_only_in_a,
            self.measures.mirrored(self.b),
            tuple(d.mirrored() for d in self.departments),
            tuple(t.mirrored() for t in self.themes),
            self.catalog,
        )

    def to_text(self, width: int = 100) -> str:
        """The differences as terminal text, columns aligned for CJK."""
        return diff_text(self, width)

    def to_markdown(self, link: Any = None) -> str:
        """The differences as plain Markdown; every data string is escaped.

        ``link``, if given, is called with a Plan, Measure, Indicator, Department or
        Theme and returns a URL (or None) for it; without it the Markdown has no links.
        """
        return diff_markdown(self, link)

    def to_dict(self) -> dict[str, Any]:
        """The differences as JSON-safe data (Decimals as strings)."""
        return diff_dict(self)

    def _repr_html_(self) -> str:
        return diff_html(self)

    def __repr__(self) -> str:
        return (
            f"<PlanDiff {self.a.id} → {self.b.id}: {len(self.changed)} changed, "
            f"{len(self.related)} related, {len(self.only_in_a)} only in a, "
            f"{len(self.only_in_b)} only in b>"
        )


def diff(a: PlanLike, b: PlanLike, *, catalog: CatalogLike = None) -> PlanDiff:
    """What changed from plan ``a`` to plan ``b`` (each a Plan, id, 文号 or title)."""
    cat = catalog_of(catalog)
    pa, pb = plan_of(a, "a", cat), plan_of(b, "b", cat)
    if pa is pb or pa == pb:
        return _diff(pa, pa, cat)
    if _after(pa, pb):
        return _diff(pb, pa, cat).mirrored()
    return _diff(pa, pb, cat)


def _after(a: Plan, b: Plan) -> bool:
    """Whether ``a`` comes after ``b`` in the order :func:`diff` works in: by id, and for
    two versions of one plan (which share an id) by their serialized form."""
    if a.id != b.id:
        return a.id > b.id
    return to_json(a) > to_json(b)


def _diff(a: Plan, b: Plan, catalog: Catalog) -> PlanDiff:
    both, related, only_a, only_b = _indicators(a, b, catalog)
    return PlanDiff(
        a,
        b,
        both,
        related,
        only_a,
        only_b,
        align_measures(a, b, catalog),
        _departments(a, b, catalog),
        _themes(a, b, catalog),
        catalog,
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
        name
        for name in FIELDS
        if {value_field(t, name) for t in a} != {value_field(t, name) for t in b}
    )


def _catalog_position(catalog: Catalog) -> dict[str, int]:
    return catalog.memo(
        "compare:indicator-order", lambda: {i.id: n for n, i in enumerate(catalog.indicators())}
    )


def _in_order(
    rows: tuple[IndicatorChange, ...], order: dict[str, int]
) -> tuple[IndicatorChange, ...]:
    return tuple(sorted(rows, key=lambda c: (order[c.a_indicator.id], order[c.b_indicator.id])))


Indicators = tuple[
    tuple[IndicatorChange, ...],
    tuple[IndicatorChange, ...],
    tuple[Indicator, ...],
    tuple[Indicator, ...],
]


def _indicators(a: Plan, b: Plan, catalog: Catalog) -> Indicators:
    get = catalog.get_indicator
    ta, tb = _targets_by_indicator(a), _targets_by_indicator(b)
    same = [
        IndicatorChange(get(i), get(i), ta[i], tb[i], _changes(ta[i], tb[i])) for i in ta if i in tb
    ]
    only_a = [i for i in ta if i not in tb]
    only_b = [i for i in tb if i not in ta]
    related: list[IndicatorChange] = []
    paired: set[str] = set()
    for i in only_a:
        for r in related_indicators(i, catalog=catalog):
            if r.id in only_b:
                related.append(
                    IndicatorChange(get(i), r, ta[i], tb[r.id], _changes(ta[i], tb[r.id]))
                )
                paired.update((i, r.id))
    order = _catalog_position(catalog)

    def unpaired(ids: list[str]) -> tuple[Indicator, ...]:
        return tuple(get(i) for i in sorted(ids, key=order.__getitem__) if i not in paired)

    return (
        _in_order(tuple(same), order),
        _in_order(tuple(related), order),
        unpaired(only_a),
        unpaired(only_b),
    )


# ----------------------------------------------------------------- departments


def _roles(plan: Plan) -> dict[tuple[str, str], dict[Role, int]]:
    """Each department or collective that leads or is responsible for work, keyed
    ("department", id) or ("collective", id): its roles and how often."""
    found: dict[tuple[str, str], dict[Role, int]] = {}
    for item in plan.blocks:
        if isinstance(item, Measure):
            units = plan.responsibilities_of(item)
        elif isinstance(item, TaskGroup):
            units = item.responsibilities
        else:
            continue
        for r in units:
            if r.role not in _DOING:
                continue
            if r.department is not None:
                key = ("department", r.department)
            elif r.collective is not None:
                key = ("collective", r.collective)
            else:
                continue
            roles = found.setdefault(key, {})
            roles[r.role] = roles.get(r.role, 0) + 1
    return found


def _departments(a: Plan, b: Plan, catalog: Catalog) -> tuple[DepartmentLine, ...]:
    """Lines of responsibility: the bodies of both plans on one line through the reform,
    and each collective named for work as a line of its own."""
    ra, rb = _roles(a), _roles(b)
    keys = list(dict.fromkeys([*ra, *rb]))
    ids = [i for kind, i in keys if kind == "department"]
    # Union the bodies of both plans that lie on one line of responsibility.
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    for x in ids:
        for y in ids:
            if x != y and y in department_line(x, catalog):
                parent[root(y)] = root(x)
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in keys:
        kind, i = key
        groups.setdefault((kind, root(i) if kind == "department" else i), []).append(key)

    def record(key: tuple[str, str]) -> Department | Collective:
        kind, i = key
        return catalog.get_department(i) if kind == "department" else catalog.get_collective(i)

    def side(members: list[tuple[str, str]], roles: dict[tuple[str, str], dict[Role, int]]) -> Side:
        return tuple(
            (record(m), tuple((r, roles[m][r]) for r in _DOING if r in roles[m]))
            for m in members
            if m in roles
        )

    return tuple(DepartmentLine(side(g, ra), side(g, rb)) for g in groups.values())


# ---------------------------------------------------------------------- themes


def _themes(a: Plan, b: Plan, catalog: Catalog) -> tuple[ThemeCounts, ...]:
    def counts(plan: Plan) -> tuple[dict[str, int], dict[str, int]]:
        measures: dict[str, int] = {}
        for m in plan.measures:
            for t in m.themes:
                measures[t] = measures.get(t, 0) + 1
        targets: dict[str, int] = {}
        for tg in plan.targets:
            if tg.indicator is not None:
                for t in catalog.get_indicator(tg.indicator).themes:
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
        for theme in catalog.themes()
        if theme.id in ma or theme.id in mb or theme.id in ta or theme.id in tb
    )
