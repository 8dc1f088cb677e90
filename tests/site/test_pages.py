"""Page functions without a build: contents, links and anchors of each page kind."""

from __future__ import annotations

import re

import pytest

from qualityplans.catalog import dataset, get_plan, read_source
from qualityplans.model import Plan
from qualityplans.site import PAGE_MODULES, links, pages, parts
from qualityplans.site.block import block_page
from qualityplans.site.home import home_page
from qualityplans.site.markup import escape
from qualityplans.site.plan import plan_page
from qualityplans.site.source import figure_marks, source_page


@pytest.fixture(scope="module")
def all_pages() -> dict[str, str]:
    return dict(pages())


def test_every_page_path_is_unique_and_markdown(all_pages: dict[str, str]) -> None:
    paths = [path for path, _ in pages()]
    assert len(paths) == len(set(paths))
    assert all(p.endswith(".md") for p in paths)
    assert {"index.md", "plans/index.md", "data.md"} <= set(all_pages)


def test_every_plan_measure_and_figure_block_has_one_page(all_pages: dict[str, str]) -> None:
    for plan in dataset().plans:
        assert links.plan_path(plan) in all_pages
        assert links.source_path(plan) in all_pages
        for measure in plan.measures:
            assert links.block_path(plan, measure) in all_pages
        for block in plan.blocks:
            if block.targets or block.observations:
                assert links.block_path(plan, block) in all_pages


def test_every_target_and_observation_has_exactly_one_anchor(all_pages: dict[str, str]) -> None:
    for plan in dataset().plans:
        for block in parts.record_blocks(plan):
            page = all_pages[links.block_path(plan, block)]
            for s in (*block.targets, *block.observations):
                assert page.count(f'id="{links.statement_anchor(s)}"') == 1, s.eid


def test_home_shows_each_plan_as_a_card_and_keeps_the_yancheng_title(
    all_pages: dict[str, str],
) -> None:
    home = home_page()
    assert home == all_pages["index.md"]
    assert home.count('class="qp-card"') == len(dataset().plans)
    yancheng = get_plan("yancheng-2017-2018")
    card = home[home.index('href="plans/yancheng-2017-2018/index.html"') :]
    card = card[: card.index("</a>")]
    # The form's title names no city: region and period are shown beside it, title intact.
    assert '<span class="qp-card-region">盐城市 · 2017–2018</span>' in card
    assert f'<span class="qp-card-title">{yancheng.title_zh}</span>' in card
    # Counts Chinese first, the English muted beside them.
    assert "10 措施 measures · 38 目标 targets" in re.sub(r"<[^>]+>", "", card)


def test_plan_label_adds_region_and_period_only_where_the_title_lacks_them() -> None:
    assert parts.plan_label(get_plan("yancheng-2017-2018")) == (
        "“全国质量强市示范城市”创建计划报告表（盐城市 · 2017–2018）"
    )
    assert parts.plan_label(get_plan("suzhou-2016")) == "2016年苏州市质量强市工作行动计划"


def test_plan_page_rows_link_measures_and_notes_come_last(suzhou_2016: Plan) -> None:
    page = plan_page(suzhou_2016)
    # The table of contents is hidden: its column goes to the tables.
    assert page.startswith('---\ntitle: "2016年苏州市质量强市工作行动计划"\nhide:\n  - toc\n---\n')
    assert (
        '<a class="qp-row-title" href="sec_3__item_14.html">(十四)加强工程质量安全监管</a>' in page
    )
    assert '<dt>文号 <span class="qp-en">Doc. no.</span></dt><dd>苏府〔2016〕63号</dd>' in page
    assert page.index("## 目标 Targets") < page.index('??? info "整理说明 Curation notes"')
    assert page.rstrip().endswith("</code>")
    # No empty table rows: every row has its five cells filled.
    for row in re.findall(r"<tr>(.*?)</tr>", page):
        assert not re.search(r"<td[^>]*></td>", row)


def test_measure_page_links_each_figure_to_its_target(suzhou_2016: Plan) -> None:
    measure = suzhou_2016.find("sec_3__item_14")
    page = block_page(suzhou_2016, measure)  # type: ignore[arg-type]
    for target in measure.targets:  # type: ignore[union-attr]
        assert f'href="#{target.eid}"' in page
        assert f'id="{target.eid}"' in page
        assert f"「{target.quote}」" in page
    assert "(市住建局牵头,各成员单位配合)" in page
    assert '<dt>牵头 <span class="qp-en">Lead</span></dt>' in page


def test_department_links_switch_on_with_their_page_module(
    monkeypatch: pytest.MonkeyPatch, suzhou_2016: Plan
) -> None:
    page = "plans/suzhou-2016/sec_3__item_14.md"
    without = tuple(m for m in PAGE_MODULES if m != "departments")
    monkeypatch.setattr("qualityplans.site.PAGE_MODULES", (*without, "departments"))
    monkeypatch.setattr("qualityplans.site.parts.PAGE_MODULES", (*without, "departments"))
    dep = suzhou_2016.find("sec_3__item_14").responsibilities[0].department  # type: ignore[union-attr]
    assert dep is not None
    linked = parts.department_link(page, dep, "市住建局")
    assert linked.startswith(f'<a href="../../departments/{dep}.html" title="')
    monkeypatch.setattr("qualityplans.site.parts.PAGE_MODULES", without)
    assert parts.department_link(page, dep, "市住建局").startswith("<span title=")


def test_source_view_marks_every_figure_and_links_every_quantified_record() -> None:
    from qualityplans.text.figures import find_figures

    for plan in parts.data().plans:
        text = read_source(plan.source.file)
        marks, _, _ = figure_marks(plan, text)
        assert [m.start for m in marks] == [f.start for f in find_figures(text)], plan.id
        page = source_page(plan, text)
        for block in plan.blocks:
            for s in (*block.targets, *block.observations):
                if s.value is not None:
                    target = links.statement_path(plan, block, s)
                    href = links.html_href(links.source_path(plan), target)
                    assert f'href="{href}"' in page, (plan.id, s.eid)


def test_escape_keeps_markup_and_markdown_inert() -> None:
    assert escape("各县级市<区>人民政府") == "各县级市&lt;区&gt;人民政府"
    assert escape("5*3 | a_b") == r"5\*3 \| a\_b"
    hostile = '"><img src=x onerror=alert(1)>'
    assert parts.front_matter(hostile) == [
        "---",
        'title: "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"',
        "---",
        "",
    ]


def test_each_measure_page_links_to_its_departments_and_indicators(
    all_pages: dict[str, str],
) -> None:
    checked = 0
    for plan in dataset().plans:
        for measure in plan.measures:
            page_path = links.block_path(plan, measure)
            page = all_pages[page_path]
            wanted = {
                *(
                    links.department_path(r.department)
                    for r in measure.responsibilities
                    if r.department
                ),
                *(
                    links.indicator_path(s.indicator)
                    for s in (*measure.targets, *measure.observations)
                    if s.indicator
                ),
            }
            for to in wanted:
                md, html = links.href(page_path, to), links.html_href(page_path, to)
                assert f"({md})" in page or f'href="{html}"' in page, (page_path, to)
                checked += 1
    assert checked > 250  # the responsibilities and statements of all five plans
