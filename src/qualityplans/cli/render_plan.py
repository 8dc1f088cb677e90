"""Plain-text rendering of plans for a terminal (``qualityplans show``).

Chinese first, English beside it. Lines are wrapped by display width: a CJK
character takes two terminal columns.
"""

from __future__ import annotations

from collections.abc import Iterable

from qualityplans.catalog import default_catalog
from qualityplans.model import (
    Block,
    Box,
    Commitment,
    FormField,
    Measure,
    Observation,
    Paragraph,
    Phase,
    Plan,
    Responsibility,
    Role,
    Section,
    Table,
    Target,
    TaskGroup,
)
from qualityplans.model.wording import commitment_zh, say
from qualityplans.text.terminal import display_width, wrap

__all__ = ["describe_statement", "render_plan"]


def _units(responsibilities: Iterable[Responsibility]) -> str:
    by_role: dict[Role, list[str]] = {}
    for r in responsibilities:
        by_role.setdefault(r.role, []).append(r.written)
    return " · ".join(
        f"{role.zh} {role.value}: {'、'.join(names)}" for role, names in by_role.items()
    )


def describe_statement(s: Target | Observation) -> str:
    """One line for a target or observation, as the one formatter says it:
    ``PM2.5年均浓度: 较2013年下降13% · −13% vs 2013 · 2016``."""
    found = default_catalog().get_indicator(s.indicator, None) if s.indicator else None
    what = found.name_zh if found else "(no indicator)"
    return f"{what}: {say(s).text}"


def render_plan(plan: Plan, width: int = 100, *, full: bool = False) -> str:
    """The whole plan as readable text: metadata, then the body in document order.

    ``full`` adds the verbatim text of every measure.
    """
    out: list[str] = []
    out.extend(_header(plan, width))
    for item in plan.body:
        out.extend(_item(item, width, 0, full))
    if plan.discrepancies:
        out.append("")
        out.extend(wrap("Discrepancies 数据不一致", width))
        for d in plan.discrepancies:
            out.extend(wrap(f"{d.subject_zh} — {d.subject_en}", width, "  • ", "    "))
            for ref in (d.first, d.second):
                statement = plan.find(ref)
                if isinstance(statement, Target | Observation):
                    out.extend(wrap(f"「{statement.quote}」 ({ref})", width, "    ", "      "))
            for note in filter(None, (d.note_zh, d.note)):  # Chinese first
                out.extend(wrap(note, width, "    ", "    "))
    out.append("")
    summary = (
        f"{len(plan.measures)} measures · {len(plan.targets)} targets · "
        f"{len(plan.observations)} observations · {len(plan.ledger)} ledger entries"
    )
    out.extend(wrap(summary, width))
    return "\n".join(out) + "\n"


def _header(plan: Plan, width: int) -> list[str]:
    data = default_catalog().dataset
    departments = {d.id: d for d in data.departments}
    regions = {r.id: r for r in data.regions}
    out = [*wrap(plan.title_zh, width), *wrap(plan.title_en, width), ""]
    issuer = departments.get(plan.issuer or "")
    region = regions.get(plan.region)
    fields = [
        ("id", plan.id),
        ("文号", plan.doc_number.canonical if plan.doc_number else "—"),
        ("issuer 发文", f"{issuer.name_zh} {issuer.name_en}" if issuer else "— (not stated)"),
        ("region 地区", f"{region.name_zh} {region.name_en}" if region else plan.region),
        ("kind 类型", f"{plan.kind.zh} {plan.kind.value}"),
        ("period 期间", str(plan.period) if plan.period else "—"),
        ("dates 日期", " · ".join(f"{d.kind.zh} {d.date.iso}" for d in plan.dates) or "—"),
    ]
    if plan.adoption is not None:
        a = plan.adoption  # an approval without a meeting names none: say its kind
        said = f"{a.meeting_zh or a.kind.zh} {a.meeting_en or a.kind.value}"
        fields.append(("adopted 审议", said))
    for doc in plan.basis:
        fields.append(("basis 依据", f"《{doc.title_zh}》 {doc.title_en}"))
    if plan.addressees:
        fields.append(("to 主送", plan.addressees))
    if plan.copied_to:
        fields.append(("cc 抄送", "、".join(plan.copied_to)))
    if plan.standing_responsibilities:
        fields.append(("every measure 各项", _units(plan.standing_responsibilities)))
    for person in plan.people:
        fields.append((f"{person.role_zh}", f"{person.name} ({person.post})"))
    fields.append(("source 来源", f"{plan.source.file} (sha256 {plan.source.sha256[:12]}…)"))
    label_width = max(display_width(k) for k, _ in fields) + 2
    for key, value in fields:
        pad = " " * (label_width - display_width(key))
        out.extend(wrap(value, width, f"  {key}{pad}", " " * (label_width + 2)))
    return out


def _item(item: Section | Block, width: int, depth: int, full: bool) -> list[str]:
    pad = "  " * depth
    if isinstance(item, Section):
        out = ["", *wrap(f"{item.label}{item.heading_zh}", width, pad)]
        out.extend(wrap(item.heading_en, width, pad + "  "))
        for child in item.items:
            out.extend(_item(child, width, depth + 1, full))
        return out
    out = [""]
    if isinstance(item, Measure):
        out.extend(wrap(f"{item.label} {item.title_zh}", width, pad))
        out.extend(wrap(item.title_en, width, pad + "    "))
        if item.responsibilities:
            out.extend(wrap(_units(item.responsibilities), width, pad + "    ", pad + "      "))
        if item.localities:
            places = "、".join(loc.written for loc in item.localities)
            out.extend(wrap(f"places 地点: {places}", width, pad + "    "))
        if full:
            for paragraph in item.text.split("\n"):
                out.extend(wrap(paragraph, width, pad + "    ", pad + "    "))
    elif isinstance(item, Paragraph):
        out.extend(wrap(item.text, width, pad, pad))
    elif isinstance(item, Box):
        out.extend(wrap(f"【{item.label}】{item.title_zh} — {item.title_en}", width, pad))
        out.extend(wrap(item.text, width, pad + "  ", pad + "  "))
    elif isinstance(item, Table):
        out.extend(wrap(f"{item.title_zh} — {item.title_en}", width, pad))
        for line in (item.header_line, *(r.line for r in item.rows)):
            out.extend(wrap(line, width, pad + "  ", pad + "    "))
        for note in item.notes:
            out.extend(wrap(note.text, width, pad + "  ", pad + "  "))
    elif isinstance(item, FormField):
        out.extend(wrap(f"{item.label_zh} ({item.label_en}): {item.value}", width, pad, pad + "  "))
    elif isinstance(item, TaskGroup):
        out.extend(wrap(f"{item.label}{item.name_zh} — {item.name_en}", width, pad))
        out.extend(wrap(_units(item.responsibilities), width, pad + "    ", pad + "      "))
        out.extend(wrap(item.duties, width, pad + "    ", pad + "    "))
    elif isinstance(item, Phase):
        out.extend(wrap(f"{item.label}{item.title_zh} — {item.title_en}", width, pad))
        out.extend(wrap(f"{item.start.iso} → {item.end.iso}", width, pad + "    "))
    for t in item.targets:
        mark = "◇" if t.commitment is Commitment.ASPIRATIONAL else "◆"
        modal = f" [{commitment_zh(t.commitment, t.modal)}]"
        out.extend(
            wrap(
                f"{mark} target{modal} {describe_statement(t)}", width, pad + "    ", pad + "      "
            )
        )
        out.extend(wrap(f"「{t.quote}」", width, pad + "      ", pad + "      "))
    for o in item.observations:
        out.extend(wrap(f"○ observed {describe_statement(o)}", width, pad + "    ", pad + "      "))
        out.extend(wrap(f"「{o.quote}」", width, pad + "      ", pad + "      "))
    return out
