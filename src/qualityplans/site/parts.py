"""Building blocks every page module shares: names, links to entity pages, tables.

Pages never show a raw id where a name exists: ``department_link`` and
``indicator_link`` render the record's Chinese name (English in the title) and
link to its page when that page kind is built (see ``linked``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from qualityplans.model import (
    Block,
    Box,
    Commitment,
    Dataset,
    Department,
    FormField,
    Indicator,
    Measure,
    Observation,
    Paragraph,
    Phase,
    Plan,
    Region,
    Responsibility,
    Table,
    Target,
    TaskGroup,
    Theme,
    ValueKind,
)
from qualityplans.site import PAGE_MODULES, links
from qualityplans.site.markup import attr

__all__ = [
    "block_title",
    "data",
    "department",
    "department_link",
    "front_matter",
    "html_table",
    "indicator",
    "indicator_link",
    "kind_label",
    "linked",
    "md_table",
    "plan",
    "plan_label",
    "record_blocks",
    "region",
    "region_name",
    "statement_kind",
    "theme",
    "theme_link",
    "units",
    "value_cell",
]


@cache
def data() -> Dataset:
    """The dataset as the site publishes it: contact details withheld."""
    from qualityplans.catalog import dataset
    from qualityplans.privacy import publishable

    return publishable(dataset())


def front_matter(title: str, *hide: str, boost: float | None = None) -> list[str]:
    """A page's YAML front matter: its title (HTML-escaped, since the theme writes the
    title into ``<title>`` and the header as is), the parts of the layout to hide, and
    a search ``boost`` (a page named after a record ranks above pages that mention it)."""
    quoted = attr(" ".join(title.split())).replace("\\", "\\\\")
    out = ["---", f'title: "{quoted}"']
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


@cache
def _index() -> dict[str, dict[str, object]]:
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


def theme(id_: str) -> Theme | None:
    found = _index()["theme"].get(id_)
    return found if isinstance(found, Theme) else None


def plan(id_: str) -> Plan | None:
    found = _index()["plan"].get(id_)
    return found if isinstance(found, Plan) else None


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


def department_link(page: str, id_: str, written: str | None = None) -> str:
    """A department by its name as written (or its name), linked to its page."""
    found = department(id_)
    if found is None:
        return attr(written or id_)
    text = written or found.name_zh
    title = f"{found.name_zh} · {found.name_en}"
    return _link(page, links.department_path(found), text, title, "department")


def indicator_link(page: str, id_: str | None) -> str:
    """An indicator's name (zh, en beside it), linked to its page."""
    found = indicator(id_) if id_ else None
    if found is None:
        return "—"
    name = _link(page, links.indicator_path(found), found.name_zh, found.name_en, "indicator")
    return f'{name}<br><span class="qp-en">{attr(found.name_en)}</span>'


def theme_link(page: str, id_: str) -> str:
    found = theme(id_)
    if found is None:
        return attr(id_)
    title = f"{found.name_zh} · {found.name_en}"
    return _link(page, links.theme_path(found), found.name_zh, title, "theme")


def units(page: str, responsibilities: Iterable[Responsibility]) -> str:
    """Responsible units grouped by role, each linked to its department page."""
    by_role: dict[str, list[str]] = {}
    collectives = _index()["collective"]
    for r in responsibilities:
        if r.department:
            shown = department_link(page, r.department, r.written)
        else:
            found = collectives.get(r.collective or "")
            title = getattr(found, "name_en", "")
            shown = f'<span title="{attr(title)}">{attr(r.written)}</span>'
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
    """A block's label and title, in Chinese and in English."""
    if isinstance(block, Measure | Box | Phase):
        return f"{block.label}{block.title_zh}", block.title_en
    if isinstance(block, TaskGroup):
        return f"{block.label}{block.name_zh}", block.name_en
    if isinstance(block, Table):
        return block.title_zh, block.title_en
    if isinstance(block, FormField):
        return f"{block.group_zh} · {block.label_zh}", block.label_en
    return f"段落 {block.eid}", "Paragraph"


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
    from qualityplans.render import value_text

    text = attr(value_text(s))
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


def html_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, search: bool = True
) -> list[str]:
    """A raw HTML table in a scrolling container; cells must already be HTML-safe."""
    body = [list(r) for r in rows]
    if not body:
        return []
    exclude = "" if search else " data-search-exclude"
    out = ["", f'<div class="qp-scroll"{exclude}>', "<table>", "<thead><tr>"]
    out.append("".join(f"<th>{h}</th>" for h in header))
    out.append("</tr></thead>")
    out.append("<tbody>")
    out.extend("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    out.extend(["</tbody>", "</table>", "</div>", ""])
    return out
