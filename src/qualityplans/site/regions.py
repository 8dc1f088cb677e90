"""A page per region and the regions as a tree.

A region's page gives its facts (level, parent, sub-regions, code, other names), then
its plans and those of the places inside it as a timeline (each plan's period), the
targets those plans set, year by year (a period's targets fall due in its last year),
and the measures of any plan that name the region as a place.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from qualityplans.model import Block, Measure, Plan, Region, Target
from qualityplans.site import Page, links
from qualityplans.site.entity import Fact, StatementView, fact, statement_view
from qualityplans.site.links import html_href
from qualityplans.site.parts import (
    LEVEL_ZH,
    block_heading,
    block_href,
    data,
    front_matter,
    plan_link,
    plan_short_label,
    region_link,
)
from qualityplans.site.templating import Markup, en, render, zh_en

__all__ = [
    "TimelinePlan",
    "due_year",
    "pages",
    "region_facts",
    "region_page",
    "regions_index_page",
    "subregions",
    "targets_by_year",
    "timeline",
]

INDEX = "regions/index.md"


def pages() -> Iterator[Page]:
    yield INDEX, regions_index_page()
    for region in data().regions:
        yield links.region_path(region), region_page(region)


def subregions(region: Region | str) -> tuple[Region, ...]:
    """Every region under ``region``, at any depth, in catalog order."""
    root = region if isinstance(region, str) else region.id
    parent = {r.id: r.parent for r in data().regions}

    def under(rid: str) -> bool:
        seen = set()
        up = parent.get(rid)
        while up is not None and up not in seen:
            if up == root:
                return True
            seen.add(up)
            up = parent.get(up)
        return False

    return tuple(r for r in data().regions if under(r.id))


def _plans_within(region: Region) -> list[Plan]:
    """The plans of ``region`` and of the places inside it, by period, in catalog order."""
    within = {region.id, *(r.id for r in subregions(region))}
    found = [p for p in data().plans if p.region in within]
    order = {p.id: i for i, p in enumerate(data().plans)}
    return sorted(found, key=lambda p: (p.period.start if p.period else 9999, order[p.id]))


def due_year(t: Target) -> int | None:
    """The year a target falls due: its year, or its period's last year."""
    if t.year is not None:
        return t.year
    return t.period.end if t.period is not None else None


# ------------------------------------------------------------------ the timeline


@frozen
class TimelinePlan:
    """One plan on a region's timeline: where its bar starts and ends (grid columns)."""

    link: Markup
    region: Markup
    own: bool  # the region's own plan, not a place inside it
    period: str
    first: int  # 1-based column of its first year
    last: int  # 1-based column after its last year
    targets: int


@frozen
class Timeline:
    years: list[int]
    plans: list[TimelinePlan]
    due: list[tuple[int, int]]  # (year, targets due that year)

    @property
    def axis(self) -> list[tuple[int, bool]]:
        """Each year and whether its label is minor (hidden where the axis is narrow:
        every other year of a long timeline, so the labels never overlap)."""
        long = len(self.years) > 6
        return [(y, long and i % 2 == 1) for i, y in enumerate(self.years)]


def timeline(region: Region, page: str) -> Timeline | None:
    """The plans of ``region`` and of the places inside it over the years they cover,
    and how many of their targets fall due each year."""
    found = [p for p in _plans_within(region) if p.period is not None]
    if not found:
        return None
    due = targets_by_year(region, page)
    years_with = [y for y, _ in due]
    start = min([p.period.start for p in found if p.period] + years_with)
    end = max([p.period.end for p in found if p.period] + years_with)
    years = list(range(start, end + 1))
    plans = []
    for p in found:
        assert p.period is not None
        plans.append(
            TimelinePlan(
                link=Markup(plan_link(page, p, short=False)),
                region=Markup(region_link(page, p.region)),
                own=p.region == region.id,
                period=str(p.period),
                first=p.period.start - start + 1,
                last=p.period.end - start + 2,
                targets=len(p.targets),
            )
        )
    counts = [(y, sum(len(views) for _, views in groups)) for y, groups in due]
    return Timeline(years, plans, counts)


def targets_by_year(
    region: Region, page: str
) -> list[tuple[int, list[tuple[Plan, list[StatementView]]]]]:
    """The targets of the plans of ``region`` and the places inside it, by the year they
    fall due, then by plan; each as its one row (``rows.statement_row``)."""
    by_year: dict[int, dict[str, tuple[Plan, list[StatementView]]]] = {}
    for p in _plans_within(region):
        for block in p.blocks:
            for t in block.targets:
                year = due_year(t)
                if year is None:
                    continue
                group = by_year.setdefault(year, {}).setdefault(p.id, (p, []))
                group[1].append(statement_view(page, p, block, t))
    return [(y, list(by_year[y].values())) for y in sorted(by_year)]


# ------------------------------------------------------------------ the page


def region_facts(region: Region, page: str) -> list[Fact]:
    facts = [
        fact(
            "级别", "Level", Markup("{} {}").format(LEVEL_ZH[region.level], en(region.level.value))
        )
    ]
    if region.parent:
        facts.append(fact("上级", "Part of", Markup(region_link(page, region.parent))))
    children = [r for r in data().regions if r.parent == region.id]
    if children:
        facts.append(
            fact(
                "下辖",
                "Includes",
                Markup("、").join(Markup(region_link(page, r)) for r in children),
            )
        )
    if region.code:
        facts.append(fact("区划代码", "GB/T 2260", region.code))
    if region.names:
        facts.append(fact("又作", "Also written", "、".join(region.names)))
    bodies = sum(1 for d in data().departments if d.region == region.id)
    if bodies:
        href = html_href(page, f"departments/index.md#{region.id}")
        facts.append(
            fact(
                "部门",
                "Departments",
                Markup('<a href="{}">{} 个机构 {}</a>').format(href, bodies, en("bodies")),
            )
        )
    if region.note or region.note_zh:
        facts.append(fact("说明", "Note", zh_en(region.note_zh, region.note)))
    return facts


def region_page(region: Region) -> str:
    """The Markdown of one region's page."""
    page = links.region_path(region)
    due = targets_by_year(region, page)
    return render(
        "region.md",
        front_matter=Markup(
            "\n".join(front_matter(f"{region.name_zh} · 地区 Region", "toc", boost=2))
        ),
        region=region,
        facts=region_facts(region, page),
        timeline=timeline(region, page),
        due=[
            (year, [(p, plan_short_label(p), views) for p, views in groups]) for year, groups in due
        ],
        due_total=sum(len(v) for _, groups in due for _, v in groups),
        places=_localities(region, page),
    )


def _localities(region: Region, page: str) -> list[list[object]]:
    """Measures and passages that name the region as a place a task concerns."""
    rows = []
    for p in data().plans:
        for block in p.blocks:
            for place in getattr(block, "localities", ()):
                if place.region == region.id:
                    rows.append(_locality_row(p, block, place.written, page))
    return rows


def _locality_row(p: Plan, block: Block, written: str, page: str) -> list[object]:
    href = html_href(page, block_href(p, block))
    title = Markup('<a href="{}">{}</a>').format(href, block_heading(block))
    if isinstance(block, Measure):
        title = Markup("{}<br>{}").format(title, en(block.title_en))
    return [Markup(plan_link(page, p)), title, written]


# ---------------------------------------------------------------- the listing


@frozen
class Branch:
    region: Region
    link: Markup
    level: str
    plans: int
    children: list[Branch]


def regions_index_page() -> str:
    """The regions as a tree, each with its level, code and plan count."""
    d = data()
    page = INDEX
    children: dict[str | None, list[Region]] = {}
    for r in d.regions:
        children.setdefault(r.parent, []).append(r)
    counts = {r.id: sum(1 for p in d.plans if p.region == r.id) for r in d.regions}

    def branch(parent: str | None) -> list[Branch]:
        return [
            Branch(r, Markup(region_link(page, r)), LEVEL_ZH[r.level], counts[r.id], branch(r.id))
            for r in children.get(parent, [])
        ]

    return render("regions.md", root=branch(None))
