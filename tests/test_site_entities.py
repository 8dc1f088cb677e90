"""The indicator, department, region and theme pages and the charts, read without a build.

Pages are rendered to HTML with Python-Markdown and the site's extensions, so a
broken table or an unescaped string shows up here as it would in the browser.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import attrs
import markdown
import pytest
from markupsafe import escape

import qualityplans.site
from qualityplans.catalog import (
    Catalog,
    dataset,
    get_department,
    get_indicator,
    get_region,
    get_theme,
    use_catalog,
)
from qualityplans.query.history import history
from qualityplans.site import charts, departments, indicators, links, regions, themes
from tests.conftest import unlabelled

ENGINEERING = "large-medium-project-acceptance-rate"


@pytest.fixture(scope="module")
def site_pages() -> list[tuple[str, str]]:
    """Every page and download the site package renders, in order (rendered once)."""
    return list(qualityplans.site.pages())


def html(page: str) -> str:
    return markdown.markdown(page, extensions=["tables", "attr_list", "md_in_html", "toc"])


class _Tables(HTMLParser):
    """Every table as (header cells, rows), each row as (id, cells as text)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[tuple[list[str], list[tuple[str | None, list[str]]]]] = []
        self._cell: list[str] | None = None
        self._row: tuple[str | None, list[str]] | None = None
        self._head = False
        self.tags: Counter[str] = Counter()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        found = dict(attributes)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "table":
            self.tables.append(([], []))
        elif tag == "thead":
            self._head = True
        elif tag == "tr":
            self._row = (found.get("id"), [])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self._head = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row[1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            header, rows = self.tables[-1]
            if self._head:
                header.extend(self._row[1])
            else:
                rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse(page: str) -> _Tables:
    parser = _Tables()
    parser.feed(html(page))
    return parser


def row(page: str, anchor: str) -> list[str]:
    for _, rows in parse(page).tables:
        for rid, cells in rows:
            if rid == anchor:
                return cells
    raise AssertionError(f"no row {anchor}")


def assert_tables_whole(parsed: _Tables) -> None:
    """Every row has as many cells as its header, and none is empty."""
    for header, rows in parsed.tables:
        assert header
        for rid, cells in rows:
            assert len(cells) == len(header), (rid, cells)
            assert any(cells), rid


# ------------------------------------------------------------------ indicators


def test_engineering_indicator_page_lists_2016_and_2025_targets_with_quotes_and_anchors() -> None:
    indicator = get_indicator(ENGINEERING)
    page = indicators.indicator_page(indicator)
    # Year, plan, value first (a phone shows them without scrolling), then the type,
    # the quote and the outcome.
    first = row(page, "suzhou-2016--sec_3__item_14__tgt_1")
    assert first[0] == "2016"
    assert first[1] == "苏州市 2016 行动计划"
    assert first[2] == "100%"
    assert first[3] == "目标 target达到 binding"  # the modal as written, its force in English
    assert first[4] == "「2016年大中型工程一次验收合格率达到100%」"
    later = row(page, "suzhou-14fyp--sec_2__sec_3__para_2__tgt_7")
    assert later[:3] == ["2025", "苏州市 2021–2025 五年规划", "98%"]
    assert later[4] == "「大中型建筑、交通、水利竣工工程质量一次性验收合格率达到98%」"
    # The quote links to the statement's anchor on its block's page (as built: .html).
    assert (
        'href="../plans/suzhou-2016/sec_3__item_14.html#sec_3__item_14__tgt_1"'
        in page.split('id="suzhou-2016--sec_3__item_14__tgt_1"')[1].split("</tr>")[0]
    )
    assert 'href="../plans/suzhou-14fyp/sec_2__sec_3__para_2.html#sec_2__sec_3__para_2__tgt_7"' in (
        page
    )


def test_every_statement_of_an_indicator_has_its_own_row_and_anchor(
    site_pages: list[tuple[str, str]],
) -> None:
    by_path = dict(site_pages)
    for indicator in dataset().indicators:
        entries = history(indicator.id)
        parsed = parse(by_path[links.indicator_path(indicator)])
        assert_tables_whole(parsed)
        anchors = [rid for _, rows in parsed.tables for rid, _ in rows if rid]
        expected = [links.indicator_statement_anchor(e.plan, e.statement) for e in entries]
        assert anchors == expected
        assert len(set(parsed.ids)) == len(parsed.ids), indicator.id


def test_indicator_page_shows_names_unit_definition_themes_and_related() -> None:
    page = indicators.indicator_page(get_indicator(ENGINEERING))
    text = re.sub(r"<[^>]+>", "", html(page))
    assert "大中型工程一次验收合格率" in text
    assert "First-time acceptance rate of large and medium-sized projects" in text
    assert "大中型工程质量竣工一次验收合格率" in text  # an alias
    assert "pass completion acceptance at the first inspection" in text
    assert 'href="../themes/engineering.html"' in page
    assert 'href="completion-acceptance-pass-rate.html"' in page  # related
    entries = history(ENGINEERING)  # grows with the data: counted, not pinned
    targets = sum(1 for e in entries if e.is_target)
    plans = len({e.plan.id for e in entries})
    assert (
        f"{targets} 项目标 targets · {len(entries) - targets} 项实绩 observations · "
        f"{plans} 份规划 plans"
    ) in text
    # the related indicator is said to be a different measure
    assert "相关但不同的指标" in text
    assert "Related but different measures" in text


def test_indicator_page_shows_the_chinese_definition_before_the_english() -> None:
    indicator = attrs.evolve(
        get_indicator(ENGINEERING), definition_zh="竣工时一次通过验收的大中型工程所占比例。"
    )
    page = indicators.indicator_page(indicator, history(ENGINEERING))
    text = re.sub(r"<[^>]+>", "", html(page))
    zh = text.index("竣工时一次通过验收的大中型工程所占比例。")
    assert zh < text.index("Share of large and medium-sized construction projects")


def test_indicator_chart_says_place_by_place_what_it_shows() -> None:
    with use_catalog(Catalog.shipped()):  # the places of the shipped plans
        page = indicators.indicator_page(get_indicator(ENGINEERING))
    assert page.count("<svg") == 1
    figure = page[page.index('<figure class="qp-chart" data-search-exclude>') :]
    said = "苏州市：2016年目标100%，2020年实绩97%，2025年目标98%；相城区：2017年目标100%；盐城市：2018年目标100%。"
    # the sentence comes first (a caption above the chart), Chinese, then English
    caption = figure[: figure.index("<svg")]
    assert said in caption
    assert "Suzhou: target 100% for 2016, observed 97% in 2020, target 98% for 2025" in caption
    assert caption.index(said) < caption.index("Suzhou: target")
    svg = figure[figure.index("<svg") : figure.index("</svg>")]
    assert 'role="img"' in svg
    assert f'<title id="chart-{ENGINEERING}-1-title">大中型工程一次验收合格率：水平' in svg
    description = re.search(r"<desc[^>]*>(.*?)</desc>", svg)
    assert description is not None
    assert said in description.group(1)
    # each jurisdiction is named in the legend; what filled and hollow marks mean too
    for name in (
        ">苏州市 Suzhou</text>",
        ">相城区 Xiangcheng District</text>",
        ">盐城市 Yancheng</text>",
    ):
        assert name in svg
    assert ">实心 实绩 Observed</text>" in svg
    assert ">空心 目标 Target</text>" in svg
    assert ">≥98%</text>" not in svg  # the 2025 target is "达到98%": exactly 98
    assert ">98%</text>" in svg


def test_qualitative_indicator_has_no_chart_but_its_table() -> None:
    qualitative = [i for i in dataset().indicators if i.unit is None and history(i.id)]
    assert qualitative
    for indicator in qualitative:
        page = indicators.indicator_page(indicator)
        if all(e.statement.value is None for e in history(indicator.id)):
            assert "<svg" not in page
        assert "qp-history" in page


def test_indicator_csv_has_one_row_per_statement_with_exact_amounts() -> None:
    indicator = get_indicator(ENGINEERING)
    text = indicators.indicator_csv(indicator)
    assert text.startswith("\ufeffindicator,indicator_zh,plan,")
    lines = text.strip().split("\n")
    assert len(lines) == 1 + len(history(ENGINEERING))
    assert (
        "large-medium-project-acceptance-rate,大中型工程一次验收合格率,suzhou-2016,"
        "2016年苏州市质量强市工作行动计划,sec_3__item_14__tgt_1,sec_3__item_14,target,level,"
        "2016,,,,,=,100,,%,100%,binding,达到,,,2016年大中型工程一次验收合格率达到100%,"
    ) in lines[1]
    # Read back, every field is whole: the table row's quote keeps its | separators.
    read = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert [r["eid"] for r in read] == [e.statement.eid for e in history(ENGINEERING)]
    table_row = next(r for r in read if r["eid"] == "table_1__tgt_4")
    assert table_row["quote"] == "4 | 大中型工程质量竣工一次验收合格率 | % | 97 | 98"
    assert (table_row["amount"], table_row["type"], table_row["year"]) == ("98", "target", "2025")
    # A note comes in Chinese, then in English.
    assert list(read[0])[-2:] == ["note_zh", "note"]
    notes = [(r["note_zh"], r["note"]) for r in read if r["note"]]
    written = [(e.statement.note_zh, e.statement.note) for e in history(ENGINEERING)]
    assert notes
    assert notes == [(zh, english) for zh, english in written if english]


def test_indicators_listing_groups_by_theme_with_counts() -> None:
    page = unlabelled(indicators.indicators_index_page())
    assert "## 工程质量 Construction and engineering quality {#engineering}" in page
    parsed = parse(page)
    assert_tables_whole(parsed)
    engineering = page.split("{#engineering}")[1].split("\n## ")[0]
    line = next(x for x in engineering.split("\n") if f"{ENGINEERING}.html" in x)
    entries = history(ENGINEERING)  # the shipped plans state 5 targets, 2 reports
    targets = sum(1 for e in entries if e.is_target)
    assert f"<td>{targets}</td><td>{len(entries) - targets}</td>" in line
    listed = re.findall(r'<a href="([^"/]+)\.html" title=', page)
    assert sorted(set(listed)) == sorted(i.id for i in dataset().indicators)


# ------------------------------------------------------------------ departments


def test_suzhou_quality_bureau_page_shows_2016_work_and_its_successors_2025_work() -> None:
    bureau = get_department("市质监局", region="苏州市")
    page = departments.department_page(bureau)
    parsed = parse(page)
    assert_tables_whole(parsed)
    rows = [cells for _, table in parsed.tables for _, cells in table]
    ours = [c for c in rows if c[-1].startswith("本机构")]
    assert any(c[0].startswith("(一)完成全国质量强市示范城市创建工作") for c in ours)
    assert all(c[2] == "市质监局" for c in ours)
    assert len(ours) == 12  # its twelve 2016 leads
    successor = [c for c in rows if c[-1] == "苏州市市场监督管理局" and len(c) == 4]
    assert any(c[0].startswith("(八)实施计量筑基工程") and c[1] == "牵头 lead" for c in successor)
    assert all(c[2] == "市市场监管局" for c in successor)
    assert len(successor) == 16
    assert "### 苏州市 2016 行动计划 {#plan-suzhou-2016}" in page
    assert "### 苏州市 2025 行动方案 {#plan-pinzhi-suzhou-2025}" in page
    assert 'href="../plans/pinzhi-suzhou-2025/sec_3__item_8.html"' in page
    # Lineage: the 2019 merge, with its kind and its basis.
    lineage = next(t for t in parsed.tables if t[0][0] == "年份 Year")
    assert lineage[1][0][1][:2] == ["2019", "合并 merge"]
    assert "深化党和国家机构改革方案" in lineage[1][0][1][4]


def test_department_without_work_says_so_and_lists_what_it_issued() -> None:
    government = get_department("suzhou.government")
    page = departments.department_page(government)
    assert "No curated plan names this body for a measure or task group." in page
    assert "2016年苏州市质量强市工作行动计划" in page  # it issued the 2016 plan


def test_task_groups_without_figures_link_to_their_plan() -> None:
    bureau = get_department("yancheng.housing-construction")
    page = departments.department_page(bureau)
    assert "工程质量专责小组" in page
    assert 'href="../plans/yancheng-2017-2018/sec_4__group_2.html"' not in page
    assert 'href="../plans/yancheng-2017-2018/index.html"' in page


def test_departments_listing_groups_by_region() -> None:
    page = departments.departments_index_page()
    assert page.index("## 苏州市 Suzhou {#suzhou}") < page.index("## 盐城市 Yancheng {#yancheng}")
    suzhou = page.split("{#suzhou}")[1].split("\n## ")[0]
    assert "suzhou.quality-supervision.html" in suzhou
    assert "yancheng.quality-supervision.html" not in suzhou
    assert_tables_whole(parse(page))


# ------------------------------------------------------------------ regions, themes


def test_suzhou_region_includes_xiangchengs_plan_and_its_own_targets() -> None:
    page = regions.region_page(get_region("suzhou"))
    plans_table = page.split("{#plans}")[1].split("\n## ")[0]
    for plan in ("suzhou-2016", "xiangcheng-2017", "suzhou-14fyp", "pinzhi-suzhou-2025"):
        assert f"../plans/{plan}/index.html" in plans_table
    assert "yancheng-2017-2018" not in plans_table
    # Targets by the year they fall due, plan by plan: the city's own and those of the
    # places inside it (Xiangcheng's 2017 plan, labelled with its district).
    assert 'id="targets-2016-suzhou-2016"' in page
    assert 'id="targets-2017-xiangcheng-2017"' in page
    assert "<summary>相城区 2017 行动计划 · " in page
    assert "2016年大中型工程一次验收合格率达到100%" in page
    assert_tables_whole(parse(page))


def test_region_page_lists_measures_naming_it() -> None:
    found = [
        (p, b)
        for p in dataset().plans
        for b in p.measures
        if any(loc.region == "zhangjiagang" for loc in b.localities)
    ]
    assert found
    page = regions.region_page(get_region("zhangjiagang"))
    assert "{#places}" in page
    for plan, measure in found:
        assert f"../plans/{plan.id}/{measure.eid}.html" in page


def test_regions_listing_is_a_tree() -> None:
    with use_catalog(Catalog.shipped()):  # the tree of the shipped data's regions
        page = regions.regions_index_page()
    jiangsu, suzhou, xiangcheng, hsr = (
        page.index(f'href="{r}.html"')
        for r in ("jiangsu", "suzhou", "xiangcheng", "suzhou-hsr-new-town")
    )
    assert jiangsu < suzhou < xiangcheng < hsr
    # The province, its cities, and the districts of Suzhou, Xiangcheng and Yancheng.
    assert page.count('<ul class="qp-tree">') == 5


def test_theme_page_lists_its_measures_indicators_and_targets() -> None:
    page = themes.theme_page(get_theme("engineering"))
    assert "../plans/suzhou-2016/sec_3__item_14.html" in page
    assert f"../indicators/{ENGINEERING}.html" in page
    assert "2016年大中型工程一次验收合格率达到100%" in page
    assert_tables_whole(parse(page))
    listing = unlabelled(themes.themes_index_page())
    assert_tables_whole(parse(listing))
    line = next(x for x in listing.split("\n") if 'href="engineering.html"' in x)
    count = sum(1 for _ in themes.theme_items("engineering"))
    assert f"<td>{count}</td>" in line


# ------------------------------------------------------------------ the whole set


def test_every_indicator_department_region_and_theme_has_exactly_one_page(
    site_pages: list[tuple[str, str]],
) -> None:
    paths = Counter(path for path, _ in site_pages)
    assert all(n == 1 for n in paths.values())
    d = dataset()
    expected = {
        *(links.indicator_path(i) for i in d.indicators),
        *(links.department_path(x) for x in d.departments),
        *(links.region_path(r) for r in d.regions),
        *(links.theme_path(t) for t in d.themes),
        "indicators/index.md",
        "departments/index.md",
        "regions/index.md",
        "themes/index.md",
    }
    assert expected <= set(paths)
    # Each indicator's CSV is a file of the build, not a page.
    from qualityplans.site import files

    csvs = {path for path, _ in files() if path.startswith("indicators/") and path.endswith(".csv")}
    assert csvs == {indicators.csv_path(i) for i in d.indicators}
    for prefix in ("indicators/", "departments/", "regions/", "themes/"):
        mine = {p for p in paths if p.startswith(prefix)}
        assert mine <= expected


def test_no_raw_id_is_shown_where_a_name_exists() -> None:
    # Curators' notes are shown as written (one cites a department by id); the rest of
    # every department and region page names bodies and places by their names.
    pages = [
        *(departments.department_page(attrs.evolve(x, note=None)) for x in dataset().departments),
        departments.departments_index_page(),
        *(regions.region_page(r) for r in dataset().regions),
    ]
    for page in pages:
        text = re.sub(r"<[^>]+>", " ", html(page))
        assert not re.search(r"\b(suzhou|yancheng|xiangcheng)\.[a-z-]+\b", text), text[:80]


# ------------------------------------------------------------------ escaping

HOSTILE = 'a|b *c* _d_ <script>alert(1)</script> "><img src=x onerror=alert(1)>'


def test_data_strings_are_escaped_and_break_no_table() -> None:
    indicator = attrs.evolve(get_indicator(ENGINEERING), name_zh=HOSTILE, definition=HOSTILE)
    page = indicators.indicator_page(indicator, history(ENGINEERING))
    parsed = parse(page)
    assert parsed.tags["script"] == 0
    assert parsed.tags["img"] == 0
    assert_tables_whole(parsed)
    rendered = html(page)
    assert "a|b *c* _d_ &lt;script&gt;" in rendered
    bureau = attrs.evolve(
        get_department("suzhou.quality-supervision"), name_zh=HOSTILE, note=HOSTILE
    )
    parsed = parse(departments.department_page(bureau))
    assert parsed.tags["script"] == 0
    assert parsed.tags["img"] == 0
    assert_tables_whole(parsed)
    region = attrs.evolve(get_region("suzhou"), name_zh=HOSTILE, note=HOSTILE)
    parsed = parse(regions.region_page(region))
    assert parsed.tags["script"] == 0
    assert_tables_whole(parsed)
    theme = attrs.evolve(get_theme("engineering"), name_zh=HOSTILE)
    parsed = parse(themes.theme_page(theme))
    assert parsed.tags["script"] == 0
    assert_tables_whole(parsed)


def test_a_charts_words_are_escaped() -> None:
    from decimal import Decimal

    chart = charts.Chart(
        "c-x",
        HOSTILE,
        HOSTILE,
        HOSTILE,
        (charts.Series(HOSTILE, HOSTILE),),
        (charts.Mark(0, 2016, Decimal(1), True, HOSTILE, HOSTILE),),
    )
    svg = charts.svg(chart)
    assert "<script>" not in svg
    assert "<img" not in svg
    assert svg.count("&lt;script&gt;") >= 5  # title, description, axis, legend, mark


# ------------------------------------------------------------------ charts

_CHART = """
from decimal import Decimal
from qualityplans.site.charts import Chart, Mark, Series, svg
marks = (Mark(0, 2016, Decimal("100"), True, "100%", "a"), Mark(1, 2020, Decimal("96.76"), False,
         "96.76%", "b"), Mark(0, 2025, Decimal("2"), True, "2～3%", "c", Decimal("3")))
chart = Chart("chart-t", "标题 Title", "说明 Description", "%", (Series("甲", "A"), Series("乙", "B")),
              marks)
import sys
sys.stdout.write(svg(chart))
"""


def test_charts_are_byte_identical_across_processes() -> None:
    outputs = [
        subprocess.run([sys.executable, "-c", _CHART], capture_output=True, check=True).stdout
        for _ in range(2)
    ]
    assert outputs[0] == outputs[1]
    svg = outputs[0].decode("utf-8")
    assert svg.startswith("<svg ")
    assert "\n" not in svg  # one line: Markdown keeps an HTML block whole
    assert ">96.76%</text>" in svg


def _two_marks(chart_id: str) -> charts.Chart:
    from decimal import Decimal

    return charts.Chart(
        chart_id,
        "a",
        "a",
        "个",
        (charts.Series("甲", "A"),),
        (
            charts.Mark(0, 2016, Decimal(1), True, "1", "t"),
            charts.Mark(0, 2017, Decimal(2), False, "2", "t"),
        ),
    )


def test_chart_ids_are_prefixed_so_two_charts_never_clash() -> None:
    first = charts.svg(_two_marks("chart-a"))
    second = charts.svg(_two_marks("chart-b"))
    ids = re.findall(r'\sid="([^"]+)"', first + second)
    assert ids
    assert len(ids) == len(set(ids))
    assert all(i.startswith(("chart-a-", "chart-b-")) for i in ids)
    for ref in re.findall(r'aria-labelledby="([^"]+)"', first):
        for name in ref.split():
            assert f'id="{name}"' in first


def test_chart_colours_and_font_follow_the_sites_palettes() -> None:
    svg = charts.svg(_two_marks("c-p"))
    assert 'class="qp-pt qp-c1" color="#1565c0"' in svg  # a class for the palette, a fallback
    assert 'class="qp-chart__svg"' in svg
    assert "<style" not in svg  # no global CSS leaks into the page
    assert not re.search(r"<svg[^>]*\s(width|height)=", svg)  # scales with the page
    css = (Path(__file__).parent.parent / "docs" / "stylesheets" / "charts.css").read_text()
    assert ".qp-chart__svg .qp-c1 { color: var(--qp-chart-c1); }" in css
    assert "font-family: var(--qp-chart-font);" in css


def test_a_chart_needs_marks_and_a_safe_id() -> None:
    from decimal import Decimal

    with pytest.raises(ValueError, match="has no marks"):
        charts.svg(attrs.evolve(_two_marks("c-1"), marks=()))
    with pytest.raises(ValueError, match="letters, digits"):
        charts.svg(_two_marks('x" onload="'))
    stray = attrs.evolve(
        _two_marks("c-2"), marks=(charts.Mark(3, 2016, Decimal(1), True, "1", "t"),)
    )
    with pytest.raises(ValueError, match="a mark of no series"):
        charts.svg(stray)


def test_indicator_page_states_which_way_is_better() -> None:
    assert (
        '<dt>更好的方向 <span class="qp-en">Better</span></dt><dd>越高越好 '
        in indicators.indicator_page(get_indicator(ENGINEERING))
    )
    lower = [i for i in dataset().indicators if i.better.value == "lower"]
    assert lower  # PM2.5, fatality rates
    assert "<dd>越低越好 " in indicators.indicator_page(lower[0])


def test_each_target_shows_its_outcome_and_later_reports_as_context() -> None:
    from qualityplans.compare.outcomes import outcomes

    page = indicators.indicator_page(get_indicator(ENGINEERING))
    parsed = _Tables()
    parsed.feed(html(page))
    [(header, rows)] = parsed.tables
    assert header[-1] == "结果Outcome"
    cells = {rid: cells[-1] for rid, cells in rows}
    # 2016 target 100%: nothing reported for 2016, the 14th FYP's 97% for 2020 is context
    assert cells["suzhou-2016--sec_3__item_14__tgt_1"] == (
        "已到期·无报告 no report其后 later 97%（2020）"
    )
    # Xiangcheng's target is a district's: the city's report, said so
    assert cells["xiangcheng-2017--sec_3__item_11__tgt_3"].endswith("97%（2020，上级市的报告）")
    assert 'href="#suzhou-14fyp--sec_1__sec_1__para_3__obs_12">97%（2020）</a>' in page
    # every target of the indicator with an amount shows the status outcomes() gives it
    for outcome in outcomes(indicator=ENGINEERING):
        cell = cells[links.indicator_statement_anchor(outcome.plan, outcome.target)]
        assert cell.startswith(outcome.status.zh), cell
    observed = [rid for rid, _ in rows if "--" in rid and "__obs_" in rid]
    assert observed
    assert all(cells[rid] == "" for rid in observed)


def test_an_indicator_with_a_single_figure_has_its_table_but_no_chart() -> None:
    single = [
        i
        for i in dataset().indicators
        if len([e for e in history(i.id) if e.statement.value is not None]) == 1
    ]
    assert single
    for indicator in single[:10]:
        page = indicators.indicator_page(indicator)
        assert "<svg" not in page, indicator.id
        assert "qp-history" in page


# ------------------------------------------------------------------ phone cards


def test_a_column_label_is_the_chinese_part_of_its_header() -> None:
    from qualityplans.site.templating import Markup, en, label

    assert label("年份 Year") == "年份"
    assert label("a 的指标 Indicator") == "a 的指标"
    assert label("措施 a") == "措施 a"
    assert label(Markup("规划 a<br>{}").format(en("Plan a"))) == "规划 a"
    assert label(Markup("牵头 {}").format(en("lead"))) == "牵头"
    assert label(Markup("{}{}").format("指标", en("Indicator"))) == "指标"


class _Cards(HTMLParser):
    """For every phone-card table (.qp-fit): its header labels and each cell's data-label."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[tuple[list[str], list[list[str | None]]]] = []
        self._depth = 0  # inside a .qp-fit box
        self._th: list[str] | None = None

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        a = dict(attributes)
        if tag == "div" and "qp-fit" in (a.get("class") or "").split():
            self.tables.append(([], []))
            self._depth = 1
        elif self._depth and tag == "div":
            self._depth += 1
        elif self._depth and tag == "th":
            self._th = []
        elif self._depth and tag == "tr" and self.tables[-1][0]:
            self.tables[-1][1].append([])
        elif self._depth and tag == "td":
            self.tables[-1][1][-1].append(a.get("data-label"))

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag == "div":
            self._depth -= 1
        elif tag == "th" and self._th is not None:
            self.tables[-1][0].append("".join(self._th))
            self._th = None

    def handle_data(self, data: str) -> None:
        if self._th is not None:
            self._th.append(data)


def test_every_cell_of_a_phone_card_table_is_labelled_with_its_column() -> None:
    from qualityplans.site import compare, status

    seen = 0
    for module in (departments, themes, regions, compare, status):
        for path, text in module.pages():
            cards = _Cards()
            cards.feed(html(text))
            for header, rows in cards.tables:
                for cells in rows:
                    seen += 1
                    assert len(cells) == len(header), (path, header, cells)
                    assert all(cells), (path, header, cells)
                    for name, cell in zip(header, cells, strict=True):
                        # the label names the column: the header starts with it
                        assert name.startswith(cell) or cell.startswith(("a ", "b ")), (
                            path,
                            name,
                            cell,
                        )
    assert seen


def _before(page: str, zh: str, english: str, after: str | None = None) -> bool:
    """``zh`` is on the page, and the English after it in the muted style; with
    ``after``, both past the element of that id (a statement's card, a ledger row)."""
    text = html(page)
    start = 0 if after is None else text.find(f'id="{after}"')
    if start < 0:
        return False
    chinese = text.find(str(escape(zh)), start)
    if zh.rstrip("。.") == english.rstrip("。."):  # the English says it in the same words
        return chinese >= 0 and f'<span class="qp-en">{escape(english)}</span>' not in text
    english_at = text.find(f'<span class="qp-en">{escape(english)}</span>', chinese)
    return 0 <= chinese < english_at


def test_every_note_and_basis_the_data_has_in_chinese_is_shown_chinese_first(
    site_pages: list[tuple[str, str]],
) -> None:
    """Departments, regions, collectives, reform events and curated discrepancies hold
    their notes in both languages; each page shows the Chinese, then the English."""
    pages = dict(site_pages)
    data = dataset()
    shown = [
        (links.department_path(d), d.note_zh, d.note)
        for d in data.departments
        if d.note_zh and d.note
    ]
    shown += [
        (links.region_path(r), r.note_zh, r.note) for r in data.regions if r.note_zh and r.note
    ]
    shown += [
        (links.collective_path(c), c.note_zh, c.note)
        for c in data.collectives
        if c.note_zh and c.note
    ]
    for event in data.lineage:
        page = links.department_path(event.successors[0])
        if event.basis_zh:
            shown.append((page, event.basis_zh, event.basis))
        if event.note_zh and event.note:
            shown.append((page, event.note_zh, event.note))
    shown += [
        (links.plan_path(p), d.note_zh, d.note)
        for p in data.plans
        for d in p.discrepancies
        if d.note_zh
    ]
    assert shown  # the shipped data has notes in both languages
    missing = [(path, zh) for path, zh, english in shown if not _before(pages[path], zh, english)]
    assert missing == []


def test_every_curation_note_of_a_plan_is_shown_chinese_first(
    site_pages: list[tuple[str, str]],
) -> None:
    """A target's or observation's note on its measure page (in the statement's own card),
    a ledger entry's note and an erratum's reason in the source view (in their own rows),
    and an erratum's reason on the plan page: the Chinese, then the English."""
    pages = dict(site_pages)
    # (what, page, Chinese, English, the id of the card or row that shows it)
    shown: list[tuple[str, str, str, str, str | None]] = []
    for p in dataset().plans:
        for block in p.blocks:
            for s in (*block.targets, *block.observations):
                if s.note_zh and s.note:
                    page = links.block_path(p, block)
                    anchor = links.statement_anchor(s)
                    shown.append(("statement", page, s.note_zh, s.note, anchor))
        source = links.source_path(p)
        for i, entry in enumerate(p.ledger, 1):
            if entry.note_zh:
                shown.append(("ledger", source, entry.note_zh, entry.note, f"ledger-{i}"))
        for i, e in enumerate(p.source.errata, 1):
            if e.reason_zh:
                shown.append(("erratum", source, e.reason_zh, e.reason, f"erratum-{i}"))
                shown.append(("erratum", links.plan_path(p), e.reason_zh, e.reason, None))
    # the shipped data has all three in both languages
    assert {what for what, *_ in shown} == {"statement", "ledger", "erratum"}
    missing = [
        (path, zh)
        for _, path, zh, english, anchor in shown
        if path not in pages or not _before(pages[path], zh, english, anchor)
    ]
    assert missing == []


def test_a_bilingual_text_is_chinese_first_and_never_said_twice() -> None:
    from qualityplans.site.templating import zh_en

    assert zh_en("本文件的文号。", "This document's number.") == (
        '本文件的文号。<br><span class="qp-en">This document&#39;s number.</span>'
    )
    # An English note written in the Chinese words is shown once.
    assert zh_en("经信委 → 工信局。", "经信委 → 工信局.") == "经信委 → 工信局。"
    assert zh_en(None, "Only English.") == '<span class="qp-en">Only English.</span>'
    assert zh_en("<b>", None) == "&lt;b&gt;"
