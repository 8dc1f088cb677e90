"""Pagefind serves search on large builds; the real build keeps Material's search.

The synthetic build here is small (10 plans, about 20 s) with Pagefind forced on by
QUALITYPLANS_SEARCH; the decision rule itself is checked on docs/hooks.py directly.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

from qualityplans.catalog import Catalog, use_catalog
from qualityplans.testing import synth
from tests.site.conftest import ROOT, build_site, serve


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pagefind")
    corpus = synth.write(work / "corpus", synth.generate(10, seed=0))
    return build_site(
        work / "site",
        env={"QUALITYPLANS_EXTRA_DATA": str(corpus), "QUALITYPLANS_SEARCH": "pagefind"},
    )


@pytest.fixture(scope="module")
def pagefind_url(pagefind_site: Path) -> Iterator[str]:
    yield from serve(pagefind_site)


def test_pagefind_build_writes_its_index_and_no_lunr_index(pagefind_site: Path) -> None:
    bundle = pagefind_site / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert any((bundle / "fragment").iterdir())
    assert any((bundle / "index").iterdir())
    # Chinese pages are indexed as Chinese (the extended binary segments them).
    assert any(p.name.startswith("zh") for p in (bundle / "index").iterdir())
    assert not (pagefind_site / "search" / "search_index.json").exists()
    home = (pagefind_site / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in home
    assert 'data-md-component="search"' not in home  # Material does not mount its search
    assert "pagefind-search.js" in home
    assert "md-search__input" in home  # the header keeps Material's search box


def test_real_build_keeps_materials_search(site: Path) -> None:
    assert (site / "search" / "search_index.json").is_file()
    assert not (site / "pagefind").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="search"' in home
    assert "data-pagefind-body" not in home
    assert "pagefind-search.js" not in home


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
    context.set_default_timeout(20000)
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


@pytest.mark.parametrize("query", ["合格率", "质量"])  # 质量: an infix, inside 产品质量
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


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qp_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_decision_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    hooks = _hooks()
    monkeypatch.delenv("QUALITYPLANS_SEARCH", raising=False)
    monkeypatch.delenv("QUALITYPLANS_EXTRA_DATA", raising=False)
    small = Catalog.shipped()
    with use_catalog(small):
        assert len(small.entries()) <= hooks.PAGEFIND_ABOVE
        assert hooks.search_engine() == "material"  # the real plans
    corpus = synth.generate(hooks.PAGEFIND_ABOVE + 1 - len(small.entries()), seed=1)
    with use_catalog(synth.catalog(corpus)):
        assert hooks.search_engine() == "pagefind"  # a large corpus
        monkeypatch.setenv("QUALITYPLANS_SEARCH", "material")
        assert hooks.search_engine() == "material"  # the override wins
    monkeypatch.undo()
    monkeypatch.setenv("QUALITYPLANS_SEARCH", "pagefind")
    assert hooks.search_engine() == "pagefind"
    monkeypatch.setenv("QUALITYPLANS_SEARCH", "lunr")
    with pytest.raises(ValueError, match="QUALITYPLANS_SEARCH"):
        hooks.search_engine()


def test_more_results_load_ten_at_a_time(browser: Any, pagefind_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(20000)
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
