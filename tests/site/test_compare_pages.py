"""The compare, matrix and status pages and the aligned measures on measure pages:
their content checked against the library, their links against the pages built."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from qualityplans.catalog import dataset, get_plan
from qualityplans.compare.diff import diff
from qualityplans.compare.matrix import matrix
from qualityplans.compare.outcomes import outcomes, status_counts
from qualityplans.site import PAGE_MODULES, files, links, pages, parts
from qualityplans.site.compare import (
    ALL_PAIRS_UP_TO,
    MATRIX,
    MATRIX_CSV,
    compare_index_page,
    matrix_page,
    pair_page,
    plan_pairs,
)
from qualityplans.site.status import STATUS_LABELS, status_page
from tests.conftest import unlabelled

HREF = re.compile(r'href="([^"]+)"')
MD_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def all_pages() -> dict[str, str]:
    return dict(pages())


def _resolve(page: str, href: str) -> tuple[str, str]:
    """A relative link on ``page`` as (docs-relative .md path, anchor)."""
    import posixpath

    path, _, anchor = href.partition("#")
    if not path:
        return page, anchor
    full = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    return full.removesuffix(".html").removesuffix(".md") + ".md", anchor


def _anchors(markdown: str) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', markdown)) | set(re.findall(r"\{#([^}]+)\}", markdown))


def test_compare_and_status_are_page_modules_and_in_the_nav() -> None:
    assert "compare" in PAGE_MODULES
    assert "status" in PAGE_MODULES
    nav = (Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - 对比 Compare: compare/index.md\n  - 进展 Status: status/index.md\n" in nav


def _pair(a: str, b: str) -> str:
    """The comparison page of two shipped plans (built for every pair up to
    ``ALL_PAIRS_UP_TO`` plans; rendered here whatever the corpus)."""
    return unlabelled(pair_page(get_plan(a), get_plan(b)))


def _section(page: str, heading: str) -> str:
    """The part of ``page`` from the heading that starts with ``heading`` to the next
    heading of the same level."""
    level = heading.split(" ", 1)[0] + " "
    start = page.index(heading)
    rest = page[start + len(heading) :]
    ends = [i for i in (rest.find("\n" + level), rest.find("\n## ")) if i >= 0]
    return page[start : start + len(heading) + min(ends, default=len(rest))]


def _text(html_fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html_fragment)).strip()


def test_pair_page_names_an_indicator_in_both_with_both_amounts(
    all_pages: dict[str, str],
) -> None:
    page = _pair("suzhou-2016", "suzhou-14fyp")
    a, b = get_plan("suzhou-2016"), get_plan("suzhou-14fyp")
    assert page.startswith("---\ntitle: ")
    assert f"# {parts.plan_label(a)} ↔ {parts.plan_label(b)}" in page
    changed = _section(page, "### 目标有变化")
    row = next(r for r in changed.split("<tr>") if "大中型工程一次验收合格率" in r)
    assert row.startswith('<td><a href="../indicators/large-medium-project-acceptance-rate.html"')
    assert "<td>100% 2016</td><td>98% 2025</td><td>数值<br>" in row
    # The summary paragraph counts what diff() returns, Chinese first.
    d = diff(a, b)
    summary = page[page.index('<div class="qp-summary"') :]
    summary = summary[: summary.index("</div>")]
    assert summary.index("两份规划都设有目标的同一指标") < summary.index("indicator")
    assert f"同一指标 {len(d.indicators)} 项" in summary
    assert f"其中 {sum(1 for c in d.indicators if c.changed)} 项的目标不同" in summary
    assert f"相关但不同的指标 {len(d.related)} 对" in summary
    assert f"一一对应的措施 {len(d.measures.pairs)} 对" in summary
    # Plans, measures and themes are linked by name.
    assert 'href="../plans/suzhou-2016/index.html"' in page
    assert 'href="../plans/suzhou-2016/sec_3__item_14.html"' in page
    assert 'href="../themes/engineering.html"' in page


def test_pair_page_keeps_related_indicators_apart_and_warns_of_a_multi_year_figure(
    all_pages: dict[str, str],
) -> None:
    """Standards drafted in 2016 (新增50个) and standards led over 2021–2025 (新增2500项)
    are related, different indicators: their own section, not counted as changes, and
    the five-year figure is said to be one."""
    page = _pair("suzhou-2016", "suzhou-14fyp")
    d = diff("suzhou-2016", "suzhou-14fyp")
    assert d.related
    related = _section(page, "## 相关但不同的指标")
    both = _section(page, "## 指标 Indicators")
    assert "不能直接比较" in related
    for c in d.related:
        assert f"indicators/{c.a_indicator.id}.html" in related
        assert f"indicators/{c.b_indicator.id}.html" in related
        if c.a_indicator.id != c.b_indicator.id:
            # a related pair is never shown as a row of the same indicator
            assert f"indicators/{c.b_indicator.id}.html" not in both
    row = next(r for r in related.split("<tr>") if "standards-led-or-participated" in r)
    assert "新增50个 2016" in row
    assert "新增2500项 2021–2025" in row
    assert "统计期不同" in row
    assert "2021–2025多年合计" in row
    # The index counts related pairs in their own column, never as changed.
    a, b = plan_pairs()[0]
    found = diff(a, b)
    href = links.compare_path(a, b).removeprefix("compare/").replace(".md", ".html")
    line = next(r for r in unlabelled(compare_index_page()).split("<tr>") if href in r)
    cells = re.findall(r"<td>(\d+)</td>", line)
    assert cells[1] == str(sum(1 for c in found.indicators if c.changed))
    assert cells[2] == str(len(found.related))


def test_pair_page_says_why_measures_were_paired_in_words(all_pages: dict[str, str]) -> None:
    page = _pair("suzhou-2016", "pinzhi-suzhou-2025")
    measures = _section(page, "## 措施 Measures")
    d = diff("suzhou-2016", "pinzhi-suzhou-2025")
    assert measures.count("<tr><td>") == len(d.measures.pairs)
    assert "机构改革后为苏州市市场监督管理局" in measures
    assert "score" not in measures
    assert "相似度" not in measures
    for p in d.measures.pairs:
        assert f"{p.a.label}{p.a.title_zh}</a>" in measures
        # no raw score next to the reasons
        assert f"<td>{p.score}</td>" not in measures


def test_pair_page_shows_the_reform_line_of_the_quality_bureau(
    all_pages: dict[str, str],
) -> None:
    page = _pair("suzhou-2016", "pinzhi-suzhou-2025")
    reform = _section(page, "### 经机构改革对应")
    row = next(r for r in reform.split("<tr>") if "苏州市质量技术监督局" in r)
    a, b = row.split("</td><td>")
    assert a.startswith('<td><a href="../departments/suzhou.quality-supervision.html"')
    assert 'href="../departments/suzhou.market-regulation.html"' in b
    assert "苏州市市场监督管理局</a>（牵头×4，负责×12）" in b


def test_pair_page_shows_a_collective_as_its_own_line(all_pages: dict[str, str]) -> None:
    page = _pair("suzhou-2016", "pinzhi-suzhou-2025")
    collectives = _section(page, "### 统称")
    assert 'href="../collectives/county-level-governments.html"' in collectives
    assert "各县级市（区）人民政府（管委会）</a>（负责×18）" in collectives
    assert "<td>—</td>" in collectives  # 2016 names no collective for work
    reform = _section(page, "### 经机构改革对应")
    assert "county-level-governments" not in reform


def test_pair_pages_have_no_raw_ids_no_empty_rows_and_resolving_links(
    all_pages: dict[str, str],
) -> None:
    from tests.test_site_entities import assert_tables_whole, parse

    ids = {i.id for i in dataset().indicators if "-" in i.id} | {t.id for t in dataset().themes}
    for a, b in plan_pairs():
        path = links.compare_path(a, b)
        page = all_pages[path]
        assert_tables_whole(parse(page))
        text = re.sub(r'(href|id|title)="[^"]*"', "", page)
        text = re.sub(r"\{#[^}]*\}", "", text)
        shown = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", text))
        assert not (shown & ids), (path, shown & ids)
        assert not re.search(r"sec_\d+__", _text(text)), path
        for href in MD_LINK.findall(page) + HREF.findall(page):
            target, _ = _resolve(path, href)
            if not target.startswith("downloads/"):
                assert target in all_pages, (path, href)


def test_compare_index_has_a_row_per_pair_linking_to_its_page(all_pages: dict[str, str]) -> None:
    page = compare_index_page()
    assert page == all_pages["compare/index.md"]
    page = unlabelled(page)
    rows = re.findall(r'<a class="qp-compare" href="([^"]+)"', page)
    expected = {links.compare_path(a, b) for a, b in plan_pairs()}
    assert len(rows) == len(expected)
    if len(dataset().plans) <= ALL_PAIRS_UP_TO:  # every pair of a small corpus
        n = len(dataset().plans)
        assert expected == {links.compare_path(a, b) for a, b in combinations(dataset().plans, 2)}
        assert len(rows) == n * (n - 1) // 2
    assert {_resolve("compare/index.md", r)[0] for r in rows} == expected
    assert expected <= set(all_pages)
    assert 'href="matrix.html"' in page
    # The counts of a row are diff()'s.
    a, b = plan_pairs()[0]
    d = diff(a, b)
    href = links.compare_path(a, b).removeprefix("compare/").replace(".md", ".html")
    row = next(r for r in page.split("<tr>") if href in r)
    counts = re.findall(r"<td>(\d+)</td>", row)
    assert counts == [
        str(x)
        for x in (
            len(d.indicators),
            sum(1 for c in d.indicators if c.changed),
            len(d.related),
            len(d.indicators_only_in_a),
            len(d.indicators_only_in_b),
            len(d.measures.pairs),
        )
    ]


def test_matrix_has_a_row_per_indicator_with_a_target_and_cells_link_to_anchors(
    all_pages: dict[str, str],
) -> None:
    page = matrix_page()
    assert page == all_pages[MATRIX]
    m = matrix()
    with_target = [i for i, row in zip(m.indicators, m.cells, strict=True) if any(row_targets(row))]
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    rows = body.split("<tr>")[1:]
    assert len(rows) == len(with_target)
    for indicator, row in zip(with_target, rows, strict=True):
        assert f"indicators/{indicator.id}.html" in row.split("</td>")[0]
    cells = re.findall(r'<a class="qp-value" href="([^"]+)"', body)
    targets = sum(len(c.targets) for row in m.cells for c in row)
    assert 0 < len(cells) <= targets
    for href in cells:
        target, anchor = _resolve(MATRIX, href)
        assert anchor, href
        assert f'id="{anchor}"' in all_pages[target], href
    # One known cell: the 14th FYP's 98% for large and medium projects, 2025.
    assert 'href="../plans/suzhou-14fyp/' in body
    assert re.search(r">[^<]*98%[^<]*2025</a>", body) is not None
    # the header row and the indicator column stay in view while the matrix scrolls
    assert '<div class="qp-scroll qp-matrix qp-sticky" data-search-exclude>' in page


def row_targets(row: tuple[object, ...]) -> list[object]:
    return [c for c in row if getattr(c, "targets", ())]


def test_matrix_csv_is_the_library_csv_with_a_bom_and_linked() -> None:
    written = dict(files())
    assert written[MATRIX_CSV].startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    assert written[MATRIX_CSV].decode("utf-8-sig") == matrix().to_csv()
    assert 'href="../downloads/matrix.csv"' in matrix_page()


def test_status_counts_are_the_outcomes_of_each_plan(all_pages: dict[str, str]) -> None:
    page = status_page()
    assert page == all_pages["status/index.md"]
    for _, zh, label in STATUS_LABELS:
        assert f'{zh}<br><span class="qp-en">{label}</span>' in page
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    for plan in dataset().plans:
        row = next(r for r in re.split(r"<tr\b", body) if f"plans/{plan.id}/index.html" in r)
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
        counts = status_counts(outcomes(plan=plan, as_of=parts.build_date()))
        assert cells[2:] == [str(counts[s]) for s, _, _ in STATUS_LABELS], plan.id
        with_amount = sum(1 for t in plan.targets if t.value is not None)
        assert cells[1] == f"{with_amount} / {len(plan.targets)}"
    # Hard-coded too: built after 2025, the 14th FYP's 85 targets are past due with no
    # report (已到期·无报告), not pending.
    assert parts.build_date().year > 2025
    fyp = next(r for r in re.split(r"<tr\b", body) if "plans/suzhou-14fyp/index.html" in r)
    assert re.findall(r"<td[^>]*>([^<]*)</td>", fyp)[2:] == ["0", "0", "0", "85", "0"]
    # Each judged status has its section; the later-report context links to both quotes.
    for anchor in ("met", "missed", "not-comparable"):
        assert f"{{#{anchor}}}" in page
    later = page[page.index("{#later}") :]
    assert "../plans/suzhou-2016/sec_3__item_14.html#sec_3__item_14__tgt_1" in later


def test_measure_page_shows_an_aligned_measure_with_its_reasons(
    all_pages: dict[str, str],
) -> None:
    page = all_pages["plans/suzhou-2016/sec_3__item_14.md"]
    section = page[page.index("## 其他规划中的相近措施 Aligned measures in other plans") :]
    section = section[: section.index("</table>")]
    pair = next(
        p
        for p in diff("suzhou-2016", "xiangcheng-2017").measures.pairs
        if p.a.eid == "sec_3__item_14"
    )
    assert f'href="../xiangcheng-2017/{pair.b.eid}.html">{pair.b.label}{pair.b.title_zh}</a>' in (
        section
    )
    assert f">{pair.score}</a>" in section
    assert "共同指标" in section
    assert "大中型工程一次验收合格率</a>" in section
    assert "themes/engineering.html" in section
    # Reasons by department through the reform, on a measure the 2025 plan aligns.
    reform = next(
        p
        for p in diff("suzhou-2016", "pinzhi-suzhou-2025").measures.pairs
        if ("suzhou.quality-supervision", "suzhou.market-regulation")
        in p.reasons.shared_departments
    )
    quality = all_pages[links.block_path("suzhou-2016", reform.a)]
    quality = quality[quality.index("## 其他规划中的相近措施") :]
    assert "共同部门" in quality
    assert re.search(r"苏州市质量技术监督局</a> → <a [^>]*>苏州市市场监督管理局</a>", quality)


def test_status_page_lists_met_and_missed_verdicts_with_both_quotes() -> None:
    """The real data has no verdict yet (no report is for a target's own year), so two
    are made from real records: Suzhou 2016's 100 % acceptance target against the 14th
    FYP's 97 % report, once dated 2016 as reported (missed) and once at 100 % (met)."""
    import attrs

    from qualityplans.catalog import Catalog, use_catalog
    from qualityplans.model import Observation, Section
    from tests.conftest import with_plan

    fyp = get_plan("suzhou-14fyp")
    rate = "large-medium-project-acceptance-rate"
    reports = [o for o in fyp.observations if o.indicator == rate and o.year == 2020]
    assert len(reports) == 2  # the text's 97% and the table's 97

    def redate(item: object) -> object:
        if isinstance(item, Section):
            return attrs.evolve(item, items=tuple(redate(i) for i in item.items))
        found = getattr(item, "observations", ())
        if not any(o in reports for o in found):
            return item
        moved: list[Observation] = []
        for o in found:
            if o in reports:
                o = attrs.evolve(o, year=2016)
                if o.eid == reports[1].eid and o.value is not None:
                    # the table's report reads 100 for 2016: a met verdict
                    value = attrs.evolve(o.value, amount=type(o.value.amount)(100))
                    o = attrs.evolve(o, value=value)
            moved.append(o)
        return attrs.evolve(item, observations=tuple(moved))

    altered = attrs.evolve(fyp, body=tuple(redate(i) for i in fyp.body))  # type: ignore[misc]
    catalog = Catalog.of(with_plan(dataset(), altered))
    with use_catalog(catalog):
        page = status_page()
    for zh, report in (("已实现", reports[1].quote), ("未实现", reports[0].quote)):
        section = page[page.index(f"## {zh} ") :]
        section = section[: section.index("\n## ", 1)]
        assert "<small>1</small>" in section.splitlines()[0]
        assert "「2016年大中型工程一次验收合格率达到100%」" in section  # the target's words
        assert f"「{report}」" in section  # the report's words (HTML: | needs no escape)
        assert 'href="../plans/suzhou-14fyp/' in section
    row = next(line for line in page.splitlines() if "2016年苏州市质量强市工作行动计划" in line)
    assert len(re.findall(r"<td[^>]*>1</td>", row)) == 2  # one met, one missed for Suzhou 2016
