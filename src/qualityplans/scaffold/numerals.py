"""Chinese numerals and dates as documents write them: 十二, 二〇一一年六月二十八日.

``number("二十三")`` is 23; ``find_dates(text)`` finds every full date, in Arabic
(2016年4月25日, 2016年04月25日) or Chinese numerals (二〇一一年六月二十八日), with
the words as written, so a scaffolded ``PlanDate`` quotes them exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from qualityplans.model import PartialDate

__all__ = ["NUMERALS", "WrittenDate", "find_dates", "number"]

NUMERALS = "一二三四五六七八九十"
_YEAR_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0} | {c: i + 1 for i, c in enumerate(NUMERALS[:9])}
_YEAR = "".join(_YEAR_DIGITS)
_DATE = re.compile(
    rf"(?P<ay>\d{{4}})\s*年\s*(?P<am>\d{{1,2}})\s*月\s*(?P<ad>\d{{1,2}})\s*日"
    rf"|(?P<cy>[{_YEAR}]{{4}})年(?P<cm>[{NUMERALS}]{{1,2}})月(?P<cd>[{NUMERALS}]{{1,3}})日"
)


def number(numeral: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 三十一 → 31; Arabic digits as they are.

    Raises ValueError for anything else.
    """
    if numeral.isdigit():
        return int(numeral)
    if not numeral or any(c not in NUMERALS for c in numeral) or numeral.count("十") > 1:
        raise ValueError(f"not a Chinese numeral from 一 to 九十九: {numeral!r}")
    if "十" not in numeral:
        if len(numeral) != 1:
            raise ValueError(f"not a Chinese numeral from 一 to 九十九: {numeral!r}")
        return NUMERALS.index(numeral) + 1
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        raise ValueError(f"not a Chinese numeral from 一 to 九十九: {numeral!r}")
    return (NUMERALS.index(tens) + 1 if tens else 1) * 10 + (
        NUMERALS.index(ones) + 1 if ones else 0
    )


@frozen
class WrittenDate:
    """A full date in a text: where it stands, the words as written, the date."""

    start: int
    end: int
    written: str
    date: PartialDate


def find_dates(text: str) -> Iterator[WrittenDate]:
    """Every full date (year, month and day) in ``text`` that is a real calendar date."""
    for m in _DATE.finditer(text):
        try:
            if m["ay"]:
                year, month, day = int(m["ay"]), int(m["am"]), int(m["ad"])
            else:
                year = int("".join(str(_YEAR_DIGITS[c]) for c in m["cy"]))
                month, day = number(m["cm"]), number(m["cd"])
            date = PartialDate(year, month, day)
        except ValueError:
            continue
        yield WrittenDate(m.start(), m.end(), m.group(), date)
