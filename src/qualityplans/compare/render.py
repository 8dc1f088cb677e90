"""A plan diff as terminal text, plain Markdown, an HTML summary (Jupyter) and JSON-safe data.

Nothing here knows the site: pages render diffs themselves (``site/compare``).
Every target is said through the one formatter (``model.wording``), so a change
against a base year reads as a change here as everywhere. The diff is read
structurally (``DiffLike``), so this module does not import ``compare.diff``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, Protocol

from qualityplans.catalog import Catalog
from qualityplans.compare.align import Alignment, MeasurePair, Reasons
from qualityplans.compare.changes import DepartmentLine, IndicatorChange, Side, ThemeCounts
from qualityplans.model import (
    Collective,
    Department,
    Indicator,
    Measure,
    Plan,
    Role,
    Target,
    Theme,
)
from qualityplans.model.wording import commitment_zh, value_zh, when
from qualityplans.rows import statement_row
from qualityplans.serialize import jsonable
from qualityplans.text.terminal import display_width, pad, wrap

__all__ = [
    "FIELD_ZH",
    "DiffLike",
    "department_groups",
    "diff_dict",
    "diff_html",
    "diff_markdown",
    "diff_text",
    "reasons_zh",
    "target_text",
]

Link = Callable[[Any], str | None]

FIELD_ZH = {
    "amount": "数值",
    "comparator": "比较",
    "unit": "单位",
    "year": "年份",
    "kind": "类型",
    "commitment": "承诺",
}


class DiffLike(Protocol):
    """What the renderers read of a ``PlanDiff``."""

    @property
    def a(self) -> Plan: ...
    @property
    def b(self) -> Plan: ...
    @property
    def indicators(self) -> tuple[IndicatorChange, ...]: ...
    @property
    def related(self) -> tuple[IndicatorChange, ...]: ...
    @property
    def indicators_only_in_a(self) -> tuple[Indicator, ...]: ...
    @property
    def indicators_only_in_b(self) -> tuple[Indicator, ...]: ...
    @property
    def measures(self) -> Alignment: ...
    @property
    def departments(self) -> tuple[DepartmentLine, ...]: ...
    @property
    def themes(self) -> tuple[ThemeCounts, ...]: ...
    @property
    def catalog(self) -> Catalog: ...
    @property
    def changed(self) -> tuple[Any, ...]: ...
    @property
    def only_in_a(self) -> tuple[Any, ...]: ...
    @property
    def only_in_b(self) -> tuple[Any, ...]: ...


def target_text(t: Target) -> str:
    """A target as the one formatter says it: value, when, and the modal where it is
    aspirational (``较2013年下降13% 2016``, ``新增10个 2015 争取``)."""
    parts = [value_zh(t), when(t)]
    if t.commitment.value == "aspirational":
        parts.append(commitment_zh(t.commitment, t.modal))
    return " ".join(p for p in parts if p)


def _targets(ts: tuple[Target, ...]) -> str:
    return "; ".join(dict.fromkeys(target_text(t) for t in ts)) or "—"


def _roles(roles: tuple[tuple[Role, int], ...]) -> str:
    return ", ".join(f"{r.zh}×{n}" for r, n in roles)


def _bodies(side: Side) -> str:
    return "、".join(f"{d.name_zh} ({_roles(roles)})" for d, roles in side) or "—"


def reasons_zh(r: Reasons, catalog: Catalog) -> list[str]:
    """Why two measures were paired, in words a reader understands (Chinese first)."""
    out = []
    if r.shared_indicators:
        names = "、".join(catalog.get_indicator(i).name_zh for i in r.shared_indicators)
        out.append(f"都设有指标 {names}")
    shown = []
    for x, y in r.shared_departments:
        a, b = catalog.get_department(x).name_zh, catalog.get_department(y).name_zh
        shown.append(a if x == y else f"{a}（机构改革后为{b}）")
    if shown:
        out.append(f"都由{'、'.join(shown)}牵头或负责")
    if r.shared_themes:
        out.append("同属主题 " + "、".join(catalog.get_theme(t).name_zh for t in r.shared_themes))
    similar = max(r.title_similarity, r.text_similarity)
    if similar >= 50:
        out.append("标题与正文用词高度相近")
    elif similar >= 25:
        out.append("标题或正文用词相近")
    return out


def department_groups(
    lines: tuple[DepartmentLine, ...],
) -> list[tuple[str, list[DepartmentLine]]]:
    """The lines of responsibility by kind, the kinds with no line left out: bodies
    matched through the reform, the same bodies, bodies of one plan only, and the
    collectives (各县级市（区）人民政府) each plan names for work."""
    bodies = [x for x in lines if not x.collective]
    kinds = [
        ("经机构改革对应 through the reform", [x for x in bodies if x.through_lineage]),
        ("相同单位 same bodies", [x for x in bodies if x.a and x.b and not x.through_lineage]),
        ("仅见于 a only in a", [x for x in bodies if not x.b]),
        ("仅见于 b only in b", [x for x in bodies if not x.a]),
        ("统称 collectives", [x for x in lines if x.collective]),
    ]
    return [(k, rows) for k, rows in kinds if rows]


def _summary_en(d: DiffLike) -> str:
    return (
        f"{len(d.changed)} changed, {len(d.related)} related, {len(d.only_in_a)} only in a, "
        f"{len(d.only_in_b)} only in b"
    )


# ------------------------------------------------------------------------ text


def diff_text(d: DiffLike, width: int = 100) -> str:
    """Terminal text: one block per view, columns padded for CJK."""
    lines = [
        f"a: {d.a.id}  {d.a.title_zh}",
        f"b: {d.b.id}  {d.b.title_zh}",
        _summary_en(d),
        "",
        "Indicators with targets in both 两份规划均有目标的指标",
    ]
    for c in d.indicators:
        change = ", ".join(c.changed) if c.changed else "unchanged"
        note = " (periods differ 统计期不同)" if c.spans_differ else ""
        lines.extend(wrap(f"  {c.a_indicator.name_zh}  [{change}]{note}", width, "", "      "))
        sides = f"a {_targets(c.a_targets)}  →  b {_targets(c.b_targets)}"
        lines.extend(wrap(sides, width, "      "))
    if not d.indicators:
        lines.append("  (none)")
    if d.related:
        lines += ["", "Related indicators, not comparable 相关但不同的指标（不可直接比较）"]
        for c in d.related:
            lines.extend(
                wrap(f"  {c.a_indicator.name_zh} ~ {c.b_indicator.name_zh}", width, "", "      ")
            )
            sides = f"a {_targets(c.a_targets)}  |  b {_targets(c.b_targets)}"
            lines.extend(wrap(sides, width, "      "))
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
        lines.extend(wrap("；".join(reasons_zh(p.reasons, d.catalog)), width, " " * 7))
    for label, ms in (("a", d.measures.only_in_a), ("b", d.measures.only_in_b)):
        lines.append("")
        lines.append(f"Measures only in {label} 仅见于 {label} 的措施: {len(ms)}")
        for m in ms:
            lines.extend(wrap(f"  {m.label}{m.title_zh}", width, "", "    "))
    lines += ["", "Lead and responsible departments 牵头和负责单位"]
    for kind, rows in department_groups(d.departments):
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


# -------------------------------------------------------------------- markdown


def _md(text: str) -> str:
    """Text shown as is in Markdown: HTML-escaped, Markdown's special characters quoted."""
    escaped = html.escape(text, quote=False)
    return "".join("\\" + c if c in "\\`*_[]#|" else c for c in escaped)


def diff_markdown(d: DiffLike, link: Link | None = None) -> str:
    """Plain Markdown: every data string escaped; links only from ``link``."""

    def ref(obj: Plan | Measure | Indicator | Department | Theme, text: str) -> str:
        url = link(obj) if link is not None else None
        return f"[{_md(text)}]({url})" if url else _md(text)

    out = [
        f"- a: {ref(d.a, d.a.title_zh)}",
        f"- b: {ref(d.b, d.b.title_zh)}",
        "",
        _summary_en(d) + ".",
        "",
        "## 指标 Indicators",
        "",
    ]
    if d.indicators:
        out += ["| 指标 Indicator | a | b | 变化 Changed |", "| --- | --- | --- | --- |"]
        for c in d.indicators:
            changed = ", ".join(f"{FIELD_ZH[f]} {f}" for f in c.changed) or "无 unchanged"
            out.append(
                f"| {ref(c.a_indicator, c.a_indicator.name_zh)} | {_md(_targets(c.a_targets))} "
                f"| {_md(_targets(c.b_targets))} | {changed} |"
            )
    else:
        out.append("两份规划没有共同的指标。 No indicator has targets in both plans.")
    if d.related:
        out += ["", "## 相关指标 Related indicators", ""]
        out += ["| a | b |", "| --- | --- |"]
        for c in d.related:
            out.append(
                f"| {ref(c.a_indicator, c.a_indicator.name_zh)}: {_md(_targets(c.a_targets))} "
                f"| {ref(c.b_indicator, c.b_indicator.name_zh)}: {_md(_targets(c.b_targets))} |"
            )
    for label, indicators in (("a", d.indicators_only_in_a), ("b", d.indicators_only_in_b)):
        names = [ref(i, i.name_zh) for i in indicators]
        out += ["", f"仅见于 {label} Only in {label} ({len(names)}): " + ("、".join(names) or "—")]
    out += ["", "## 措施 Measures", ""]
    if d.measures.pairs:
        out += ["| a | b | 依据 Reasons |", "| --- | --- | --- |"]
        for p in d.measures.pairs:
            out.append(
                f"| {ref(p.a, p.a.label + p.a.title_zh)} | {ref(p.b, p.b.label + p.b.title_zh)} "
                f"| {_md('；'.join(reasons_zh(p.reasons, d.catalog)))} |"
            )
    else:
        out.append("没有可对应的措施。 No measures could be aligned.")
    out += ["", "## 单位 Departments", ""]
    for kind, rows in department_groups(d.departments):
        out += [f"### {kind}", ""]
        out.extend(f"- {_md(_bodies(line.a))} → {_md(_bodies(line.b))}" for line in rows)
        out.append("")
    return "\n".join(out) + "\n"


def diff_html(d: DiffLike) -> str:
    """A short escaped HTML summary, for Jupyter."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(c.a_indicator.name_zh)}</td><td>{e(_targets(c.a_targets))}</td>"
        f"<td>{e(_targets(c.b_targets))}</td><td>{e(', '.join(c.changed) or '—')}</td></tr>"
        for c in d.indicators
    )
    return (
        f"<p><strong>{e(d.a.title_zh)}</strong> → <strong>{e(d.b.title_zh)}</strong>: "
        f"{e(_summary_en(d))}</p>"
        "<table><thead><tr><th>indicator</th><th>a</th><th>b</th><th>changed</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


# ------------------------------------------------------------------------ dict


def _target_rows(plan: Plan, targets: tuple[Target, ...], catalog: Catalog) -> list[Any]:
    rows = []
    for t in targets:
        name = catalog.get_indicator(t.indicator).name_zh if t.indicator else None
        rows.append(jsonable(statement_row(plan, plan.parent_of(t.eid), t, name)))
    return rows


def _pair(p: MeasurePair, catalog: Catalog) -> dict[str, Any]:
    r = p.reasons
    return {
        "a": p.a.eid,
        "b": p.b.eid,
        "a_title": p.a.title_zh,
        "b_title": p.b.title_zh,
        "score": p.score,
        "reasons_zh": reasons_zh(r, catalog),
        "reasons": {
            "shared_indicators": list(r.shared_indicators),
            "shared_themes": list(r.shared_themes),
            "shared_departments": [list(x) for x in r.shared_departments],
            "title_similarity": r.title_similarity,
            "text_similarity": r.text_similarity,
        },
    }


def _side(side: Side) -> list[Any]:
    """Each body of a line by its id (``department``), or the collective (``collective``)."""
    return [
        {
            ("collective" if isinstance(d, Collective) else "department"): d.id,
            "roles": {r.value: n for r, n in roles},
        }
        for d, roles in side
    ]


def _change(c: IndicatorChange, d: DiffLike) -> dict[str, Any]:
    return {
        "a_indicator": c.a_indicator.id,
        "b_indicator": c.b_indicator.id,
        "related": c.related,
        "changed": list(c.changed),
        "spans_differ": c.spans_differ,
        "a_targets": _target_rows(d.a, c.a_targets, d.catalog),
        "b_targets": _target_rows(d.b, c.b_targets, d.catalog),
    }


def diff_dict(d: DiffLike) -> dict[str, Any]:
    """JSON-ready data: ids for records, targets as their rows (``rows.statement_row``)."""
    return {
        "a": d.a.id,
        "b": d.b.id,
        "summary": {
            "changed": len(d.changed),
            "related": len(d.related),
            "only_in_a": len(d.only_in_a),
            "only_in_b": len(d.only_in_b),
        },
        "indicators": {
            "both": [_change(c, d) for c in d.indicators],
            "related": [_change(c, d) for c in d.related],
            "only_in_a": [i.id for i in d.indicators_only_in_a],
            "only_in_b": [i.id for i in d.indicators_only_in_b],
        },
        "measures": {
            "pairs": [_pair(p, d.catalog) for p in d.measures.pairs],
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
