"""The site's search box finds words: Chinese as words and inside longer words, English
through the stemmer, records before the pages that mention them, readable snippets.

One real-data build (the shipped plans, or more with QUALITYPLANS_EXTRA_DATA), made with
a temporary directory of its own where the build's old predictable path is planted as a
symlink: the same build shows that build temp files are private and removed. Which pages
must come first is derived from the catalog (every indicator whose name holds the word),
never a pinned list or count of all results.
"""

from __future__ import annotations

import importlib.util
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from qualityplans.catalog import dataset
from qualityplans.site import links
from qualityplans.site.search import TIERS, page_entries, page_tier
from tests.site.conftest import ROOT, build_site, serve

# What the build used to do: a fixed folder in the temporary directory, followed if a link.
OLD_FOLDER = "qualityplans-search"
DEVELOPER = ("performance.html", "api.html", "architecture.html", "curating.html")
LABELS = (
    "单位 Unit",
    "定义 Definition",
    "又作 Also written",
    "简称 As written",
    "更好的方向 Better",
)


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A temporary directory for the build, with the old path planted as a symlink to a
    folder of someone else's files."""
    work = tmp_path_factory.mktemp("search")
    tmp = work / "tmp"
    victim = work / "victim"
    tmp.mkdir()
    victim.mkdir()
    (victim / "keep.txt").write_text("not the build's\n", encoding="utf-8")
    (tmp / OLD_FOLDER).symlink_to(victim, target_is_directory=True)
    (tmp / f"jieba-user-{os.getpid()}.txt").symlink_to(victim / "keep.txt")
    return {"work": work, "tmp": tmp, "victim": victim}


def _planted_names() -> list[str]:
    return sorted([OLD_FOLDER, f"jieba-user-{os.getpid()}.txt"])


@pytest.fixture(scope="module")
def search_site(planted: dict[str, Path]) -> Path:
    return build_site(planted["work"] / "site", env={"TMPDIR": str(planted["tmp"])})


@pytest.fixture(scope="module")
def search_url(search_site: Path) -> Iterator[str]:
    yield from serve(search_site)


def results(browser: Any, url: str, query: str, at_least: int = 10) -> list[dict[str, str]]:
    """The results the header search box shows for ``query``, in order: at least
    ``at_least`` (pressing "show more" as a reader would) or all there are."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30000)
    page = context.new_page()
    try:
        page.goto(f"{url}/plans/index.html")
        box = page.locator("input.md-search__input")
        box.click()
        box.fill(query)
        box.dispatch_event("keyup")
        items = ".md-search-result__item a.md-search-result__link"
        page.wait_for_function(
            "document.querySelectorAll('.md-search-result__item').length > 0"
            " || /没有/.test(document.querySelector('.md-search-result__meta').textContent)"
        )
        while page.locator(items).count() < at_least and page.locator(".qp-search-more").count():
            before = page.locator(items).count()
            page.locator(".qp-search-more button").click()
            page.wait_for_function(f"document.querySelectorAll('{items}').length > {before}")
        found = page.eval_on_selector_all(
            items,
            """e => e.map(a => ({path: new URL(a.href).pathname.replace(/^\\//, ''),
                title: a.querySelector('h1').textContent,
                snippet: a.querySelector('p').textContent,
                marks: Array.from(a.querySelectorAll('mark')).map(m => m.textContent)}))""",
        )
        return [dict(r) for r in found]
    finally:
        context.close()


def paths(found: list[dict[str, str]]) -> list[str]:
    return [r["path"] for r in found]


def indicator_pages(contains: str, *, english: bool = False) -> set[str]:
    """The page of every indicator whose name (Chinese, or English) holds ``contains``."""
    return {
        links.indicator_path(i).removesuffix(".md") + ".html"
        for i in dataset().indicators
        if (contains.lower() in i.name_en.lower() if english else contains in i.name_zh)
    }


def tiers_of(found: list[dict[str, str]]) -> list[int]:
    entries = page_entries()
    return [TIERS.index(page_tier(p, entries, hand_written=p in DEVELOPER)) for p in paths(found)]


@pytest.mark.parametrize(("query", "first"), [("电梯", 5), ("首席质量官", 5)])
def test_every_indicator_named_with_the_word_comes_first(
    browser: Any, search_url: str, query: str, first: int
) -> None:
    named = indicator_pages(query)
    assert named, query
    found = paths(results(browser, search_url, query, at_least=max(first, len(named))))
    # Every indicator whose name holds the word is among the first results.
    assert named <= set(found[: max(first, len(named))]), found
    # 首席质量官 is not searched as 质量 alone: its list is not 质量's.
    assert found != paths(results(browser, search_url, "质量", at_least=len(found)))[: len(found)]


def test_a_two_character_word_never_matches_by_its_first_character(
    browser: Any, search_url: str
) -> None:
    found = results(browser, search_url, "电梯", at_least=100)
    assert found
    for r in found:
        # Each result holds the whole word (电子, 电话 alone do not count), and its
        # snippet marks the word, never 电 alone.
        assert "电梯" in r["title"] + r["snippet"], r
        assert set(r["marks"]) <= {"电梯"}, r


def test_pass_rate_lists_the_indicators_named_so_before_any_other_page(
    browser: Any, search_url: str
) -> None:
    named = indicator_pages("合格率")
    found = paths(results(browser, search_url, "合格率", at_least=len(named)))
    assert set(found[: len(named)]) == named
    wanted = {i.name_zh for i in dataset().indicators} & {
        "制造业产品质量合格率",
        "消费品质量合格率",
    }
    titles = [r["title"] for r in results(browser, search_url, "合格率", at_least=len(named))]
    for name in wanted:
        assert name in titles[: len(named)], titles
    assert not set(found[:10]) & {"performance.html", "index.html", "data.html"}


def test_chinese_words_are_found_inside_longer_words(browser: Any, search_url: str) -> None:
    found = results(browser, search_url, "质量", at_least=10)
    assert len(found) >= 10
    # The first ten are pages named with the word, some where it stands inside a longer
    # word (中国质量奖, 产品质量); every snippet marks the word itself.
    assert all("质量" in r["title"] for r in found[:10]), [r["title"] for r in found[:10]]
    assert any(not r["title"].startswith("质量") for r in found[:10])
    assert all(set(r["marks"]) == {"质量"} for r in found)
    # 更新 is found inside 城市更新 and 老旧住宅电梯更新.
    assert any("电梯更新" in r["title"] for r in results(browser, search_url, "更新", at_least=30))


def test_a_bureau_is_found_by_its_short_name_in_each_city(browser: Any, search_url: str) -> None:
    bureaus = {
        links.department_path(d).removesuffix(".md") + ".html"
        for d in dataset().departments
        if any("市场监管局" in n for n in d.names)
    }
    # The market regulation bureau of each city whose plans name it (苏州, 相城区).
    assert len(bureaus) >= 2, bureaus
    found = paths(results(browser, search_url, "市场监管局", at_least=max(5, len(bureaus))))
    assert bureaus <= set(found[: max(5, len(bureaus))]), found


@pytest.mark.parametrize(
    ("query", "contains", "first"),
    [
        ("elevator", "elevator", 5),
        ("residential", "residential", 5),
        ("quality award", "quality award", 10),
        ("pass rate", "pass rate", 10),
    ],
)
def test_english_words_find_the_indicators_named_with_them(
    browser: Any, search_url: str, query: str, contains: str, first: int
) -> None:
    named = indicator_pages(contains, english=True)
    assert named, contains
    found = paths(results(browser, search_url, query, at_least=first))
    top = set(found[:first])
    # All of them when they fit, else the first results are all of them.
    assert named <= top if len(named) <= first else top <= named, found


@pytest.mark.parametrize("query", ["合格率", "市场监管局", "pass rate", "质量"])
def test_records_outrank_transcriptions_and_developer_pages_come_last(
    browser: Any, search_url: str, query: str
) -> None:
    found = results(browser, search_url, query, at_least=60)
    ranks = tiers_of(found)
    assert ranks == sorted(ranks), list(zip(paths(found), ranks, strict=True))
    assert ranks[0] == TIERS.index("record")


def test_snippets_show_words_around_the_match_with_labels_apart_from_values(
    browser: Any, search_url: str
) -> None:
    for query in ("合格率", "电梯", "elevator"):
        for r in results(browser, search_url, query):
            text = r["snippet"]
            assert r["marks"], r
            # Definition-list labels are left out, so none runs into its value
            # (单位 Unit% percent, 又作 Also written大中型…).
            assert not any(label in text for label in LABELS), r


def test_a_snippet_is_text_not_markup(browser: Any, search_url: str, search_site: Path) -> None:
    # Text with markup characters (各县级市<区>人民政府) shows as text.
    found = results(browser, search_url, "人民政府", at_least=30)
    assert any("<区>" in r["snippet"] for r in found)


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qp_hooks_search", ROOT / "docs" / "hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_temp_files_are_private_and_removed(
    planted: dict[str, Path], search_site: Path
) -> None:
    tmp, victim = planted["tmp"], planted["victim"]
    # The planted links were not followed: the other folder holds only its own file.
    assert sorted(p.name for p in victim.iterdir()) == ["keep.txt"]
    assert (victim / "keep.txt").read_text(encoding="utf-8") == "not the build's\n"
    # Nothing of the build is left in the temporary directory but the planted links.
    left = sorted(
        p.name for p in tmp.iterdir() if p.name.startswith(("qualityplans", "jieba-user"))
    )
    assert left == _planted_names(), left
    assert (tmp / OLD_FOLDER).is_symlink()
    assert (search_site / "pagefind" / "pagefind.js").is_file()


def test_the_search_folder_is_private_and_removed_when_a_build_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    hooks = _hooks()
    hooks.on_pre_build(None)
    work = hooks._work
    assert work is not None
    assert work.parent == tmp_path
    assert work.is_dir()
    assert stat.S_IMODE(work.stat().st_mode) == 0o700
    assert work.name != OLD_FOLDER
    hooks.on_build_error(RuntimeError("a page failed"))
    assert not work.exists()
    assert hooks._work is None
    hooks.on_pre_build(None)
    work = hooks._work
    hooks.on_shutdown()
    assert not work.exists()
    assert list(tmp_path.iterdir()) == []
