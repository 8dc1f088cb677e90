"""Pagefind serves the site's search at every size, from search documents the build
writes (qualityplans.site.search); a synthetic build of 10+ plans stays strict.

The search documents themselves are checked here without a build; what a reader finds
is in test_search.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from qualityplans.site.search import (
    BLOCK_SEPARATOR,
    NAME_WEIGHT,
    TIERS,
    han_pairs,
    page_entries,
    page_tier,
    pair_code,
    search_document,
)
from qualityplans.testing import synth
from tests.site.conftest import build_site, serve


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pagefind")
    corpus = synth.write(work / "corpus", synth.generate(10, seed=0))
    return build_site(work / "site", env={"QUALITYPLANS_EXTRA_DATA": str(corpus)})


@pytest.fixture(scope="module")
def pagefind_url(pagefind_site: Path) -> Iterator[str]:
    yield from serve(pagefind_site)


def test_the_build_writes_a_pagefind_bundle_and_no_lunr_index(pagefind_site: Path) -> None:
    bundle = pagefind_site / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert any((bundle / "fragment").iterdir())
    assert any((bundle / "index").iterdir())
    # Each page's tier by its Pagefind id: the fragments' names.
    tiers = json.loads((bundle / "qp-tiers.json").read_text(encoding="utf-8"))
    assert tiers["tiers"] == list(TIERS)
    ids = {f.name.removesuffix(".pf_fragment") for f in (bundle / "fragment").iterdir()}
    assert tiers["pages"]
    assert set(tiers["pages"]) <= ids
    assert set(tiers["pages"].values()) <= set(range(len(TIERS))) - {tiers["default"]}
    # The documents are English to Pagefind: the same stemmer at indexing and query time.
    assert (bundle / "wasm.en.pagefind").is_file()
    assert not (pagefind_site / "search" / "search_index.json").exists()
    assert not list(bundle.glob("pagefind-*ui.*"))
    home = (pagefind_site / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="search"' not in home  # Material does not mount its search
    assert "pagefind-search.js" in home
    assert "md-search__input" in home  # the header keeps Material's search box
    assert "data-pagefind" not in home  # the pages carry no search markup


def test_the_real_build_searches_with_pagefind_too(site: Path) -> None:
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "search").exists()


def _h1(page: Path) -> str:
    """The text of the page's first h1, without its permalink."""
    html = page.read_text(encoding="utf-8")
    found = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert found, page
    text = re.sub(r'<a class="headerlink".*?</a>', "", found.group(1), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", text)).split())


def _results(browser: Any, url: str, query: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(href, title) of the results the header search shows for ``query``, and the URLs
    the page requested."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30000)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    try:
        page.goto(f"{url}/plans/index.html")
        box = page.locator("input.md-search__input")
        box.click()
        box.fill(query)
        box.dispatch_event("keyup")
        page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0")
        found = page.eval_on_selector_all(
            ".md-search-result__item a.md-search-result__link",
            "e => e.map(a => [a.getAttribute('href'), a.querySelector('h1').textContent])",
        )
        return [(str(h), str(t)) for h, t in found], requested
    finally:
        context.close()


@pytest.mark.parametrize("query", ["合格率", "质量"])  # 质量: also inside 产品质量
def test_header_search_shows_pagefind_results_as_materials_list(
    browser: Any, pagefind_site: Path, pagefind_url: str, query: str
) -> None:
    results, requested = _results(browser, pagefind_url, query)
    assert results
    for href, title in results:
        path = urlsplit(href).path.lstrip("/")
        assert (pagefind_site / path).is_file(), href
        assert "¶" not in title
        assert title.strip() == _h1(pagefind_site / path)
    assert any("/pagefind/" in u for u in requested)
    assert not any("search_index.json" in u or "/workers/search." in u for u in requested)


def test_more_results_load_ten_at_a_time(browser: Any, pagefind_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30000)
    page = context.new_page()
    try:
        page.goto(f"{pagefind_url}/plans/index.html")
        box = page.locator("input.md-search__input")
        box.click()
        box.fill("质量")
        box.dispatch_event("keyup")
        page.wait_for_function("document.querySelectorAll('.md-search-result__link').length > 0")
        total = int(re.sub(r"\D", "", page.locator(".md-search-result__meta").inner_text()))
        assert total > 20  # 质量 is on most pages of a 10-plan build
        links = ".md-search-result__item a.md-search-result__link"
        assert page.locator(links).count() == 10
        more = page.locator(".qp-search-more button")
        assert more.inner_text() == f"显示更多 Show 10 more ({total - 10} left)"
        more.click()
        page.wait_for_function(f"document.querySelectorAll('{links}').length === 20")
        assert page.locator(".qp-search-more button").inner_text().endswith(f"({total - 20} left)")
        hrefs = page.eval_on_selector_all(links, "e => e.map(a => a.getAttribute('href'))")
        assert len(set(hrefs)) == 20  # the next ten, not the first ten again
    finally:
        context.close()


# --------------------------------------------------------------- search documents

ARTICLE = """
<h1 id="_1">老旧住宅电梯更新<a class="headerlink" href="#_1">&para;</a></h1>
<p class="qp-subtitle">Old residential elevators replaced</p>
<dl class="qp-meta">
<dt>单位 Unit</dt><dd>台 <span class="qp-en">count</span></dd>
<dt>又作 Also written</dt><dd>完成老旧住宅电梯更新</dd>
</dl>
<div class="qp-scroll" data-search-exclude><table><tr><td>图表数据 chart rows</td></tr></table></div>
<p>各县级市&lt;区&gt;人民政府</p>
"""


def test_a_search_document_indexes_chinese_as_pairs_and_keeps_readable_text() -> None:
    doc = search_document(ARTICLE, names=("老旧电梯更换", "Old lifts"))
    assert '<html lang="en">' in doc
    assert 'data-title="老旧住宅电梯更新"' in doc
    # 电梯 is indexed as the number of its pair, never as its characters.
    assert pair_code("电梯") == "3000526799"
    assert pair_code("电梯") in doc
    body = doc.split('data-pagefind-meta="text">', 1)[1].split("</div>", 1)[1]
    assert not re.search("[\u4e00-\u9fff]", body)
    # Labels, permalinks and excluded tables are left out; values stay, block by block.
    readable = unescape(re.search(r'data-pagefind-meta="text">(.*?)</div>', doc).group(1))
    assert readable == BLOCK_SEPARATOR.join(
        [
            "Old residential elevators replaced",
            "台 count",
            "完成老旧住宅电梯更新",
            "各县级市<区>人民政府",
        ]
    )
    assert "Unit" not in doc
    assert "¶" not in doc
    assert "图表" not in doc
    # The record's other names weigh nearly like its title.
    assert f'<p data-pagefind-weight="{NAME_WEIGHT}">' in doc
    assert han_pairs("老旧电梯更换 · Old lifts") in doc


def test_han_pairs_overlap_and_leave_lone_characters_out() -> None:
    assert han_pairs("住宅电梯 lifts 3100台") == " ".join(
        [pair_code("住宅"), pair_code("宅电"), pair_code("电梯"), "lifts", "3100"]
    )


def test_tiers_follow_the_kind_of_page() -> None:
    entries = page_entries()
    assert (
        page_tier("indicators/old-residential-elevator-renewals.html", entries, hand_written=False)
        == "record"
    )
    assert page_tier("plans/suzhou-2016/index.html", entries, hand_written=False) == "record"
    assert (
        page_tier("plans/suzhou-2016/sec_3__item_14.html", entries, hand_written=False) == "measure"
    )
    assert page_tier("plans/suzhou-2016/source.html", entries, hand_written=False) == "source"
    assert page_tier("compare/index.html", entries, hand_written=False) == "listing"
    assert page_tier("performance.html", entries, hand_written=True) == "developer"
    assert TIERS.index("record") < TIERS.index("source") < TIERS.index("developer")
