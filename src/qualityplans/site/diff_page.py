"""A plan diff as the body of a comparison page: Markdown with the site's own markup.

``compare/`` returns data and plain text; the site decides how a diff looks.
Every data string is escaped; records are shown by name and linked through
``link``; "changed" means the same indicator with a different target, and related
indicators (different measures) stand in a section of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from qualityplans.compare.changes import IndicatorChange, Side
from qualityplans.compare.diff import PlanDiff
from qualityplans.compare.render import FIELD_ZH, department_groups, reasons_zh, target_text
from qualityplans.model import Target
from qualityplans.site.markup import escape

__all__ = ["diff_body"]

Link = Callable[[object], str | None]


def _targets(ts: tuple[Target, ...]) -> str:
    return "；".join(dict.fromkeys(target_text(t) for t in ts)) or "—"


def diff_body(d: PlanDiff, link: Link, summary: str) -> str:
    """The comparison page's body below its header: ``summary`` (already escaped
    Markdown) first, then indicators, related indicators, measures, departments, themes."""
    catalog = d.catalog

    def ref(obj: object, text: str) -> str:
        url = link(obj)
        return f"[{escape(text)}]({url})" if url else escape(text)

    def bodies(side: Side) -> str:
        return (
            "、".join(
                f"{ref(x, x.name_zh)}（{', '.join(f'{r.zh}×{n}' for r, n in roles)}）"
                for x, roles in side
            )
            or "—"
        )

    def changed(c: IndicatorChange) -> str:
        if not c.changed:
            return "未变 unchanged"
        return "、".join(FIELD_ZH[f] for f in c.changed) + "<br>" + ", ".join(c.changed)

    def only(label: str, names: list[str]) -> list[str]:
        head = f"仅见于 {label} Only in {label}（{len(names)}）"
        if not names:
            return ["", f"{head}：—"]
        opened = " open" if len(names) <= 8 else ""
        return [
            "",
            f'<details class="qp-only" markdown="1"{opened}>',
            f"<summary>{head}</summary>",
            "",
            *(f"- {n}" for n in names),
            "",
            "</details>",
        ]

    out = [
        f"- a：{ref(d.a, d.a.title_zh)}",
        f"- b：{ref(d.b, d.b.title_zh)}",
        "",
        summary,
        "",
        "## 指标 Indicators",
        "",
    ]
    if d.indicators:
        out += [
            "同一指标在两份规划中的目标。“变化”只计目标数值、比较方式、单位、类型或承诺不同者；"
            "年份不同本身不算变化。 The same indicator in both plans; a change is a different "
            "value, comparator, unit, kind or commitment, not a different year.",
            "",
            "| 指标 Indicator | a | b | 变化 Changed |",
            "| --- | --- | --- | --- |",
        ]
    else:
        out.append("两份规划没有共同的指标。 No indicator has targets in both plans.")
    for c in d.indicators:
        note = (
            "<br>⚠ 统计期不同：一方为多年累计，一方为单年 periods differ" if c.spans_differ else ""
        )
        out.append(
            f"| {ref(c.a_indicator, c.a_indicator.name_zh)}{note} "
            f"| {escape(_targets(c.a_targets))} | {escape(_targets(c.b_targets))} "
            f"| {changed(c)} |"
        )
    if d.related:
        out += [
            "",
            "### 相关但不同的指标 Related indicators",
            "",
            "这些指标衡量的是相关但不同的事项，不能直接比较数值。 These measure related but "
            "different things: their figures cannot be compared directly.",
            "",
            "| a 的指标与目标 a | b 的指标与目标 b |",
            "| --- | --- |",
        ]
        for c in d.related:
            out.append(
                f"| {ref(c.a_indicator, c.a_indicator.name_zh)}：{escape(_targets(c.a_targets))} "
                f"| {ref(c.b_indicator, c.b_indicator.name_zh)}："
                f"{escape(_targets(c.b_targets))} |"
            )
    for label, indicators in (("a", d.indicators_only_in_a), ("b", d.indicators_only_in_b)):
        out += only(label, [ref(i, i.name_zh) for i in indicators])
    out += ["", "## 措施 Measures", ""]
    if d.measures.pairs:
        out += [
            "内容相近、一一对应的措施，依据如右。 Measures aligned one to one, and why.",
            "",
            "| a | b | 对应依据 Why paired |",
            "| --- | --- | --- |",
        ]
    else:
        out.append("没有可对应的措施。 No measures could be aligned.")
    for p in d.measures.pairs:
        why = "；".join(reasons_zh(p.reasons, catalog)) or "—"
        out.append(
            f"| {ref(p.a, p.a.label + p.a.title_zh)} | {ref(p.b, p.b.label + p.b.title_zh)} "
            f"| {escape(why)} |"
        )
    for label, ms in (("a", d.measures.only_in_a), ("b", d.measures.only_in_b)):
        out += only(label, [ref(m, m.label + m.title_zh) for m in ms])
    out += ["", "## 单位 Departments", ""]
    groups = department_groups(d.departments)
    if not groups:
        out += ["两份规划都没有列出牵头或负责单位。 Neither plan names lead units.", ""]
    for kind, rows in groups:
        out += [f"### {kind}", ""]
        if rows[0].a and rows[0].b:
            out.extend(f"- {bodies(line.a)} → {bodies(line.b)}" for line in rows)
        else:
            out.append("、".join(bodies(line.a or line.b) for line in rows))
        out.append("")
    out += ["## 主题 Themes", ""]
    if not d.themes:
        return "\n".join([*out, "两份规划都没有标注主题。 Neither plan has themes."]) + "\n"
    out += [
        "| 主题 Theme | 措施 a | 措施 b | 目标 a | 目标 b |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for t in d.themes:
        out.append(
            f"| {ref(t.theme, t.theme.name_zh)} | {t.a_measures} | {t.b_measures} "
            f"| {t.a_targets} | {t.b_targets} |"
        )
    return "\n".join(out) + "\n"
