"""What the indicator, department, region and theme pages share: names as links, and tables.

Entity pages are mostly tables, written as raw HTML so that a row can carry an
anchor and a bulky table can be kept out of the search index; every data string
in them goes through ``attr`` (HTML-escaped; Markdown is not parsed inside raw
HTML). Pages never show a raw id where a name exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from qualityplans.model import (
    Block,
    Commitment,
    Department,
    DepartmentKind,
    Indicator,
    LineageKind,
    Measure,
    Observation,
    Plan,
    Region,
    RegionLevel,
    Target,
    TaskGroup,
    Theme,
    ValueKind,
)
from qualityplans.site import links
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr
from qualityplans.site.parts import data

__all__ = [
    "KIND_ZH",
    "block_href",
    "block_title",
    "commitment_text",
    "data",
    "department_link",
    "en",
    "html_href",
    "html_table",
    "indicator_link",
    "plan_label",
    "plan_link",
    "region_link",
    "statement_type",
    "statements_table",
    "theme_link",
]

KIND_ZH = {
    ValueKind.LEVEL: "水平",
    ValueKind.CHANGE: "变化",
    ValueKind.NEW: "新增",
    ValueKind.CUMULATIVE: "累计",
    ValueKind.QUALITATIVE: "定性",
}
LEVEL_ZH = {
    RegionLevel.PROVINCE: "省",
    RegionLevel.PREFECTURE_CITY: "地级市",
    RegionLevel.DISTRICT: "市辖区",
    RegionLevel.COUNTY_CITY: "县级市",
    RegionLevel.COUNTY: "县",
    RegionLevel.ZONE: "功能区",
}
DEPARTMENT_KIND_ZH = {
    DepartmentKind.GOVERNMENT: "人民政府",
    DepartmentKind.GENERAL_OFFICE: "政府办公室",
    DepartmentKind.AGENCY: "政府部门",
    DepartmentKind.PARTY: "党委部门",
    DepartmentKind.JUDICIAL: "司法机关",
    DepartmentKind.VERTICAL: "垂直管理机构",
    DepartmentKind.ORGANIZATION: "人民团体与社会组织",
}
LINEAGE_ZH = {
    LineageKind.MERGE: "合并",
    LineageKind.RENAME: "更名",
    LineageKind.TRANSFER: "职能划转",
}


@cache
@cache
def _by_id() -> dict[str, dict[str, Plan | Indicator | Department | Region | Theme]]:
    d = data()
    return {
        "plan": {x.id: x for x in d.plans},
        "indicator": {x.id: x for x in d.indicators},
        "department": {x.id: x for x in d.departments},
        "region": {x.id: x for x in d.regions},
        "theme": {x.id: x for x in d.themes},
    }


def en(text: str) -> str:
    """English beside Chinese, in the muted style."""
    return f'<span class="qp-en">{attr(text)}</span>'


def _a(page: str, to: str, text: str, title: str = "") -> str:
    hover = f' title="{attr(title)}"' if title else ""
    return f'<a href="{attr(html_href(page, to))}"{hover}>{attr(text)}</a>'


def plan_label(plan: Plan) -> str:
    """A short name for a plan in a table: region, period and kind (苏州市 2016 行动计划)."""
    region = _by_id()["region"].get(plan.region)
    where = region.name_zh if isinstance(region, Region) else plan.region
    period = f" {plan.period}" if plan.period else ""
    return f"{where}{period} {plan.kind.zh}"


def plan_link(page: str, plan: Plan, *, short: bool = True) -> str:
    """A plan linked to its page: the short label, with the full title on hover (or shown)."""
    if short:
        return _a(page, links.plan_path(plan), plan_label(plan), plan.title_zh)
    return _a(page, links.plan_path(plan), plan.title_zh, plan.title_en)


def indicator_link(page: str, indicator: Indicator | str | None, *, english: bool = True) -> str:
    """An indicator's Chinese name linked to its page, its English name beside it."""
    found = indicator if isinstance(indicator, Indicator) else None
    if found is None and isinstance(indicator, str):
        record = _by_id()["indicator"].get(indicator)
        found = record if isinstance(record, Indicator) else None
    if found is None:
        return "—"
    link = _a(page, links.indicator_path(found), found.name_zh, found.name_en)
    return f"{link}<br>{en(found.name_en)}" if english else link


def department_link(page: str, department: Department | str, written: str | None = None) -> str:
    """A department by its name as written (or its full name), linked to its page."""
    found = department if isinstance(department, Department) else None
    if found is None and isinstance(department, str):
        record = _by_id()["department"].get(department)
        found = record if isinstance(record, Department) else None
    if found is None:
        return attr(written or str(department))
    title = f"{found.name_zh} · {found.name_en}"
    return _a(page, links.department_path(found), written or found.name_zh, title)


def region_link(page: str, region: Region | str) -> str:
    found = region if isinstance(region, Region) else _by_id()["region"].get(region)
    if not isinstance(found, Region):
        return attr(str(region))
    return _a(page, links.region_path(found), found.name_zh, found.name_en)


def theme_link(page: str, theme: Theme | str) -> str:
    found = theme if isinstance(theme, Theme) else _by_id()["theme"].get(theme)
    if not isinstance(found, Theme):
        return attr(str(theme))
    return _a(page, links.theme_path(found), found.name_zh, found.name_en)


def block_title(block: Block) -> str:
    """A measure's or task group's label and title as the document numbers it."""
    if isinstance(block, Measure):
        return f"{block.label}{block.title_zh}"
    if isinstance(block, TaskGroup):
        return f"{block.label}{block.name_zh}"
    return getattr(block, "title_zh", None) or getattr(block, "label_zh", "") or block.eid


def block_href(plan: Plan, block: Block) -> str:
    """Where a block is shown: its own page (every measure and every block with figures),
    otherwise its plan's page."""
    if isinstance(block, Measure) or block.targets or block.observations:
        return links.block_path(plan, block)
    return links.plan_path(plan)


def statement_type(s: Target | Observation) -> str:
    """目标 Target or 实绩 Observation, with the kind of value when it is not a level."""
    head = "目标 Target" if isinstance(s, Target) else "实绩 Observation"
    if s.kind is ValueKind.LEVEL:
        return attr(head)
    return f"{attr(head)}<br>{attr(KIND_ZH[s.kind])} {en(s.kind.value)}"


def commitment_text(s: Target | Observation) -> str:
    """How firmly a target is promised, with the modal word as written; — for an observation."""
    if not isinstance(s, Target):
        return "—"
    word = "力争 aspirational" if s.commitment is Commitment.ASPIRATIONAL else "约束 binding"
    return attr(f"{word}（{s.modal}）" if s.modal else word)


def html_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    ids: Sequence[str] | None = None,
    search: bool = True,
    css: str = "",
) -> list[str]:
    """A raw HTML table in a horizontally scrolling box; cells must already be HTML-safe.

    ``ids`` gives each row an anchor; ``search=False`` keeps the table out of
    the search index. No rows, no table.
    """
    body = [list(r) for r in rows]
    if not body:
        return []
    exclude = " data-search-exclude" if not search else ""
    klass = f"qp-scroll {css}".strip()
    out = ["", f'<div class="{klass}"{exclude}>', '<table class="qp-table">', "<thead><tr>"]
    out.append("".join(f"<th>{h}</th>" for h in header))
    out.extend(["</tr></thead>", "<tbody>"])
    for i, row in enumerate(body):
        anchor = f' id="{attr(ids[i])}"' if ids is not None else ""
        out.append(f"<tr{anchor}>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    out.extend(["</tbody>", "</table>", "</div>", ""])
    return out


def statements_table(
    page: str, found: Iterable[tuple[Plan, Block, Target | Observation]]
) -> list[str]:
    """Targets or observations as rows: indicator, value, year, plan, and the quote linking
    to the statement on its block's page. Kept out of the search index (bulky)."""
    from qualityplans.render import value_text, when_text

    rows = []
    for plan, block, s in found:
        quote = html_href(page, links.statement_path(plan, block, s))
        value = attr(value_text(s)) or "—"
        if s.kind not in (ValueKind.LEVEL, ValueKind.QUALITATIVE):
            value += f"<br>{attr(KIND_ZH[s.kind])} {en(s.kind.value)}"
        rows.append(
            [
                indicator_link(page, s.indicator) if s.indicator else f"— {en('no indicator')}",
                f'<span class="qp-value">{value}</span>',
                attr(when_text(s) or "—"),
                plan_link(page, plan),
                f'<a class="qp-cite" href="{attr(quote)}">「{attr(s.quote)}」</a>',
            ]
        )
    header = ["指标 Indicator", "数值 Value", "年份 Year", "规划 Plan", "原文 Quote"]
    return html_table(header, rows, search=False, css="qp-statements")
