"""Figures in a block's text, read as a contributor would start a Target from them.

``mentions(text)`` finds each amount with its unit and bound as written
(``3-5个`` and ``2～4家`` are one range, ``95%以上`` is at least 95, ``不少于5项``
at least 5), skipping years (2028年), which belong to the quote of what they
date. ``draft(text, mention)`` proposes the rest of a Target: the shortest
clause as the quote (with a leading 到2028年 where the sentence opens with it),
the words that carry a modal standing before the quote (``governing``: in
到2028年，争取新培育3-5个…，新增10个… the second clause is governed by
到2028年，争取), the modal and commitment, the year, the kind. A draft is a
suggestion: the scaffold marks each one for the contributor to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from attrs import frozen

from qualityplans.model import Commitment, Comparator, Direction, Unit, ValueKind
from qualityplans.text.figures import read_amounts
from qualityplans.text.locate import occurrences

__all__ = ["Draft", "Mention", "draft", "mentions"]

_NUMBER = r"\d+(?:\.\d+)?"
_UNITS = sorted((u.value for u in Unit), key=len, reverse=True)
_MENTION = re.compile(
    rf"(?P<pre>不少于|不低于|不超过|超过|突破|高于|低于|小于)?"
    rf"(?P<a>{_NUMBER})(?:\s*(?P<sep>[-－~～—–至到])\s*(?P<b>{_NUMBER}))?"
    rf"(?P<mult>万亿|万|亿)?(?P<more>余|多)?"
    rf"(?P<unit>{'|'.join(re.escape(u) for u in _UNITS)})?"
    rf"(?P<post>（含[^（）]*）)?(?P<bound>及以上|以上|以下|左右|以内)?"
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-－~～—–至到]\s*(?:19|20)\d{2})?\s*年")
_TIME = re.compile(r"^(?:到|至|在|于)?((?:19|20)\d{2})年(?:底|末|前)?$")
_MODALS = ("力争", "争取", "确保")
_SIGNALS = ("达到", "稳定在", "保持在", "不低于", "不少于", "突破", "超过")
_NEW = re.compile(r"新增|新培育|新建|新创|新认定|新申报|新制定|引进|培育|新开")
_CUMULATIVE = re.compile(r"累计|总数|总量")
_UP = re.compile(r"提高|提升|增长|增加")
_DOWN = re.compile(r"下降|降低|减少")
_CLAUSE = "，,：:"
_SENTENCE = "。；;！？!?\n"


@frozen
class Mention:
    """An amount in a text, as written: ``text[start:end]``."""

    start: int
    end: int
    written: str
    unit: Unit | None
    comparator: Comparator
    amount: Decimal | None
    upper: Decimal | None

    @property
    def complete(self) -> bool:
        """Unit and amounts read: a Target can be drafted from it."""
        return self.unit is not None and self.amount is not None


@frozen
class Draft:
    """A suggested Target for one mention."""

    mention: Mention
    quote: str
    kind: ValueKind
    direction: Direction | None
    year: int | None
    commitment: Commitment
    modal: str | None
    governing: str | None
    near: str  # the words of the quote right before the figure, back to a 、 or the clause start


def _comparator(m: re.Match[str]) -> Comparator:
    if m["b"]:
        return Comparator.RANGE
    pre, bound = m["pre"] or "", m["bound"] or ""
    if pre in ("不少于", "不低于") or bound in ("以上", "及以上"):
        return Comparator.GE
    if pre in ("超过", "突破", "高于") or m["more"]:
        return Comparator.GT
    if pre == "不超过" or bound in ("以下", "以内"):
        return Comparator.LE
    if pre in ("低于", "小于"):
        return Comparator.LT
    if bound == "左右":
        return Comparator.APPROX
    return Comparator.EQ


def mentions(text: str) -> Iterator[Mention]:
    """Every amount in ``text`` that is not a year, in order."""
    years = [(m.start(), m.end()) for m in _YEAR.finditer(text)]
    for m in _MENTION.finditer(text):
        if any(a <= m.start("a") < b for a, b in years):
            continue
        unit = Unit(m["unit"]) if m["unit"] else None
        written = m.group()
        amounts = read_amounts(written, unit.value if unit else "")
        amount = amounts[0] if amounts else None
        upper = amounts[1] if m["b"] and len(amounts) > 1 else None
        yield Mention(m.start(), m.end(), written, unit, _comparator(m), amount, upper)


def _spans(text: str, stops: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``text`` around [start, end) between two ``stops``."""
    left = max(text.rfind(c, 0, start) for c in stops) + 1
    rights = [i for i in (text.find(c, end) for c in stops) if i != -1]
    return left, min(rights, default=len(text))


def draft(text: str, mention: Mention) -> Draft:
    """The Target a contributor would start from for ``mention`` in block ``text``."""
    s_start = _spans(text, _SENTENCE, mention.start, mention.end)[0]
    c_start, c_end = _spans(text, _CLAUSE + _SENTENCE, mention.start, mention.end)
    q_start = c_start
    # A sentence that opens with its year (到2028年，…): the first clause after it takes it.
    opening = text[s_start : c_start - 1] if c_start > s_start else ""
    if opening and _TIME.match(opening):
        q_start = s_start
    quote = text[q_start:c_end]
    # Widen to the left until the quote is unique in the block.
    while len(occurrences(text, quote)) > 1 and q_start > s_start:
        q_start = _spans(text, _CLAUSE + _SENTENCE, q_start - 2, q_start - 1)[0]
        quote = text[q_start:c_end]
    sentence_head = text[s_start:q_start]
    governing = None
    modal = next((w for w in _MODALS if w in quote), None)
    if modal is None:
        held = [(sentence_head.rfind(w), w) for w in _MODALS if w in sentence_head]
        if held:
            at, modal = max(held)
            governing = sentence_head[: at + len(modal)]
    if modal is None:
        modal = next((w for w in _SIGNALS if w in quote), None)
    aspirational = modal in ("力争", "争取")
    year = None
    for found in (_YEAR.search(quote), _YEAR.search(governing or "")):
        if found:
            year = int(found.group(1))
            break
    before = text[c_start : mention.start]
    kind, direction = ValueKind.LEVEL, None
    if _CUMULATIVE.search(before):
        kind = ValueKind.CUMULATIVE
    elif _NEW.search(before):
        kind = ValueKind.NEW
    elif mention.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT) and (
        _UP.search(before[-6:]) or _DOWN.search(before[-6:])
    ):
        kind = ValueKind.CHANGE
        direction = Direction.DOWN if _DOWN.search(before[-6:]) else Direction.UP
    pause = max(text.rfind("、", c_start, mention.start) + 1, c_start)
    near = text[pause : mention.start] + text[mention.end : c_end].split("、", 1)[0]
    return Draft(
        mention,
        quote,
        kind,
        direction,
        year,
        Commitment.ASPIRATIONAL if aspirational else Commitment.BINDING,
        modal,
        governing,
        near,
    )
