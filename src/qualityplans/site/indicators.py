"""A page per indicator (names, unit, definition, its history across plans as charts,
a table and a CSV), and the listing of every indicator grouped by theme.

The history is ``query.history``: every target and observation of the indicator,
each table row anchored as ``<plan>--<eid>`` (``links.indicator_statement_anchor``),
built from the statement's one row (``Found.record()``, i.e. ``rows.statement_row``)
so the page says each value exactly as the exports and the CLI do.

The charts cannot mislead (``indicator_charts``): one chart per kind of figure
(levels; changes against a base year; new in a year or a period; cumulative
totals), never two kinds on one axis; one series per jurisdiction, named in the
legend; targets hollow, reports filled; only a jurisdiction's own reports of a
level or a total are joined by a line. A kind with a single figure is not drawn
and the page says so. A sentence above each chart says, place by place, what it
shows, in Chinese and then in English.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from decimal import Decimal

from attrs import frozen

from qualityplans.compare.outcomes import Outcome, RegionMatch, Report
from qualityplans.model import (
    Better,
    Dimension,
    Direction,
    Indicator,
    Plan,
    Target,
    Unit,
    ValueKind,
)
from qualityplans.model.wording import KIND_EN, KIND_ZH, value_zh
from qualityplans.query.history import HistoryEntry, history, related_indicators
from qualityplans.rows import Row
from qualityplans.site import Page, charts, links, parts
from qualityplans.site.links import html_href
from qualityplans.site.parts import (
    catalog,
    data,
    front_matter,
    indicator_link,
    plan_link,
    plan_short_label,
    region,
    theme_link,
)
from qualityplans.site.templating import Markup, en, render, zh_en

__all__ = [
    "Figure",
    "csv_path",
    "indicator_charts",
    "indicator_csv",
    "indicator_page",
    "indicators_index_page",
    "pages",
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
    "note_zh",
    "note",
)

# A quote longer than this is folded in its cell (its start shown, the rest on a click).
LONG_QUOTE = 36


def pages() -> Iterator[Page]:
    yield INDEX, indicators_index_page()
    for indicator in data().indicators:
        yield links.indicator_path(indicator), indicator_page(indicator, _history(indicator))


def files() -> Iterator[tuple[str, bytes]]:
    """Each indicator's rows as CSV, beside its page."""
    for indicator in data().indicators:
        yield csv_path(indicator), indicator_csv(indicator).encode("utf-8")


def csv_path(indicator: Indicator | str) -> str:
    """The CSV download beside an indicator's page: ``indicators/<id>.csv``."""
    return links.indicator_path(indicator).removesuffix(".md") + ".csv"


def _history(indicator: Indicator) -> Sequence[HistoryEntry]:
    """The indicator's history in the site's catalog, found once per build."""
    found: Sequence[HistoryEntry] = parts.memo(
        f"history:{indicator.id}", lambda: tuple(history(indicator.id, catalog=catalog()))
    )
    return found


# ----------------------------------------------------------------- the page


def indicator_page(indicator: Indicator, entries: Sequence[HistoryEntry] | None = None) -> str:
    """The Markdown of one indicator's page; ``entries`` default to its history."""
    if entries is None:
        entries = _history(indicator)
    page = links.indicator_path(indicator)
    figures, left_out = indicator_charts(indicator, entries)
    judged = any(e.is_target and e.statement.value is not None for e in entries)
    return render(
        "indicator.md",
        # The table of contents would hold one heading: its column goes to the table.
        front_matter=Markup(
            "\n".join(front_matter(f"{indicator.name_zh} · 指标 Indicator", "toc", boost=2))
        ),
        indicator=indicator,
        facts=_facts(indicator, entries, page),
        figures=figures,
        left_out=left_out,
        rows=[_history_row(e, page, judged) for e in entries],
        judged=judged,
        csv_href=html_href(page, csv_path(indicator)),
    )


def _facts(
    indicator: Indicator, entries: Sequence[HistoryEntry], page: str
) -> list[tuple[object, object]]:
    targets = sum(1 for e in entries if e.is_target)
    plans = {e.plan.id for e in entries}
    unit: object = (
        Markup("{} {}").format(indicator.unit.value, en(_DIMENSION_EN[indicator.unit.dimension]))
        if indicator.unit is not None
        else Markup("定性 {}").format(en("qualitative: a state, not an amount"))
    )
    rows: list[tuple[object, object]] = [(Markup("单位 {}").format(en("Unit")), unit)]
    if indicator.aliases:
        rows.append((Markup("又作 {}").format(en("Also written")), "、".join(indicator.aliases)))
    if indicator.definition_zh or indicator.definition:
        definition = zh_en(indicator.definition_zh, indicator.definition)
        rows.append((Markup("定义 {}").format(en("Definition")), definition))
    rows.append((Markup("更好的方向 {}").format(en("Better")), _BETTER_TEXT[indicator.better]))
    if indicator.themes:
        rows.append(
            (
                Markup("主题 {}").format(en("Themes")),
                Markup("、").join(Markup(theme_link(page, t)) for t in indicator.themes),
            )
        )
    related = related_indicators(indicator.id, catalog=catalog())
    if related:
        names = Markup("、").join(Markup(indicator_link(page, r, english=False)) for r in related)
        rows.append(
            (
                Markup("相关指标 {}").format(en("Related")),
                Markup("{}<br>{} {}").format(
                    names,
                    "相关但不同的指标：所计之事不同，数值不能与本指标直接比较。",
                    en(
                        "Related but different measures: they count different things, "
                        "so their figures are not comparable with this one's."
                    ),
                ),
            )
        )
    rows.append(
        (
            Markup("记录 {}").format(en("Records")),
            Markup("{} 项目标 {} · {} 项实绩 {} · {} 份规划 {}").format(
                targets,
                en("targets"),
                len(entries) - targets,
                en("observations"),
                len(plans),
                en("plans"),
            ),
        )
    )
    return rows


_BETTER_TEXT = {
    Better.HIGHER: Markup("越高越好 {}").format(en("higher is better")),
    Better.LOWER: Markup("越低越好 {}").format(en("lower is better")),
    Better.NEITHER: Markup("不分高低 {}").format(
        en("neither: a state, or a count not wanted up or down")
    ),
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


# ---------------------------------------------------------------- the table


def _outcomes() -> dict[tuple[str, str], Outcome]:
    """Every target's outcome, by (plan id, target eid), judged once for the whole build."""
    found: dict[tuple[str, str], Outcome] = parts.memo(
        "outcomes",
        lambda: {(o.plan.id, o.target.eid): o for o in parts.site_outcomes()},
    )
    return found


@frozen
class _Link:
    """A report's value and year, linked to its row on the page."""

    anchor: str
    text: str


def _report_link(report: Report) -> _Link:
    where = "" if report.region is RegionMatch.SAME else f"，{report.region.zh}"
    return _Link(
        links.indicator_statement_anchor(report.plan, report.observation),
        f"{value_zh(report.observation)}（{report.year}{where}）",
    )


def _outcome(e: HistoryEntry) -> dict[str, object] | None:
    """A target's outcome (met, missed, pending …), the report it was judged against
    and later reports; None for a report or a target without an amount."""
    found = _outcomes().get((e.plan.id, e.statement.eid)) if e.is_target else None
    if found is None:
        return None
    later: dict[tuple[str, int | None], Report] = {}
    for report in found.context:  # the same figure stated twice (text, table) shows once
        later.setdefault((value_zh(report.observation), report.year), report)
    return {
        "status": found.status.value,
        "zh": found.status.zh,
        "en": found.status.value.replace("-", " "),
        "reason": found.reason,
        "report": _report_link(found.report) if found.report is not None else None,
        "later": [_report_link(r) for r in later.values()],
    }


def _history_row(e: HistoryEntry, page: str, judged: bool) -> dict[str, object]:
    """One row of the history table, from the statement's one row (``Found.record()``)."""
    record = e.record()
    s = e.statement
    quote = str(record["quote"])
    value_en = str(record["value_en"])
    same = "".join(value_en.split()) == "".join(str(record["value_zh"]).split())
    kind = s.kind
    return {
        "anchor": links.indicator_statement_anchor(e.plan, s),
        "when": record["when"] or "—",
        "plan": Markup(plan_link(page, e.plan)),
        "value_zh": record["value_zh"] or "—",
        "value_en": "" if same else value_en,
        "target": e.is_target,
        "kind_zh": KIND_ZH[kind] if kind is not ValueKind.LEVEL else "",
        "kind_en": KIND_EN[kind] if kind is not ValueKind.LEVEL else "",
        "commitment_zh": record.get("commitment_zh") or "",
        "commitment_en": record.get("commitment") or "",
        "href": html_href(page, links.statement_path(e.plan, e.block, s)),
        "quote": quote,
        "quote_start": quote[: LONG_QUOTE - 8] + "…" if len(quote) > LONG_QUOTE else None,
        "outcome": _outcome(e) if judged else None,
    }


# ---------------------------------------------------------------- the charts


@frozen
class Figure:
    """One chart of an indicator's page and the sentence that says what it shows: every
    figure on it is of one ``kind`` and one ``dimension`` (and, new in a period, of one
    period length)."""

    chart: charts.Chart
    kind: ValueKind
    dimension: Dimension
    heading_zh: str
    heading_en: str
    said_zh: str
    said_en: str

    @property
    def svg(self) -> Markup:
        return charts.svg(self.chart)


@frozen
class _Point:
    """One figure on a chart: the statements (one, or the same figure stated again)."""

    region: str
    target: bool
    entries: tuple[HistoryEntry, ...]
    records: tuple[Row, ...]

    @property
    def first(self) -> HistoryEntry:
        return self.entries[0]

    @property
    def values_zh(self) -> str:
        return "／".join(dict.fromkeys(str(r["value_zh"]) for r in self.records))

    @property
    def values_en(self) -> str:
        return " / ".join(dict.fromkeys(str(r["value_en"]) for r in self.records))

    @property
    def when(self) -> str:
        return str(self.records[0]["when"])


def _panel(e: HistoryEntry) -> tuple[ValueKind, Dimension, int] | None:
    """Which chart a figure belongs on: its kind, its unit's dimension and, for a
    figure new in a period, the period's length (one year's and five years' counts
    are not drawn on one axis). None for a figure with no amount or no year."""
    s = e.statement
    if s.value is None or e.year is None:
        return None
    length = s.period.end - s.period.start + 1 if s.period is not None else 1
    return s.kind, s.value.unit.dimension, length if s.kind is ValueKind.NEW else 0


def _heading(kind: ValueKind, length: int) -> tuple[str, str]:
    if kind is ValueKind.LEVEL:
        return "水平", "Level"
    if kind is ValueKind.CHANGE:
        return "较基准年的变化（不是水平）", "Change against a base year (not a level)"
    if kind is ValueKind.CUMULATIVE:
        return "累计总数", "Cumulative total"
    if length == 1:
        return "当年新增", "New in the year"
    return f"{length}年内新增", f"New over {length} years"


# What the y axis counts, written horizontally above it beside the unit.
_AXIS = {
    ValueKind.LEVEL: "水平",
    ValueKind.CHANGE: "较基准年的变化，下降为负",
    ValueKind.NEW: "新增",
    ValueKind.CUMULATIVE: "累计",
    ValueKind.QUALITATIVE: "定性",
}


def _points(group: Sequence[HistoryEntry]) -> list[_Point]:
    """The group's figures, the same figure stated twice (text and table) made one."""
    found: dict[tuple[object, ...], list[HistoryEntry]] = {}
    for e in group:
        s, q = e.statement, e.statement.value
        assert q is not None
        where = (e.plan.region, e.is_target, e.year, s.period, s.direction, s.base_year)
        key = (*where, q.amount, q.upper)
        found.setdefault(key, []).append(e)
    return [
        _Point(es[0].plan.region, es[0].is_target, tuple(es), tuple(x.record() for x in es))
        for es in found.values()
    ]


def _place(region_id: str) -> tuple[str, str]:
    found = region(region_id)
    return (found.name_zh, found.name_en) if found is not None else (region_id, region_id)


def _said(points: Sequence[_Point]) -> tuple[str, str]:
    """Place by place, what the figures are: ``苏州市：2016年目标新增80个；相城区：…``."""
    by_place: dict[str, list[_Point]] = {}
    for p in points:
        by_place.setdefault(p.region, []).append(p)
    zh, english = [], []
    for place, found in by_place.items():
        name_zh, name_en = _place(place)
        zh.append(
            f"{name_zh}："
            + "，".join(f"{p.when}年{'目标' if p.target else '实绩'}{p.values_zh}" for p in found)
        )
        english.append(
            f"{name_en}: "
            + ", ".join(
                f"target {p.values_en} for {p.when}"
                if p.target
                else f"observed {p.values_en} in {p.when}"
                for p in found
            )
        )
    return "；".join(zh) + "。", "; ".join(english) + "."


def _title(p: _Point) -> str:
    """A mark's hover text: place, year, what it is, the value, plan and quote."""
    name_zh, name_en = _place(p.region)
    lines = []
    for e, record in zip(p.entries, p.records, strict=True):
        kind = "目标 target" if e.is_target else "实绩 observed"
        modal = f"（{record['commitment_zh']}）" if record.get("commitment_zh") else ""
        lines.append(
            f"{record['when']}年 {kind}{modal}：{record['value_zh']}（{record['value_en']}）· "
            f"{plan_short_label(e.plan)} ·「{record['quote']}」"
        )
    return f"{name_zh} {name_en} · " + " ／ ".join(lines)


def indicator_charts(
    indicator: Indicator, entries: Sequence[HistoryEntry]
) -> tuple[list[Figure], tuple[str, str] | None]:
    """The indicator's charts, one per kind of figure with two or more figures, and a
    note (Chinese, English) naming the figures left undrawn, each the only one of its
    kind, if any."""
    groups: dict[tuple[ValueKind, Dimension, int], list[HistoryEntry]] = {}
    for e in entries:
        key = _panel(e)
        if key is not None:
            groups.setdefault(key, []).append(e)
    figures: list[Figure] = []
    alone: list[_Point] = []
    every = [p for group in groups.values() for p in _points(group)]
    for (kind, dimension, length), group in groups.items():
        points = _points(group)
        if len(points) < 2:
            alone.extend(points)
            continue
        figures.append(_figure(indicator, len(figures) + 1, kind, dimension, length, points))
    if not alone or len(every) < 2:
        return figures, None  # a single figure is no history: the table states it
    said_zh, said_en = _said(alone)
    note = (
        f"未绘入图表：{said_zh}每项都是同类数值中唯一的一项；水平、变化、当年或多年新增、累计"
        "各类数值从不画在同一坐标上。数值见下表。",
        f"Not charted: {said_en} Each is the only figure of its kind; levels, changes, "
        "figures new in a year or a period, and cumulative totals are never drawn on one "
        "axis. The table below states them.",
    )
    return figures, note


def _figure(
    indicator: Indicator,
    number: int,
    kind: ValueKind,
    dimension: Dimension,
    length: int,
    points: Sequence[_Point],
) -> Figure:
    heading_zh, heading_en = _heading(kind, length)
    places = list(dict.fromkeys(p.region for p in points))
    units = [p.first.statement.value.unit for p in points if p.first.statement.value is not None]
    unit = indicator.unit if indicator.unit in units else units[0]
    axis = f"{unit.value if unit is not Unit.INDEX else '指数'}（{_AXIS[kind]}）"
    marks = []
    for p in points:
        s = p.first.statement
        q = s.value
        assert q is not None
        assert p.first.year is not None
        sign = -1 if s.kind is ValueKind.CHANGE and s.direction is Direction.DOWN else 1
        marks.append(
            charts.Mark(
                series=places.index(p.region),
                year=p.first.year,
                amount=sign * q.amount,
                target=p.target,
                label=p.values_zh,
                title=_title(p),
                upper=sign * q.upper if q.upper is not None else None,
                start=s.period.start if s.period is not None and kind is ValueKind.NEW else None,
            )
        )
    said_zh, said_en = _said(points)
    amounts = [m.amount for m in marks] + [m.upper for m in marks if m.upper is not None]
    chart = charts.Chart(
        id=f"chart-{indicator.id}-{number}",
        title=f"{indicator.name_zh}：{heading_zh} {indicator.name_en}: {heading_en.lower()}",
        description=f"{said_zh} {said_en} 数据见下表 The data are in the table below.",
        axis=axis,
        series=tuple(charts.Series(*_place(r)) for r in places),
        marks=tuple(marks),
        integer=dimension is Dimension.COUNT and all(a == a.to_integral_value() for a in amounts),
        zero=kind is not ValueKind.LEVEL or dimension is Dimension.COUNT,
        ceiling=Decimal(100) if unit is Unit.PERCENT and kind is ValueKind.LEVEL else None,
        join=kind in (ValueKind.LEVEL, ValueKind.CUMULATIVE),
    )
    return Figure(chart, kind, dimension, heading_zh, heading_en, said_zh, said_en)


# ------------------------------------------------------------------- the CSV


def indicator_csv(indicator: Indicator, entries: Sequence[HistoryEntry] | None = None) -> str:
    """The indicator's history as CSV (UTF-8 with a byte-order mark, for Excel)."""
    if entries is None:
        entries = _history(indicator)
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
            "block": e.block.eid,
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
            "note_zh": s.note_zh,
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
    themes = [(t.id, t.name_zh, t.name_en) for t in d.themes]
    if "" in by_theme:
        themes.append(("", "其他", "Other"))
    sections = []
    for theme_id, zh, name_en in themes:
        members = by_theme.get(theme_id)
        if not members:
            continue
        sections.append(
            {
                "anchor": theme_id or "other",
                "zh": zh,
                "en": name_en,
                "href": html_href(page, links.theme_path(theme_id)) if theme_id else None,
                "rows": [_listing_row(page, i) for i in members],
            }
        )
    header = [
        Markup("{}{}").format(zh, en(english))
        for zh, english in (
            ("指标", "Indicator"),
            ("单位", "Unit"),
            ("目标", "Targets"),
            ("实绩", "Observed"),
            ("规划", "Plans"),
        )
    ]
    return render("indicators.md", count=len(d.indicators), sections=sections, header=header)


def _listing_row(page: str, indicator: Indicator) -> list[object]:
    entries = _history(indicator)
    targets = sum(1 for e in entries if e.is_target)
    plans: list[Plan] = list({e.plan.id: e.plan for e in entries}.values())
    unit: object = (
        indicator.unit.value
        if indicator.unit is not None
        else Markup("定性 {}").format(en("qualitative"))
    )
    return [
        Markup(indicator_link(page, indicator)),
        unit,
        targets,
        len(entries) - targets,
        Markup("<br>").join(Markup(plan_link(page, p)) for p in plans) or "—",
    ]
