"""A plan's page: a compact header, the outline, measures as rows, targets, departments, notes."""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.model import (
    Block,
    Measure,
    Observation,
    Plan,
    Section,
    Target,
)
from qualityplans.model.wording import when as when_of
from qualityplans.site import Page, links, parts
from qualityplans.site.markup import attr, escape

__all__ = ["pages", "plan_page"]


def pages() -> Iterator[Page]:
    for p in parts.data().plans:
        yield links.plan_path(p), plan_page(p)


def plan_page(p: Plan) -> str:
    """The Markdown of one plan's page."""
    page = links.plan_path(p)
    out = [
        *parts.front_matter(parts.plan_label(p)),
        f"# {escape(p.title_zh)}",
        "",
        f'<p class="qp-subtitle">{attr(p.title_en)}</p>',
        "",
        *_header(p, page),
        *_outline(p, page),
        *_targets(p, page),
        *_departments(p, page),
        *_discrepancies(p, page),
        *_errata(p, page),
        *_notes(p),
    ]
    return "\n".join(out) + "\n"


def _header(p: Plan, page: str) -> list[str]:
    rows: list[tuple[str, str]] = []
    if p.doc_number:
        rows.append(("文号 <span class='qp-en'>Doc. no.</span>", attr(p.doc_number.canonical)))
    if p.issuer:
        rows.append(
            ("发文机关 <span class='qp-en'>Issuer</span>", parts.department_link(page, p.issuer))
        )
    found = parts.region(p.region)
    where = attr(f"{found.name_zh} · {found.name_en}") if found else attr(p.region)
    rows.append(("地区 <span class='qp-en'>Region</span>", where))
    rows.append(("类型 <span class='qp-en'>Kind</span>", attr(f"{p.kind.zh} · {p.kind.value}")))
    if p.period:
        rows.append(("期间 <span class='qp-en'>Period</span>", attr(str(p.period))))
    for d in p.dates:
        rows.append(
            (f"{attr(d.kind.zh)}日期 <span class='qp-en'>{attr(d.kind.value)}</span>", d.date.iso)
        )
    if p.adoption is not None:
        a = p.adoption  # an approval without a meeting (已经市政府同意) names none: its quote
        said = f"{a.meeting_zh} · {a.meeting_en}" if a.meeting_zh else f"{a.quote} · approved"
        rows.append(("审议 <span class='qp-en'>Adopted</span>", attr(said)))
    for doc in p.basis:
        title = f"《{doc.title_zh}》"
        number = f" {doc.doc_number.canonical}" if doc.doc_number else ""
        if doc.plan and parts.plan(doc.plan):
            href = attr(links.html_href(page, links.plan_path(doc.plan)))
            shown = f'<a href="{href}">{attr(title)}</a>'
        else:
            shown = attr(title)
        rows.append(
            (
                "依据 <span class='qp-en'>Basis</span>",
                f"{shown}{attr(number)}<br><span class='qp-en'>{attr(doc.title_en)}</span>",
            )
        )
    if p.standing_responsibilities:
        rows.append(
            (
                "各项措施 <span class='qp-en'>Every measure</span>",
                parts.units(page, p.standing_responsibilities),
            )
        )
    for person in p.people:
        rows.append(
            (
                f"{attr(person.role_zh)} <span class='qp-en'>{attr(person.role_en)}</span>",
                attr(f"{person.name} · {person.post}"),
            )
        )
    counts = (
        f"{len(p.measures)} 项措施 measures · {len(p.targets)} 个目标 targets · "
        f"{len(p.observations)} 个实绩 observations"
    )
    rows.append(("统计 <span class='qp-en'>Counts</span>", counts))
    source = attr(links.html_href(page, links.source_path(p)))
    downloads = attr(links.html_href(page, "data.md"))
    rows.append(
        (
            "原文 <span class='qp-en'>Source</span>",
            f'<a href="{source}">逐字转录，逐个数字标注 Annotated transcription</a> · '
            f'<a href="{downloads}">下载数据 Downloads</a>',
        )
    )
    out = ['<dl class="qp-meta">']
    out.extend(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    out.extend(["</dl>", ""])
    return out


def _outline(p: Plan, page: str) -> list[str]:
    out = ["## 结构与措施 Outline and measures {#outline}", ""]
    out.append('<div class="qp-outline">')
    blocks = {id(b) for b in parts.record_blocks(p)}

    def walk(items: tuple[Section | Block, ...], depth: int) -> None:
        for item in items:
            if isinstance(item, Section):
                out.append(
                    f'<p class="qp-section qp-depth-{min(depth, 3)}" id="{attr(item.eid)}">'
                    f"{attr(item.label + item.heading_zh)} "
                    f'<span class="qp-en">{attr(item.heading_en)}</span></p>'
                )
                walk(item.items, depth + 1)
            elif id(item) in blocks:
                out.append(_row(p, item, page))

    walk(p.body, 0)
    out.extend(["</div>", ""])
    return out


def _row(p: Plan, block: Block, page: str) -> str:
    zh, en = parts.block_title(block)
    target = attr(links.html_href(page, links.block_path(p, block)))
    leads = ""
    if isinstance(block, Measure):
        lead = block.leads or p.responsibilities_of(block)[:1]
        if lead:
            leads = "、".join(
                parts.department_link(page, r.department, r.written)
                if r.department
                else attr(r.written)
                for r in lead
            )
    counts = []
    if block.targets:
        counts.append(f"{len(block.targets)} 目标")
    if block.observations:
        counts.append(f"{len(block.observations)} 实绩")
    kind = (
        ""
        if isinstance(block, Measure)
        else f'<span class="qp-tag">{parts.kind_label(block)}</span> '
    )
    return (
        f'<div class="qp-row" id="row-{attr(block.eid)}">'
        f'<a class="qp-row-title" href="{target}">{kind}{attr(zh)}</a>'
        f'<span class="qp-en">{attr(en)}</span>'
        f'<span class="qp-row-meta">{leads}'
        f"{' · ' if leads and counts else ''}{' · '.join(counts)}</span></div>"
    )


def _targets(p: Plan, page: str) -> list[str]:
    rows = []
    for block in parts.record_blocks(p):
        for s in block.targets:
            rows.append(_statement_row(p, block, s, page))
    if not rows:
        return []
    out = ["## 目标 Targets {#targets}", ""]
    header = ["指标 Indicator", "目标值 Target", "年份 Year", "承诺 Commitment", "出处 Where"]
    return out + parts.html_table(header, rows, search=False)


def _statement_row(p: Plan, block: Block, s: Target | Observation, page: str) -> list[str]:
    zh, _ = parts.block_title(block)
    where = links.html_href(page, links.statement_path(p, block, s))
    commitment = ""
    if isinstance(s, Target):
        commitment = attr(s.modal or "") or (
            "力争" if s.commitment.value == "aspirational" else "—"
        )
    return [
        parts.indicator_link(page, s.indicator),
        parts.value_cell(s),
        attr(when_of(s)) or "—",
        commitment,
        f'<a href="{attr(where)}">{attr(zh)}</a>',
    ]


def _departments(p: Plan, page: str) -> list[str]:
    seen: dict[str, set[str]] = {}
    order: list[str] = []
    for m in p.measures:
        for r in p.responsibilities_of(m):
            if r.department:
                if r.department not in seen:
                    order.append(r.department)
                    seen[r.department] = set()
                seen[r.department].add(r.role.zh)
    for g in p.task_groups:
        for r in g.responsibilities:
            if r.department:
                if r.department not in seen:
                    order.append(r.department)
                    seen[r.department] = set()
                seen[r.department].add(r.role.zh)
    if not order:
        return []
    items = []
    for d in order:
        roles = "、".join(sorted(seen[d]))
        items.append(
            f"<li>{parts.department_link(page, d)} <span class='qp-en'>{attr(roles)}</span></li>"
        )
    return [
        "## 涉及部门 Departments {#departments}",
        "",
        '<ul class="qp-columns">',
        *items,
        "</ul>",
        "",
    ]


def _discrepancies(p: Plan, page: str) -> list[str]:
    if not p.discrepancies:
        return []
    out = ["## 数据不一致 Discrepancies {#discrepancies}", ""]
    for d in p.discrepancies:
        out.append(f'<div class="qp-note" id="{attr(d.eid)}">')
        out.append(
            f"<p><strong>{attr(d.subject_zh)}</strong> "
            f"<span class='qp-en'>{attr(d.subject_en)}</span></p><ul>"
        )
        for ref in (d.first, d.second):
            s = p.find(ref)
            if isinstance(s, Target | Observation):
                block = p.parent_of(ref)
                where = attr(links.html_href(page, links.statement_path(p, block, s)))
                out.append(f'<li><a href="{where}">「{attr(s.quote)}」</a></li>')
        out.append(f"</ul><p>{attr(d.note)}</p></div>")
    return [*out, ""]


def _errata(p: Plan, page: str) -> list[str]:
    if not p.source.errata:
        return []
    rows = [
        [f"<del>{attr(e.before)}</del>", f"<ins>{attr(e.after)}</ins>", attr(e.reason)]
        for e in p.source.errata
    ]
    out = [
        "## 勘误 Errata {#errata}",
        "",
        "转录时所作更正；原文视图中亦有标注。"
        "Corrections made while transcribing; marked in the source view too.",
        "",
    ]
    return out + parts.html_table(["原文 Seed had", "转录 Transcribed", "原因 Reason"], rows)


def _notes(p: Plan) -> list[str]:
    out = ['??? info "整理说明 Curation notes"', ""]
    for paragraph in p.source.origin.split("\n"):
        if paragraph.strip():
            out.extend([f"    {escape(paragraph)}", ""])
    out.append(
        f"    转录文件 Transcription: <code>{attr(p.source.file)}</code> · "
        f"sha256 <code>{attr(p.source.sha256)}</code>"
    )
    return ["## 说明 Notes {#notes}", "", *out, ""]
