"""A page per department (names, region, lineage through the reform, and the work it and
its line are named for in every plan), and the listing of departments by region.

The responsibility matrix is ``query.responsibilities(dept, follow_lineage=True)``:
a 2016 page for 市质监局 continues into 市市场监管局's 2025 measures, each row saying
which body of the line the plan names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from qualityplans.catalog import lineage
from qualityplans.model import Department, LineageEvent, Measure, Plan, Role
from qualityplans.query.reform import line_of, predecessors, successors
from qualityplans.query.responsibilities import Assignment, responsibilities
from qualityplans.site import Page, links
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr, escape
from qualityplans.site.parts import (
    DEPARTMENT_KIND_ZH,
    LINEAGE_ZH,
    block_heading,
    block_href,
    data,
    department_link,
    en,
    front_matter,
    html_table,
    indicator_link,
    plan_link,
    plan_short_label,
    region_link,
)

__all__ = ["department_page", "departments_index_page", "pages"]

INDEX = "departments/index.md"
_ROLES = (Role.LEAD, Role.COOPERATING, Role.RESPONSIBLE, Role.MEMBER)


def pages() -> Iterator[Page]:
    yield INDEX, departments_index_page()
    for department in data().departments:
        yield links.department_path(department), department_page(department)


def department_page(department: Department) -> str:
    """The Markdown of one department's page."""
    page = links.department_path(department)
    work = responsibilities(department.id, follow_lineage=True)
    out = [
        *front_matter(f"{department.name_zh} · 部门 Department", boost=2),
        f"# {escape(department.name_zh)}",
        "",
        f'<p class="qp-subtitle">{attr(department.name_en)}</p>',
        "",
        *_facts(department, page),
        *_lineage(department, page),
        *_work(department, work, page),
    ]
    return "\n".join(out) + "\n"


def _facts(department: Department, page: str) -> list[str]:
    rows: list[tuple[str, str]] = []
    if department.names:
        rows.append(("简称 As written", "、".join(attr(n) for n in department.names)))
    rows.append(("地区 Region", region_link(page, department.region)))
    kind = department.kind
    rows.append(("类型 Kind", f"{attr(DEPARTMENT_KIND_ZH[kind])} {en(kind.value)}"))
    issued = [p for p in data().plans if p.issuer == department.id]
    if issued:
        rows.append(("发文 Issued", "<br>".join(plan_link(page, p, short=False) for p in issued)))
    before, after = predecessors(department.id), successors(department.id)
    if before:
        rows.append(("前身 Came from", "、".join(department_link(page, d) for d in before)))
    if after:
        rows.append(("后继 Became", "、".join(department_link(page, d) for d in after)))
    if department.note:
        rows.append(("说明 Note", attr(department.note)))
    out = ['<dl class="qp-meta">']
    out.extend(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    out.extend(["</dl>", ""])
    return out


def _events(department: Department) -> list[LineageEvent]:
    """The reform events of every body in the department's line, oldest first."""
    found: list[LineageEvent] = []
    for body in line_of(department.id):
        for event in lineage(body.id):
            if event not in found:
                found.append(event)
    return sorted(found, key=lambda e: e.year)


def _lineage(department: Department, page: str) -> list[str]:
    events = _events(department)
    if not events:
        return []
    out = [
        "## 机构沿革 Lineage {#lineage}",
        "",
        "2018—2019年机构改革中本机构所在的职责链条。 "
        "The bodies this one came from or became in the 2018-2019 institutional reform.",
    ]
    rows = []
    for e in events:
        sources = " + ".join(_named(page, d, department) for d in e.sources)
        targets = " + ".join(_named(page, d, department) for d in e.successors)
        basis = (
            f"{attr(e.note)}" if e.note else ""
        ) + f"<details><summary>依据 Basis</summary>{attr(e.basis)}</details>"
        rows.append(
            [
                str(e.year),
                f"{attr(LINEAGE_ZH[e.kind])} {en(e.kind.value)}",
                sources,
                targets,
                basis,
            ]
        )
    header = ["年份 Year", "变化 Change", "原机构 From", "新机构 To", "说明与依据 Note and basis"]
    out.extend(html_table(header, rows, css="qp-lineage"))
    return out


def _named(page: str, department_id: str, me: Department) -> str:
    """A body in a lineage event: linked by its name, or in bold when it is this page's."""
    if department_id == me.id:
        return f"<strong>{attr(me.name_zh)}</strong>"
    return department_link(page, department_id)


def _work(department: Department, work: Sequence[Assignment], page: str) -> list[str]:
    out = ["## 职责 Responsibilities {#responsibilities}", ""]
    line = line_of(department.id)
    if not work:
        out.extend(
            [
                "已收录的规划没有把任何措施或任务组交给本机构"
                + ("或其前身、后继" if len(line) > 1 else "")
                + "。 No curated plan names this body"
                + (" or its line" if len(line) > 1 else "")
                + " for a measure or task group.",
                "",
            ]
        )
        return out
    if len(line) > 1:
        out.extend(
            [
                "包括本机构的前身与后继（"
                + "、".join(escape(d.name_zh) for d in line if d.id != department.id)
                + "）在各规划中承担的措施：改革前后的同一职责一并列出，"
                "「机构」一栏说明规划点名的是谁。",
                "This includes the work of the bodies it came from or became, so one line of "
                "responsibility reads across the reform; the Body column says which one the "
                "plan names.",
                "",
            ]
        )
    out.extend(_matrix(department, work, page))
    by_plan: dict[str, list[Assignment]] = {}
    plans: list[Plan] = []
    for a in work:
        if a.plan.id not in by_plan:
            plans.append(a.plan)
        by_plan.setdefault(a.plan.id, []).append(a)
    for plan in plans:
        out.extend([f"### {escape(plan_short_label(plan))} {{#plan-{plan.id}}}", ""])
        href = attr(html_href(page, links.plan_path(plan)))
        out.extend([f'<p><a href="{href}">{attr(plan.title_zh)}</a></p>', ""])
        rows = []
        for a in by_plan[plan.id]:
            item_href = attr(html_href(page, block_href(a.plan, a.item)))
            title_en = a.item.title_en if isinstance(a.item, Measure) else a.item.name_en
            rows.append(
                [
                    f'<a href="{item_href}">{attr(block_heading(a.item))}</a><br>{en(title_en)}'
                    + _targeted(page, a),
                    f"{attr(a.role.zh)} {en(a.role.value)}",
                    attr(a.written),
                    _body(page, a, department),
                ]
            )
        header = ["措施 Measure", "角色 Role", "原文写作 As written", "机构 Body"]
        out.extend(html_table(header, rows, css="qp-work"))
    return out


def _targeted(page: str, a: Assignment) -> str:
    """The indicators the item sets targets for: what the body answers for, in figures."""
    ids = dict.fromkeys(t.indicator for t in getattr(a.item, "targets", ()) if t.indicator)
    if not ids:
        return ""
    names = "、".join(indicator_link(page, i, english=False) for i in ids)
    return f'<br><span class="qp-row-meta">目标指标 Targets: {names}</span>'


def _body(page: str, a: Assignment, me: Department) -> str:
    if a.department.id == me.id:
        return f"本机构 {en('this body')}"
    return department_link(page, a.department)


def _matrix(department: Department, work: Sequence[Assignment], page: str) -> list[str]:
    """Plans × roles: how many items each body of the line is named for, per plan."""
    counts: dict[tuple[str, str], dict[Role, int]] = {}
    order: list[tuple[Plan, Department]] = []
    for a in work:
        key = (a.plan.id, a.department.id)
        if key not in counts:
            counts[key] = {}
            order.append((a.plan, a.department))
        counts[key][a.role] = counts[key].get(a.role, 0) + 1
    roles = [r for r in _ROLES if any(r in c for c in counts.values())]
    rows = []
    for plan, body in order:
        cells = counts[(plan.id, body.id)]
        anchor = f"#plan-{plan.id}"
        rows.append(
            [
                plan_link(page, plan),
                _body_name(page, body, department),
                *(f'<a href="{anchor}">{cells[r]}</a>' if r in cells else "—" for r in roles),
            ]
        )
    header = [
        "规划 Plan",
        "机构 Body",
        *(f"{r.zh} {en(r.value)}" for r in roles),
    ]
    return html_table(header, rows, css="qp-matrix")


def _body_name(page: str, body: Department, me: Department) -> str:
    if body.id == me.id:
        return f"<strong>{attr(body.name_zh)}</strong>"
    return department_link(page, body)


# ---------------------------------------------------------------- the listing


def departments_index_page() -> str:
    """Every department, grouped by region, with its short names and its work."""
    d = data()
    page = INDEX
    out = [
        "# 部门 Departments",
        "",
        f"{len(d.departments)} 个机构：每个真实机构一条记录，收录它在各规划中的所有写法，"
        "并记录2018—2019年机构改革前后的沿革。",
        f"{len(d.departments)} bodies: one record per real body, with every name the plans "
        "write it under and its lineage through the 2018-2019 institutional reform.",
        "",
    ]
    for region in d.regions:
        members = [x for x in d.departments if x.region == region.id]
        if not members:
            continue
        out.extend([f"## {escape(region.name_zh)} {escape(region.name_en)} {{#{region.id}}}", ""])
        rows = []
        for x in members:
            own = responsibilities(x.id, follow_lineage=False)
            leads = sum(1 for a in own if a.role is Role.LEAD)
            change = []
            if predecessors(x.id):
                change.append(
                    "← " + "、".join(department_link(page, p) for p in predecessors(x.id))
                )
            if successors(x.id):
                change.append("→ " + "、".join(department_link(page, s) for s in successors(x.id)))
            rows.append(
                [
                    f"{department_link(page, x)}<br>{en(x.name_en)}",
                    "、".join(attr(n) for n in x.names) or "—",
                    attr(DEPARTMENT_KIND_ZH[x.kind]),
                    str(len(own)),
                    str(leads),
                    "<br>".join(change) or "—",
                ]
            )
        header = [
            "机构 Department",
            "简称 As written",
            "类型 Kind",
            "点名 Named in",
            "牵头 Leads",
            "沿革 Lineage",
        ]
        out.extend(html_table(header, rows, css="qp-listing"))
    return "\n".join(out) + "\n"
