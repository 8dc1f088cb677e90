"""The home page: what the site is, the plans as cards, and the ways in."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from qualityplans.model import Plan
from qualityplans.site import Page, links, parts
from qualityplans.site.links import html_href
from qualityplans.site.templating import render

__all__ = ["ENTRY_POINTS", "PlanCard", "home_page", "pages", "plan_card"]

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
    (
        "regions/index.md",
        "地区",
        "Regions",
        "各地区的规划与时间线 Plans by region, in time",
        "region",
    ),
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
        "目标是否实现 Which targets were met, missed or are due",
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


@frozen
class PlanCard:
    """One plan as a card: region · period, title, 文号, counts."""

    href: str
    region: str
    period: str
    title_zh: str
    title_en: str
    number: str | None
    measures: int
    targets: int
    indicators: int


def plan_card(p: Plan, page: str) -> PlanCard:
    named = [s.indicator for s in p.targets] + [s.indicator for s in p.observations]
    return PlanCard(
        href=html_href(page, links.plan_path(p)),
        region=parts.region_name(p.region),
        period=str(p.period) if p.period else "—",
        title_zh=p.title_zh,
        title_en=p.title_en,
        number=p.doc_number.canonical if p.doc_number else None,
        measures=len(p.measures),
        targets=len(p.targets),
        indicators=len({i for i in named if i}),
    )


def home_page() -> str:
    page = "index.md"
    entries = [
        (html_href(page, path), zh, en, what)
        for path, zh, en, what, kind in ENTRY_POINTS
        if not kind or parts.linked(kind)
    ]
    plans = parts.data().plans
    return render("home.md", cards=[plan_card(p, page) for p in plans], entries=entries)
