"""The department, collective, compare, matrix and data pages in headless Chromium,
desktop (1280) and phone (390) wide.

At 1280 every table fits its box, except a matrix too wide for the screen, whose
first column then stays in view while it scrolls; at 390 each table's name column
and the start of its value column are in view; no internal id (``sec_2__item_5``) is
visible text; axe-core finds no serious or critical violation. Screenshots of both
widths go to the artifacts folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

PAGES = {
    "department": "departments/suzhou.quality-supervision.html",
    "departments": "departments/index.html",
    "collective": "collectives/county-level-governments.html",
    "compare": "compare/suzhou-2016--suzhou-14fyp.html",
    # built while the corpus is small enough for every pair (ALL_PAIRS_UP_TO)
    "compare-reform": "compare/suzhou-2016--pinzhi-suzhou-2025.html",
    "compare-index": "compare/index.html",
    "matrix": "compare/matrix.html",
    "data": "data.html",
    "dictionary": "dictionary.html",
}
WIDTHS = ((1280, 1000), (390, 844))

# Each scroll box of the page: does it fit, is its first column sticky, and where do the
# first row's first two cells lie (the name and the start of the value).
_TABLES = """() => [...document.querySelectorAll('.md-content .qp-scroll')].map(box => {
  const row = box.querySelector('tbody tr');
  const cells = row ? [...row.children].slice(0, 2).map(c => {
    const r = c.getBoundingClientRect();
    return [r.left, r.right];
  }) : [];
  const first = box.querySelector('tbody td');
  return {
    css: box.className,
    scroll: box.scrollWidth,
    client: box.clientWidth,
    sticky: first ? getComputedStyle(first).position === 'sticky' : false,
    cells: cells,
  };
})"""


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda w: str(w[0]))
def tab(request: pytest.FixtureRequest, browser: Any) -> Any:
    width, height = request.param
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15000)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_fits_reads_and_is_accessible(
    tab: Any, base_url: str, site: Path, artifacts: Path, kind: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    if not (site / PAGES[kind]).is_file():
        pytest.skip(f"{PAGES[kind]} is not built for this corpus")
    width = tab.viewport_size["width"]
    tab.goto(f"{base_url}/{PAGES[kind]}")
    tab.wait_for_load_state("load")
    tab.screenshot(path=str(artifacts / f"entities-{kind}-{width}.png"), full_page=True)
    # Nothing pushes the page wider than the screen.
    assert tab.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    tables = tab.evaluate(_TABLES)
    if kind != "data":
        assert tables, kind
    for table in tables:
        fits = table["scroll"] <= table["client"] + 1
        if width == 1280:
            # a matrix of more plans than the screen holds scrolls, its names in view
            assert fits or ("qp-sticky" in table["css"] and table["sticky"]), (kind, table)
        if table["cells"]:
            (name_left, name_right), *rest = table["cells"]
            assert name_left >= 0, (kind, width, table)
            assert name_right <= width + 1, (kind, width, table)
            if rest:
                assert rest[0][0] < width - 20, (kind, width, table)  # the value starts in view
    text = tab.evaluate("document.querySelector('.md-content').innerText")
    assert not re.search(r"sec_\d+__", text), kind
    results = Axe().run(tab)
    serious = [
        v["id"] for v in results.response["violations"] if v["impact"] in {"serious", "critical"}
    ]
    assert serious == [], results.generate_report()


def test_matrix_header_row_stays_in_view_while_its_rows_scroll(tab: Any, base_url: str) -> None:
    tab.goto(f"{base_url}/{PAGES['matrix']}")
    box = tab.locator(".qp-scroll.qp-sticky")
    box.scroll_into_view_if_needed()
    before = tab.evaluate(
        "document.querySelector('.qp-sticky thead th').getBoundingClientRect().top"
        " - document.querySelector('.qp-sticky').getBoundingClientRect().top"
    )
    tab.evaluate("document.querySelector('.qp-sticky').scrollTop = 600")
    after = tab.evaluate(
        "document.querySelector('.qp-sticky thead th').getBoundingClientRect().top"
        " - document.querySelector('.qp-sticky').getBoundingClientRect().top"
    )
    assert tab.evaluate("document.querySelector('.qp-sticky').scrollTop") > 0
    assert abs(after - before) <= 1  # the header did not move with the rows
    # and the indicator column stays while the plans scroll sideways
    tab.evaluate("document.querySelector('.qp-sticky').scrollLeft = 400")
    left = tab.evaluate(
        "document.querySelector('.qp-sticky tbody td').getBoundingClientRect().left"
        " - document.querySelector('.qp-sticky').getBoundingClientRect().left"
    )
    assert abs(left) <= 2
