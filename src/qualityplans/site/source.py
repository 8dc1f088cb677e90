"""The source view of a plan: its transcription, every figure marked and linked to its record.

A figure inside a target's or observation's quote links to that record on its
block's page; a figure a ledger entry accounts for links to the entry in the
ledger below, which says why it is not a target. Contact details are masked,
and errata are marked where they apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualityplans.figures import find_figures
from qualityplans.model import LedgerReason, Plan, Target, statements
from qualityplans.privacy import withhold
from qualityplans.render import value_text, when_text
from qualityplans.site import Page, links, parts
from qualityplans.site.highlight import Mark
from qualityplans.site.markup import attr, escape

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
    from qualityplans.sources import read_source

    for p in parts.data().plans:
        yield links.source_path(p), source_page(p, read_source(p.source.file))


def _occurrences(text: str, quote: str) -> Iterator[int]:
    if not quote:
        return
    start = text.find(quote)
    while start >= 0:
        yield start
        start = text.find(quote, start + 1)


def figure_marks(p: Plan, text: str) -> tuple[list[Mark], list[tuple[int, int]]]:
    """Every figure of ``text`` as a mark, and the spans of contact details to mask."""
    page = links.source_path(p)
    marks: dict[int, Mark] = {}
    figures = list(find_figures(text))

    def claim(start: int, end: int, href: str, css: str, title: str, only: str = "") -> None:
        inside = [f for f in figures if start <= f.start and f.end <= end]
        chosen = [f for f in inside if f.text == only] if only else []
        for f in chosen or inside:
            marks.setdefault(f.start, Mark(f.start, f.end, href, css, title))

    used: set[int] = set()
    for block in p.blocks:
        for s in statements(block):
            for at in _occurrences(text, s.quote):
                if at in used:
                    continue
                used.add(at)
                kind = "qp-target" if isinstance(s, Target) else "qp-observation"
                found = parts.indicator(s.indicator) if s.indicator else None
                bits = [
                    parts.statement_kind(s),
                    found.name_zh if found else "",
                    value_text(s),
                    when_text(s),
                ]
                href = links.html_href(page, links.statement_path(p, block, s))
                claim(
                    at, at + len(s.quote), href, f"qp-fig {kind}", " · ".join(b for b in bits if b)
                )
                break
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
    return sorted(marks.values(), key=lambda m: m.start), masked


def source_page(p: Plan, text: str) -> str:
    """The Markdown of one plan's source view, from its transcription ``text``."""
    page = links.source_path(p)
    marks, masked = figure_marks(p, text)
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
