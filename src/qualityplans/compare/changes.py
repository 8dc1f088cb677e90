"""The rows of a plan diff: an indicator's targets on each side, a line of
responsibility, a theme's counts.

Plain values with no rendering: ``compare.render`` says them as text, Markdown
or JSON-safe data, and the site renders them as pages.
"""

from __future__ import annotations

from attrs import frozen

from qualityplans.model import Collective, Department, Indicator, Role, Target, Theme, ValueKind
from qualityplans.model.wording import value_zh, when

__all__ = ["FIELDS", "DepartmentLine", "IndicatorChange", "ThemeCounts", "value_field"]

# The target fields compared, in the order changes are listed. The year is not one:
# two plans of different years always differ in it, which is no change of target.
FIELDS = ("amount", "comparator", "unit", "kind", "commitment")


def value_field(t: Target, name: str) -> str:
    """One comparable field of a target, as text (``""`` where it has none)."""
    if name == "amount":
        return value_zh(t) if t.value is not None else (t.qualitative or "")
    if name == "comparator":
        return t.value.comparator.value if t.value is not None else ""
    if name == "unit":
        return t.value.unit.value if t.value is not None else ""
    if name == "year":
        return when(t)
    if name == "kind":
        return t.kind.value
    return t.commitment.value


def _span(t: Target) -> int:
    """How many years a target's figure covers: 1 for a year, 5 for 2021–2025."""
    if t.period is not None and t.kind in (ValueKind.NEW, ValueKind.CUMULATIVE):
        return t.period.end - t.period.start + 1
    return 1


@frozen(repr=False)
class IndicatorChange:
    """One indicator (or a pair of related ones) with the targets each plan states.

    ``changed`` names the fields (of :data:`FIELDS`) whose values differ between
    the two sides; ``related`` is true when ``a_indicator`` and ``b_indicator``
    are different indicators that ``related_indicators()`` links: different
    measures that cannot be compared directly.
    """

    a_indicator: Indicator
    b_indicator: Indicator
    a_targets: tuple[Target, ...]
    b_targets: tuple[Target, ...]
    changed: tuple[str, ...]

    @property
    def related(self) -> bool:
        return self.a_indicator.id != self.b_indicator.id

    @property
    def spans_differ(self) -> bool:
        """Whether one side counts over several years and the other over one (2,500 new
        over 2021–2025 beside ≥200 in 2016): the figures are not on one footing."""
        return {_span(t) for t in self.a_targets} != {_span(t) for t in self.b_targets}

    def values(self, side: str, name: str) -> tuple[str, ...]:
        """The distinct values of field ``name`` on ``side`` ("a" or "b"), in order."""
        targets = self.a_targets if side == "a" else self.b_targets
        return tuple(dict.fromkeys(value_field(t, name) for t in targets))

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


Side = tuple[tuple[Department | Collective, tuple[tuple[Role, int], ...]], ...]


@frozen(repr=False)
class DepartmentLine:
    """Bodies of one line of responsibility that lead or are responsible for work.

    ``a`` and ``b`` hold each plan's bodies of the line, each with the roles it
    plays and in how many measures or task groups. A line with bodies on both
    sides that are not the same bodies is matched ``through_lineage``. A
    collective (各县级市（区）人民政府) named for work is a line of its own, with
    itself on each side that names it: it is no body, so it has no lineage.
    """

    a: Side
    b: Side

    @property
    def a_departments(self) -> tuple[Department | Collective, ...]:
        return tuple(d for d, _ in self.a)

    @property
    def b_departments(self) -> tuple[Department | Collective, ...]:
        return tuple(d for d, _ in self.b)

    @property
    def collective(self) -> bool:
        """Whether the line is a collective's (各成员单位), not a body's."""
        return any(isinstance(d, Collective) for d, _ in (*self.a, *self.b))

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
