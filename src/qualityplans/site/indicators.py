"""A page per indicator (names, unit, definition, its history across plans as a chart,
a table and a CSV), and the listing of every indicator grouped by theme.

The history is ``history.history``: every target and observation of the
indicator, each row anchored as ``<plan>--<eid>`` (``links.indicator_statement_anchor``)
and quoting the document, the quote linking to the statement on its block's page.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

from qualityplans.compare.outcomes import Outcome, RegionMatch, Report
from qualityplans.model import (
    Better,
    Dimension,
    Direction,
    Indicator,
    Observation,
    Target,
    ValueKind,
)
from qualityplans.model.wording import value_zh
from qualityplans.model.wording import when as when_of
from qualityplans.query.history import HistoryEntry, history, related_indicators
from qualityplans.site import Page, charts, links, parts
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr, escape
from qualityplans.site.parts import (
    KIND_ZH,
    commitment_text,
    data,
    en,
    front_matter,
    html_table,
    indicator_link,
    plan_link,
    plan_short_label,
    statement_type,
    theme_link,
)

__all__ = [
    "csv_path",
    "indicator_csv",
    "indicator_page",
    "indicators_index_page",
    "outcome_cell",
    "pages",
    "value_cell",
]

INDEX = "indicators/index.md"

CSV_COLUMNS = (
    "indicator",
    "indicator_zh",
    "plan",
    "plan_title_zh",
    "eid",
    "block",
    "type",
    "kind",
    "year",
    "period_start",
    "period_end",
    "base_year",
    "direction",
    "comparator",
    "amount",
    "upper",
    "unit",
    "written",
    "commitment",
    "modal",
    "period_label",
    "qualitative",
    "quote",
    "note",
)


def pages() -> Iterator[Page]:
    yield INDEX, indicators_index_page()
    for indicator in data().indicators:
        yield links.indicator_path(indicator), indicator_page(indicator, history(indicator.id))


def files() -> Iterator[tuple[str, bytes]]:
    """Each indicator's rows as CSV, beside its page."""
    for indicator in data().indicators:
        yield csv_path(indicator), indicator_csv(indicator).encode("utf-8")


def csv_path(indicator: Indicator | str) -> str:
    """The CSV download beside an indicator's page: ``indicators/<id>.csv``."""
    return links.indicator_path(indicator).removesuffix(".md") + ".csv"


# ----------------------------------------------------------------- the page


def indicator_page(indicator: Indicator, entries: Sequence[HistoryEntry] | None = None) -> str:
    """The Markdown of one indicator's page; ``entries`` default to its history."""
    if entries is None:
        entries = history(indicator.id)
    page = links.indicator_path(indicator)
    out = [
        *front_matter(f"{indicator.name_zh} · 指标 Indicator", boost=2),
        f"# {escape(indicator.name_zh)}",
        "",
        f'<p class="qp-subtitle">{attr(indicator.name_en)}</p>',
        "",
        *_facts(indicator, entries, page),
        "## 历年目标与实绩 History across plans {#history}",
        "",
    ]
    if not entries:
        out.extend(["尚无规划提及此指标。 No curated plan states a figure for it yet.", ""])
    else:
        out.extend(_charts(indicator, entries))
        out.extend(_history_table(entries, page))
        csv_href = attr(html_href(page, csv_path(indicator)))
        out.extend(
            [
                f'<p class="qp-download"><a href="{csv_href}" download>'
                f"下载本表 CSV · Download these rows as CSV</a></p>",
                "",
            ]
        )
    return "\n".join(out) + "\n"


def _facts(indicator: Indicator, entries: Sequence[HistoryEntry], page: str) -> list[str]:
    targets = sum(1 for e in entries if e.is_target)
    plans = {e.plan.id for e in entries}
    unit = (
        f"{attr(indicator.unit.value)} {en(_DIMENSION_EN[indicator.unit.dimension])}"
        if indicator.unit is not None
        else f"定性 {en('qualitative: a state, not an amount')}"
    )
    rows: list[tuple[str, str]] = [("单位 Unit", unit)]
    if indicator.aliases:
        rows.append(("又作 Also written", "、".join(attr(a) for a in indicator.aliases)))
    if indicator.definition:
        rows.append(("定义 Definition", attr(indicator.definition)))
    rows.append(("更好的方向 Better", _BETTER_TEXT[indicator.better]))
    if indicator.themes:
        rows.append(("主题 Themes", "、".join(theme_link(page, t) for t in indicator.themes)))
    related = related_indicators(indicator.id)
    if related:
        rows.append(
            (
                "相关指标 Related",
                "、".join(indicator_link(page, r, english=False) for r in related),
            )
        )
    rows.append(
        (
            "记录 Records",
            f"{targets} 项目标 targets · {len(entries) - targets} 项实绩 observations · "
            f"{len(plans)} 份规划 plans",
        )
    )
    out = ['<dl class="qp-meta">']
    out.extend(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    out.extend(["</dl>", ""])
    return out


_BETTER_TEXT = {
    Better.HIGHER: f"越高越好 {en('higher is better')}",
    Better.LOWER: f"越低越好 {en('lower is better')}",
    Better.NEITHER: f"不分高低 {en('neither: a state, or a count not wanted up or down')}",
}

_DIMENSION_EN = {
    Dimension.RATIO: "percent",
    Dimension.RATIO_CHANGE: "percentage points",
    Dimension.COUNT: "count",
    Dimension.SCORE: "score or index",
    Dimension.MONEY: "100 million yuan",
    Dimension.AREA: "mu",
    Dimension.SOUND_LEVEL: "decibels",
    Dimension.CONCENTRATION: "µg/m³",
    Dimension.RATE: "rate",
}


def _outcomes() -> dict[tuple[str, str], Outcome]:
    """Every target's outcome, by (plan id, target eid), judged once for the whole build."""
    found: dict[tuple[str, str], Outcome] = parts.memo(
        "outcomes",
        lambda: {(o.plan.id, o.target.eid): o for o in parts.site_outcomes()},
    )
    return found


def outcome_cell(e: HistoryEntry) -> str:
    """A target's outcome (met, missed, pending …), the report it was judged against
    linked to that report's row; empty for an observation or a target without an amount."""
    found = _outcomes().get((e.plan.id, e.statement.eid)) if e.is_target else None
    if found is None:
        return ""
    status = found.status
    out = (
        f'<span class="qp-outcome qp-outcome-{status.value}" title="{attr(found.reason)}">'
        f"{attr(status.zh)} {en(status.value.replace('-', ' '))}</span>"
    )
    if found.report is not None:
        out += f"<br>对照 vs {_report_link(found.report)}"
    later: dict[tuple[str, int | None], Report] = {}
    for report in found.context:  # the same figure stated twice (text, table) shows once
        later.setdefault((value_zh(report.observation), report.year), report)
    if later:
        out += "<br>其后 later: " + "；".join(_report_link(r) for r in later.values())
    return out


def _report_link(report: Report) -> str:
    """A report's value and year, linked to its row on this page."""
    anchor = links.indicator_statement_anchor(report.plan, report.observation)
    where = "" if report.region is RegionMatch.SAME else f"，{attr(report.region.zh)}"
    return (
        f'<a href="#{attr(anchor)}">{attr(value_zh(report.observation))}'
        f"（{report.year}{where}）</a>"
    )


def _history_table(entries: Sequence[HistoryEntry], page: str) -> list[str]:
    header = [
        "年份 Year",
        "规划 Plan",
        "类型 Type",
        "数值 Value",
        "原文 Quote",
    ]
    judged = any(e.is_target and e.statement.value is not None for e in entries)
    if judged:
        header.append("结果 Outcome")
    rows, ids = [], []
    for e in entries:
        s = e.statement
        block = e.plan.parent_of(s.eid)
        quote = html_href(page, links.statement_path(e.plan, block, s))
        kind = statement_type(s)
        if isinstance(s, Target):
            kind += f'<br><span class="qp-commitment">{commitment_text(s)}</span>'
        rows.append(
            [
                attr(when_of(s) or "—"),
                plan_link(page, e.plan),
                kind,
                value_cell(s),
                f'<a class="qp-cite" href="{attr(quote)}">「{attr(s.quote)}」</a>',
                *([outcome_cell(e)] if judged else []),
            ]
        )
        ids.append(links.indicator_statement_anchor(e.plan, s))
    return html_table(header, rows, ids=ids, search=False, css="qp-history")


def value_cell(s: Target | Observation) -> str:
    """The value as stated (≥ 98%, −13%, 2–3 家), or the qualitative words as written."""
    if s.value is None:
        return attr(s.qualitative or "—")
    return f'<span class="qp-value">{attr(value_zh(s))}</span>'


# ---------------------------------------------------------------- the charts


def _charts(indicator: Indicator, entries: Sequence[HistoryEntry]) -> list[str]:
    """One chart per kind of value (levels, changes, new in period …) with two or more
    distinct figures; a single figure is left to the table."""
    groups: dict[tuple[ValueKind, Dimension], list[HistoryEntry]] = {}
    for e in entries:
        s = e.statement
        if s.value is not None and e.year is not None:
            groups.setdefault((s.kind, s.value.unit.dimension), []).append(e)
    out: list[str] = []
    for number, ((kind, _), group) in enumerate(groups.items(), start=1):
        units = [e.statement.value.unit for e in group if e.statement.value is not None]
        unit = indicator.unit if indicator.unit in units else units[0]
        chart_id = f"chart-{indicator.id}-{number}"
        what = f"{KIND_ZH[kind]} {kind.value}"
        title = f"{indicator.name_zh}（{KIND_ZH[kind]}） {indicator.name_en} ({kind.value})"
        points, said = [], []
        seen = set()
        for e in group:
            s, q = e.statement, e.statement.value
            assert q is not None
            assert e.year is not None
            label = value_zh(s)
            # One mark per value: the same figure stated twice (text and table) is one point.
            key = (e.year, q.amount, q.upper, e.is_target)
            said.append(
                f"{'目标 target' if e.is_target else '实绩 observed'} {when_of(s)} {label}"
                f"（{plan_short_label(e.plan)}）"
            )
            if key in seen:
                continue
            seen.add(key)
            amount = -q.amount if s.direction is Direction.DOWN else q.amount
            points.append(charts.Point(e.year, amount, e.is_target, label, q.upper))
        if len(points) < 2:
            continue  # one figure is no history: the table states it, a chart would not add
        description = (
            f"{what}，单位 {unit.value}。"
            + "；".join(said)
            + "。数据见下表 The data are in the table below."
        )
        svg = charts.point_chart(chart_id, title, description, points, unit.value)
        caption = (
            f"{attr(indicator.name_zh)} · {attr(KIND_ZH[kind])} {en(kind.value)} · "
            f"{attr(unit.value)} · ◆ 目标 target ● 实绩 observed"
        )
        out.extend(
            [
                '<figure class="qp-chart" data-search-exclude>',
                svg,
                f"<figcaption>{caption}</figcaption>",
                "</figure>",
                "",
            ]
        )
    return out


# ------------------------------------------------------------------- the CSV


def indicator_csv(indicator: Indicator, entries: Sequence[HistoryEntry] | None = None) -> str:
    """The indicator's history as CSV (UTF-8 with a byte-order mark, for Excel)."""
    if entries is None:
        entries = history(indicator.id)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in entries:
        s, q = e.statement, e.statement.value
        row: dict[str, object] = {
            "indicator": indicator.id,
            "indicator_zh": indicator.name_zh,
            "plan": e.plan.id,
            "plan_title_zh": e.plan.title_zh,
            "eid": s.eid,
            "block": e.plan.parent_of(s.eid).eid,
            "type": "target" if e.is_target else "observation",
            "kind": s.kind.value,
            "year": e.year,
            "period_start": s.period.start if s.period else None,
            "period_end": s.period.end if s.period else None,
            "base_year": s.base_year,
            "direction": s.direction.value if s.direction else None,
            "comparator": q.comparator.value if q else None,
            "amount": str(q.amount) if q else None,
            "upper": str(q.upper) if q and q.upper is not None else None,
            "unit": q.unit.value if q else None,
            "written": q.written if q else None,
            "commitment": s.commitment.value if isinstance(s, Target) else None,
            "modal": s.modal if isinstance(s, Target) else None,
            "period_label": None if isinstance(s, Target) else s.period_label,
            "qualitative": s.qualitative,
            "quote": s.quote,
            "note": s.note,
        }
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return "\ufeff" + buffer.getvalue()


# ---------------------------------------------------------------- the listing


def indicators_index_page() -> str:
    """Every indicator under its first theme, with its unit, counts and plans."""
    d = data()
    page = INDEX
    by_theme: dict[str, list[Indicator]] = {}
    for indicator in d.indicators:
        by_theme.setdefault(indicator.themes[0] if indicator.themes else "", []).append(indicator)
    out = [
        "# 指标 Indicators",
        "",
        f"{len(d.indicators)} 项指标，跨规划统一：同一指标在不同规划中的目标与实绩归于同一页。",
        f"{len(d.indicators)} indicators, shared across plans: one page gathers every target "
        "and observation of the same thing, whichever plan states it.",
        "",
    ]
    themes = [(t.id, t.name_zh, t.name_en) for t in d.themes]
    if "" in by_theme:
        themes.append(("", "其他", "Other"))
    for theme_id, zh, name_en in themes:
        members = by_theme.get(theme_id)
        if not members:
            continue
        anchor = theme_id or "other"
        out.extend([f"## {escape(zh)} {escape(name_en)} {{#{anchor}}}", ""])
        if theme_id:
            theme_href = attr(html_href(page, links.theme_path(theme_id)))
            out.extend([f'<p><a href="{theme_href}">主题页 Theme page →</a></p>', ""])
        rows = []
        for indicator in members:
            entries = history(indicator.id)
            targets = sum(1 for e in entries if e.is_target)
            plans = []
            for e in entries:
                if e.plan not in plans:
                    plans.append(e.plan)
            rows.append(
                [
                    indicator_link(page, indicator),
                    attr(indicator.unit.value) if indicator.unit else f"定性 {en('qualitative')}",
                    str(targets),
                    str(len(entries) - targets),
                    "<br>".join(plan_link(page, p) for p in plans) or "—",
                ]
            )
        header = ["指标 Indicator", "单位 Unit", "目标 Targets", "实绩 Observed", "规划 Plans"]
        out.extend(html_table(header, rows, css="qp-listing"))
    return "\n".join(out) + "\n"
