"""Where a plan's words stand in its transcription: one pass, shared by validate and the site.

``locate(plan, text)`` finds every block text in document order (a passage a
document repeats is located at the right one of its occurrences), every target's
and observation's quote inside its block and the figure as written inside the
quote, every ledger entry's occurrences, the labels that are structure, and any
contact detail. The result is a plain value: ``validate`` turns what is missing
into problems, and the site marks and links figures from the same spans, so the
two can never disagree about where a figure is.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from qualityplans.model import (
    Block,
    Box,
    Measure,
    Observation,
    Phase,
    Plan,
    Section,
    Table,
    Target,
    TaskGroup,
    statements,
)
from qualityplans.text.figures import label_spans
from qualityplans.text.privacy import contact_details

__all__ = ["BlockText", "LedgerSpots", "Located", "Quote", "locate", "occurrences"]

Span = tuple[int, int]


def occurrences(text: str, part: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``part``."""
    if not part:
        return []
    found, start = [], text.find(part)
    while start != -1:
        found.append(start)
        start = text.find(part, start + 1)
    return found


@frozen
class BlockText:
    """One text of a block (``block.texts()[index]``) and where it stands.

    ``start`` is None when the text is not where document order says it is;
    ``elsewhere`` then tells whether it occurs anywhere in the transcription.
    """

    eid: str
    position: int  # the block's position in ``plan.blocks``
    index: int
    count: int  # how many texts the block has
    text: str
    start: int | None
    elsewhere: bool = False

    @property
    def field(self) -> str:
        return "text" if self.count == 1 else f"texts[{self.index}]"

    @property
    def end(self) -> int | None:
        return None if self.start is None else self.start + len(self.text)


@frozen
class Quote:
    """Where a target's or observation's quote and figure stand.

    ``holder`` is the index of the block text holding the quote (None: in none);
    ``in_holder`` every offset of the quote in that text; ``start`` the absolute
    offset of its first occurrence (None if the holder was not located);
    ``figure`` the absolute span of the figure as written, chosen so that two
    records sharing a sentence mark two figures; ``governing`` the absolute offset
    of the governing words (``Target.governing``), if the block text holds them
    before the quote.
    """

    eid: str
    block: str
    position: int  # the block's position in ``plan.blocks``
    statement: Target | Observation
    holder: int | None
    in_holder: tuple[int, ...]
    start: int | None
    figure: Span | None
    governing: int | None = None

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every absolute span of the quote inside its located holder, and the governing
        words before it (a year in 到2025年，争取 belongs to the targets it governs)."""
        if self.start is None:
            return ()
        base = self.start - self.in_holder[0]
        found = [(base + s, base + s + len(self.statement.quote)) for s in self.in_holder]
        words = getattr(self.statement, "governing", None)
        if self.governing is not None and words:
            found.append((self.governing, self.governing + len(words)))
        return tuple(found)


@frozen
class LedgerSpots:
    """Every occurrence of a ledger entry's quote in the transcription."""

    index: int
    starts: tuple[int, ...]
    length: int

    @property
    def spans(self) -> tuple[Span, ...]:
        return tuple((s, s + self.length) for s in self.starts)


@frozen
class Located:
    """Everything of a plan located in its transcription ``text``."""

    text: str
    blocks: tuple[BlockText, ...]
    quotes: tuple[Quote, ...]
    ledger: tuple[LedgerSpots, ...]
    labels: tuple[Span, ...]
    contacts: tuple[tuple[int, str], ...]

    def quote(self, eid: str) -> Quote | None:
        """The first statement of that eid (eids are unique in valid data)."""
        return next((q for q in self.quotes if q.eid == eid), None)

    def quotes_of(self, position: int) -> tuple[Quote, ...]:
        """The quotes of the block at ``position`` in ``plan.blocks``, in statement order."""
        return tuple(q for q in self.quotes if q.position == position)

    def texts_of(self, position: int) -> tuple[BlockText, ...]:
        """The located texts of the block at ``position`` in ``plan.blocks``."""
        return tuple(b for b in self.blocks if b.position == position)

    def covered(self) -> list[Span]:
        """The spans that statements, ledger entries, labels and contact details account for."""
        spans: list[Span] = [s for q in self.quotes for s in q.spans]
        spans += [s for entry in self.ledger for s in entry.spans]
        spans += list(self.labels)
        spans += [(offset, offset + len(detail)) for offset, detail in self.contacts]
        return sorted(spans)

    def holder_at(self, offset: int) -> str | None:
        """The eid of the located block text holding ``offset``, if any."""
        for b in self.blocks:
            if b.start is not None and b.start <= offset < b.start + len(b.text):
                return b.eid
        return None


def locate(plan: Plan, text: str) -> Located:
    """Locate ``plan``'s blocks, quotes, figures, ledger entries and labels in ``text``."""
    blocks: list[BlockText] = []
    quotes: list[Quote] = []
    claimed: set[Span] = set()
    cursor = 0
    for position, block in enumerate(plan.blocks):
        texts = block.texts()
        starts: list[int | None] = []
        for i, part in enumerate(texts):
            at = text.find(part, cursor) if part else -1
            if at == -1:
                elsewhere = bool(part) and part in text
                blocks.append(BlockText(block.eid, position, i, len(texts), part, None, elsewhere))
                starts.append(None)
                continue
            blocks.append(BlockText(block.eid, position, i, len(texts), part, at))
            starts.append(at)
            cursor = at + len(part)
        quotes.extend(_quotes(block, position, texts, starts, claimed))
    ledger = tuple(
        LedgerSpots(i, tuple(occurrences(text, entry.quote)), len(entry.quote))
        for i, entry in enumerate(plan.ledger)
    )
    return Located(
        text=text,
        blocks=tuple(blocks),
        quotes=tuple(quotes),
        ledger=ledger,
        labels=tuple(_labels(plan, text)),
        contacts=tuple(contact_details(text)),
    )


def _quotes(
    block: Block,
    position: int,
    texts: tuple[str, ...],
    starts: list[int | None],
    claimed: set[Span],
) -> Iterator[Quote]:
    for s in statements(block):
        holders = [i for i, t in enumerate(texts) if s.quote and s.quote in t]
        if not holders:
            yield Quote(s.eid, block.eid, position, s, None, (), None, None)
            continue
        index = holders[0]
        holder = texts[index]
        spots = tuple(occurrences(holder, s.quote))
        base = starts[index]
        start = None if base is None else base + spots[0]
        governing = None
        words = getattr(s, "governing", None)
        if words and base is not None:
            before = holder.rfind(words, 0, spots[0] + len(words))
            if before != -1 and before <= spots[0]:
                governing = base + before
        figure = _figure(s, start, claimed)
        yield Quote(s.eid, block.eid, position, s, index, spots, start, figure, governing)


def _figure(s: Target | Observation, start: int | None, claimed: set[Span]) -> Span | None:
    """The figure as written inside the quote: the first occurrence no earlier record has
    claimed (one sentence may state two targets), else the first; None without a figure."""
    if start is None:
        return None
    written = s.value.written if s.value is not None else ""
    inner = occurrences(s.quote, written)
    if not inner:
        return None
    spans = [(start + i, start + i + len(written)) for i in inner]
    chosen = next((span for span in spans if span not in claimed), spans[0])
    claimed.add(chosen)
    return chosen


def _labels(plan: Plan, text: str) -> Iterator[Span]:
    """Item labels are structure: a numeral labelling a recorded item is covered."""
    for item in plan.walk():
        heads: list[tuple[str, str, object]] = []
        if isinstance(item, Section):
            heads.append((item.label, item.heading_zh, item.number))
        elif isinstance(item, Measure | Phase | Box):
            heads.append((item.label, item.title_zh, item.number))
        elif isinstance(item, TaskGroup):
            heads.append((item.label, item.name_zh, item.number))
        elif isinstance(item, Table):
            for row in item.rows:
                if row.number is None:
                    continue
                # The row number is a cell of its own in the row line.
                cursor = 0
                for cell in row.cells:
                    at = row.line.find(cell, cursor)
                    if at == -1:
                        break
                    if cell == str(row.number):
                        heads.append((cell, row.line[at + len(cell) :], row.number))
                        break
                    cursor = at + len(cell)
        for label, title, number in heads:
            yield from label_spans(text, label, title, number)
