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
from qualityplans.site.compare import MATRIX, MATRIX_CSV, compare_index_page, matrix_page
from qualityplans.site.status import STATUS_LABELS, status_page

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


def test_pair_page_names_an_indicator_in_both_with_both_amounts(
    all_pages: dict[str, str],
) -> None:
    page = all_pages["compare/suzhou-2016--suzhou-14fyp.md"]
    a, b = get_plan("suzhou-2016"), get_plan("suzhou-14fyp")
    assert page.startswith("---\ntitle: ")
    assert f"# {parts.plan_label(a)} ↔ {parts.plan_label(b)}" in page
    row = next(line for line in page.splitlines() if "大中型工程一次验收合格率" in line)
    assert row.startswith("| [大中型工程一次验收合格率](../indicators/")
    assert "| 100% 2016 | 98% 2025 |" in row
    # The summary line counts what diff() returns.
    d = diff(a, b)
    assert f"共同指标 {len(d.indicators)} 项" in page
    assert f"相近措施 {len(d.measures.pairs)} 对" in page
    # Plans, measures, departments and themes are linked by name.
    assert "[2016年苏州市质量强市工作行动计划](../plans/suzhou-2016/index.md)" in page
    assert "](../plans/suzhou-2016/sec_3__item_14.md)" in page
    assert "](../themes/engineering.md)" in page


def test_pair_page_shows_the_reform_line_of_the_quality_bureau(
    all_pages: dict[str, str],
) -> None:
    page = all_pages["compare/suzhou-2016--pinzhi-suzhou-2025.md"]
    reform = page[page.index("### 经机构改革对应") :]
    line = next(x for x in reform.splitlines() if "苏州市质量技术监督局" in x)
    assert line.startswith("- [苏州市质量技术监督局](../departments/")
    assert "→ [苏州市市场监督管理局](../departments/suzhou.market-regulation.md)" in line


def test_pair_pages_have_no_raw_ids_no_empty_rows_and_resolving_links(
    all_pages: dict[str, str],
) -> None:
    ids = {i.id for i in dataset().indicators if "-" in i.id} | {t.id for t in dataset().themes}
    for a, b in combinations(dataset().plans, 2):
        path = links.compare_path(a, b)
        page = all_pages[path]
        width = None
        for line in page.splitlines():
            if not line.startswith("|"):
                width = None  # a table ends
                continue
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            assert all(cells), (path, line)  # no empty cells, so no empty rows
            # Every row has the header's number of cells: no unescaped | inside.
            width = width or len(cells)
            assert len(cells) == width, (path, line)
        text = MD_LINK.sub("", page)
        text = re.sub(r'(href|id)="[^"]*"', "", text)
        shown = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", text))
        assert not (shown & ids), (path, shown & ids)
        for href in MD_LINK.findall(page) + HREF.findall(page):
            target, _ = _resolve(path, href)
            if not target.startswith("downloads/"):
                assert target in all_pages, (path, href)


def test_compare_index_has_a_row_per_pair_linking_to_its_page(all_pages: dict[str, str]) -> None:
    page = compare_index_page()
    assert page == all_pages["compare/index.md"]
    n = len(dataset().plans)
    rows = re.findall(r'<a class="qp-compare" href="([^"]+)"', page)
    assert len(rows) == n * (n - 1) // 2
    expected = {links.compare_path(a, b) for a, b in combinations(dataset().plans, 2)}
    assert {_resolve("compare/index.md", r)[0] for r in rows} == expected
    assert expected <= set(all_pages)
    assert 'href="matrix.html"' in page
    # The counts of a row are diff()'s.
    d = diff("suzhou-2016", "suzhou-14fyp")
    row = next(r for r in page.split("<tr>") if "suzhou-2016--suzhou-14fyp.html" in r)
    counts = re.findall(r"<td>(\d+)</td>", row)
    assert counts == [
        str(x)
        for x in (
            len(d.indicators),
            sum(1 for c in d.indicators if c.changed),
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
    assert '<div class="qp-scroll qp-matrix"' in page


def row_targets(row: tuple[object, ...]) -> list[object]:
    return [c for c in row if getattr(c, "targets", ())]


def test_matrix_csv_is_the_library_csv_and_linked() -> None:
    written = dict(files())
    assert written[MATRIX_CSV].decode("utf-8") == matrix().to_csv()
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
