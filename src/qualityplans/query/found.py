"""What a query finds: a statement or measure with the plan and block it comes from.

A Target does not know its plan; a ``Found`` carries it, the block that states
it and its indicator, so its repr names the indicator and its ``record()`` is
the statement's one row (``qualityplans.rows.statement_row``), the same row the
CSV, SQLite and JSON exports hold. A ``FoundMeasure``'s ``record()`` is the
measures table's row (``rows.measure_row``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import field, frozen

from qualityplans.model import Block, Department, Indicator, Measure, Observation, Plan, Target
from qualityplans.model.wording import statement_repr, value_en, when
from qualityplans.rows import Row, integer_columns, measure_row, section_of, statement_row

__all__ = ["Found", "FoundMeasure"]


@frozen(repr=False)
class Found:
    """A target or observation with the plan and block (measure, table, …) that state it."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("id", "statement", "indicator", "value", "when", "quote")
    INTEGER_COLUMNS: ClassVar[frozenset[str]] = integer_columns("targets")

    plan: Plan
    block: Block
    statement: Target | Observation
    indicator: Indicator | None = None

    @property
    def id(self) -> str:
        """``plan/eid``: unique across the dataset."""
        return f"{self.plan.id}/{self.statement.eid}"

    @property
    def is_target(self) -> bool:
        return isinstance(self.statement, Target)

    @property
    def year(self) -> int | None:
        """The year the statement refers to (a period's last year)."""
        s = self.statement
        return s.year if s.year is not None else (s.period.end if s.period else None)

    @property
    def indicator_name(self) -> str:
        if self.indicator is not None:
            return self.indicator.name_zh
        return self.statement.indicator or "(no indicator)"

    def __repr__(self) -> str:
        s = self.statement
        inner = statement_repr(s, self.indicator_name)
        return inner.replace(f" {s.eid} ", f" {self.id} ", 1)

    def row(self) -> tuple[object, ...]:
        s = self.statement
        kind = "target" if self.is_target else "observation"
        return (self.id, kind, self.indicator_name, value_en(s), when(s), s.quote)

    def record(self) -> Row:
        """The statement's one row: the columns of the targets (or observations) table."""
        name = self.indicator.name_zh if self.indicator is not None else None
        return statement_row(self.plan, self.block, self.statement, name)

    def to_dict(self) -> dict[str, Any]:
        return self.record()


@frozen(repr=False)
class FoundMeasure:
    """A measure with the plan it belongs to (and the bodies its lead units name)."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("id", "label", "title_zh", "title_en", "leads")
    INTEGER_COLUMNS: ClassVar[frozenset[str]] = integer_columns("measures")

    plan: Plan
    measure: Measure
    lead_departments: tuple[Department, ...] = field(default=(), eq=False)

    @property
    def id(self) -> str:
        return f"{self.plan.id}/{self.measure.eid}"

    def __repr__(self) -> str:
        return f"<Measure {self.id} {self.measure.label}{self.measure.title_zh}>"

    def row(self) -> tuple[object, ...]:
        m = self.measure
        leads = "、".join(r.written for r in m.leads)
        return (self.id, m.label, m.title_zh, m.title_en, leads)

    def record(self) -> Row:
        """The measure's one row: the columns of the measures table."""
        names = {d.id: d.name_zh for d in self.lead_departments}
        return measure_row(
            self.plan, self.measure, section_of(self.plan).get(self.measure.eid), names
        )

    def to_dict(self) -> dict[str, Any]:
        return self.record()
