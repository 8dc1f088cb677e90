"""Plain-text rendering of plans for a terminal (``qualityplans show``).

Chinese first, English beside it. Lines are wrapped by display width: a CJK
character takes two terminal columns.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from qualityplans.catalog import dataset
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
    ValueKind,
)

__all__ = ["describe_statement", "display_width", "render_plan", "value_text", "when_text", "wrap"]


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int, indent: str = "", hanging: str | None = None) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` columns.

    Breaks fall between any two CJK characters, and at spaces in Latin text.
    """
    hanging = indent if hanging is None else hanging
    lines: list[str] = []
    current, used = indent, display_width(indent)
    for token in _tokens(text):
        w = display_width(token)
        if used + w > width and current.strip():
            lines.append(current.rstrip())
            token = token.lstrip()
            current, used = hanging, display_width(hanging)
            w = display_width(token)
        current += token
        used += w
    if current.strip():
        lines.append(current.rstrip())
    return lines or [indent.rstrip()]


def _tokens(text: str) -> Iterator[str]:
    """Single CJK characters (each a break point), or Latin words with their space."""
    word = ""
    for ch in text:
        if unicodedata.east_asian_width(ch) in "WF":
            if word:
                yield word
                word = ""
            yield ch
        elif ch == " ":
            yield word + ch
            word = ""
        else:
            word += ch
    if word:
        yield word


def _units(responsibilities: Iterable[Responsibility]) -> str:
    by_role: dict[Role, list[str]] = {}
    for r in responsibilities:
        by_role.setdefault(r.role, []).append(r.written)
    return " · ".join(
        f"{role.zh} {role.value}: {'、'.join(names)}" for role, names in by_role.items()
    )


def value_text(s: Target | Observation) -> str:
    """The stated value: ``≥ 98%``, ``+0.1%``, or the qualitative words."""
    if s.value is None:
        return s.qualitative or ""
    sign = {"up": "+", "down": "−"}.get(s.direction.value if s.direction else "", "")
    return f"{sign}{s.value}"


def when_text(s: Target | Observation) -> str:
    """The year or period a statement refers to, with its base year if any."""
    when = str(s.period) if s.period is not None else (str(s.year) if s.year is not None else "")
    if s.base_year is not None:
        when += f" (vs {s.base_year})"
    return when


def describe_statement(s: Target | Observation) -> str:
    """One line for a target or observation: indicator, value, when."""
    names = {i.id: i for i in dataset().indicators}
    indicator = names.get(s.indicator or "")
    what = indicator.name_zh if indicator else "(no indicator)"
    when = when_text(s)
    kind = "" if s.kind is ValueKind.LEVEL else f" [{s.kind.value}]"
    return f"{what}: {value_text(s)}{' ' + when if when else ''}{kind}"


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
            out.extend(wrap(d.note, width, "    ", "    "))
    out.append("")
    summary = (
        f"{len(plan.measures)} measures · {len(plan.targets)} targets · "
        f"{len(plan.observations)} observations · {len(plan.ledger)} ledger entries"
    )
    out.extend(wrap(summary, width))
    return "\n".join(out) + "\n"


def _header(plan: Plan, width: int) -> list[str]:
    data = dataset()
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
        fields.append(("adopted 审议", f"{plan.adoption.meeting_zh} {plan.adoption.meeting_en}"))
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
        modal = f" [{t.modal}]" if t.modal else ""
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
