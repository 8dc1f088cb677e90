"""Text with its captured figures marked, from the shared pass that locates them.

``qualityplans.text.locate.locate(plan, text)`` is the one pass that finds each
block, quote and figure in a transcription; ``validate`` reads it, and so do the
block pages (a measure's text, each figure linked to its target or observation)
and the source view (the whole transcription). The figure spans it gives are the
figures as written, one per record, so every figure is marked even where two
quotes overlap, and a figure that states two records links both.

Text becomes ``Segment``s (plain text, or a ``Mark``ed figure); the templates render
them (``_entity.html``: ``marked``), escaping the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import evolve, frozen

from qualityplans.model import Block, Observation, Plan, Table, Target
from qualityplans.site import parts
from qualityplans.site.entity import statement_title
from qualityplans.text.locate import Located, Quote, locate

__all__ = [
    "Mark",
    "Segment",
    "block_marks",
    "cell_segments",
    "located",
    "segments",
]

Span = tuple[int, int]


@frozen
class Mark:
    """``text[start:end]`` shown as a link to ``href`` with a class and a hover title;
    ``also`` links further records the same figure states (分别达到300个)."""

    start: int
    end: int
    href: str
    css: str
    title: str
    also: tuple[tuple[str, str], ...] = ()


@frozen
class Segment:
    """A piece of text, marked or plain; ``erratum`` is a note placed after it."""

    text: str
    mark: Mark | None = None
    errata: tuple[tuple[str, str], ...] = ()  # (href, title) of errata ending here


def located(plan: Plan) -> Located:
    """``locate(plan, its transcription)``, once per plan of the site's catalog."""
    cache: dict[str, tuple[Plan, Located]] = parts.memo("located", dict)
    hit = cache.get(plan.id)
    if hit is not None and hit[0] is plan:
        return hit[1]
    text = parts.catalog().source_or_none(plan.source.file) or ""
    found = locate(plan, text)
    cache[plan.id] = (plan, found)
    return found


def css_of(s: Target | Observation) -> str:
    return "qp-fig qp-target" if isinstance(s, Target) else "qp-fig qp-observation"


def _add(marks: list[Mark], mark: Mark) -> None:
    """Add ``mark`` unless it overlaps one already there; the same span links both."""
    for i, m in enumerate(marks):
        if (m.start, m.end) == (mark.start, mark.end):
            if m.href != mark.href:
                marks[i] = evolve(m, also=(*m.also, (mark.href, mark.title)))
            return
        if m.start < mark.end and mark.start < m.end:
            return
    marks.append(mark)


def block_marks(
    plan: Plan, block: Block, link: Callable[[Target | Observation], str]
) -> list[list[Mark]]:
    """The marks of each text of ``block`` (``block.texts()``), relative to that text:
    every located figure links to ``link(statement)``; a statement without a figure
    (qualitative) marks its whole quote where that overlaps no figure."""
    found = located(plan)
    position = next((i for i, b in enumerate(plan.blocks) if b is block), None)
    if position is None:
        position = next((i for i, b in enumerate(plan.blocks) if b.eid == block.eid), -1)
    texts = block.texts()
    starts: dict[int, int | None] = {b.index: b.start for b in found.texts_of(position)}
    marks: list[list[Mark]] = [[] for _ in texts]
    wholes: list[tuple[int, Mark]] = []
    for q in found.quotes_of(position):
        if q.holder is None or q.holder >= len(texts):
            continue
        s = q.statement
        span = _relative_figure(q, starts.get(q.holder))
        title = statement_title(s)
        if span is not None:
            _add(marks[q.holder], Mark(*span, link(s), css_of(s), title))
        elif q.in_holder:
            at = q.in_holder[0]
            wholes.append((q.holder, Mark(at, at + len(s.quote), link(s), css_of(s), title)))
    for holder, mark in wholes:
        _add(marks[holder], mark)
    return [sorted(m, key=lambda m: m.start) for m in marks]


def _relative_figure(q: Quote, start: int | None) -> Span | None:
    """The figure's span inside its holder text."""
    if q.figure is not None and start is not None:
        return q.figure[0] - start, q.figure[1] - start
    written = q.statement.value.written if q.statement.value is not None else ""
    if not written or not q.in_holder:
        return None
    inner = q.statement.quote.find(written)
    if inner < 0:
        return None
    at = q.in_holder[0] + inner
    return at, at + len(written)


def segments(text: str, marks: Sequence[Mark], offset: int = 0) -> list[Segment]:
    """``text`` cut into plain and marked pieces; ``marks`` are relative to the text
    this piece starts at ``offset`` of (a line of a longer text)."""
    out: list[Segment] = []
    cursor = 0
    for m in sorted(marks, key=lambda m: m.start):
        start, end = m.start - offset, m.end - offset
        if start < cursor or start < 0 or end > len(text):
            continue
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        out.append(Segment(text[start:end], m))
        cursor = end
    if cursor < len(text) or not out:
        out.append(Segment(text[cursor:]))
    return out


def cell_segments(block: Table, marks: list[list[Mark]]) -> list[list[list[Segment]]]:
    """Each row of ``block`` as its cells' segments: a figure located in the row's line
    is marked in the cell that holds it (the row number is never a figure)."""
    rows = []
    for i, row in enumerate(block.rows):
        line_marks = marks[1 + i] if 1 + i < len(marks) else []
        cells = list(row.cells) + [""] * (len(block.header) - len(row.cells))
        cursor = 0
        shown = []
        for cell in cells:
            at = row.line.find(cell, cursor) if cell else -1
            if at < 0:
                shown.append(segments(cell, []))
                continue
            cursor = at + len(cell)
            inside = [m for m in line_marks if at <= m.start and m.end <= at + len(cell)]
            shown.append(segments(cell, inside, at))
        rows.append(shown)
    return rows
