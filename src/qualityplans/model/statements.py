"""What a block's text states: targets, observations, responsible units, places."""

from __future__ import annotations

from attrs import frozen

from qualityplans.model.enums import Commitment, Direction, Role, ValueKind
from qualityplans.model.values import Period, Quantity
from qualityplans.model.wording import statement_repr

__all__ = ["Locality", "Observation", "Responsibility", "Target"]


# ------------------------------------------------------------ figures in the text


@frozen
class Target:
    """A promised future state, with the quote that states it."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    quote: str  # the shortest verbatim clause that holds the figure and what it counts
    kind: ValueKind  # level, change, new in period, cumulative or qualitative
    indicator: str | None = None  # the Indicator id it measures; None where none fits
    value: Quantity | None = None  # the amount as a Quantity; None for a qualitative target
    year: int | None = None  # the year by which (or in which) it is due
    period: Period | None = None  # for NEW / CUMULATIVE over several years
    base_year: int | None = None  # for CHANGE
    direction: Direction | None = None  # for CHANGE
    commitment: Commitment = Commitment.BINDING  # aspirational for 力争 / 争取, else binding
    modal: str | None = None  # the modal word as written: 力争, 确保, 达到
    # Where one modal governs several clauses (到2015年，争取引进3-5个…，新增10个…), the
    # words before the quote that hold it, verbatim; the quote itself need not contain it.
    governing: str | None = None
    qualitative: str | None = None  # for QUALITATIVE: 全省领先, as written
    note: str | None = None  # a note on anything a reader may question
    note_zh: str | None = None  # the note in Chinese, the reader's language

    def __repr__(self) -> str:
        return statement_repr(self)


@frozen
class Observation:
    """A reported actual value, with the quote that reports it."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    quote: str  # the shortest verbatim clause that holds the figure
    kind: ValueKind  # level, change, new in period, cumulative or qualitative
    indicator: str | None = None  # the Indicator id it measures; None where none fits
    value: Quantity | None = None  # the amount as a Quantity; None for a qualitative one
    year: int | None = None  # the year the value refers to
    period: Period | None = None  # for values over several years (十三五期间)
    period_label: str | None = None  # the period as written: 十三五末, 2015年
    base_year: int | None = None  # the year a change is measured against
    direction: Direction | None = None  # up or down, for a change
    qualitative: str | None = None  # 全省领先 as a reported state
    note: str | None = None  # a note on anything a reader may question
    note_zh: str | None = None  # the note in Chinese, the reader's language

    def __repr__(self) -> str:
        return statement_repr(self)


@frozen
class Responsibility:
    """One unit named for a measure or task group, as written, with its role.

    Exactly one of ``department`` (a Department id) or ``collective`` (a
    Collective id, e.g. 各成员单位) says what the words denote.
    """

    written: str  # the unit as the text writes it: 市质监局
    role: Role  # lead 牵头, cooperating 配合, responsible 负责 or member 成员
    department: str | None = None  # the Department id the words denote
    collective: str | None = None  # the Collective id, for 各成员单位 and the like


@frozen
class Locality:
    """A place a task names (张家港市、吴江区…等地应重点…)."""

    region: str  # the Region id of the place
    written: str  # the place as the text writes it
