"""PlanDiff as terminal text, Markdown for the site, and JSON-safe data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qualityplans.model import Department, Indicator, Measure, Plan, Role, Target, Theme
from qualityplans.render import display_width, value_text, wrap

if TYPE_CHECKING:
    from qualityplans.compare.align import MeasurePair, Reasons
    from qualityplans.compare.diff import DepartmentLine, IndicatorChange, PlanDiff

__all__ = ["diff_dict", "diff_markdown", "diff_text", "pad"]

Link = Callable[[Any], str | None]


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns (CJK counts two)."""
    return text + " " * max(0, width - display_width(text))


def _target(t: Target) -> str:
    when = str(t.period) if t.period is not None else (str(t.year) if t.year else "")
    extra = " 力争" if t.commitment.value == "aspirational" else ""
    return f"{value_text(t)}{' ' + when if when else ''}{extra}"


def _targets(ts: tuple[Target, ...]) -> str:
    return "; ".join(dict.fromkeys(_target(t) for t in ts)) or "—"


def _roles(roles: tuple[tuple[Role, int], ...]) -> str:
    return ", ".join(f"{r.zh}×{n}" for r, n in roles)


def _bodies(side: tuple[tuple[Department, tuple[tuple[Role, int], ...]], ...]) -> str:
    return "、".join(f"{d.name_zh} ({_roles(roles)})" for d, roles in side) or "—"


def _reasons(r: Reasons) -> list[str]:
    from qualityplans.catalog import get_department

    out = [f"title {r.title_similarity}", f"text {r.text_similarity}"]
    if r.shared_indicators:
        out.append("indicators " + ", ".join(r.shared_indicators))
    if r.shared_themes:
        out.append("themes " + ", ".join(r.shared_themes))
    for x, y in r.shared_departments:
        a, b = get_department(x).name_zh, get_department(y).name_zh
        out.append(f"department {a}" if x == y else f"department {a} → {b}")
    return out


def _indicator_name(c: IndicatorChange) -> str:
    if c.related:
        return f"{c.a_indicator.name_zh} ~ {c.b_indicator.name_zh} (related)"
    return c.a_indicator.name_zh


# ------------------------------------------------------------------------ text


def diff_text(d: PlanDiff, width: int = 100) -> str:
    """Terminal text: one block per view, columns padded for CJK."""
    lines = [
        f"a: {d.a.id}  {d.a.title_zh}",
        f"b: {d.b.id}  {d.b.title_zh}",
        f"{len(d.changed)} changed, {len(d.only_in_a)} only in a, {len(d.only_in_b)} only in b",
        "",
        "Indicators with targets in both 两份规划均有目标的指标",
    ]
    for c in d.indicators:
        change = ", ".join(c.changed) if c.changed else "unchanged"
        lines.extend(wrap(f"  {_indicator_name(c)}  [{change}]", width, "", "      "))
        sides = f"a {_targets(c.a_targets)}  →  b {_targets(c.b_targets)}"
        lines.extend(wrap(sides, width, "      "))
    if not d.indicators:
        lines.append("  (none)")
    for label, only in (("a", d.indicators_only_in_a), ("b", d.indicators_only_in_b)):
        lines.append("")
        lines.append(f"Indicators only in {label} 仅见于 {label} 的指标: {len(only)}")
        for i in only:
            lines.extend(wrap(f"  {i.name_zh} ({i.id})", width, "", "    "))
    lines += ["", f"Measures aligned 对应的措施: {len(d.measures.pairs)}"]
    for p in d.measures.pairs:
        lines.extend(
            wrap(
                f"  {p.score:>3}  {p.a.label}{p.a.title_zh}  ~  {p.b.label}{p.b.title_zh}",
                width,
                "",
                " " * 7,
            )
        )
        lines.extend(wrap("; ".join(_reasons(p.reasons)), width, " " * 7))
    for label, ms in (("a", d.measures.only_in_a), ("b", d.measures.only_in_b)):
        lines.append("")
        lines.append(f"Measures only in {label} 仅见于 {label} 的措施: {len(ms)}")
        for m in ms:
            lines.extend(wrap(f"  {m.label}{m.title_zh}", width, "", "    "))
    lines += ["", "Lead and responsible departments 牵头和负责单位"]
    for kind, rows in _department_groups(d.departments):
        lines.append(f"  {kind}: {len(rows)}")
        for line in rows:
            text = f"    {_bodies(line.a)}  →  {_bodies(line.b)}"
            lines.extend(wrap(text, width, "", " " * 8))
    lines += ["", "Themes 主题 (measures a/b, targets a/b)"]
    theme_w = max((display_width(t.theme.name_zh) for t in d.themes), default=0)
    for t in d.themes:
        mark = (
            ""
            if not t.changed
            else ("  only in a" if not t.in_b else "  only in b" if not t.in_a else "  *")
        )
        counts = f"{t.a_measures:>3} /{t.b_measures:>3}   {t.a_targets:>3} /{t.b_targets:>3}"
        lines.append(f"  {pad(t.theme.name_zh, theme_w)}  {counts}{mark}")
    return "\n".join(lines) + "\n"


def _department_groups(lines: tuple[DepartmentLine, ...]) -> list[tuple[str, list[DepartmentLine]]]:
    kinds = [
        ("经机构改革对应 through the reform", [x for x in lines if x.through_lineage]),
        ("相同单位 same bodies", [x for x in lines if x.a and x.b and not x.through_lineage]),
        ("仅见于 a only in a", [x for x in lines if not x.b]),
        ("仅见于 b only in b", [x for x in lines if not x.a]),
    ]
    return [(k, rows) for k, rows in kinds if rows]


# -------------------------------------------------------------------- markdown


_FIELD_ZH = {
    "amount": "数值",
    "comparator": "比较",
    "unit": "单位",
    "year": "年份",
    "kind": "类型",
    "commitment": "承诺",
}


def diff_markdown(d: PlanDiff, link: Link | None = None, summary: str | None = None) -> str:
    """Markdown for the site: every data string escaped; links only from ``link``.

    Records are shown by name (never by id); a view with nothing in it says so
    in a sentence instead of leaving an empty table.
    """
    from qualityplans.catalog import get_department, get_indicator, get_theme
    from qualityplans.site.markup import escape

    def ref(obj: Plan | Measure | Indicator | Department | Theme, text: str) -> str:
        url = link(obj) if link is not None else None
        return f"[{escape(text)}]({url})" if url else escape(text)

    def cell(text: str) -> str:
        return escape(text)  # escape() quotes | too, so cells cannot break the table

    def reasons(r: Reasons) -> str:
        bits = []
        if r.shared_indicators:
            found = [get_indicator(i) for i in r.shared_indicators]
            bits.append("共同指标 indicators: " + "、".join(ref(i, i.name_zh) for i in found))
        if r.shared_themes:
            themes = [get_theme(t) for t in r.shared_themes]
            bits.append("共同主题 themes: " + "、".join(ref(t, t.name_zh) for t in themes))
        shown = []
        for x, y in r.shared_departments:
            a, b = get_department(x), get_department(y)
            shown.append(
                ref(a, a.name_zh) if x == y else f"{ref(a, a.name_zh)} → {ref(b, b.name_zh)}"
            )
        if shown:
            bits.append("共同部门 departments: " + "、".join(shown))
        bits.append(f"标题相似 title {r.title_similarity}, 正文相似 text {r.text_similarity}")
        return "; ".join(bits)

    def bodies(side: tuple[tuple[Department, tuple[tuple[Role, int], ...]], ...]) -> str:
        return "、".join(f"{ref(x, x.name_zh)} ({_roles(roles)})" for x, roles in side) or "—"

    def changed(c: IndicatorChange) -> str:
        return ", ".join(f"{_FIELD_ZH[f]} {f}" for f in c.changed) or "无 unchanged"

    def only(label: str, names: list[str]) -> list[str]:
        """Records only one plan has: a collapsed list (open when short)."""
        head = f"仅见于 {label} Only in {label} ({len(names)})"
        if not names:
            return ["", f"{head}: —"]
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

    if summary is None:
        summary = (
            f"变化 {len(d.changed)} 项、仅见于 a {len(d.only_in_a)} 项、"
            f"仅见于 b {len(d.only_in_b)} 项（指标、措施、单位与主题合计）。 "
            f"{len(d.changed)} changed, {len(d.only_in_a)} only in a, "
            f"{len(d.only_in_b)} only in b (indicators, measures, departments and themes)."
        )
    out = [
        f"- a: {ref(d.a, d.a.title_zh)}",
        f"- b: {ref(d.b, d.b.title_zh)}",
        "",
        summary,
        "",
        "## 指标 Indicators",
        "",
    ]
    if d.indicators:
        out += [
            "两份规划均有目标的指标。 Indicators with targets in both plans.",
            "",
            "| 指标 Indicator | a | b | 变化 Changed |",
            "| --- | --- | --- | --- |",
        ]
    else:
        out.append("两份规划没有共同的指标。 No indicator has targets in both plans.")
    for c in d.indicators:
        name = ref(c.a_indicator, c.a_indicator.name_zh)
        if c.related:
            name += " ~ " + ref(c.b_indicator, c.b_indicator.name_zh) + " (相关 related)"
        out.append(
            f"| {name} | {cell(_targets(c.a_targets))} | {cell(_targets(c.b_targets))} "
            f"| {changed(c)} |"
        )
    for label, indicators in (("a", d.indicators_only_in_a), ("b", d.indicators_only_in_b)):
        out += only(label, [ref(i, i.name_zh) for i in indicators])
    out += ["", "## 措施 Measures", ""]
    if d.measures.pairs:
        out += [
            "内容相近、一一对应的措施。 Measures aligned one to one.",
            "",
            "| a | b | 得分 Score | 依据 Reasons |",
            "| --- | --- | ---: | --- |",
        ]
    else:
        out.append("没有可对应的措施。 No measures could be aligned.")
    for p in d.measures.pairs:
        out.append(
            f"| {ref(p.a, p.a.label + p.a.title_zh)} | {ref(p.b, p.b.label + p.b.title_zh)} "
            f"| {p.score} | {reasons(p.reasons)} |"
        )
    for label, ms in (("a", d.measures.only_in_a), ("b", d.measures.only_in_b)):
        out += only(label, [ref(m, m.label + m.title_zh) for m in ms])
    out += ["", "## 单位 Departments", ""]
    groups = _department_groups(d.departments)
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
        "| 主题 Theme | Measures a | Measures b | Targets a | Targets b |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for t in d.themes:
        out.append(
            f"| {ref(t.theme, t.theme.name_zh)} | {t.a_measures} | {t.b_measures} "
            f"| {t.a_targets} | {t.b_targets} |"
        )
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------ dict


def _json(value: Any) -> Any:
    """Statements as JSON-safe dicts (Decimal as string, enums as values)."""
    from qualityplans.serialize import to_dict

    return to_dict(value)


def _pair(p: MeasurePair) -> dict[str, Any]:
    r = p.reasons
    return {
        "a": p.a.eid,
        "b": p.b.eid,
        "a_title": p.a.title_zh,
        "b_title": p.b.title_zh,
        "score": p.score,
        "reasons": {
            "shared_indicators": list(r.shared_indicators),
            "shared_themes": list(r.shared_themes),
            "shared_departments": [list(x) for x in r.shared_departments],
            "title_similarity": r.title_similarity,
            "text_similarity": r.text_similarity,
        },
    }


def _side(side: tuple[tuple[Department, tuple[tuple[Role, int], ...]], ...]) -> list[Any]:
    return [{"department": d.id, "roles": {r.value: n for r, n in roles}} for d, roles in side]


def diff_dict(d: PlanDiff) -> dict[str, Any]:
    """JSON-safe data: ids for records, statements in full, Decimals as strings."""
    return {
        "a": d.a.id,
        "b": d.b.id,
        "summary": {
            "changed": len(d.changed),
            "only_in_a": len(d.only_in_a),
            "only_in_b": len(d.only_in_b),
        },
        "indicators": {
            "both": [
                {
                    "a_indicator": c.a_indicator.id,
                    "b_indicator": c.b_indicator.id,
                    "related": c.related,
                    "changed": list(c.changed),
                    "a_targets": [_json(t) for t in c.a_targets],
                    "b_targets": [_json(t) for t in c.b_targets],
                }
                for c in d.indicators
            ],
            "only_in_a": [i.id for i in d.indicators_only_in_a],
            "only_in_b": [i.id for i in d.indicators_only_in_b],
        },
        "measures": {
            "pairs": [_pair(p) for p in d.measures.pairs],
            "only_in_a": [m.eid for m in d.measures.only_in_a],
            "only_in_b": [m.eid for m in d.measures.only_in_b],
        },
        "departments": [
            {"a": _side(x.a), "b": _side(x.b), "through_lineage": x.through_lineage}
            for x in d.departments
        ],
        "themes": [
            {
                "theme": t.theme.id,
                "a_measures": t.a_measures,
                "b_measures": t.b_measures,
                "a_targets": t.a_targets,
                "b_targets": t.b_targets,
            }
            for t in d.themes
        ],
    }
