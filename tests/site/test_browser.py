"""The site in headless Chromium: walk it by clicking, search in Chinese, check accessibility.

Screenshots of every page type (desktop 1280 and phone 390 wide) are saved as
test artifacts (see the ``artifacts`` fixture).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualityplans.catalog import get_department

PAGE_TYPES = {
    "home": "index.html",
    "plans": "plans/index.html",
    "plan": "plans/suzhou-2016/index.html",
    "measure": "plans/suzhou-2016/sec_3__item_14.html",
    "table": "plans/suzhou-14fyp/table_1.html",
    "form-field": "plans/yancheng-2017-2018/form__goal.html",
    "source": "plans/suzhou-2016/source.html",
    "data": "data.html",
    "indicators": "indicators/index.html",
    "indicator": "indicators/large-medium-project-acceptance-rate.html",
    "departments": "departments/index.html",
    "department": "departments/suzhou.quality-supervision.html",
    "regions": "regions/index.html",
    "region": "regions/suzhou.html",
    "themes": "themes/index.html",
    "theme": "themes/engineering.html",
    "compare": "compare/suzhou-2016--pinzhi-suzhou-2025.html",
    "matrix": "compare/matrix.html",
    "status": "status/index.html",
}


@pytest.fixture
def page(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10000)
    tab = context.new_page()
    yield tab
    context.close()


def test_walk_home_plan_measure_department_indicator_by_clicking(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/index.html")
    page.get_by_role("link", name="2016年苏州市质量强市工作行动计划").first.click()
    page.wait_for_url("**/plans/suzhou-2016/index.html")
    assert page.locator("h1").inner_text().startswith("2016年苏州市质量强市工作行动计划")
    page.locator("a.qp-row-title", has_text="(十四)加强工程质量安全监管").click()
    page.wait_for_url("**/plans/suzhou-2016/sec_3__item_14.html")
    assert page.locator("h1").inner_text().startswith("(十四)加强工程质量安全监管")
    figure = page.locator("a.qp-fig.qp-target", has_text="98%以上")
    figure.click()
    assert page.evaluate("location.hash") == "#" + figure.get_attribute("href").lstrip("#")
    assert page.locator(":target").inner_text().count("98%以上") >= 1
    # the lead unit, as the plan writes it, leads to the department's page
    page.locator("a", has_text="市住建局").first.click()
    page.wait_for_url("**/departments/suzhou.housing-construction.html")
    assert page.locator("h1").inner_text().startswith("苏州市住房和城乡建设局")
    # its work lists the indicators it answers for; one click to the indicator's history
    page.locator("span.qp-row-meta a", has_text="大中型工程一次验收合格率").first.click()
    page.wait_for_url("**/indicators/large-medium-project-acceptance-rate.html")
    assert page.locator("h1").inner_text().startswith("大中型工程一次验收合格率")
    assert page.locator("figure.qp-chart svg").first.is_visible()
    assert page.locator("tr#suzhou-2016--sec_3__item_14__tgt_1").is_visible()


def search(page: Any, base_url: str, query: str) -> list[str]:
    """The titles of the results Material's search shows for ``query``."""
    page.goto(f"{base_url}/index.html")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    # Material reads the query on keyup.
    box.dispatch_event("keyup")
    page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0")
    return [
        str(t)
        for t in page.eval_on_selector_all(
            ".md-search-result__item", "e => e.map(x => x.textContent)"
        )
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("合格率", "合格率"),
        ("质量", "质量"),  # an infix: inside 产品质量, 工程质量
        ("更新", "更新"),  # inside 城市更新
    ],
)
def test_chinese_search_finds_words_and_infixes(
    page: Any, base_url: str, query: str, expected: str
) -> None:
    results = search(page, base_url, query)
    assert results
    assert any(expected in r for r in results)


def test_search_finds_a_department_by_its_name_as_written(page: Any, base_url: str) -> None:
    department = get_department("市住建局")
    assert "市住建局" in department.names
    results = search(page, base_url, "市住建局")
    assert any("市住建局" in r for r in results)


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_page_type_is_accessible_and_fits_a_phone(
    browser: Any, base_url: str, artifacts: Path, kind: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    for width, height in ((1280, 1000), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        tab = context.new_page()
        tab.goto(f"{base_url}/{PAGE_TYPES[kind]}")
        tab.wait_for_load_state("load")
        tab.screenshot(path=str(artifacts / f"{kind}-{width}.png"), full_page=True)
        # Nothing pushes the page wider than the screen; wide tables scroll in their box.
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (kind, width, overflow)
        if width == 1280:
            results = Axe().run(tab)
            serious = [
                v["id"]
                for v in results.response["violations"]
                if v["impact"] in {"serious", "critical"}
            ]
            assert serious == [], results.generate_report()
        context.close()
