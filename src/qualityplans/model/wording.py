"""One way to say a figure: the words every surface uses for a target or observation.

Reprs, CLI tables and ``--json``, exports, site cells and chart labels, diff and
outcome texts all say a statement through these functions, so a change against a
base year reads as a change everywhere (``较2013年下降13%`` / ``−13% vs 2013``),
never as a level, and a modal word is shown as written (争取 stays 争取).

The functions read statements and quantities structurally (``StatementLike``,
``QuantityLike``), so this module depends on the enums alone and the model
classes can use it for their own ``repr``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from attrs import frozen

from qualityplans.model.enums import Commitment, Comparator, Direction, Unit, ValueKind

__all__ = [
    "COMPARATOR_WORD",
    "KIND_EN",
    "KIND_ZH",
    "PeriodLike",
    "QuantityLike",
    "Said",
    "StatementLike",
    "commitment_en",
    "commitment_zh",
    "number",
    "quantity_en",
    "quantity_zh",
    "say",
    "statement_repr",
    "value_en",
    "value_zh",
    "when",
    "when_zh",
]


class QuantityLike(Protocol):
    @property
    def amount(self) -> Decimal: ...
    @property
    def unit(self) -> Unit: ...
    @property
    def comparator(self) -> Comparator: ...
    @property
    def upper(self) -> Decimal | None: ...


class PeriodLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class StatementLike(Protocol):
    """What a Target and an Observation share (read structurally)."""

    @property
    def eid(self) -> str: ...
    @property
    def kind(self) -> ValueKind: ...
    @property
    def indicator(self) -> str | None: ...
    @property
    def value(self) -> QuantityLike | None: ...
    @property
    def year(self) -> int | None: ...
    @property
    def period(self) -> PeriodLike | None: ...
    @property
    def base_year(self) -> int | None: ...
    @property
    def direction(self) -> Direction | None: ...
    @property
    def qualitative(self) -> str | None: ...


_SIGN = {
    Comparator.EQ: "",
    Comparator.GE: "≥",
    Comparator.GT: ">",
    Comparator.LE: "≤",
    Comparator.LT: "<",
    Comparator.APPROX: "≈",
    Comparator.RANGE: "",
}

# The comparator as a word, for tables read by machines (CSV cells never start with "=").
COMPARATOR_WORD = {
    Comparator.EQ: "eq",
    Comparator.GE: "ge",
    Comparator.GT: "gt",
    Comparator.LE: "le",
    Comparator.LT: "lt",
    Comparator.APPROX: "approx",
    Comparator.RANGE: "range",
}

KIND_ZH = {
    ValueKind.LEVEL: "水平",
    ValueKind.CHANGE: "变化",
    ValueKind.NEW: "新增",
    ValueKind.CUMULATIVE: "累计",
    ValueKind.QUALITATIVE: "定性",
}
KIND_EN = {
    ValueKind.LEVEL: "level",
    ValueKind.CHANGE: "change",
    ValueKind.NEW: "new",
    ValueKind.CUMULATIVE: "cumulative",
    ValueKind.QUALITATIVE: "qualitative",
}
_VERB_ZH = {Direction.UP: "提高", Direction.DOWN: "下降"}
_SIGN_EN = {Direction.UP: "+", Direction.DOWN: "−"}


def number(amount: Decimal) -> str:
    """A Decimal as its digits, never in exponent notation (``1E+2`` is ``100``)."""
    return format(amount, "f")


def _unit(q: QuantityLike) -> str:
    return "" if q.unit is Unit.INDEX else q.unit.value


def quantity_zh(q: QuantityLike) -> str:
    """``≥98%``, ``80个``, ``2～3家``, ``92.51`` (an index has no unit)."""
    if q.comparator is Comparator.RANGE and q.upper is not None:
        return f"{number(q.amount)}～{number(q.upper)}{_unit(q)}"
    return f"{_SIGN[q.comparator]}{number(q.amount)}{_unit(q)}"


def _sep(q: QuantityLike) -> str:
    return "" if q.unit is Unit.PERCENT or not _unit(q) else " "


def quantity_en(q: QuantityLike, sign: str = "") -> str:
    """``≥ 98%``, ``80 个``, ``2–3 家``; ``sign`` (``+``/``−``) goes before the amount."""
    unit = f"{_sep(q)}{_unit(q)}"
    if q.comparator is Comparator.RANGE and q.upper is not None:
        return f"{sign}{number(q.amount)}–{number(q.upper)}{unit}"
    bound = _SIGN[q.comparator]
    return f"{bound}{' ' if bound else ''}{sign}{number(q.amount)}{unit}"


def value_zh(s: StatementLike) -> str:
    """The value in Chinese: ``≥98%``, ``较2013年下降13%``, ``新增80个``, ``累计100家``,
    or the qualitative words as written."""
    q = s.value
    if q is None:
        return s.qualitative or ""
    amount = quantity_zh(q)
    if s.kind is ValueKind.CHANGE:
        base = f"较{s.base_year}年" if s.base_year is not None else ""
        verb = _VERB_ZH[s.direction] if s.direction is not None else "变化"
        return f"{base}{verb}{amount}"
    if s.kind is ValueKind.NEW:
        return f"新增{amount}"
    if s.kind is ValueKind.CUMULATIVE:
        return f"累计{amount}"
    return amount


def value_en(s: StatementLike) -> str:
    """The value in English: ``≥ 98%``, ``−13% vs 2013``, ``80 个 new``,
    ``100 家 cumulative``, or the qualitative words as written."""
    q = s.value
    if q is None:
        return s.qualitative or ""
    if s.kind is ValueKind.CHANGE:
        sign = _SIGN_EN[s.direction] if s.direction is not None else ""
        base = f" vs {s.base_year}" if s.base_year is not None else ""
        return f"{quantity_en(q, sign)}{base}"
    text = quantity_en(q)
    if s.kind is ValueKind.NEW:
        return f"{text} new"
    if s.kind is ValueKind.CUMULATIVE:
        return f"{text} cumulative"
    return text


def when(s: StatementLike) -> str:
    """The year or period a statement refers to: ``2016``, ``2021–2025``, or ``""``."""
    if s.period is not None:
        p = s.period
        return str(p.start) if p.start == p.end else f"{p.start}–{p.end}"
    return str(s.year) if s.year is not None else ""


def when_zh(s: StatementLike) -> str:
    """``2016年``, ``2021–2025年``, or ``""``."""
    text = when(s)
    return f"{text}年" if text else ""


def commitment_zh(commitment: Commitment | None, modal: str | None) -> str:
    """How firmly a target is promised, as the document says it: its modal word as
    written (争取, 力争, 确保, 达到), else 力争 for an aspirational and 约束性 for a
    binding target; never 力争 where the document says 争取."""
    if commitment is None:
        return ""
    if modal:
        return modal
    return "力争" if commitment is Commitment.ASPIRATIONAL else "约束性"


def commitment_en(commitment: Commitment | None) -> str:
    return commitment.value if commitment is not None else ""


@frozen
class Said:
    """Everything a surface shows of one statement, in both languages.

    ``value_zh``/``value_en`` say the value with its kind (a change with its
    direction and base year, a new or cumulative count); ``when`` is the year or
    period; ``commitment_zh`` follows the modal as written; ``modal`` is that word.
    """

    value_zh: str
    value_en: str
    when: str
    when_zh: str
    kind_zh: str
    kind_en: str
    commitment_zh: str
    commitment_en: str
    modal: str | None

    @property
    def text(self) -> str:
        """One line: the Chinese value, the English one, when.

        ``较2013年下降13% · −13% vs 2013 · 2016``
        """
        parts = [self.value_zh]
        if "".join(self.value_en.split()) != "".join(self.value_zh.split()):
            parts.append(self.value_en)
        if self.when:
            parts.append(self.when)
        return " · ".join(p for p in parts if p)


def say(s: StatementLike) -> Said:
    """How every surface says ``s`` (a Target or an Observation)."""
    commitment: Commitment | None = getattr(s, "commitment", None)
    modal: str | None = getattr(s, "modal", None)
    return Said(
        value_zh=value_zh(s),
        value_en=value_en(s),
        when=when(s),
        when_zh=when_zh(s),
        kind_zh=KIND_ZH[s.kind],
        kind_en=KIND_EN[s.kind],
        commitment_zh=commitment_zh(commitment, modal),
        commitment_en=commitment_en(commitment),
        modal=modal,
    )


def statement_repr(s: StatementLike, name: str | None = None) -> str:
    """``<Target sec_4__tgt_1 pm25 −13% vs 2013 2016>``: the indicator id, or ``name``
    when the caller knows it; no catalog is consulted."""
    what = name or s.indicator or "(no indicator)"
    parts = [type(s).__name__, s.eid, what, value_en(s), when(s)]
    return "<" + " ".join(p for p in parts if p) + ">"
