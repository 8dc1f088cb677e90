"""The home page: what the site is, the plans as cards, and the ways in."""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.model import Plan
from qualityplans.site import Page, links, parts
from qualityplans.site.markup import attr

__all__ = ["ENTRY_POINTS", "home_page", "pages"]

# (path, Chinese, English, what it offers, page kind that must be built for the link)
ENTRY_POINTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("plans/index.md", "规划", "Plans", "每份规划、措施与目标 Every plan, measure and target", ""),
    (
        "indicators/index.md",
        "指标",
        "Indicators",
        "跨规划的指标历史 Indicator histories across plans",
        "indicator",
    ),
    (
        "departments/index.md",
        "部门",
        "Departments",
        "各部门牵头的工作 What each department leads",
        "department",
    ),
    ("regions/index.md", "地区", "Regions", "各地区的规划 Plans by region", "region"),
    ("themes/index.md", "主题", "Themes", "按主题浏览 Browse by theme", "theme"),
    (
        "compare/index.md",
        "对比",
        "Compare",
        "两份规划逐项对比，指标 × 规划矩阵 Two plans side by side; the matrix",
        "compare",
    ),
    (
        "status/index.md",
        "进展",
        "Status",
        "目标的后续报告 Which targets were reported on",
        "status",
    ),
    (
        "data.md",
        "数据下载",
        "Data",
        "JSON、CSV、SQLite、数据包 JSON, CSV, SQLite, Data Package",
        "",
    ),
)


def pages() -> Iterator[Page]:
    yield "index.md", home_page()


def plan_card(p: Plan, page: str) -> str:
    """One plan as a card: region · title · 文号 · period · counts."""
    href = attr(links.html_href(page, links.plan_path(p)))
    region = attr(parts.region_name(p.region))
    number = attr(p.doc_number.canonical) if p.doc_number else "无文号 no document number"
    period = attr(str(p.period)) if p.period else "—"
    named = [s.indicator for s in p.targets] + [s.indicator for s in p.observations]
    indicators = len({i for i in named if i})
    return (
        f'<a class="qp-card" href="{href}">'
        f'<span class="qp-card-region">{region} · {period}</span>'
        f'<span class="qp-card-title">{attr(p.title_zh)}</span>'
        f'<span class="qp-en">{attr(p.title_en)}</span>'
        f'<span class="qp-card-number">{number}</span>'
        f'<span class="qp-card-counts">{len(p.measures)} 措施 measures · '
        f"{len(p.targets)} 目标 targets · {indicators} 指标 indicators</span></a>"
    )


def home_page() -> str:
    page = "index.md"
    d = parts.data()
    entries = []
    for path, zh, en, what, kind in ENTRY_POINTS:
        if kind and not parts.linked(kind):
            continue
        href = attr(links.html_href(page, path))
        entries.append(
            f'<a class="qp-entry" href="{href}"><strong>{zh}</strong> '
            f'<span class="qp-en">{en}</span><small>{what}</small></a>'
        )
    out = [
        "---",
        "title: 质量规划数据库 qualityplans",
        "hide:",
        "  - navigation",
        "  - toc",
        "---",
        "",
        "# 质量规划数据库 <small>qualityplans</small>",
        "",
        '<p class="qp-lead">'
        "本站把中国地方政府的质量发展规划逐字转录，并把其中每一项措施、目标、实绩、指标和责任部门整理成可核对、可互相链接的数据；中文为准。"
        "</p>",
        '<p class="qp-lead qp-en">'
        "This site transcribes Chinese municipal quality-development plans verbatim and turns "
        "every measure, target, reported figure, indicator and responsible department into "
        "exact, cross-linked data, each "
        "with the words it came from. The Chinese text is authoritative."
        "</p>",
        "",
        f"## 规划 Plans <small>{len(d.plans)}</small> {{#plans}}",
        "",
        '<div class="qp-cards">',
        *(plan_card(p, page) for p in d.plans),
        "</div>",
        "",
        "## 浏览 Browse {#browse}",
        "",
        '<div class="qp-entries">',
        *entries,
        "</div>",
        "",
        '<p class="qp-hint">搜索：按 <kbd>/</kbd> 或点击页首的搜索框，'
        "中文词语可直接检索（如“合格率”“质量”）。"
        "Search: press <kbd>/</kbd> or use the search box at the top; "
        "Chinese words and parts of words are found.</p>",
        "",
    ]
    return "\n".join(out) + "\n"
