"""The source view of a plan: its transcription, every figure marked and linked to its record.

Where each quote and figure stands comes from the shared pass
(``qualityplans.text.locate``), the one ``validate`` reads. A figure a target or
observation states links to that record on its block's page (a figure stating two
records links both); a figure a ledger entry accounts for links to the entry in the
ledger below, which says why it is not a target; any other figure is a label. Contact
details are masked, and errata are marked where they apply.
"""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.model import LedgerReason, Plan
from qualityplans.site import Page, links, parts
from qualityplans.site.entity import statement_title
from qualityplans.site.highlight import Mark, Segment, css_of, located, segments
from qualityplans.site.links import html_href
from qualityplans.site.templating import Markup, en, render, zh_en
from qualityplans.text.figures import find_figures
from qualityplans.text.locate import Located, locate, occurrences
from qualityplans.text.privacy import withhold

__all__ = ["REASONS", "figure_marks", "pages", "source_page"]

# Why a figure is not a target, Chinese first.
REASONS = {
    LedgerReason.DATE: ("日期", "date"),
    LedgerReason.DOC_NUMBER: ("文号", "document number"),
    LedgerReason.NAME: ("名称的一部分", "part of a name"),
    LedgerReason.ORDINAL: ("序数", "ordinal"),
    LedgerReason.SCOPE: ("范围", "scope of a task"),
    LedgerReason.CONTACT: ("联系方式（已隐去）", "contact detail, withheld"),
    LedgerReason.DOCUMENT: ("文件本身", "about the document"),
    LedgerReason.SCHEDULE: ("进度安排", "schedule"),
    LedgerReason.CONTEXT: ("背景", "context"),
}
_LABEL = "编号或结构 a label or other figure"


def pages() -> Iterator[Page]:
    for p in parts.data().plans:
        yield links.source_path(p), source_page(p, parts.catalog().source(p))


def _reason(reason: LedgerReason) -> tuple[str, str]:
    return REASONS.get(reason, (reason.value, reason.value))


Also = dict[int, list[tuple[str, str]]]


def figure_marks(
    p: Plan, text: str, found: Located | None = None
) -> tuple[list[Mark], list[tuple[int, int]], Also]:
    """Every figure of ``text`` as a mark, the spans of contact details to mask, and the
    further records a figure states (by the figure's offset: link and title), from
    ``found`` (default: ``locate(p, text)``)."""
    found = found if found is not None else locate(p, text)
    page = links.source_path(p)
    marks: dict[int, Mark] = {}
    also: Also = {}
    figures = list(find_figures(text))

    def claim(start: int, end: int, href: str, css: str, title: str, only: str = "") -> None:
        inside = [f for f in figures if start <= f.start and f.end <= end]
        chosen = [f for f in inside if f.text == only] if only else []
        for f in chosen or inside:
            if f.start in marks:
                # One figure stating two records (分别达到300个): link the second too.
                if marks[f.start].href != href and css != "qp-fig qp-ledger":
                    also.setdefault(f.start, []).append((href, title))
                continue
            marks[f.start] = Mark(f.start, f.end, href, css, title)

    blocks = p.blocks
    for q in found.quotes:
        if q.start is None:
            continue
        start, end = q.figure if q.figure is not None else q.spans[0]
        href = html_href(page, links.statement_path(p, blocks[q.position], q.statement))
        claim(start, end, href, css_of(q.statement), statement_title(q.statement))
    masked = [(at, at + len(detail)) for at, detail in found.contacts]
    for spots, entry in zip(found.ledger, p.ledger, strict=True):
        zh, english = _reason(entry.reason)
        title = f"非目标数字 not a target: {zh} {english}"
        href = f"#ledger-{spots.index + 1}"
        for start, end in spots.spans:
            if entry.reason is LedgerReason.CONTACT:
                masked.append((start, end))
                claim(start, end, href, "qp-fig qp-ledger", title)
            else:
                claim(start, end, href, "qp-fig qp-ledger", title, entry.figure)
    for f in figures:
        marks.setdefault(f.start, Mark(f.start, f.end, "#legend", "qp-fig qp-label", _LABEL))
    return sorted(marks.values(), key=lambda m: m.start), masked, also


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every digit inside ``spans`` written ×, so no contact detail shows."""
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i].isdigit():
                chars[i] = "×"
    return "".join(chars)


def _lines(p: Plan, text: str) -> list[list[Segment]]:
    """The transcription as lines of segments: marked figures and errata notes."""
    marks, masked, also = figure_marks(p, text, _located(p, text))
    marks = [
        Mark(m.start, m.end, m.href, m.css, m.title, tuple(also.get(m.start, ()))) for m in marks
    ]
    errata: dict[int, list[tuple[str, str]]] = {}
    for i, e in enumerate(p.source.errata, 1):
        for at in occurrences(text, e.after):
            reason = " ".join(r for r in (e.reason_zh, e.reason) if r)
            title = f"勘误 erratum: {e.before} → {e.after}. {reason}"
            errata.setdefault(at + len(e.after), []).append((f"#erratum-{i}", title))
    shown = _masked(text, masked)
    lines = []
    offset = 0
    for line in shown.split("\n"):
        end = offset + len(line)
        inside = [m for m in marks if offset <= m.start and m.end <= end]
        cuts = sorted({*(at for at in errata if offset <= at <= end)})
        pieces: list[Segment] = []
        cursor = offset
        for at in [*cuts, end]:
            part = [m for m in inside if cursor <= m.start and m.end <= at]
            pieces.extend(_segments(shown[cursor:at], part, cursor))
            if at in errata:
                if pieces:
                    last = pieces[-1]
                    pieces[-1] = Segment(last.text, last.mark, tuple(errata[at]))
                else:
                    pieces.append(Segment("", None, tuple(errata[at])))
            cursor = at
        if line.strip():
            lines.append([s for s in pieces if s.text or s.errata])
        offset = end + 1
    return lines


def _segments(text: str, marks: list[Mark], offset: int) -> list[Segment]:
    return [s for s in segments(text, marks, offset) if s.text]


def _located(p: Plan, text: str) -> Located:
    """The shared pass over ``text``: the site's, once per plan, when it is the plan's own."""
    if parts.catalog().source_or_none(p.source.file) == text:
        return located(p)
    return locate(p, text)


def source_page(p: Plan, text: str) -> str:
    """The Markdown of one plan's source view, from its transcription ``text``."""
    page = links.source_path(p)
    ledger = []
    for i, entry in enumerate(map(withhold, p.ledger), 1):
        zh, english = _reason(entry.reason)
        ledger.append(
            [
                Markup('<span id="ledger-{}">{}</span>').format(i, entry.figure),
                Markup("「{}」{}").format(
                    entry.quote, f" ×{entry.occurrences}" if entry.occurrences > 1 else ""
                ),
                Markup("{} {}").format(zh, en(english)),
                zh_en(entry.note_zh, entry.note),
            ]
        )
    errata = [
        [
            Markup('<span id="erratum-{}"><del>{}</del></span>').format(i, e.before),
            Markup("<ins>{}</ins>").format(e.after),
            zh_en(e.reason_zh, e.reason),
        ]
        for i, e in enumerate(p.source.errata, 1)
    ]
    return render(
        "source.md",
        front_matter=Markup(
            "\n".join(parts.front_matter(f"原文 Source · {parts.plan_label(p)}", "toc"))
        ),
        plan=p,
        crumbs=Markup('<a href="{}">返回规划 {}</a>').format(
            html_href(page, links.plan_path(p)), en("Back to the plan")
        ),
        lines=_lines(p, text),
        ledger=ledger,
        errata=errata,
    )
