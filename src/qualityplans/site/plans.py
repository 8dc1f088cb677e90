"""The listing of every plan: its title, region and period, 文号 and dates, and counts."""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.model import DateKind
from qualityplans.site import Page, links, parts
from qualityplans.site.links import html_href
from qualityplans.site.templating import Markup, en, render

__all__ = ["COLUMNS", "pages", "plans_page"]

INDEX = "plans/index.md"
COLUMNS = (
    ("规划", "Plan"),
    ("地区 · 期间", "Region · period"),
    ("文号 · 成文", "Doc. no. · signed"),
    ("措施", "Measures"),
    ("目标", "Targets"),
    ("实绩", "Observed"),
)


def pages() -> Iterator[Page]:
    yield INDEX, plans_page()


def plans_page() -> str:
    page = INDEX
    rows = []
    for p in parts.data().plans:
        title = Markup(
            '<a href="{}">{}</a><br>{}<br><a class="qp-small" href="{}">原文 {}</a>'
        ).format(
            html_href(page, links.plan_path(p)),
            p.title_zh,
            en(p.title_en),
            html_href(page, links.source_path(p)),
            en("source"),
        )
        where = Markup("{}<br>{}").format(
            Markup(parts.region_link(page, p.region)), str(p.period) if p.period else "—"
        )
        signed = p.date(DateKind.SIGNED)
        number = Markup("{}<br>{}").format(
            p.doc_number.canonical if p.doc_number else "—", signed.iso if signed else "—"
        )
        rows.append([title, where, number, len(p.measures), len(p.targets), len(p.observations)])
    return render(
        "plans.md",
        front_matter=Markup("\n".join(parts.front_matter("规划 Plans", "toc"))),
        columns=COLUMNS,
        rows=rows,
    )
