"""Indicator charts that cannot mislead, read from the page functions (no build).

One chart per kind of figure, one series per jurisdiction named in the legend,
targets hollow and reports filled, no line across places or kinds, a change drawn
as a change, whole-number ticks for counts, a <title> on every mark and a
sentence above each chart saying, place by place, what it shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from xml.etree import ElementTree

import attrs
import pytest

from qualityplans.catalog import Catalog, dataset, get_indicator, use_catalog
from qualityplans.model import Dimension, Direction, Observation, Quantity, Unit, ValueKind
from qualityplans.model.wording import value_en, value_zh
from qualityplans.query.found import Found
from qualityplans.query.history import history
from qualityplans.site import charts, indicators

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def shipped_plans_only() -> Iterator[None]:
    """These charts pin facts of the shipped plans: draw them from the shipped data alone
    (the test command also runs with extra plans loaded, which would add their places)."""
    with use_catalog(Catalog.shipped()):
        yield


BRAND = "jiangsu-famous-brand-products"
ENGINEERING = "large-medium-project-acceptance-rate"
PM25 = "pm25-annual-mean"


def tree(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)


def texts(element: ElementTree.Element) -> list[str]:
    return ["".join(t.itertext()) for t in element.iter(f"{SVG}text")]


def part(root: ElementTree.Element, css: str) -> ElementTree.Element:
    """The group of class ``css`` (the legend, the y axis)."""
    found = root.find(f"{SVG}g[@class='{css}']")
    assert found is not None, css
    return found


def charted() -> list[tuple[str, indicators.Figure]]:
    """Every chart of every indicator, with the indicator's id."""
    return [
        (i.id, f)
        for i in dataset().indicators
        for f in indicators.indicator_charts(i, history(i.id))[0]
    ]


def test_famous_brand_chart_has_two_series_never_one() -> None:
    # Suzhou's 80 (2016) and Xiangcheng's 10 (2017) are two places: never one line.
    figures, note = indicators.indicator_charts(get_indicator(BRAND), history(BRAND))
    assert note is None
    [figure] = figures
    chart = figure.chart
    assert [s.name_zh for s in chart.series] == ["苏州市", "相城区"]
    assert sorted((m.series, m.year, m.amount, m.target) for m in chart.marks) == [
        (0, 2016, Decimal(80), True),
        (1, 2017, Decimal(10), True),
    ]
    assert figure.said_zh == "苏州市：2016年目标新增80个；相城区：2017年目标新增10个。"
    assert figure.said_en == (
        "Suzhou: target 80 个 new for 2016; Xiangcheng District: target 10 个 new for 2017."
    )
    assert figure.heading_zh == "当年新增"
    root = tree(figure.svg)
    assert root.find(f"{SVG}polyline") is None  # nothing joins the two
    legend = texts(part(root, "qp-chart__legend"))
    assert "苏州市 Suzhou" in legend
    assert "相城区 Xiangcheng District" in legend
    assert "空心 目标 Target" in legend
    assert "实心 实绩 Observed" not in legend  # no report on this chart, no key for one


def test_three_places_at_100_percent_are_three_named_series() -> None:
    [figure] = indicators.indicator_charts(get_indicator(ENGINEERING), history(ENGINEERING))[0]
    chart = figure.chart
    assert [s.name_zh for s in chart.series] == ["苏州市", "相城区", "盐城市"]
    hundred = [m for m in chart.marks if m.amount == 100]
    assert sorted(m.series for m in hundred) == [0, 1, 2]
    # each mark's hover text names its place, year, value, plan and quote
    suzhou = next(m for m in hundred if m.series == 0)
    assert suzhou.title.startswith("苏州市 Suzhou · 2016年 目标 target（达到）：100%（100%）")
    assert "苏州市 2016 行动计划 ·「2016年大中型工程一次验收合格率达到100%」" in suzhou.title
    # the 2020 report and the 2025 target are each stated twice (text, table): one mark
    assert sorted((m.year, m.target) for m in chart.marks if m.series == 0) == [
        (2016, True),
        (2020, False),
        (2025, True),
    ]
    assert chart.join  # a place's own reports of a level may be joined
    assert chart.ceiling == 100  # a percentage axis never runs past 100


def _change(target: Found, eid: str, year: int, amount: str) -> Found:
    s = target.statement
    assert s.value is not None
    moved = attrs.evolve(s, eid=eid, year=year, value=attrs.evolve(s.value, amount=Decimal(amount)))
    return attrs.evolve(target, statement=moved)


def _level(target: Found, eid: str, year: int, amount: str) -> Found:
    observed = Observation(
        eid=eid,
        quote="PM2.5年均浓度为45微克/立方米",
        kind=ValueKind.LEVEL,
        indicator=PM25,
        value=Quantity(Decimal(amount), Unit.UG_PER_M3, f"{amount}微克/立方米"),
        year=year,
    )
    return attrs.evolve(target, statement=observed)


def test_pm25_change_target_is_drawn_as_a_change_never_as_a_level() -> None:
    [real] = history(PM25)
    assert real.statement.kind is ValueKind.CHANGE
    assert real.statement.direction is Direction.DOWN
    indicator = get_indicator(PM25)
    # alone it is one figure: no chart, the table states it
    assert indicators.indicator_charts(indicator, [real]) == ([], None)
    # beside a second change and a reported level, the changes get their own chart and
    # the single level is left out, with a note that says so
    entries = [
        _level(real, "obs_x", 2015, "45"),
        real,
        _change(real, "tgt_x", 2020, "20"),
    ]
    figures, note = indicators.indicator_charts(indicator, entries)
    [figure] = figures
    assert figure.heading_zh == "较基准年的变化（不是水平）"
    assert [m.amount for m in figure.chart.marks] == [Decimal(-13), Decimal(-20)]  # falls
    assert [m.label for m in figure.chart.marks] == ["较2013年下降13%", "较2013年下降20%"]
    assert figure.chart.zero
    assert not figure.chart.join  # changes are never joined
    assert figure.chart.axis == "%（较基准年的变化，下降为负）"  # a change of 13 percent
    assert figure.said_zh == "苏州市：2016年目标较2013年下降13%，2020年目标较2013年下降20%。"
    assert "target −13% vs 2013 for 2016" in figure.said_en
    root = tree(figure.svg)
    assert "−20" in texts(root)  # the axis reads negative: a fall, not a level of 13
    assert all(not t.startswith("13") for t in texts(part(root, "qp-chart__y")))
    assert note is not None
    level = entries[0].statement
    assert note[0].startswith(f"未绘入图表：苏州市：2015年实绩{value_zh(level)}。")
    assert note[1].startswith(f"Not charted: Suzhou: observed {value_en(level)} in 2015.")


def test_kinds_of_figure_never_share_a_chart() -> None:
    for i in dataset().indicators:
        entries = history(i.id)
        for figure in indicators.indicator_charts(i, entries)[0]:
            titles = {m.title for m in figure.chart.marks}
            drawn = [e for e in entries if any(f"「{e.statement.quote}」" in t for t in titles)]
            assert {e.statement.kind for e in drawn} == {figure.kind}, i.id
            if figure.kind in (ValueKind.NEW, ValueKind.CHANGE):
                assert not figure.chart.join, i.id  # flows and changes are never joined


def test_count_axes_have_whole_number_ticks() -> None:
    # 15 and 16 awards would get half-unit ticks from a plain scale
    assert charts.ticks(Decimal(15), Decimal(16), integer=True) == [Decimal(15), Decimal(16)]
    assert all(
        t == t.to_integral_value() for t in charts.ticks(Decimal(0), Decimal("15.5"), integer=True)
    )
    # what a plain scale gives, and counts avoid
    assert any(t != t.to_integral_value() for t in charts.ticks(Decimal(15), Decimal(16)))
    counted = 0
    for indicator_id, figure in charted():
        amounts = [m.amount for m in figure.chart.marks]
        if figure.dimension is not Dimension.COUNT or any(a % 1 for a in amounts):
            continue
        counted += 1
        assert figure.chart.integer, indicator_id
        for label in texts(part(tree(figure.svg), "qp-chart__y")):
            assert re.fullmatch(r"−?\d+", label), (indicator_id, label)
    assert counted


def test_every_mark_has_a_title_first_and_no_text_is_rotated() -> None:
    for indicator_id, figure in charted():
        svg = str(figure.svg)
        assert not re.search(r"\stransform=|rotate\(|writing-mode", svg), indicator_id
        root = tree(svg)
        marks = [g for g in root.iter(f"{SVG}g") if "qp-pt" in g.get("class", "").split()]
        assert marks, indicator_id
        for g in marks:
            first = g[0]
            assert first.tag == f"{SVG}title", indicator_id
            assert first.text, indicator_id
        # every shape of a mark is inside a titled group
        titled = {id(child) for g in marks for child in g}
        legend = {id(e) for e in part(root, "qp-chart__legend").iter()}
        for shape in ("circle", "path", "rect"):
            for element in root.iter(f"{SVG}{shape}"):
                assert id(element) in titled or id(element) in legend, indicator_id


def test_no_line_joins_two_places() -> None:
    for indicator_id, figure in charted():
        root = tree(figure.svg)
        lines = list(root.iter(f"{SVG}polyline"))
        series = [line.get("class") for line in lines]
        assert len(series) == len(set(series)), indicator_id  # one line per place at most
        for line in lines:
            index = int(str(line.get("class")).removeprefix("qp-c")) - 1
            observed = [m for m in figure.chart.marks if m.series == index and not m.target]
            assert len(line.get("points", "").split()) == len(observed), indicator_id


def test_a_lone_figure_of_its_kind_is_left_out_with_a_note() -> None:
    indicator = get_indicator("public-measurement-standards")
    entries = history(indicator.id)
    figures, note = indicators.indicator_charts(indicator, entries)
    assert figures == []  # a total reported and a count new in a period: two kinds
    assert note is not None
    assert "2020年实绩累计979项" in note[0]
    assert "2021–2025年目标新增≥50项" in note[0]
    page = indicators.indicator_page(indicator, entries)
    assert "<svg" not in page
    assert "未绘入图表" in page


def test_long_quotes_fold_and_short_ones_do_not() -> None:
    page = indicators.indicator_page(get_indicator(ENGINEERING))
    for e in history(ENGINEERING):
        quote = e.statement.quote
        folded = f"<summary>「{quote[: indicators.LONG_QUOTE - 8]}…」" in page
        assert folded == (len(quote) > indicators.LONG_QUOTE)
        assert f">「{quote}」</a>" in page  # the whole quote is always there, linked


@pytest.mark.parametrize("indicator_id", [BRAND, ENGINEERING])
def test_the_page_hides_its_table_of_contents_for_the_table(indicator_id: str) -> None:
    page = indicators.indicator_page(get_indicator(indicator_id))
    assert page.startswith("---\n")
    assert "hide:\n  - toc\n" in page.split("\n---\n")[0]


def test_a_rise_and_a_fall_of_the_same_amount_are_two_marks() -> None:
    [real] = history(PM25)
    rise = attrs.evolve(
        real, statement=attrs.evolve(real.statement, eid="tgt_up", direction=Direction.UP)
    )
    [figure] = indicators.indicator_charts(get_indicator(PM25), [real, rise])[0]
    assert sorted(m.amount for m in figure.chart.marks) == [Decimal(-13), Decimal(13)]
    assert sorted(m.label for m in figure.chart.marks) == ["较2013年下降13%", "较2013年提高13%"]
