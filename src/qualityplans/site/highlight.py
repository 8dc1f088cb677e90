"""Text with its captured figures marked: spans become links to their records.

Used by the block pages (a measure's text, each figure linked to its target or
observation) and by the source view (the whole transcription). Every piece of
text is HTML-escaped; only the marks are markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from attrs import frozen

from qualityplans.model import Observation, Target
from qualityplans.site.markup import attr

__all__ = ["Mark", "locate", "render", "row_cells", "statement_marks"]


@frozen
class Mark:
    """``text[start:end]`` shown as a link to ``href`` with a class and a hover title."""

    start: int
    end: int
    href: str
    css: str
    title: str


def locate(text: str, quote: str, taken: Sequence[Mark] = ()) -> int:
    """Where ``quote`` occurs in ``text`` outside the spans already taken (-1 if nowhere)."""
    start = text.find(quote)
    while start >= 0:
        end = start + len(quote)
        if not any(m.start < end and start < m.end for m in taken):
            return start
        start = text.find(quote, start + 1)
    return -1


def statement_marks(
    text: str, found: Iterable[tuple[Target | Observation, str, str]]
) -> list[Mark]:
    """Marks for each ``(statement, href, title)`` whose figure appears in ``text``.

    The figure as written (``98%以上``) is marked inside the statement's quote;
    a statement with no written figure marks its whole quote. A cell of a table
    row (text inside the quote) is marked where it holds the figure.
    """
    marks: list[Mark] = []
    for s, href, title in found:
        css = "qp-fig qp-target" if isinstance(s, Target) else "qp-fig qp-observation"
        written = s.value.written if s.value is not None else ""
        at = locate(text, s.quote, marks)
        if at >= 0:
            inner = s.quote.find(written) if written else -1
            if inner >= 0:
                start, end = at + inner, at + inner + len(written)
            else:
                start, end = at, at + len(s.quote)
        elif written and text in s.quote and (inner := locate(text, written, marks)) >= 0:
            start, end = inner, inner + len(written)
        else:
            continue
        if any(m.start < end and start < m.end for m in marks):
            continue
        marks.append(Mark(start, end, href, css, title))
    return sorted(marks, key=lambda m: m.start)


def render(text: str, marks: Sequence[Mark]) -> str:
    """``text`` as HTML with each mark a titled link; the rest escaped."""
    out = []
    cursor = 0
    for m in sorted(marks, key=lambda m: m.start):
        if m.start < cursor:
            continue
        out.append(attr(text[cursor : m.start]))
        out.append(
            f'<a class="{m.css}" href="{attr(m.href)}" title="{attr(m.title)}">'
            f"{attr(text[m.start : m.end])}</a>"
        )
        cursor = m.end
    out.append(attr(text[cursor:]))
    return "".join(out)


def row_cells(
    cells: Sequence[str],
    line: str,
    found: Iterable[tuple[Target | Observation, str, str]],
    skip: str = "",
) -> list[str]:
    """A table row's cells as HTML, each record's figure marked in its own cell.

    A row's records quote the whole row, so the figure is found by its cell: an
    observation (a reported value) takes the first cell holding its figure, a
    target the last (tables list the base value before the goal). The row's
    number (``skip``) is never a figure of a record.
    """
    marks: dict[int, list[Mark]] = {}
    for s, href, title in found:
        written = s.value.written if s.value is not None else ""
        if not written or s.quote.strip() not in line:
            continue
        pattern = re.compile(rf"(?<![0-9.]){re.escape(written)}(?![0-9.])")
        candidates = []
        for i, cell in enumerate(cells):
            hit = pattern.search(cell)
            if hit is None or cell.strip() == skip or marks.get(i):
                continue
            candidates.append((i, hit.start()))
        if not candidates:
            continue
        i, at = candidates[-1] if isinstance(s, Target) else candidates[0]
        css = "qp-fig qp-target" if isinstance(s, Target) else "qp-fig qp-observation"
        marks.setdefault(i, []).append(Mark(at, at + len(written), href, css, title))
    return [render(cell, marks.get(i, [])) for i, cell in enumerate(cells)]
