"""Markdown pages for the static site, rendered from the model.

``docs/gen_pages.py`` (a mkdocs-gen-files script) writes what these functions
return; keeping the rendering here lets the tests read the pages without
building the site.
"""

from __future__ import annotations

from collections.abc import Iterable

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
    Section,
    Table,
    Target,
    TaskGroup,
    ValueKind,
    statements,
)
from qualityplans.privacy import withhold
from qualityplans.render import value_text, when_text
from qualityplans.site.markup import escape

__all__ = ["escape", "plan_page", "plan_path", "plans_index_page"]


def plan_path(plan: Plan) -> str:
    """Where a plan's page lives in the site (relative to docs/)."""
    return f"plans/{plan.id}.md"


def plans_index_page() -> str:
    lines = [
        "# 规划 Plans",
        "",
        "每份规划都逐字转录、逐项标注。",
        "Every plan is transcribed verbatim and curated item by item.",
        "",
        "| 规划 Plan | 文号 Doc. no. | 期间 Period "
        "| 措施 Measures | 目标 Targets | 实绩 Observations |",
        "|---|---|---|--:|--:|--:|",
    ]
    for p in dataset().plans:
        number = escape(p.doc_number.canonical) if p.doc_number else "—"
        lines.append(
            f"| [{escape(p.title_zh)}]({p.id}.md)<br>*{escape(p.title_en)}* | {number} | "
            f"{p.period or '—'} | {len(p.measures)} | {len(p.targets)} | {len(p.observations)} |"
        )
    return "\n".join(lines) + "\n"


def plan_page(plan: Plan) -> str:
    """The page for one plan: metadata, then the whole body with every figure and quote."""
    out = [
        f"# {escape(plan.title_zh)}",
        "",
        f"*{escape(plan.title_en)}*",
        "",
        *_metadata(plan),
    ]
    for item in plan.body:
        out.extend(_item(plan, item, level=2))
    if plan.discrepancies:
        out.extend(["", "## 数据不一致 Discrepancies {#discrepancies}", ""])
        for d in plan.discrepancies:
            out.append(f"- **{escape(d.subject_zh)}** — {escape(d.subject_en)}")
            for ref in (d.first, d.second):
                statement = plan.find(ref)
                if isinstance(statement, Target | Observation):
                    out.append(f"    - 「{escape(statement.quote)}」 ([{ref}](#{ref}))")
            out.append(f"    - {escape(d.note)}")
    if plan.ledger:
        out.extend(_ledger(plan))
    return "\n".join(out) + "\n"


def _metadata(plan: Plan) -> list[str]:
    data = dataset()
    departments = {d.id: d for d in data.departments}
    regions = {r.id: r for r in data.regions}
    issuer = departments.get(plan.issuer or "")
    region = regions.get(plan.region)
    rows = [
        ("文号 Doc. no.", escape(plan.doc_number.canonical) if plan.doc_number else "—"),
        (
            "发文机关 Issuer",
            f"{escape(issuer.name_zh)} · {escape(issuer.name_en)}" if issuer else "—",
        ),
        ("地区 Region", f"{region.name_zh} · {region.name_en}" if region else plan.region),
        ("类型 Kind", f"{plan.kind.zh} · {plan.kind.value}"),
        ("期间 Period", str(plan.period) if plan.period else "—"),
    ]
    rows.extend((f"{d.kind.zh}日期 {d.kind.value.title()}", d.date.iso) for d in plan.dates)
    if plan.adoption is not None:
        rows.append(
            (
                "审议 Adopted",
                f"{escape(plan.adoption.meeting_zh)} · {escape(plan.adoption.meeting_en)}",
            )
        )
    for doc in plan.basis:
        rows.append(("依据 Basis", f"《{escape(doc.title_zh)}》 · {escape(doc.title_en)}"))
    if plan.addressees:
        rows.append(("主送 To", escape(plan.addressees)))
    if plan.copied_to:
        rows.append(("抄送 Cc", escape("、".join(plan.copied_to))))
    if plan.standing_responsibilities:
        rows.append(("各项措施 Every measure", _units(plan.standing_responsibilities)))
    for person in plan.people:
        rows.append(
            (
                f"{escape(person.role_zh)} {escape(person.role_en)}",
                f"{escape(person.name)} · {escape(person.post)}",
            )
        )
    rows.append(
        (
            "来源 Source",
            f"`{plan.source.file}` · sha256 `{plan.source.sha256[:16]}…` · "
            f"{escape(plan.source.origin)}",
        )
    )
    counts = (
        f"{len(plan.measures)} 项措施 measures · {len(plan.targets)} 个目标 targets · "
        f"{len(plan.observations)} 个实绩 observations"
    )
    rows.append(("统计 Counts", counts))
    lines = ["| | |", "|---|---|"]
    lines.extend(f"| {k} | {v} |" for k, v in rows)
    return [*lines, ""]


def _units(responsibilities: Iterable[Responsibility]) -> str:
    data = dataset()
    departments = {d.id: d for d in data.departments}
    collectives = {c.id: c for c in data.collectives}
    by_role: dict[str, list[str]] = {}
    for r in responsibilities:
        record = departments.get(r.department or "") or collectives.get(r.collective or "")
        title = f' title="{escape(record.name_zh)} · {escape(record.name_en)}"' if record else ""
        by_role.setdefault(f"{r.role.zh} {r.role.value}", []).append(
            f"<abbr{title}>{escape(r.written)}</abbr>"
        )
    return " · ".join(f"**{role}:** {'、'.join(names)}" for role, names in by_role.items())


def _heading(level: int, text: str, eid: str) -> str:
    return f"{'#' * min(level, 6)} {text} {{#{eid}}}"


def _item(plan: Plan, item: Section | Block, level: int) -> list[str]:
    if isinstance(item, Section):
        out = ["", _heading(level, escape(f"{item.label}{item.heading_zh}"), item.eid), ""]
        out.append(f"*{escape(item.heading_en)}*")
        for child in item.items:
            out.extend(_item(plan, child, level + 1))
        return out
    out = [""]
    if isinstance(item, Measure):
        out.append(_heading(level, escape(f"{item.label}{item.title_zh}"), item.eid))
        out.extend(["", f"*{escape(item.title_en)}*", ""])
        out.extend(_quoted(item.text))
        if item.responsibilities:
            out.extend(["", _units(item.responsibilities)])
        if item.localities:
            places = "、".join(escape(loc.written) for loc in item.localities)
            out.extend(["", f"**地点 Places:** {places}"])
    elif isinstance(item, Paragraph):
        out.extend(_quoted(item.text))
    elif isinstance(item, Box):
        out.append(
            f'!!! note "{escape(item.label)} {escape(item.title_zh)} · {escape(item.title_en)}"'
        )
        out.append("")
        out.extend(f"    {escape(line)}" if line else "" for line in item.text.split("\n"))
    elif isinstance(item, Table):
        out.extend(_table(item))
    elif isinstance(item, FormField):
        out.append(f"**{escape(item.label_zh)}** *{escape(item.label_en)}*: {escape(item.value)}")
    elif isinstance(item, TaskGroup):
        out.append(_heading(level, escape(f"{item.label}{item.name_zh}"), item.eid))
        out.extend(["", f"*{escape(item.name_en)}*", "", _units(item.responsibilities), ""])
        out.extend(_quoted(item.duties))
    elif isinstance(item, Phase):
        out.append(_heading(level, escape(f"{item.label}{item.title_zh}"), item.eid))
        out.extend(["", f"*{escape(item.title_en)}* · {item.start.iso} → {item.end.iso}", ""])
        out.extend(_quoted(item.text))
    out.extend(_statements(item))
    return out


def _quoted(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if lines:
            lines.append(">")
        lines.append(f"> {escape(paragraph)}")
    return lines


def _table(table: Table) -> list[str]:
    out = [f"**{escape(table.title_zh)}** · *{escape(table.title_en)}*", ""]
    out.append("| " + " | ".join(escape(h) for h in table.header) + " |")
    out.append("|" + "---|" * len(table.header))
    for row in table.rows:
        cells = list(row.cells) + [""] * (len(table.header) - len(row.cells))
        out.append("| " + " | ".join(escape(c) for c in cells) + " |")
    out.append("")
    out.extend(escape(note.text) for note in table.notes)
    return out


def _statements(block: Block) -> list[str]:
    if not block.targets and not block.observations:
        return []
    names = {i.id: i for i in dataset().indicators}
    out = [
        "",
        "| | 指标 Indicator | 数值 Value | 时间 When | 原文 Quote |",
        "|---|---|---|---|---|",
    ]
    for s in statements(block):
        if isinstance(s, Target):
            kind = "目标 target" + (" (力争)" if s.commitment is Commitment.ASPIRATIONAL else "")
        else:
            kind = "实绩 observed"
        indicator = names.get(s.indicator or "")
        what = f"{escape(indicator.name_zh)}<br>*{escape(indicator.name_en)}*" if indicator else "—"
        value = escape(value_text(s))
        if s.kind is not ValueKind.LEVEL:
            value += f" <small>{s.kind.value}</small>"
        anchor = f'<span id="{s.eid}"></span>'
        out.append(
            f"| {anchor}{kind} | {what} | {value} | {when_text(s)} | 「{escape(s.quote)}」 |"
        )
    return out


def _ledger(plan: Plan) -> list[str]:
    out = [
        "",
        "## 非目标数字 Figures that are not targets {#ledger}",
        "",
        "Every other figure in the transcription, and why it is not a target or observation.",
        "",
        "| 数字 Figure | 原文 Quote | 原因 Reason | 说明 Note |",
        "|---|---|---|---|",
    ]
    for e in map(withhold, plan.ledger):
        times = f" ×{e.occurrences}" if e.occurrences > 1 else ""
        quote = f"「{escape(e.quote)}」{times}"
        out.append(f"| {escape(e.figure)} | {quote} | {e.reason.value} | {escape(e.note)} |")
    return out
