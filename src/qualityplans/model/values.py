"""Small exact values: a partial date, a span of years, an amount with its unit."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
from attrs import field, frozen

from qualityplans.model.enums import Comparator, Unit
from qualityplans.model.wording import quantity_en

__all__ = ["PartialDate", "Period", "Quantity"]


def _decimal(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse floats (and anything else) where an exact Decimal is required."""
    if value is not None and not isinstance(value, Decimal):
        raise TypeError(
            f"{attribute.name} must be a Decimal, not {type(value).__name__}: "
            f'write Decimal("{value}") with the figure as a string'
        )


# ----------------------------------------------------------------- small values


@frozen(order=True)
class PartialDate:
    """A date known to the year, month or day, written as ISO 8601 (2017-02)."""

    year: int  # the year
    month: int | None = None  # 1-12, if known
    day: int | None = None  # 1-31, if known (needs a month)

    def __attrs_post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValueError(f"day out of range: {self.day}")

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        pieces = text.split("-")
        if not 1 <= len(pieces) <= 3 or not all(p.isdigit() for p in pieces):
            raise ValueError(f"not an ISO date: {text!r}")
        numbers = [int(p) for p in pieces]
        month = numbers[1] if len(numbers) > 1 else None
        day = numbers[2] if len(numbers) > 2 else None
        return cls(numbers[0], month, day)

    def __str__(self) -> str:
        return self.iso


@frozen
class Period:
    """A span of whole years, inclusive: 十四五 is Period(2021, 2025)."""

    start: int  # the first year
    end: int  # the last year (inclusive)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends before it starts: {self.start}-{self.end}")

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"


@frozen
class Quantity:
    """An exact amount with its unit, bound and the figure as written.

    ``written`` is the figure exactly as the quote has it (``98%以上``,
    ``6万人``); validation checks that it is in the quote and that it reads as
    ``amount`` (and ``upper``).
    """

    # the amount (the lower bound of a range), a Decimal
    amount: Decimal = field(validator=_decimal)
    unit: Unit  # the unit; amounts are stored in it (6万人 is 60000 人)
    written: str  # the figure as the quote writes it: 98%以上, 3-5个
    # how the amount bounds the value: 以上 is ≥, 2～3家 a range
    comparator: Comparator = Comparator.EQ
    upper: Decimal | None = field(default=None, validator=_decimal)  # the upper bound of a range

    def __str__(self) -> str:
        return quantity_en(self)
