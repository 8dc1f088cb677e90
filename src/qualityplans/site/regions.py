"""A page per region (level, parent and sub-regions, code, its plans and its sub-regions',
the measures that name it as a place, the targets its plans state), and the regions
as a tree.
"""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.model import Block, Measure, Plan, Region, Target, statements
from qualityplans.site import Page, links
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr, escape
from qualityplans.site.parts import (
    LEVEL_ZH,
    block_heading,
    block_href,
    data,
    en,
    front_matter,
    html_table,
    indicator_link,
    plan_link,
    plan_short_label,
    region_link,
    statements_table,
)

__all__ = ["pages", "region_page", "regions_index_page", "subregions"]

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


def region_page(region: Region) -> str:
    """The Markdown of one region's page."""
    page = links.region_path(region)
    out = [
        *front_matter(f"{region.name_zh} · 地区 Region", boost=2),
        f"# {escape(region.name_zh)}",
        "",
        f'<p class="qp-subtitle">{attr(region.name_en)}</p>',
        "",
        *_facts(region, page),
        *_plans(region, page),
        *_localities(region, page),
        *_targets(region, page),
    ]
    return "\n".join(out) + "\n"


def _facts(region: Region, page: str) -> list[str]:
    rows = [("级别 Level", f"{attr(LEVEL_ZH[region.level])} {en(region.level.value)}")]
    if region.parent:
        rows.append(("上级 Part of", region_link(page, region.parent)))
    children = [r for r in data().regions if r.parent == region.id]
    if children:
        rows.append(("下辖 Includes", "、".join(region_link(page, r) for r in children)))
    if region.code:
        rows.append(("区划代码 GB/T 2260", attr(region.code)))
    if region.names:
        rows.append(("又作 Also written", "、".join(attr(n) for n in region.names)))
    bodies = sum(1 for d in data().departments if d.region == region.id)
    if bodies:
        href = attr(html_href(page, f"departments/index.md#{region.id}"))
        rows.append(("部门 Departments", f'<a href="{href}">{bodies} 个机构 bodies</a>'))
    if region.note:
        rows.append(("说明 Note", attr(region.note)))
    out = ['<dl class="qp-meta">']
    out.extend(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    out.extend(["</dl>", ""])
    return out


def _plans(region: Region, page: str) -> list[str]:
    within = {region.id, *(r.id for r in subregions(region))}
    found = [p for p in data().plans if p.region in within]
    out = ["## 规划 Plans {#plans}", ""]
    if not found:
        return [
            *out,
            "已收录的规划中没有本地区或其下辖地区的规划。 No curated plan is this region's.",
            "",
        ]
    rows = []
    for p in found:
        rows.append(
            [
                f"{plan_link(page, p, short=False)}<br>{en(p.title_en)}",
                region_link(page, p.region),
                attr(p.doc_number.canonical) if p.doc_number else "—",
                attr(str(p.period)) if p.period else "—",
                str(len(p.measures)),
                str(len(p.targets)),
            ]
        )
    header = [
        "规划 Plan",
        "地区 Region",
        "文号 Doc. no.",
        "期间 Period",
        "措施 Measures",
        "目标 Targets",
    ]
    return out + html_table(header, rows, css="qp-listing")


def _localities(region: Region, page: str) -> list[str]:
    """Measures and passages that name the region as a place a task concerns."""
    rows = []
    for p in data().plans:
        for block in p.blocks:
            for place in getattr(block, "localities", ()):
                if place.region == region.id:
                    rows.append(_locality_row(p, block, place.written, page))
    if not rows:
        return []
    out = [
        "## 点名本地的措施 Measures naming it {#places}",
        "",
        "规划在这些措施中点名本地区（如「张家港市、吴江区…等地应重点…」）。",
        "Measures of any plan that name this region as a place the task concerns.",
    ]
    header = ["规划 Plan", "措施 Measure", "原文写作 As written"]
    return out + html_table(header, rows)


def _locality_row(p: Plan, block: Block, written: str, page: str) -> list[str]:
    href = attr(html_href(page, block_href(p, block)))
    title_en = f"<br>{en(block.title_en)}" if isinstance(block, Measure) else ""
    return [
        plan_link(page, p),
        f'<a href="{href}">{attr(block_heading(block))}</a>{title_en}',
        attr(written),
    ]


def _targets(region: Region, page: str) -> list[str]:
    """The targets its own plans state, and the indicators they measure."""
    found = [
        (p, block, s)
        for p in data().plans
        if p.region == region.id
        for block in p.blocks
        for s in statements(block)
        if isinstance(s, Target)
    ]
    if not found:
        return []
    indicators: list[str] = []
    for _, _, s in found:
        if s.indicator and s.indicator not in indicators:
            indicators.append(s.indicator)
    out = [
        "## 指标与目标 Indicators and targets {#targets}",
        "",
        f"本地区规划提出 {len(found)} 项目标，涉及 {len(indicators)} 项指标。",
        f"Its plans set {len(found)} targets on {len(indicators)} indicators.",
        "",
        '<p class="qp-chips">'
        + " · ".join(indicator_link(page, i, english=False) for i in indicators)
        + "</p>",
        "",
    ]
    for plan in [p for p in data().plans if p.region == region.id]:
        mine = [f for f in found if f[0] is plan]
        if not mine:
            continue
        out.extend(
            [
                f'<details class="qp-targets" id="targets-{attr(plan.id)}">',
                f"<summary>{attr(plan_short_label(plan))} · {len(mine)} 项目标 targets</summary>",
                *statements_table(page, mine),
                "</details>",
                "",
            ]
        )
    return out


# ---------------------------------------------------------------- the listing


def regions_index_page() -> str:
    """The regions as a tree, each with its level, code and plan count."""
    d = data()
    page = INDEX
    children: dict[str | None, list[Region]] = {}
    for r in d.regions:
        children.setdefault(r.parent, []).append(r)
    counts = {r.id: sum(1 for p in d.plans if p.region == r.id) for r in d.regions}

    def branch(parent: str | None, depth: int) -> list[str]:
        found = children.get(parent, [])
        if not found:
            return []
        out = [f'{"  " * depth}<ul class="qp-tree">']
        for r in found:
            plans = f" · {counts[r.id]} 份规划 plans" if counts[r.id] else ""
            code = f" · {attr(r.code)}" if r.code else ""
            out.append(
                f"{'  ' * depth}<li>{region_link(page, r)} {en(r.name_en)} "
                f'<span class="qp-meta-inline">{attr(LEVEL_ZH[r.level])}{code}{plans}</span>'
            )
            out.extend(branch(r.id, depth + 1))
            out.append(f"{'  ' * depth}</li>")
        out.append(f"{'  ' * depth}</ul>")
        return out

    lines = [
        "# 地区 Regions",
        "",
        "规划所属的地区及规划点名的地方，按行政隶属排列。",
        "The regions plans belong to and the places they name, by administrative hierarchy.",
        "",
        '<div class="qp-regions">',
        *(line.strip() for line in branch(None, 0)),
        "</div>",
        "",
    ]
    return "\n".join(lines) + "\n"
