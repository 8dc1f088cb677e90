"""The built site: strict build, every link and anchor resolves, search, offline, reproducible."""

from __future__ import annotations

import json
import re
import sqlite3
from html import unescape
from pathlib import Path

import pytest

from qualityplans.catalog import dataset, dataset_version
from qualityplans.site import links
from qualityplans.site.parts import record_blocks
from tests.site.conftest import build_site
from tests.site.htmlcheck import broken_links, scan


def text_of(path: Path) -> str:
    return unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def html_path(md: str) -> str:
    return md.removesuffix(".md") + ".html"


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    assert broken_links(site) == []


def test_checker_reports_a_missing_anchor_and_a_missing_page(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<p id="here"></p><a href="#here">ok</a><a href="#gone">x</a><a href="b.html">y</a>',
        encoding="utf-8",
    )
    assert broken_links(tmp_path) == ["a.html -> #gone (no anchor)", "a.html -> b.html (no file)"]


def test_every_plan_block_and_statement_has_its_page_and_anchor(site: Path) -> None:
    for plan in dataset().plans:
        assert (site / html_path(links.plan_path(plan))).is_file()
        assert (site / html_path(links.source_path(plan))).is_file()
        for block in record_blocks(plan):
            page = site / html_path(links.block_path(plan, block))
            ids = scan(page).ids
            for s in (*block.targets, *block.observations):
                assert links.statement_anchor(s) in ids, (page, s.eid)
        measured = {b.eid for b in record_blocks(plan)}
        assert {m.eid for m in plan.measures} <= measured


def test_measure_page_shows_its_text_figures_and_units(site: Path) -> None:
    page = site / "plans" / "suzhou-2016" / "sec_3__item_14.html"
    html = page.read_text(encoding="utf-8")
    text = text_of(page)
    assert "(十四)加强工程质量安全监管" in text
    assert "Strengthen supervision of construction quality and safety" in text
    assert "「其他工程一次验收合格率达到98%以上」" in text
    # The figure in the text links to its target on the same page.
    assert re.search(r'<a class="qp-fig qp-target" href="#[^"]+" title="[^"]*">98%以上</a>', html)
    assert "市住建局" in text
    assert "其他工程一次验收合格率" in text


def test_plan_page_lists_measures_targets_and_notes_last(site: Path) -> None:
    page = site / "plans" / "suzhou-2016" / "index.html"
    text = text_of(page)
    html = page.read_text(encoding="utf-8")
    assert "苏府〔2016〕63号" in text
    assert 'href="sec_3__item_14.html"' in html
    assert html.index('id="targets"') < html.index('id="notes"')
    assert "<details" in html[html.index('id="notes"') :]


def test_source_view_marks_targets_and_ledger_figures(site: Path) -> None:
    html = (site / "plans" / "suzhou-2016" / "source.html").read_text(encoding="utf-8")
    assert re.search(r'class="qp-fig qp-target" href="sec_3__item_14.html#[^"]+"', html)
    assert re.search(r'class="qp-fig qp-ledger" href="#ledger-\d+" title="非目标数字', html)
    yancheng = (site / "plans" / "yancheng-2017-2018" / "source.html").read_text(encoding="utf-8")
    assert 'class="qp-erratum" href="#erratum-1"' in yancheng


def test_no_phone_number_anywhere_in_the_site(site: Path) -> None:
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".csv", ".xml"}:
            content = path.read_text(encoding="utf-8")
            for phone in ("86665066", "15961933333"):
                assert phone not in content, path


def test_no_external_resources_so_the_site_works_offline(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        external = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//[^"]+"', html)
        assert external == [], page


def test_bulky_tables_are_left_out_of_the_search_index(site: Path) -> None:
    html = (site / "plans" / "suzhou-2016" / "index.html").read_text(encoding="utf-8")
    targets = html[html.index('id="targets"') :]
    assert re.search(r'<div class="qp-scroll [^"]*" data-search-exclude>\s*<table', targets)


def test_downloads_are_in_the_build_with_their_sizes(site: Path) -> None:
    exported = json.loads((site / "downloads" / "qualityplans.json").read_text(encoding="utf-8"))
    assert len(exported["dataset"]["plans"]) == len(dataset().plans)
    # UTF-8 with a byte-order mark, so Excel on Chinese Windows opens the tables intact
    targets = (site / "downloads" / "csv" / "targets.csv").read_bytes()
    assert targets.startswith(b"\xef\xbb\xbfplan,")
    text = text_of(site / "data.html")
    assert "qualityplans.json" in text
    assert re.search(r"pandas\.read_csv\('downloads/csv/\w+\.csv'\)", text)
    assert re.search(r"targets\.csv \d+\.\d KB", text)
    for name in ("datapackage.json", "qualityplans.db", "qualityplans.schema.json"):
        assert re.search(rf"{re.escape(name)} \d+\.\d [KM]B", text), name
    package = json.loads((site / "downloads" / "csv" / "datapackage.json").read_text("utf-8"))
    for resource in package["resources"]:  # the descriptor sits beside the tables it describes
        assert (site / "downloads" / "csv" / resource["path"]).is_file()
    db = sqlite3.connect(site / "downloads" / "qualityplans.db")
    assert db.execute("SELECT count(*) FROM targets").fetchone() == (
        sum(len(p.targets) for p in dataset().plans),
    )
    assert f"数据版本 Dataset version: {dataset_version()}" in text


def test_footer_dates_the_build_from_the_last_commit(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(r"构建于 Built \d{4}-\d{2}-\d{2} · commit <code>[0-9a-f]{7,}</code>", html)


def test_two_builds_are_byte_identical(site: Path, tmp_path: Path) -> None:
    again = build_site(tmp_path / "again")
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.parametrize("page", ["index.html", "api.html", "curating.html", "data.html"])
def test_static_pages_are_built(site: Path, page: str) -> None:
    assert (site / page).is_file()
    if page == "api.html":
        api = (site / page).read_text(encoding="utf-8")
        assert "qualityplans.catalog.catalog.Catalog" in api
        assert "qualityplans.catalog.default.get_plan" in api
        assert "qualityplans.model.wording.say" in api
