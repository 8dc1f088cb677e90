"""What a quote itself says about its figure: the years it states, a date, the comparator.

The checks compare a record with its own words: a target for 2099 whose quote says
2016年, a 成文日期 recorded as the 29th whose quote says 二〇一一年六月二十八日, a
comparator ``<`` on ``80个`` with nothing beside the figure saying less. Each reader
is precise enough that the shipped quotes read exactly as curated.
"""

from __future__ import annotations

import re

from qualityplans.model import Comparator, PartialDate

__all__ = ["comparators_stated", "dates_stated", "marker_words", "years_stated"]

# ------------------------------------------------------------------------ years

_TITLE = re.compile(r"《[^《》]*》")  # a cited title's years are the title's, not the figure's
_YEARS = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(?:\s*[-～~—–至到]\s*((?:19|20)[0-9]{2}))?\s*年(?!代)"
)


def years_stated(quote: str) -> list[int]:
    """Every year the quote states as a year (2016年, the ends of 2016-2018年),
    outside cited titles (《质量发展纲要(2011～2020年)》)."""
    text = _TITLE.sub(lambda m: " " * len(m.group()), quote)
    found: list[int] = []
    for match in _YEARS.finditer(text):
        found.extend(int(g) for g in match.groups() if g is not None)
    return found


# ------------------------------------------------------------------------ dates

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "O": 0}
_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")
_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"[0-9]{4}|[〇○零O一二三四五六七八九]{4}"
_DATE = re.compile(
    rf"(?P<y>{_YEAR})\s*年\s*(?:(?P<m>{_NUM})\s*月\s*(?:(?P<d>{_NUM})\s*[日号])?)?"
    rf"|(?<![0-9])(?P<iy>[0-9]{{4}})[-./](?P<im>[0-9]{{1,2}})(?![0-9])(?:[-./](?P<id>[0-9]{{1,2}}))?"
    rf"|(?<=[-—–～~至到])\s*(?P<m2>{_NUM})\s*月\s*(?:(?P<d2>{_NUM})\s*[日号])?"
)


def _number(text: str) -> int:
    """An Arabic or Chinese numeral as written: 28, 二十八, 十二, 〇二."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    value = 0
    for c in text:
        value = value * 10 + _CN_DIGITS[c]
    return value


def dates_stated(text: str) -> list[tuple[PartialDate, str]]:
    """Every date ``text`` states, as (date, as written): 2016年4月25日, 二〇一一年六月二十八日,
    2025-07-28, 填表日期2017年2月; in a range (2018年7月—12月) the second date takes the
    first one's year."""
    found: list[tuple[PartialDate, str]] = []
    for match in _DATE.finditer(text.translate(_WIDE)):
        g = match.groupdict()
        written = text[match.start() : match.end()].strip()
        try:
            if g["y"] is not None:
                year = _number(g["y"])
                month = _number(g["m"]) if g["m"] else None
                day = _number(g["d"]) if g["d"] else None
            elif g["iy"] is not None:
                year, month = int(g["iy"]), int(g["im"])
                day = int(g["id"]) if g["id"] else None
            elif found:
                year = found[-1][0].year
                month, day = _number(g["m2"]), _number(g["d2"]) if g["d2"] else None
            else:
                continue
            found.append((PartialDate(year, month, day), written))
        except (KeyError, ValueError):  # not a date after all (十三月, 2016.13)
            continue
    return found


# ------------------------------------------------------------------- comparators

# Words before a figure that bound it, longest first (不低于 before 低于).
_BEFORE = (
    ("不低于", Comparator.GE),
    ("不少于", Comparator.GE),
    ("不小于", Comparator.GE),
    ("至少", Comparator.GE),
    ("≥", Comparator.GE),
    ("不超过", Comparator.LE),
    ("不高于", Comparator.LE),
    ("不大于", Comparator.LE),
    ("不多于", Comparator.LE),
    ("最多", Comparator.LE),
    ("至多", Comparator.LE),
    ("≤", Comparator.LE),
    ("超过", Comparator.GT),
    ("突破", Comparator.GT),
    ("高于", Comparator.GT),
    ("大于", Comparator.GT),
    ("多于", Comparator.GT),
    ("逾", Comparator.GT),
    (">", Comparator.GT),
    ("＞", Comparator.GT),
    ("不足", Comparator.LT),
    ("不到", Comparator.LT),
    ("小于", Comparator.LT),
    ("低于", Comparator.LT),
    ("少于", Comparator.LT),
    ("<", Comparator.LT),
    ("＜", Comparator.LT),
    ("约合", Comparator.APPROX),
    ("大约", Comparator.APPROX),
    ("约", Comparator.APPROX),
)
# Words after a figure (and its unit) that bound it.
_AFTER = (
    ("及以上", Comparator.GE),
    ("以上", Comparator.GE),
    ("及以下", Comparator.LE),
    ("以下", Comparator.LE),
    ("以内", Comparator.LE),
    ("左右", Comparator.APPROX),
)
_DIGIT = re.compile(r"[0-9０-９]")
# 余/多 straight after a figure's digits or magnitude: 16万余件, 20000多家, 10多个.
_MORE = re.compile(r"[0-9０-９万亿千百十][余多]")
_RANGE = re.compile(r"[0-9０-９]\s*[%％]?\s*[-～~—–至到]\s*[0-9０-９]")


def marker_words() -> str:
    """The words the comparator check reads, for its messages."""
    return "such as 以上, 不低于, 超过, 不足, 左右 or a range 2～3"


def comparators_stated(quote: str, written: str) -> tuple[set[Comparator], str]:
    """The comparators the words beside ``written`` in ``quote`` state, and those words.

    Before the figure's first digit (in ``written`` or straight before it in the
    quote): 不低于/不少于/至少/≥ ≥, 不超过/不高于/≤ ≤, 超过/突破/高于 >, 不足/小于/低于 <,
    约 ≈. After its last digit (the rest of ``written``, or straight after it):
    以上 ≥, 以下/以内 ≤, 左右 ≈, 余/多 >. Two figures joined by ～ or - make a range.
    An empty set: nothing bounds the figure, so it is exact (=).
    """
    at = quote.find(written)
    if at == -1:
        return set(), ""
    digits = [m.start() for m in _DIGIT.finditer(written)]
    if not digits:
        return set(), ""
    first, last = digits[0], digits[-1] + 1
    before = (quote[:at] + written[:first]).rstrip()
    inside = written[last:]
    found: set[Comparator] = set()
    words: list[str] = []
    if _RANGE.search(written):
        found.add(Comparator.RANGE)
        words.append(written)
    for word, comparator in _BEFORE:
        if before.endswith(word):
            found.add(comparator)
            words.append(word)
            break
    for word, comparator in _AFTER:
        if word in inside or quote.startswith(word, at + len(written)):
            found.add(comparator)
            words.append(word)
            break
    if _MORE.search(written):
        found.add(Comparator.GT)
        words.append(_MORE.search(written).group()[-1])  # type: ignore[union-attr]
    return found, "、".join(words)
