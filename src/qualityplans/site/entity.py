"""What the plan-side pages (plans, plan, block, source, region, status, home) show of
their records, as values the templates render (``templates/_entity.html``).

A header fact is a ``Fact``; a target or observation is a ``StatementView`` made from
the one row builder (``rows.statement_row``), so its value, kind, year and commitment
read as the one formatter (``model.wording``) says them everywhere; a responsible unit
is named as written and linked, grouped by its role (牵头 lead before 负责 responsible
before 配合 cooperating). Links are ``Markup`` made by ``parts``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import frozen

from qualityplans.model import (
    Block,
    Measure,
    Observation,
    Plan,
    Responsibility,
    Role,
    Target,
    TaskGroup,
    ValueKind,
)
from qualityplans.model.wording import KIND_EN, KIND_ZH, say
from qualityplans.rows import Row, statement_row
from qualityplans.site import links, parts
from qualityplans.site.links import html_href
from qualityplans.site.templating import Markup, en

__all__ = [
    "ROLE_ORDER",
    "Fact",
    "RoleGroup",
    "StatementView",
    "fact",
    "kind_tag",
    "plan_link",
    "role_groups",
    "statement_title",
    "statement_view",
    "statement_views",
    "term",
    "unit_link",
]

# The order roles are shown in: who leads first.
ROLE_ORDER = (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING, Role.MEMBER)
_ROLE_EN = {
    Role.LEAD: "Lead",
    Role.RESPONSIBLE: "Responsible",
    Role.COOPERATING: "Cooperating",
    Role.MEMBER: "Members",
}


def term(zh: str, english: str) -> Markup:
    """A label: the Chinese, the English beside it in the muted style."""
    return Markup("{} {}").format(zh, en(english))


@frozen
class Fact:
    """One fact of an entity page's header: a term and its value (``wide`` spans the row)."""

    term: Markup
    value: object
    wide: bool = False


def fact(zh: str, english: str, value: object, *, wide: bool = False) -> Fact:
    return Fact(term(zh, english), value, wide)


def kind_tag(kind: ValueKind) -> Markup:
    """The kind of a value as a tag, Chinese first (新增 new); nothing for a level."""
    if kind in (ValueKind.LEVEL, ValueKind.QUALITATIVE):
        return Markup("")
    return Markup('<span class="qp-tag">{} {}</span>').format(KIND_ZH[kind], en(KIND_EN[kind]))


def plan_link(page: str, plan: Plan, *, short: bool = True) -> Markup:
    return Markup(parts.plan_link(page, plan, short=short))


# ------------------------------------------------------------------ units by role


def unit_link(page: str, r: Responsibility) -> Markup:
    """A unit as the plan writes it, linked to its department's page, or a collective's
    words linked to the collective's page (what it stands for)."""
    if r.department:
        return Markup(parts.department_link(page, r.department, r.written))
    return Markup(parts.collective_link(page, r.collective or "", r.written))


@frozen
class RoleGroup:
    """The units of one role: 牵头 Lead, 负责 Responsible, 配合 Cooperating, 成员 Members."""

    role: Role
    zh: str
    en: str
    units: tuple[Markup, ...]
    more: int = 0  # units not shown (a short row names a few and counts the rest)

    @property
    def term(self) -> Markup:
        return term(self.zh, self.en)


def role_groups(
    page: str, responsibilities: Iterable[Responsibility], *, most: int | None = None
) -> list[RoleGroup]:
    """``responsibilities`` grouped by role, leads first; ``most`` names at most that many
    of a role other than the leads (who are always all named)."""
    found: dict[Role, list[Responsibility]] = {}
    for r in responsibilities:
        found.setdefault(r.role, []).append(r)
    groups = []
    for role in ROLE_ORDER:
        units = found.get(role, [])
        if not units:
            continue
        shown = units if most is None or role is Role.LEAD else units[:most]
        groups.append(
            RoleGroup(
                role,
                role.zh,
                _ROLE_EN[role],
                tuple(unit_link(page, r) for r in shown),
                len(units) - len(shown),
            )
        )
    return groups


# ------------------------------------------------------------------ statements


def statement_title(s: Target | Observation) -> str:
    """A statement in one line for a hover title: what it is, its indicator, its value,
    its year and, for a target, its commitment as written (争取 stays 争取)."""
    found = parts.indicator(s.indicator) if s.indicator else None
    said = say(s)
    head = "目标 target" if isinstance(s, Target) else "实绩 observation"
    bits = [head, found.name_zh if found else "", said.value_zh, said.when_zh]
    if isinstance(s, Target):
        bits.append(said.commitment_zh)
    return " · ".join(b for b in bits if b)


@frozen
class StatementView:
    """A target or observation as a table row or card shows it: its one row
    (``rows.statement_row``), its indicator linked, and where it is on the site."""

    row: Row
    statement: Target | Observation
    plan: Plan
    block: Block
    indicator: Markup  # the indicator's name linked to its page, or —
    href: str  # the statement's anchor on its block's page, from this page
    where: str  # the block's title (never an eid)
    plan_link: Markup
    units: tuple[RoleGroup, ...] = ()  # the block's units by role (a measure, a task group)

    @property
    def is_target(self) -> bool:
        return isinstance(self.statement, Target)

    @property
    def value_zh(self) -> str:
        return str(self.row["value_zh"] or "")

    @property
    def value_en(self) -> str:
        """The English value, or "" where it reads the same as the Chinese."""
        english = str(self.row["value_en"] or "")
        same = "".join(english.split()) == "".join(self.value_zh.split())
        return "" if same else english

    @property
    def kind(self) -> Markup:
        return kind_tag(self.statement.kind)

    @property
    def when(self) -> str:
        return str(self.row["when"] or "")

    @property
    def commitment_zh(self) -> str:
        return str(self.row.get("commitment_zh") or "")

    @property
    def commitment_en(self) -> str:
        return str(self.row.get("commitment") or "")

    @property
    def quote(self) -> str:
        return str(self.row["quote"])

    @property
    def anchor(self) -> str:
        return links.statement_anchor(self.statement)


def statement_view(page: str, plan: Plan, block: Block, s: Target | Observation) -> StatementView:
    """``s`` of ``block`` of ``plan`` as seen from ``page``."""
    found = parts.indicator(s.indicator) if s.indicator else None
    if found is not None:
        indicator = Markup(parts.indicator_link(page, found, english=False))
    else:
        indicator = Markup("无对应指标 {}").format(en("no indicator"))
    return StatementView(
        row=statement_row(plan, block, s, found.name_zh if found else None),
        statement=s,
        plan=plan,
        block=block,
        indicator=indicator,
        href=html_href(page, links.statement_path(plan, block, s)),
        where=parts.block_heading(block),
        plan_link=plan_link(page, plan),
        units=tuple(
            role_groups(page, block.responsibilities, most=2)
            if isinstance(block, Measure | TaskGroup)
            else ()
        ),
    )


def statement_views(
    page: str, found: Sequence[tuple[Plan, Block, Target | Observation]]
) -> list[StatementView]:
    return [statement_view(page, p, b, s) for p, b, s in found]
