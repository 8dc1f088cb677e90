"""A page per department (names, region, lineage through the reform, and the work it and
its line are named for in every plan), a page per collective (各成员单位: what it stands
for, the names it is written as, and every measure and task group that names it), and
the listing of both.

The responsibility matrix is ``query.responsibilities(dept, follow_lineage=True)``:
a 2016 page for 市质监局 continues into 市市场监管局's 2025 measures, each row saying
which body of the line the plan names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrs import frozen

from qualityplans.catalog import lineage
from qualityplans.model import (
    Collective,
    Department,
    LineageEvent,
    Measure,
    Plan,
    Responsibility,
    Role,
    TaskGroup,
)
from qualityplans.query.reform import line_of, predecessors, successors
from qualityplans.query.responsibilities import Assignment, responsibilities
from qualityplans.site import Page, links
from qualityplans.site.links import html_href
from qualityplans.site.parts import (
    DEPARTMENT_KIND_ZH,
    LINEAGE_ZH,
    block_heading,
    block_href,
    collective_link,
    data,
    department_link,
    front_matter,
    indicator_link,
    memo,
    plan_link,
    plan_short_label,
    region_link,
    region_name,
)
from qualityplans.site.templating import Markup, en, render, zh_en

__all__ = [
    "Naming",
    "collective_items",
    "collective_page",
    "department_page",
    "departments_index_page",
    "pages",
]

INDEX = "departments/index.md"
_ROLES = (Role.LEAD, Role.COOPERATING, Role.RESPONSIBLE, Role.MEMBER)


def pages() -> Iterator[Page]:
    yield INDEX, departments_index_page()
    for department in data().departments:
        yield links.department_path(department), department_page(department)
    for collective in data().collectives:
        yield links.collective_path(collective), collective_page(collective)


def _markup(html: str) -> Markup:
    """HTML a ``parts`` function made (every data string in it escaped) as Markup."""
    return Markup(html)


def _item_title(page: str, plan: Plan, item: Measure | TaskGroup) -> Markup:
    """A measure or task group by its label and title, linked, its English under it."""
    title_en = item.title_en if isinstance(item, Measure) else item.name_en
    return Markup('<a href="{}">{}</a><br>{}').format(
        html_href(page, block_href(plan, item)), block_heading(item), en(title_en)
    )


def _role(role: Role) -> Markup:
    return Markup("{} {}").format(role.zh, en(role.value))


def _json_link(page: str) -> Markup:
    href = html_href(page, links.json_path(page))
    return Markup('<a href="{}" download>JSON</a> {}').format(
        href, en("this record and its rows, for code")
    )


# ------------------------------------------------------------------ a department


def department_page(department: Department) -> str:
    """The Markdown of one department's page."""
    page = links.department_path(department)
    work = responsibilities(department.id, follow_lineage=True)
    line = line_of(department.id)
    own = [a for a in work if a.department.id == department.id]
    plans = list(dict.fromkeys(a.plan.id for a in work))
    return render(
        "department.md",
        front_matter=Markup(
            "\n".join(
                front_matter(
                    f"{department.name_zh} · 部门 Department",
                    boost=2,
                    description=_department_description(department, own, work),
                )
            )
        ),
        department=department,
        facts=_facts(department, page),
        lineage=_lineage(department, page),
        work=bool(work),
        line_others=[d.name_zh for d in line if d.id != department.id],
        matrix=_matrix(department, work, page),
        plans=[_plan_work(page, department, plan_id, work) for plan_id in plans],
    )


def _department_description(
    department: Department, own: Sequence[Assignment], work: Sequence[Assignment]
) -> str:
    kind = DEPARTMENT_KIND_ZH[department.kind]
    where = region_name(department.region)
    head = f"{department.name_zh}（{where}{kind}）"
    if not work:
        return f"{head}：已收录的规划未把任何措施交给它或其前身、后继。{department.name_en}."
    plans = len({a.plan.id for a in own})
    leads = sum(1 for a in own if a.role is Role.LEAD)
    said = f"在{plans}份规划中被点名承担{len(own)}项措施或任务组，其中牵头{leads}项" if own else ""
    line = len({a.department.id for a in work}) > 1
    after = "；并列出其前身与后继在机构改革前后的职责" if line else ""
    return f"{head}{said}{after}。{department.name_en}."


def _facts(department: Department, page: str) -> list[tuple[str, Markup]]:
    rows: list[tuple[str, Markup]] = []
    if department.names:
        rows.append(("简称 As written", Markup("、").join(department.names)))
    rows.append(("地区 Region", _markup(region_link(page, department.region))))
    kind = department.kind
    rows.append(("类型 Kind", Markup("{} {}").format(DEPARTMENT_KIND_ZH[kind], en(kind.value))))
    issued = [p for p in data().plans if p.issuer == department.id]
    if issued:
        rows.append(
            (
                "发文 Issued",
                Markup("<br>").join(_markup(plan_link(page, p, short=False)) for p in issued),
            )
        )
    before, after = predecessors(department.id), successors(department.id)
    if before:
        rows.append(
            ("前身 Came from", Markup("、").join(_markup(department_link(page, d)) for d in before))
        )
    if after:
        rows.append(
            ("后继 Became", Markup("、").join(_markup(department_link(page, d)) for d in after))
        )
    if department.note or department.note_zh:
        rows.append(("说明 Note", zh_en(department.note_zh, department.note)))
    rows.append(("数据 Data", _json_link(page)))
    return rows


def _events(department: Department) -> list[LineageEvent]:
    """The reform events of every body in the department's line, oldest first."""
    found: list[LineageEvent] = []
    for body in line_of(department.id):
        for event in lineage(body.id):
            if event not in found:
                found.append(event)
    return sorted(found, key=lambda e: e.year)


def _lineage(department: Department, page: str) -> list[list[object]]:
    rows: list[list[object]] = []
    for e in _events(department):
        rows.append(
            [
                e.year,
                Markup("{} {}").format(LINEAGE_ZH[e.kind], en(e.kind.value)),
                Markup(" + ").join(_named(page, d, department) for d in e.sources),
                Markup(" + ").join(_named(page, d, department) for d in e.successors),
                Markup(
                    render(
                        "_basis.html",
                        note=zh_en(e.note_zh, e.note),
                        basis=zh_en(e.basis_zh, e.basis),
                    )
                ),
            ]
        )
    return rows


def _named(page: str, department_id: str, me: Department) -> Markup:
    """A body in a lineage event: linked by its name, or in bold when it is this page's."""
    if department_id == me.id:
        return Markup("<strong>{}</strong>").format(me.name_zh)
    return _markup(department_link(page, department_id))


@frozen
class _PlanWork:
    """One plan's rows on a department's page."""

    plan: Plan
    label: str
    title: Markup
    rows: list[list[object]]


def _plan_work(page: str, me: Department, plan_id: str, work: Sequence[Assignment]) -> _PlanWork:
    mine = [a for a in work if a.plan.id == plan_id]
    plan = mine[0].plan
    rows: list[list[object]] = []
    for a in mine:
        rows.append(
            [
                _item_title(page, a.plan, a.item) + _targeted(page, a),
                _role(a.role),
                a.written,
                _body(page, a, me),
            ]
        )
    title = Markup('<a href="{}">{}</a>').format(
        html_href(page, links.plan_path(plan)), plan.title_zh
    )
    return _PlanWork(plan, plan_short_label(plan), title, rows)


def _targeted(page: str, a: Assignment) -> Markup:
    """The indicators the item sets targets for: what the body answers for, in figures."""
    ids = dict.fromkeys(t.indicator for t in getattr(a.item, "targets", ()) if t.indicator)
    if not ids:
        return Markup("")
    names = Markup("、").join(_markup(indicator_link(page, i, english=False)) for i in ids)
    return Markup('<br><span class="qp-row-meta">目标指标 Targets: {}</span>').format(names)


def _body(page: str, a: Assignment, me: Department) -> Markup:
    if a.department.id == me.id:
        return Markup("本机构 {}").format(en("this body"))
    return _markup(department_link(page, a.department))


def _matrix(department: Department, work: Sequence[Assignment], page: str) -> dict[str, object]:
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
    rows: list[list[object]] = []
    for plan, body in order:
        cells = counts[(plan.id, body.id)]
        rows.append(
            [
                _markup(plan_link(page, plan)),
                Markup("<strong>{}</strong>").format(body.name_zh)
                if body.id == department.id
                else _markup(department_link(page, body)),
                *(
                    Markup('<a href="#plan-{}">{}</a>').format(plan.id, cells[r])
                    if r in cells
                    else "—"
                    for r in roles
                ),
            ]
        )
    header = ["规划 Plan", "机构 Body", *(_role(r) for r in roles)]
    return {"header": header, "rows": rows}


# ------------------------------------------------------------------ a collective


@frozen
class Naming:
    """One measure or task group of one plan that names a collective, as it names it."""

    plan: Plan
    item: Measure | TaskGroup
    role: Role
    written: str
    standing: bool  # named once for every measure of the plan (按职责分工负责)


def collective_items(collective: Collective | str) -> tuple[Naming, ...]:
    """Every measure and task group that names ``collective``, by plan, in document order
    (a collective the plan names for all its measures counts in each)."""
    wanted = collective if isinstance(collective, str) else collective.id
    return _namings().get(wanted, ())


def _namings() -> dict[str, tuple[Naming, ...]]:
    return memo("collective-namings", _gather_namings)


def _gather_namings() -> dict[str, tuple[Naming, ...]]:
    found: dict[str, list[Naming]] = {}
    for plan in data().plans:
        standing = {(r.collective, r.role, r.written) for r in plan.standing_responsibilities}
        for item in plan.blocks:
            units: Sequence[Responsibility]
            if isinstance(item, Measure):
                units = plan.responsibilities_of(item)
            elif isinstance(item, TaskGroup):
                units = item.responsibilities
            else:
                continue
            for r in units:
                if r.collective is None:
                    continue
                naming = Naming(
                    plan, item, r.role, r.written, (r.collective, r.role, r.written) in standing
                )
                found.setdefault(r.collective, []).append(naming)
    return {k: tuple(v) for k, v in found.items()}


def _written_forms(collective: Collective) -> list[str]:
    """Every way the collective is written: its recorded names, then the plans' words."""
    forms = [collective.name_zh, *collective.names]
    forms += [n.written for n in collective_items(collective)]
    return list(dict.fromkeys(forms))


def collective_page(collective: Collective) -> str:
    """The Markdown of one collective's page."""
    page = links.collective_path(collective)
    items = collective_items(collective)
    plans = list(dict.fromkeys(n.plan.id for n in items))
    by_plan = []
    for plan_id in plans:
        mine = [n for n in items if n.plan.id == plan_id]
        plan = mine[0].plan
        rows: list[list[object]] = [
            [_item_title(page, n.plan, n.item), _role(n.role), n.written] for n in mine
        ]
        standing = any(n.standing for n in mine)
        by_plan.append(
            {
                "plan": plan,
                "label": plan_short_label(plan),
                "title": Markup('<a href="{}">{}</a>').format(
                    html_href(page, links.plan_path(plan)), plan.title_zh
                ),
                "rows": rows,
                "standing": standing,
            }
        )
    region = (
        _markup(region_link(page, collective.region))
        if collective.region
        else Markup("不限 {}").format(en("any plan's own units"))
    )
    facts: list[tuple[str, object]] = [
        ("写法 Written as", Markup("、").join(_written_forms(collective))),
        ("地区 Region", region),
    ]
    if collective.note or collective.note_zh:
        facts.append(("说明 Note", zh_en(collective.note_zh, collective.note)))
    facts.append(("数据 Data", _json_link(page)))
    description = (
        f"「{collective.name_zh}」是规划对一组单位的统称，不是一个机构"
        + (f"（{region_name(collective.region)}）" if collective.region else "")
        + f"；在{len(plans)}份规划的{len(items)}项措施或任务组中出现。{collective.name_en}."
    )
    return render(
        "collective.md",
        front_matter=Markup(
            "\n".join(
                front_matter(
                    f"{collective.name_zh} · 统称 Collective", boost=2, description=description
                )
            )
        ),
        collective=collective,
        facts=facts,
        count=len(items),
        plans=by_plan,
        index=html_href(page, INDEX),
        region=region if collective.region else None,
    )


# ---------------------------------------------------------------- the listing


def departments_index_page() -> str:
    """Every department, grouped by region, with its short names and its work; then the
    collectives."""
    d = data()
    page = INDEX
    regions = []
    for region in d.regions:
        members = [x for x in d.departments if x.region == region.id]
        if not members:
            continue
        rows: list[list[object]] = []
        for x in members:
            own = responsibilities(x.id, follow_lineage=False)
            leads = sum(1 for a in own if a.role is Role.LEAD)
            change = []
            if predecessors(x.id):
                change.append(
                    Markup("← ")
                    + Markup("、").join(
                        _markup(department_link(page, p)) for p in predecessors(x.id)
                    )
                )
            if successors(x.id):
                change.append(
                    Markup("→ ")
                    + Markup("、").join(_markup(department_link(page, s)) for s in successors(x.id))
                )
            rows.append(
                [
                    Markup("{}<br>{}").format(_markup(department_link(page, x)), en(x.name_en)),
                    "、".join(x.names) or "—",
                    DEPARTMENT_KIND_ZH[x.kind],
                    len(own),
                    leads,
                    Markup("<br>").join(change) or "—",
                ]
            )
        regions.append({"region": region, "rows": rows})
    collectives: list[list[object]] = []
    for c in d.collectives:
        items = collective_items(c)
        collectives.append(
            [
                Markup("{}<br>{}").format(_markup(collective_link(page, c)), en(c.name_en)),
                "、".join(f for f in _written_forms(c) if f != c.name_zh) or "—",
                _markup(region_link(page, c.region)) if c.region else "—",
                len({n.plan.id for n in items}),
                len(items),
            ]
        )
    return render(
        "departments.md",
        front_matter=Markup(
            "\n".join(
                front_matter(
                    "部门 Departments",
                    description=f"{len(d.departments)}个机构与{len(d.collectives)}个统称，"
                    "按地区排列：每个机构在各规划中的写法、牵头与负责的措施，"
                    "以及2018—2019年机构改革前后的沿革。",
                )
            )
        ),
        count=len(d.departments),
        regions=regions,
        collectives=collectives,
    )
