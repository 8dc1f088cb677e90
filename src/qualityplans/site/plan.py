"""A plan's page, as policy readers expect one (the State Council policy library, pkulaw):
the document's facts (发文机关, 文号, 成文日期, 发布日期, 审议, 依据), its covering notice
(主送 and its words), what became of its targets, the outline with each measure's lead and
responsible units told apart, its targets, departments, discrepancies, errata and notes.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from qualityplans.compare.outcomes import Status, status_counts
from qualityplans.model import (
    Block,
    DateKind,
    Measure,
    Observation,
    Paragraph,
    Plan,
    Responsibility,
    Role,
    Section,
    Target,
    TaskGroup,
)
from qualityplans.site import Page, links, parts
from qualityplans.site.entity import (
    Fact,
    RoleGroup,
    StatementView,
    fact,
    role_groups,
    statement_view,
)
from qualityplans.site.links import html_href
from qualityplans.site.templating import Markup, en, render, zh_en

__all__ = [
    "OUTCOME_ORDER",
    "OutlineRow",
    "outcome_counts",
    "outline",
    "pages",
    "plan_facts",
    "plan_page",
]

# The outcome statuses a plan page counts, in the order it shows them.
OUTCOME_ORDER = (
    Status.MET,
    Status.MISSED,
    Status.NOT_COMPARABLE,
    Status.PENDING,
    Status.NO_REPORT,
)
STATUS_EN = {
    Status.MET: "met",
    Status.MISSED: "missed",
    Status.NOT_COMPARABLE: "not comparable",
    Status.PENDING: "pending",
    Status.NO_REPORT: "past due, no report",
}
_DATE_EN = {
    DateKind.SIGNED: "Signed",
    DateKind.ISSUED: "Issued",
    DateKind.PUBLISHED: "Published",
    DateKind.FILLED: "Form filled",
}
_NOT_STATED = Markup("未注明 {}").format(en("not stated"))


def pages() -> Iterator[Page]:
    for p in parts.data().plans:
        yield links.plan_path(p), plan_page(p)


def plan_page(p: Plan) -> str:
    """The Markdown of one plan's page."""
    page = links.plan_path(p)
    targets = [
        statement_view(page, p, block, s) for block in parts.record_blocks(p) for s in block.targets
    ]
    return render(
        "plan.md",
        front_matter=Markup("\n".join(parts.front_matter(parts.plan_label(p), "toc"))),
        plan=p,
        crumbs=_crumbs(p, page),
        facts=plan_facts(p, page),
        notice=_notice(p, page),
        outline=outline(p, page),
        targets=targets,
        departments=_departments(p, page),
        discrepancies=_discrepancies(p, page),
        errata=[
            [
                Markup("<del>{}</del>").format(e.before),
                Markup("<ins>{}</ins>").format(e.after),
                zh_en(e.reason_zh, e.reason),
            ]
            for e in p.source.errata
        ],
        notes=[x for x in p.source.origin.split("\n") if x.strip()],
        jump=_jump(p, targets),
    )


# ------------------------------------------------------------------ the header


def _crumbs(p: Plan, page: str) -> Markup:
    kind = Markup('<span class="qp-tag">{} {}</span>').format(
        p.kind.zh, en(p.kind.value.replace("-", " "))
    )
    where = Markup(parts.region_link(page, p.region))
    period = f" · {p.period}" if p.period else ""
    return Markup("{} {}{}").format(kind, where, period)


def outcome_counts(p: Plan) -> list[tuple[Status, int]]:
    """How many of ``p``'s targets with an amount are met, missed, not comparable,
    pending and past due with no report, as of the build date (``outcomes()``)."""
    counts = status_counts(parts.site_outcomes(plan=p.id))
    return [(s, counts[s]) for s in OUTCOME_ORDER]


def plan_facts(p: Plan, page: str) -> list[Fact]:
    """The header facts: issuer, 文号, dates, region, kind, period, adoption, basis,
    units for every measure, people, counts, outcomes and the source."""
    facts = [
        fact(
            "发文机关",
            "Issuer",
            Markup(parts.department_link(page, p.issuer)) if p.issuer else _NOT_STATED,
        ),
        fact(
            "文号",
            "Doc. no.",
            p.doc_number.canonical if p.doc_number else Markup("无 {}").format(en("none")),
        ),
    ]
    for kind in (DateKind.SIGNED, DateKind.PUBLISHED, DateKind.ISSUED, DateKind.FILLED):
        found = p.date(kind)
        if found is not None or kind in (DateKind.SIGNED, DateKind.PUBLISHED):
            facts.append(
                fact(f"{kind.zh}日期", _DATE_EN[kind], found.iso if found else _NOT_STATED)
            )
    region = parts.region(p.region)
    facts.append(
        fact(
            "地区",
            "Region",
            Markup("{} {}").format(
                Markup(parts.region_link(page, p.region)), en(region.name_en if region else "")
            ),
        )
    )
    facts.append(
        fact("类型", "Kind", Markup("{} {}").format(p.kind.zh, en(p.kind.value.replace("-", " "))))
    )
    facts.append(fact("期间", "Period", str(p.period) if p.period else "—"))
    if p.adoption is not None:
        a = p.adoption  # the notice's own words (研究通过, 审议通过, 同意), then the English
        english = f"adopted at {a.meeting_en}" if a.meeting_en else "approved without a meeting"
        facts.append(fact("审议", "Adopted", Markup("{}<br>{}").format(a.quote, en(english))))
    if p.basis:
        facts.append(fact("依据", "Basis", _basis(p, page), wide=True))
    if p.standing_responsibilities:
        groups = role_groups(page, p.standing_responsibilities)
        shown = Markup(" · ").join(
            Markup("{} {}").format(g.zh, Markup("、").join(g.units)) for g in groups
        )
        facts.append(fact("各项措施", "Every measure", shown, wide=True))
    for person in p.people:
        facts.append(fact(person.role_zh, person.role_en, f"{person.name} · {person.post}"))
    counts = Markup("{} 项措施 {} · {} 个目标 {} · {} 个实绩 {}").format(
        len(p.measures),
        en("measures"),
        len(p.targets),
        en("targets"),
        len(p.observations),
        en("observations"),
    )
    facts.append(fact("统计", "Counts", counts, wide=True))
    facts.append(fact("目标进展", "Outcomes", _outcomes(p, page), wide=True))
    source = html_href(page, links.source_path(p))
    downloads = html_href(page, "data.md")
    facts.append(
        fact(
            "原文",
            "Source",
            Markup(
                '<a href="{}">逐字转录，逐个数字标注 {}</a> · <a href="{}">下载数据 {}</a>'
            ).format(source, en("Annotated transcription"), downloads, en("Downloads")),
            wide=True,
        )
    )
    return facts


def _basis(p: Plan, page: str) -> Markup:
    items = []
    for doc in p.basis:
        title = f"《{doc.title_zh}》"
        shown: object = title
        if doc.plan and parts.plan(doc.plan):
            shown = Markup('<a href="{}">{}</a>').format(
                html_href(page, links.plan_path(doc.plan)), title
            )
        number = f" {doc.doc_number.canonical}" if doc.doc_number else ""
        items.append(Markup("<li>{}{}<br>{}</li>").format(shown, number, en(doc.title_en)))
    return Markup('<ul class="qp-basis">{}</ul>').format(Markup("").join(items))


def _outcomes(p: Plan, page: str) -> Markup:
    shown = Markup(" · ").join(
        Markup('<span class="qp-oc qp-oc-{}">{} <strong>{}</strong> {}</span>').format(
            s.value if n else "none", s.zh, n, en(STATUS_EN[s])
        )
        for s, n in outcome_counts(p)
    )
    href = html_href(page, f"status/index.md#plan-{p.id}")
    return Markup('{}<br><a href="{}">各规划目标进展 {}</a>').format(
        shown, href, en("Status of every plan")
    )


@frozen
class Notice:
    """The covering notice: its title, addressees (主送), words and signature."""

    title: str | None
    addressees: str | None
    text: str | None
    issuer: Markup | None
    signed: str | None  # the signature date as written


def _notice(p: Plan, page: str) -> Notice | None:
    if not (p.notice_title_zh or p.addressees or p.notice_text):
        return None
    signed = next((d.quote for d in p.dates if d.kind is DateKind.SIGNED), None)
    issuer = parts.department(p.issuer) if p.issuer else None
    return Notice(
        p.notice_title_zh,
        p.addressees,
        p.notice_text,
        Markup(parts.department_link(page, issuer, issuer.name_zh)) if issuer else None,
        signed,
    )


def _jump(p: Plan, targets: list[StatementView]) -> list[tuple[str, str, str]]:
    """The page's parts, for the line of links under the header (the table of
    contents is hidden to give tables the width)."""
    found = [("outline", "结构与措施", "Outline")]
    if targets:
        found.append(("targets", "目标", "Targets"))
    found.append(("departments", "涉及部门", "Departments"))
    if p.discrepancies:
        found.append(("discrepancies", "数据不一致", "Discrepancies"))
    if p.source.errata:
        found.append(("errata", "勘误", "Errata"))
    found.append(("notes", "说明", "Notes"))
    return found


# ------------------------------------------------------------------ the outline


@frozen
class OutlineRow:
    """One line of the outline: a section heading, or a block with its units and counts."""

    depth: int
    eid: str
    title: str
    title_en: str
    section: bool = False
    href: str = ""
    kind: str = ""  # a tag for blocks other than measures (专栏 Box, 表格 Table …)
    roles: tuple[RoleGroup, ...] = ()
    targets: int = 0
    observations: int = 0


def outline(p: Plan, page: str) -> list[OutlineRow]:
    """The plan's sections and the blocks that have pages, in document order; a measure
    names its lead units as leads and its responsible or cooperating units apart."""
    rows: list[OutlineRow] = []
    shown = {id(b) for b in parts.record_blocks(p)}

    def walk(items: tuple[Section | Block, ...], depth: int) -> None:
        for item in items:
            if isinstance(item, Section):
                rows.append(
                    OutlineRow(
                        min(depth, 3),
                        item.eid,
                        item.label + item.heading_zh,
                        item.heading_en,
                        section=True,
                    )
                )
                walk(item.items, depth + 1)
            elif id(item) in shown:
                rows.append(_row(p, item, page, depth))

    walk(p.body, 0)
    return rows


def _row(p: Plan, block: Block, page: str, depth: int) -> OutlineRow:
    zh, english = parts.block_title(block)
    if isinstance(block, Paragraph) and " · " in zh:
        # Under its section's heading a paragraph needs no section name: 第1段：…
        zh = zh.partition(" · ")[2]
        english = english.rpartition(", ")[2].capitalize()
    units: tuple[Responsibility, ...] = ()
    if isinstance(block, Measure | TaskGroup):
        # A measure's own units; the plan's units for every measure are in the header.
        units = block.responsibilities
    groups = role_groups(page, units, most=3)
    kind = "" if isinstance(block, Measure) else parts.kind_label(block)
    return OutlineRow(
        min(depth, 3),
        block.eid,
        zh,
        english,
        href=html_href(page, links.block_path(p, block)),
        kind=kind,
        roles=tuple(groups),
        targets=len(block.targets),
        observations=len(block.observations),
    )


# ------------------------------------------------------------------ the rest


def _departments(p: Plan, page: str) -> list[tuple[Markup, list[Role]]]:
    """Every department the plan names for a measure or task group, with its roles."""
    seen: dict[str, list[Role]] = {}
    holders: list[Measure | TaskGroup] = [*p.measures, *p.task_groups]
    for holder in holders:
        for r in holder.responsibilities:
            if r.department:
                roles = seen.setdefault(r.department, [])
                if r.role not in roles:
                    roles.append(r.role)
    order = {role: i for i, role in enumerate(Role)}
    return [
        (Markup(parts.department_link(page, d)), sorted(roles, key=order.__getitem__))
        for d, roles in seen.items()
    ]


@frozen
class DiscrepancyView:
    eid: str
    subject_zh: str
    subject_en: str
    quotes: tuple[tuple[str, str], ...]  # (href, quote)
    note: str
    note_zh: str | None


def _discrepancies(p: Plan, page: str) -> list[DiscrepancyView]:
    found = []
    for d in p.discrepancies:
        quotes = []
        for ref in (d.first, d.second):
            s = p.find(ref)
            if isinstance(s, Target | Observation):
                href = html_href(page, links.statement_path(p, p.parent_of(ref), s))
                quotes.append((href, s.quote))
        found.append(
            DiscrepancyView(d.eid, d.subject_zh, d.subject_en, tuple(quotes), d.note, d.note_zh)
        )
    return found
