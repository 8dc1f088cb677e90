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
from qualityplans.site.parts import (
    block_heading,
    block_href,
    catalog,
    data,
    department_link,
    front_matter,
    indicator_link,
    plan_link,
    statements_table,
    theme_link,
)
from qualityplans.site.templating import Markup, en, render

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
    return render(
        "theme.md",
        front_matter=Markup("\n".join(front_matter(f"{theme.name_zh} · 主题 Theme", boost=2))),
        theme=theme,
        items=[_item_row(p, b, page) for p, b in items],
        indicators=_indicators(indicators, page),
        statements=Markup("\n".join(_statements(indicators, page))),
    )


def _item_row(p: Plan, b: Measure | TaskGroup, page: str) -> list[object]:
    href = html_href(page, block_href(p, b))
    title_en = b.title_en if isinstance(b, Measure) else b.name_en
    units = p.responsibilities_of(b) if isinstance(b, Measure) else b.responsibilities
    leads = [r for r in units if r.role is Role.LEAD] or [
        r for r in units if r.role is Role.RESPONSIBLE
    ][:3]
    shown = Markup("、").join(
        Markup(department_link(page, r.department, r.written)) if r.department else r.written
        for r in leads
    )
    return [
        Markup(plan_link(page, p)),
        Markup('<a href="{}">{}</a><br>{}').format(href, block_heading(b), en(title_en)),
        shown or "—",
        len(b.targets),
    ]


def _indicators(indicators: list[Indicator], page: str) -> list[list[object]]:
    rows: list[list[object]] = []
    for i in indicators:
        entries = history(i.id, catalog=catalog())
        targets = sum(1 for e in entries if e.is_target)
        unit: object = (
            i.unit.value if i.unit is not None else Markup("定性 {}").format(en("qualitative"))
        )
        rows.append([Markup(indicator_link(page, i)), unit, targets, len(entries) - targets])
    return rows


def _statements(indicators: list[Indicator], page: str) -> list[str]:
    found: list[tuple[Plan, Block, Target | Observation]] = []
    for i in indicators:
        for e in history(i.id, catalog=catalog()):
            found.append((e.plan, e.block, e.statement))
    return statements_table(page, found) if found else []


# ---------------------------------------------------------------- the listing


def themes_index_page() -> str:
    """Every theme with its counts of measures, indicators and targets."""
    d = data()
    page = INDEX
    rows = []
    for t in d.themes:
        indicators = [i for i in d.indicators if t.id in i.themes]
        targets = sum(
            1 for i in indicators for e in history(i.id, catalog=catalog()) if e.is_target
        )
        rows.append(
            [
                Markup("{}<br>{}").format(Markup(theme_link(page, t)), en(t.name_en)),
                len(theme_items(t)),
                len(indicators),
                targets,
            ]
        )
    return render("themes.md", rows=rows)
