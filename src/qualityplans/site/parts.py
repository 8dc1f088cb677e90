"""Building blocks every page module shares: names, links to entity pages, tables.

Pages never show a raw id where a name exists: ``department_link`` and
``indicator_link`` render the record's Chinese name (English in the title) and
link to its page when that page kind is built (see ``linked``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from qualityplans.catalog import Catalog, default_catalog
from qualityplans.compare.outcomes import Outcome, outcomes
from qualityplans.model import (
    Block,
    Box,
    Collective,
    Commitment,
    Dataset,
    Department,
    DepartmentKind,
    FormField,
    Indicator,
    LineageKind,
    Measure,
    Observation,
    Paragraph,
    Phase,
    Plan,
    Region,
    RegionLevel,
    Responsibility,
    Results,
    Section,
    Table,
    Target,
    TaskGroup,
    Theme,
    ValueKind,
)
from qualityplans.site import PAGE_MODULES, links
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr
from qualityplans.site.metadata import describe, yaml_text
from qualityplans.site.templating import label
from qualityplans.text.privacy import publishable

T = TypeVar("T")

__all__ = [
    "DEPARTMENT_KIND_ZH",
    "KIND_ZH",
    "LEVEL_ZH",
    "LINEAGE_ZH",
    "block_heading",
    "block_href",
    "block_title",
    "catalog",
    "collective",
    "collective_link",
    "commitment_text",
    "data",
    "department",
    "department_link",
    "describe",
    "en",
    "first_words",
    "front_matter",
    "html_table",
    "indicator",
    "indicator_link",
    "kind_label",
    "linked",
    "md_table",
    "memo",
    "plan",
    "plan_label",
    "plan_link",
    "plan_short_label",
    "record_blocks",
    "region",
    "region_link",
    "region_name",
    "statement_kind",
    "statement_type",
    "statements_table",
    "theme",
    "theme_link",
    "units",
    "value_cell",
]


def catalog() -> Catalog:
    """The catalog the site is built from: the default one (``site.pages(catalog)``
    makes the catalog it is given the default while it renders)."""
    return default_catalog()


def memo(key: str, build: Callable[[], T]) -> T:
    """``build()`` once per catalog the site is built from (every cache of a page module)."""
    return catalog().memo(f"site:{key}", build)


def build_date() -> date:
    """The date the site is built as of: ``SOURCE_DATE_EPOCH`` (the last commit's date,
    set by the build hooks) when set, else today. Outcomes are judged as of this date."""
    stamp = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if stamp.isdigit():
        return datetime.fromtimestamp(int(stamp), UTC).date()
    return date.today()


def site_outcomes(**where: Any) -> Results[Outcome]:
    """``outcomes()`` of the site's catalog as of the build date (``where`` filters)."""
    return outcomes(**where, as_of=build_date(), catalog=catalog())


def data() -> Dataset:
    """The dataset as the site publishes it: contact details withheld."""
    cat = catalog()
    return cat.memo("site:data", lambda: publishable(cat.dataset))


def front_matter(
    title: str, *hide: str, boost: float | None = None, description: str | None = None
) -> list[str]:
    """A page's YAML front matter: its title (HTML-escaped, since the theme writes the
    title into ``<title>`` and the header as is), the parts of the layout to hide, a
    search ``boost`` (a page named after a record ranks above pages that mention it),
    and the ``description`` search engines and link previews show (Chinese first)."""
    out = ["---", f"title: {yaml_text(title)}"]
    if description:
        out.append(f"description: {yaml_text(describe(description))}")
    if hide:
        out.append("hide:")
        out.extend(f"  - {h}" for h in hide)
    if boost is not None:
        out += ["search:", f"  boost: {boost:g}"]
    return [*out, "---", ""]


def linked(kind: str) -> bool:
    """Whether pages of ``kind`` (department, indicator, region, theme, compare) are built.

    A page module named ``kind`` or ``kind`` + "s" in ``PAGE_MODULES`` turns the
    links to that kind on, so a page never links to a page that is not there.
    """
    return kind in PAGE_MODULES or f"{kind}s" in PAGE_MODULES


def _index() -> dict[str, dict[str, object]]:
    return catalog().memo("site:index", _build_index)


def _build_index() -> dict[str, dict[str, object]]:
    d = data()
    return {
        "department": {x.id: x for x in d.departments},
        "collective": {x.id: x for x in d.collectives},
        "indicator": {x.id: x for x in d.indicators},
        "region": {x.id: x for x in d.regions},
        "theme": {x.id: x for x in d.themes},
        "plan": {x.id: x for x in d.plans},
    }


def department(id_: str) -> Department | None:
    found = _index()["department"].get(id_)
    return found if isinstance(found, Department) else None


def indicator(id_: str) -> Indicator | None:
    found = _index()["indicator"].get(id_)
    return found if isinstance(found, Indicator) else None


def region(id_: str) -> Region | None:
    found = _index()["region"].get(id_)
    return found if isinstance(found, Region) else None


def collective(id_: str) -> Collective | None:
    found = _index()["collective"].get(id_)
    return found if isinstance(found, Collective) else None


def theme(id_: str) -> Theme | None:
    found = _index()["theme"].get(id_)
    return found if isinstance(found, Theme) else None


def plan(id_: str) -> Plan | None:
    found = _index()["plan"].get(id_)
    return found if isinstance(found, Plan) else None


# For the link functions, whose parameters are named like the lookups.
_department, _indicator, _theme, _collective = department, indicator, theme, collective


def region_name(id_: str) -> str:
    """A region's Chinese name (its id only if the region is unknown)."""
    found = region(id_)
    return found.name_zh if found else id_


def _link(page: str, target: str, text: str, title: str, kind: str) -> str:
    """An HTML link (or a titled span when ``kind`` pages are not built)."""
    if linked(kind):
        href = attr(links.html_href(page, target))
        return f'<a href="{href}" title="{attr(title)}">{attr(text)}</a>'
    return f'<span title="{attr(title)}">{attr(text)}</span>'


def department_link(page: str, department: Department | str, written: str | None = None) -> str:
    """A department by its name as written (or its name), linked to its page."""
    found = department if isinstance(department, Department) else _department(department)
    if found is None:
        return attr(written or str(department))
    text = written or found.name_zh
    title = f"{found.name_zh} · {found.name_en}"
    return _link(page, links.department_path(found), text, title, "department")


def indicator_link(page: str, indicator: Indicator | str | None, *, english: bool = True) -> str:
    """An indicator's name linked to its page, its English name beside it (``english``)."""
    if isinstance(indicator, Indicator):
        found: Indicator | None = indicator
    else:
        found = _indicator(indicator) if indicator else None
    if found is None:
        return "—"
    name = _link(page, links.indicator_path(found), found.name_zh, found.name_en, "indicator")
    return f"{name}<br>{en(found.name_en)}" if english else name


def theme_link(page: str, theme: Theme | str) -> str:
    """A theme's name linked to its page."""
    found = theme if isinstance(theme, Theme) else _theme(theme)
    if found is None:
        return attr(str(theme))
    title = f"{found.name_zh} · {found.name_en}"
    return _link(page, links.theme_path(found), found.name_zh, title, "theme")


def collective_link(page: str, collective: Collective | str, written: str | None = None) -> str:
    """A collective (各成员单位) by its words as written (or its name), linked to its
    page, which says what it stands for (pages of collectives come with departments)."""
    found = collective if isinstance(collective, Collective) else _collective(collective)
    if found is None:
        return attr(written or str(collective))
    text = written or found.name_zh
    title = f"{found.name_zh} · {found.name_en}"
    return _link(page, links.collective_path(found), text, title, "department")


def units(page: str, responsibilities: Iterable[Responsibility]) -> str:
    """Responsible units grouped by role, each linked to its department's or its
    collective's page."""
    by_role: dict[str, list[str]] = {}
    for r in responsibilities:
        if r.department:
            shown = department_link(page, r.department, r.written)
        elif r.collective:
            shown = collective_link(page, r.collective, r.written)
        else:
            shown = attr(r.written)
        by_role.setdefault(f'{r.role.zh} <span class="qp-en">{r.role.value}</span>', []).append(
            shown
        )
    return " · ".join(f"<strong>{role}</strong> {'、'.join(n)}" for role, n in by_role.items())


def plan_label(p: Plan) -> str:
    """A plan's title with its region and period beside it where the title names no city.

    The title itself (``title_zh``) is never altered.
    """
    where = region_name(p.region)
    extra = []
    if where not in p.title_zh:
        extra.append(where)
    if p.period and str(p.period.start) not in p.title_zh:
        extra.append(str(p.period))
    return f"{p.title_zh}（{' · '.join(extra)}）" if extra else p.title_zh


def block_title(block: Block) -> tuple[str, str]:
    """A block's label and title, in Chinese and in English.

    A paragraph has no title of its own: it is named by its section and its first
    words (``（一）发展成效 · 第1段：“十三五”期间，…``), never by its eid.
    """
    if isinstance(block, Measure | Box | Phase):
        return f"{block.label}{block.title_zh}", block.title_en
    if isinstance(block, TaskGroup):
        return f"{block.label}{block.name_zh}", block.name_en
    if isinstance(block, Table):
        return block.title_zh, block.title_en
    if isinstance(block, FormField):
        return f"{block.group_zh} · {block.label_zh}", block.label_en
    return _paragraph_title(block)


# A paragraph's first words end at the first pause after a few characters.
_PAUSE = "，。；：！？,;:"


def first_words(text: str, most: int = 16) -> str:
    """The first words of ``text`` up to its first pause (``“十三五”期间，…``), at most
    ``most`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    cut = next((i + 1 for i, c in enumerate(text) if c in _PAUSE and i >= 3), len(text))
    cut = min(cut, most)
    return text if cut >= len(text) else f"{text[:cut]}…"


def _paragraph_places() -> dict[tuple[str, str], tuple[Section | None, int]]:
    """Each paragraph (by eid and text) -> its innermost section and its number there."""

    def build() -> dict[tuple[str, str], tuple[Section | None, int]]:
        found: dict[tuple[str, str], tuple[Section | None, int]] = {}

        def visit(items: Iterable[object], section: Section | None) -> None:
            n = 0
            for item in items:
                if isinstance(item, Section):
                    visit(item.items, item)
                elif isinstance(item, Paragraph):
                    n += 1
                    found.setdefault((item.eid, item.text), (section, n))

        for p in data().plans:
            visit(p.body, None)
        return found

    return memo("paragraph-places", build)


def _paragraph_title(block: Paragraph) -> tuple[str, str]:
    words = first_words(block.text)
    where = _paragraph_places().get((block.eid, block.text))
    if where is None:
        return f"段落：{words}", "Paragraph"
    section, n = where
    if section is None:
        return f"第{n}段：{words}", f"Paragraph {n}"
    return (
        f"{section.label}{section.heading_zh} · 第{n}段：{words}",
        f"{section.heading_en}, paragraph {n}",
    )


def block_heading(block: Block) -> str:
    """A block's label and Chinese title as one line: ``(十四)加强工程质量安全监管``."""
    return block_title(block)[0]


def kind_label(block: Block) -> str:
    """What kind of block this is, in Chinese and English."""
    kinds = {
        Measure: "措施 Measure",
        Box: "专栏 Box",
        Table: "表格 Table",
        FormField: "表格栏目 Form field",
        TaskGroup: "任务组 Task group",
        Phase: "阶段 Phase",
        Paragraph: "段落 Paragraph",
    }
    return kinds[type(block)]


def record_blocks(p: Plan) -> tuple[Block, ...]:
    """The blocks that get a page of their own: every measure, every block with figures."""
    return tuple(b for b in p.blocks if isinstance(b, Measure) or b.targets or b.observations)


def statement_kind(s: Target | Observation) -> str:
    """目标 target (with 力争 when aspirational) or 实绩 observation."""
    if isinstance(s, Target):
        aspiration = "（力争 aspirational）" if s.commitment is Commitment.ASPIRATIONAL else ""
        return f"目标 target{aspiration}"
    return "实绩 observation"


def value_cell(s: Target | Observation) -> str:
    from qualityplans.model.wording import value_zh

    text = attr(value_zh(s))
    if s.kind is not ValueKind.LEVEL:
        text += f' <span class="qp-en">{attr(s.kind.value)}</span>'
    return text


def md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A Markdown table wrapped for narrow screens; cells must already be escaped."""
    body = [list(r) for r in rows]
    if not body:
        return []
    out = ["", '<div class="qp-scroll" markdown>', ""]
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + "---|" * len(header))
    out.extend("| " + " | ".join(c.replace("\n", " ") for c in r) + " |" for r in body)
    out.extend(["", "</div>", ""])
    return out


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
def en(text: str) -> str:
    """English beside Chinese, in the muted style."""
    return f'<span class="qp-en">{attr(text)}</span>'


def _a(page: str, to: str, text: str, title: str = "") -> str:
    hover = f' title="{attr(title)}"' if title else ""
    return f'<a href="{attr(html_href(page, to))}"{hover}>{attr(text)}</a>'


def plan_short_label(plan: Plan) -> str:
    """A short name for a plan in a table: region, period and kind (苏州市 2016 行动计划)."""
    where = region_name(plan.region)
    period = f" {plan.period}" if plan.period else ""
    return f"{where}{period} {plan.kind.zh}"


def plan_link(page: str, plan: Plan, *, short: bool = True) -> str:
    """A plan linked to its page: the short label, with the full title on hover (or shown)."""
    if short:
        return _a(page, links.plan_path(plan), plan_short_label(plan), plan.title_zh)
    return _a(page, links.plan_path(plan), plan.title_zh, plan.title_en)


def region_link(page: str, region_: Region | str) -> str:
    found = region_ if isinstance(region_, Region) else _index()["region"].get(region_)
    if not isinstance(found, Region):
        return attr(str(region_))
    return _a(page, links.region_path(found), found.name_zh, found.name_en)


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
    """A raw HTML table (a card per row on a phone); cells must already be HTML-safe.

    ``ids`` gives each row an anchor; ``search=False`` keeps the table out of
    the search index. No rows, no table.
    """
    body = [list(r) for r in rows]
    if not body:
        return []
    exclude = " data-search-exclude" if not search else ""
    klass = f"qp-scroll qp-fit {css}".strip()
    out = ["", f'<div class="{klass}"{exclude}>', '<table class="qp-table">', "<thead><tr>"]
    out.append("".join(f"<th>{h}</th>" for h in header))
    out.extend(["</tr></thead>", "<tbody>"])
    names = [attr(label(h)) for h in header]
    for i, row in enumerate(body):
        anchor = f' id="{attr(ids[i])}"' if ids is not None else ""
        cells = "".join(f'<td data-label="{n}">{c}</td>' for n, c in zip(names, row, strict=True))
        out.append(f"<tr{anchor}>{cells}</tr>")
    out.extend(["</tbody>", "</table>", "</div>", ""])
    return out


def statements_table(
    page: str, found: Iterable[tuple[Plan, Block, Target | Observation]]
) -> list[str]:
    """Targets or observations as rows: indicator, value, year, plan, and the quote linking
    to the statement on its block's page. Kept out of the search index (bulky)."""
    from qualityplans.model.wording import value_zh
    from qualityplans.model.wording import when as when_of

    rows = []
    for plan, block, s in found:
        quote = html_href(page, links.statement_path(plan, block, s))
        value = attr(value_zh(s)) or "—"
        if s.kind not in (ValueKind.LEVEL, ValueKind.QUALITATIVE):
            value += f"<br>{attr(KIND_ZH[s.kind])} {en(s.kind.value)}"
        rows.append(
            [
                indicator_link(page, s.indicator) if s.indicator else f"— {en('no indicator')}",
                f'<span class="qp-value">{value}</span>',
                attr(when_of(s) or "—"),
                plan_link(page, plan),
                f'<a class="qp-cite" href="{attr(quote)}">「{attr(s.quote)}」</a>',
            ]
        )
    header = ["指标 Indicator", "数值 Value", "年份 Year", "规划 Plan", "原文 Quote"]
    return html_table(header, rows, search=False, css="qp-statements")
