"""The source view of a plan: its transcription, every figure marked and linked to its record.

A figure inside a target's or observation's quote links to that record on its
block's page; a figure a ledger entry accounts for links to the entry in the
ledger below, which says why it is not a target. Contact details are masked,
and errata are marked where they apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualityplans.model import LedgerReason, Plan, Target, statements
from qualityplans.model.wording import value_zh
from qualityplans.model.wording import when as when_of
from qualityplans.site import Page, links, parts
from qualityplans.site.highlight import Mark
from qualityplans.site.markup import attr, escape
from qualityplans.text.figures import find_figures
from qualityplans.text.privacy import withhold

__all__ = ["pages", "source_page"]

_REASONS = {
    LedgerReason.DATE: "日期 date",
    LedgerReason.DOC_NUMBER: "文号 document number",
    LedgerReason.NAME: "名称的一部分 part of a name",
    LedgerReason.ORDINAL: "序数 ordinal",
    LedgerReason.SCOPE: "范围 scope of a task",
    LedgerReason.CONTACT: "联系方式（已隐去）contact detail, withheld",
    LedgerReason.DOCUMENT: "文件本身 about the document",
    LedgerReason.SCHEDULE: "进度安排 schedule",
    LedgerReason.CONTEXT: "背景 context",
}


def pages() -> Iterator[Page]:
    for p in parts.data().plans:
        yield links.source_path(p), source_page(p, parts.catalog().source(p))


def _occurrences(text: str, quote: str) -> Iterator[int]:
    if not quote:
        return
    start = text.find(quote)
    while start >= 0:
        yield start
        start = text.find(quote, start + 1)


Also = dict[int, list[tuple[str, str]]]


def figure_marks(p: Plan, text: str) -> tuple[list[Mark], list[tuple[int, int]], Also]:
    """Every figure of ``text`` as a mark, the spans of contact details to mask, and the
    further records a figure states (by the figure's offset: link and title)."""
    page = links.source_path(p)
    marks: dict[int, Mark] = {}
    also: dict[int, list[tuple[str, str]]] = {}
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

    used: set[int] = set()
    for block in p.blocks:
        for s in statements(block):
            found_at = list(_occurrences(text, s.quote))
            if not found_at:
                continue
            # Prefer an occurrence no other record has taken (two records may share a quote).
            at = next((a for a in found_at if a not in used), found_at[0])
            used.add(at)
            start, end = at, at + len(s.quote)
            written = s.value.written if s.value is not None else ""
            if written:
                # Only the figure as written belongs to this record, not every number of
                # its quote (one sentence may state two targets).
                inner = s.quote.find(written)
                while (
                    inner >= 0
                    and all(at + inner + k not in marks for k in range(len(written))) is False
                ):
                    inner = s.quote.find(written, inner + 1)
                if inner >= 0:
                    start, end = at + inner, at + inner + len(written)
            kind = "qp-target" if isinstance(s, Target) else "qp-observation"
            indicator = parts.indicator(s.indicator) if s.indicator else None
            bits = [
                parts.statement_kind(s),
                indicator.name_zh if indicator else "",
                value_zh(s),
                when_of(s),
            ]
            href = links.html_href(page, links.statement_path(p, block, s))
            claim(start, end, href, f"qp-fig {kind}", " · ".join(b for b in bits if b))
    masked: list[tuple[int, int]] = []
    for i, entry in enumerate(p.ledger, 1):
        reason = _REASONS.get(entry.reason, entry.reason.value)
        title = f"非目标数字 not a target: {reason}"
        if entry.reason is LedgerReason.CONTACT:
            # Published entries have their digits masked (×): match either form.
            pattern = "".join(
                "[0-9０-９×]" if c.isdigit() or c == "×" else re.escape(c) for c in entry.quote
            )
            for match in re.finditer(pattern, text):
                masked.append(match.span())
                claim(*match.span(), f"#ledger-{i}", "qp-fig qp-ledger", title)
            continue
        for at in _occurrences(text, entry.quote):
            claim(
                at, at + len(entry.quote), f"#ledger-{i}", "qp-fig qp-ledger", title, entry.figure
            )
    for f in figures:
        marks.setdefault(
            f.start,
            Mark(
                f.start, f.end, "#legend", "qp-fig qp-label", "编号或结构 a label or other figure"
            ),
        )
    return sorted(marks.values(), key=lambda m: m.start), masked, also


def source_page(p: Plan, text: str) -> str:
    """The Markdown of one plan's source view, from its transcription ``text``."""
    page = links.source_path(p)
    marks, masked, also = figure_marks(p, text)
    inserts: dict[int, list[str]] = {}
    for i, e in enumerate(p.source.errata, 1):
        for at in _occurrences(text, e.after):
            title = f"勘误 erratum: {e.before} → {e.after}. {e.reason}"
            inserts.setdefault(at + len(e.after), []).append(
                f'<a class="qp-erratum" href="#erratum-{i}" title="{attr(title)}">勘误</a>'
            )

    def shown(start: int, end: int) -> str:
        piece = text[start:end]
        for a, b in masked:
            lo, hi = max(a, start), min(b, end)
            if lo < hi:
                piece = (
                    piece[: lo - start]
                    + "".join("×" if c.isdigit() else c for c in piece[lo - start : hi - start])
                    + piece[hi - start :]
                )
        return attr(piece)

    html: list[str] = []
    cursor = 0
    positions = sorted({*(m.start for m in marks), *inserts})
    by_start = {m.start: m for m in marks}
    for pos in positions:
        if pos < cursor:
            continue
        html.append(shown(cursor, pos))
        cursor = pos
        for insert in inserts.get(pos, []):
            html.append(insert)
        m = by_start.get(pos)
        if m is not None:
            html.append(
                f'<a class="{m.css}" href="{attr(m.href)}" title="{attr(m.title)}">'
                f"{shown(m.start, m.end)}</a>"
            )
            for number, (href, title) in enumerate(also.get(pos, []), 2):
                html.append(
                    f'<sup><a class="qp-also" href="{attr(href)}" title="{attr(title)}">'
                    f"{number}</a></sup>"
                )
            cursor = m.end
    html.append(shown(cursor, len(text)))
    body = "".join(html)
    paragraphs = [f"<p>{line}</p>" for line in body.split("\n") if line.strip()]
    plan_href = attr(links.html_href(page, links.plan_path(p)))
    out = [
        *parts.front_matter(f"原文 Source · {parts.plan_label(p)}"),
        f"# 原文 Source: {escape(p.title_zh)}",
        "",
        f'<p class="qp-subtitle">{attr(p.title_en)} · '
        f'<a href="{plan_href}">返回规划 Back to the plan</a></p>',
        "",
        '<div class="qp-legend" id="legend">',
        '<span class="qp-fig qp-target">98%</span> 目标 target ',
        '<span class="qp-fig qp-observation">98%</span> 实绩 observation ',
        '<span class="qp-fig qp-ledger">98</span> 非目标数字 not a target (see the ledger) ',
        '<span class="qp-fig qp-label">1</span> 编号 label ',
        '<span class="qp-erratum">勘误</span> 转录更正 erratum',
        "<br>悬停查看原因，点击查看记录。Hover for what and why; click for the record.",
        "</div>",
        "",
        '<div class="qp-source">',
        *paragraphs,
        "</div>",
        "",
        *_ledger(p),
        *_errata(p),
    ]
    return "\n".join(out) + "\n"


def _ledger(p: Plan) -> list[str]:
    if not p.ledger:
        return []
    rows = []
    for i, e in enumerate(map(withhold, p.ledger), 1):
        times = f" ×{e.occurrences}" if e.occurrences > 1 else ""
        rows.append(
            [
                f'<span id="ledger-{i}">{attr(e.figure)}</span>',
                f"「{attr(e.quote)}」{times}",
                attr(_REASONS.get(e.reason, e.reason.value)),
                attr(e.note),
            ]
        )
    out = ["## 非目标数字 Figures that are not targets {#ledger}", ""]
    out.append(
        "原文中其余每个数字，及其不作为目标或实绩的原因。"
        "Every other figure, and why it is not a target or observation."
    )
    header = ["数字 Figure", "原文 Quote", "原因 Reason", "说明 Note"]
    return out + parts.html_table(header, rows, search=False)


def _errata(p: Plan) -> list[str]:
    if not p.source.errata:
        return []
    rows = [
        [
            f'<span id="erratum-{i}"><del>{attr(e.before)}</del></span>',
            f"<ins>{attr(e.after)}</ins>",
            attr(e.reason),
        ]
        for i, e in enumerate(p.source.errata, 1)
    ]
    out = ["## 勘误 Errata {#errata}", ""]
    return out + parts.html_table(["原文 Seed had", "转录 Transcribed", "原因 Reason"], rows)
