"""The listing of every plan, with its 文号, period and counts."""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.site import Page, links, parts
from qualityplans.site.markup import attr

__all__ = ["pages", "plans_page"]


def pages() -> Iterator[Page]:
    yield "plans/index.md", plans_page()


def plans_page() -> str:
    page = "plans/index.md"
    rows = []
    for p in parts.data().plans:
        href = attr(links.html_href(page, links.plan_path(p)))
        source = attr(links.html_href(page, links.source_path(p)))
        rows.append(
            [
                f'<a href="{href}">{attr(p.title_zh)}</a><br>'
                f'<span class="qp-en">{attr(p.title_en)}</span>',
                attr(parts.region_name(p.region)),
                attr(p.doc_number.canonical) if p.doc_number else "—",
                attr(str(p.period)) if p.period else "—",
                str(len(p.measures)),
                str(len(p.targets)),
                str(len(p.observations)),
                f'<a href="{source}">原文 source</a>',
            ]
        )
    header = [
        "规划 Plan",
        "地区 Region",
        "文号 Doc. no.",
        "期间 Period",
        "措施 Measures",
        "目标 Targets",
        "实绩 Observations",
        "原文 Source",
    ]
    out = [
        "# 规划 Plans",
        "",
        "每份规划都逐字转录、逐项标注。"
        "Every plan is transcribed verbatim and curated item by item.",
        *parts.html_table(header, rows),
    ]
    return "\n".join(out) + "\n"
