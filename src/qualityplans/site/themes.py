"""A page per theme (its measures and task groups by plan, its indicators, and the targets
and observations on them), and the listing of themes with counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.model import (
    Block,
    Indicator,
    Measure,
    Observation,
    Plan,
    Role,
    Target,
    TaskGroup,
    Theme,
)
from qualityplans.query.history import history
from qualityplans.site import Page, links
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr, escape
from qualityplans.site.parts import (
    block_heading,
    block_href,
    data,
    department_link,
    en,
    front_matter,
    html_table,
    indicator_link,
    plan_link,
    statements_table,
    theme_link,
)

__all__ = ["pages", "theme_items", "theme_page", "themes_index_page"]

INDEX = "themes/index.md"


def pages() -> Iterator[Page]:
    yield INDEX, themes_index_page()
    for theme in data().themes:
        yield links.theme_path(theme), theme_page(theme)


def theme_items(theme: Theme | str) -> tuple[tuple[Plan, Measure | TaskGroup], ...]:
    """Every measure and task group tagged with ``theme``, by plan, in document order."""
    wanted = theme if isinstance(theme, str) else theme.id
    return tuple(
        (p, b)
        for p in data().plans
        for b in p.blocks
        if isinstance(b, Measure | TaskGroup) and wanted in b.themes
    )


def theme_page(theme: Theme) -> str:
    """The Markdown of one theme's page."""
    page = links.theme_path(theme)
    items = theme_items(theme)
    indicators = [i for i in data().indicators if theme.id in i.themes]
    out = [
        *front_matter(f"{theme.name_zh} · 主题 Theme", boost=2),
        f"# {escape(theme.name_zh)}",
        "",
        f'<p class="qp-subtitle">{attr(theme.name_en)}</p>',
        "",
        f"{len(items)} 项措施与任务组 measures and task groups · "
        f"{len(indicators)} 项指标 indicators",
        "",
        *_items(items, page),
        *_indicators(indicators, page),
        *_statements(indicators, page),
    ]
    return "\n".join(out) + "\n"


def _items(items: tuple[tuple[Plan, Measure | TaskGroup], ...], page: str) -> list[str]:
    out = ["## 措施 Measures {#measures}", ""]
    if not items:
        return [*out, "已收录的规划中没有标注此主题的措施。 No curated measure has this theme.", ""]
    rows = [_item_row(p, b, page) for p, b in items]
    header = ["规划 Plan", "措施 Measure", "牵头 Leads", "目标 Targets"]
    return out + html_table(header, rows, css="qp-items")


def _item_row(p: Plan, b: Measure | TaskGroup, page: str) -> list[str]:
    href = attr(html_href(page, block_href(p, b)))
    title_en = b.title_en if isinstance(b, Measure) else b.name_en
    units = p.responsibilities_of(b) if isinstance(b, Measure) else b.responsibilities
    leads = [r for r in units if r.role is Role.LEAD] or [
        r for r in units if r.role is Role.RESPONSIBLE
    ][:3]
    shown = "、".join(
        department_link(page, r.department, r.written) if r.department else attr(r.written)
        for r in leads
    )
    return [
        plan_link(page, p),
        f'<a href="{href}">{attr(block_heading(b))}</a><br>{en(title_en)}',
        shown or "—",
        str(len(b.targets)),
    ]


def _indicators(indicators: list[Indicator], page: str) -> list[str]:
    rows = []
    for i in indicators:
        entries = history(i.id)
        targets = sum(1 for e in entries if e.is_target)
        rows.append(
            [
                indicator_link(page, i),
                attr(i.unit.value) if i.unit is not None else f"定性 {en('qualitative')}",
                str(targets),
                str(len(entries) - targets),
            ]
        )
    if not rows:
        return []
    header = ["指标 Indicator", "单位 Unit", "目标 Targets", "实绩 Observed"]
    return ["## 指标 Indicators {#indicators}", "", *html_table(header, rows, css="qp-listing")]


def _statements(indicators: list[Indicator], page: str) -> list[str]:
    found: list[tuple[Plan, Block, Target | Observation]] = []
    for i in indicators:
        for e in history(i.id):
            found.append((e.plan, e.plan.parent_of(e.statement.eid), e.statement))
    if not found:
        return []
    return [
        "## 目标与实绩 Targets and observations {#statements}",
        "",
        "本主题各指标在所有规划中的目标与实绩。 Every target and observation on its indicators.",
        *statements_table(page, found),
    ]


# ---------------------------------------------------------------- the listing


def themes_index_page() -> str:
    """Every theme with its counts of measures, indicators and targets."""
    d = data()
    page = INDEX
    rows = []
    for t in d.themes:
        indicators = [i for i in d.indicators if t.id in i.themes]
        targets = sum(1 for i in indicators for e in history(i.id) if e.is_target)
        rows.append(
            [
                f"{theme_link(page, t)}<br>{en(t.name_en)}",
                str(len(theme_items(t))),
                str(len(indicators)),
                str(targets),
            ]
        )
    header = ["主题 Theme", "措施 Measures", "指标 Indicators", "目标 Targets"]
    return (
        "\n".join(
            [
                "# 主题 Themes",
                "",
                "按主题浏览各规划的措施、指标与目标。",
                "Measures, indicators and targets of every plan, by theme.",
                *html_table(header, rows, css="qp-listing"),
            ]
        )
        + "\n"
    )
