"""Finding Arabic-numeral figures in text and reading a figure as written.

The completeness check needs every figure occurrence in a transcription, and
the spans of item labels (``1、``, ``专栏2``, a table's row number), which are
structure, not figures; the quantity check needs to read ``98%以上`` or
``1.5万亿元`` back as an amount so a typed Decimal can be compared with the words it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from attrs import frozen

__all__ = ["Figure", "find_figures", "label_spans", "read_amounts"]

# A run of digits with an optional decimal part; full-width digits count too.
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_MULTIPLIERS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


@frozen
class Figure:
    """One occurrence of a number in a text: ``text[start:end]``."""

    start: int
    end: int
    text: str


def find_figures(text: str) -> Iterator[Figure]:
    """Every maximal run of digits (with decimals) in ``text``, in order."""
    for match in _NUMBER.finditer(text):
        yield Figure(match.start(), match.end(), match.group())


def read_amounts(written: str, unit_symbol: str = "") -> list[Decimal]:
    """The amounts a written figure states, scaled into ``unit_symbol``.

    ``6万人`` reads as [60000]; ``1.5万亿元`` with unit 亿元 as [15000];
    ``2～3家`` as [2, 3]; ``93%（含93%）以上`` as [93, 93].
    """
    amounts = []
    for match in _NUMBER.finditer(written):
        amount = Decimal(match.group().translate(_FULL_WIDTH))
        chain = ""
        for char in written[match.end() :]:
            if char not in _MULTIPLIERS:
                break
            chain += char
        for char in chain:
            amount *= _MULTIPLIERS[char]
        # The unit may itself carry a multiplier (亿元): count in that unit.
        if chain and unit_symbol[:1] in _MULTIPLIERS and chain.endswith(unit_symbol[0]):
            amount /= _MULTIPLIERS[unit_symbol[0]]
        integral = amount.to_integral_value()
        amounts.append(integral if amount == integral else amount.normalize())
    return amounts


def label_spans(text: str, label: str, title: str, number: object) -> list[tuple[int, int]]:
    """Where the digits of an item's label stand in ``text``, as (start, end).

    The label counts only where it heads its item (``label`` then ``title``,
    with at most punctuation between) and its digits read as the item's
    recorded ``number``: ``1、明确城市质量发展战略规划`` for measure 1. Any other
    figure in the line is left to the completeness check.
    """
    digits = list(find_figures(label))
    if len(digits) != 1 or digits[0].text.translate(_FULL_WIDTH) != str(number) or not title:
        return []
    pattern = re.compile(re.escape(label) + r"[\s：:、.．|]*" + re.escape(title))
    start, end = digits[0].start, digits[0].end
    return [(m.start() + start, m.start() + end) for m in pattern.finditer(text)]
