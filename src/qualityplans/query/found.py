"""What a query finds: a statement or measure with the plan and block it comes from.

A Target does not know its plan; a ``Found`` carries it, the block that states
it and its indicator, so its repr names the indicator and its ``record()`` is
the statement's one row (``qualityplans.rows.statement_row``), the same row the
CSV, SQLite and JSON exports hold.
"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import frozen

from qualityplans.model import Block, Indicator, Measure, Observation, Plan, Target
from qualityplans.model.wording import statement_repr, value_en, when
from qualityplans.rows import Row, statement_row

__all__ = ["Found", "FoundMeasure"]


@frozen(repr=False)
class Found:
    """A target or observation with the plan and block (measure, table, …) that state it."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("id", "statement", "indicator", "value", "when", "quote")

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
    """A measure with the plan it belongs to."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("id", "label", "title_zh", "title_en", "leads")

    plan: Plan
    measure: Measure

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
        m = self.measure
        return {
            "plan": self.plan.id,
            "region": self.plan.region,
            "eid": m.eid,
            "number": m.number,
            "label": m.label,
            "title_zh": m.title_zh,
            "title_en": m.title_en,
            "leads": [r.written for r in m.leads],
            "themes": list(m.themes),
            "targets": len(m.targets),
            "observations": len(m.observations),
        }
