"""The plan-side pages in headless Chromium at 1280 and 390 px, as a reader sees them.

For each page type (home, plans listing, plan, measure, paragraph, table block, form
field, source view, region, status), with every <details> opened: no table is clipped
(each fits its scroll box), on a phone every filled cell of every table is in view
(rows are cards: the name and the value come first and stay visible), no internal id
(``sec_2__item_5``) is in the visible text, and axe-core finds no serious or critical
violation. Screenshots of home, plan, measure, region and status at both widths go to
the artifacts folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

PAGES = {
    "home": "index.html",
    "plans": "plans/index.html",
    "plan": "plans/pinzhi-suzhou-2025/index.html",
    "plan-fyp": "plans/suzhou-14fyp/index.html",
    "measure": "plans/suzhou-2016/sec_3__item_14.html",
    "paragraph": "plans/suzhou-14fyp/sec_1__sec_1__para_3.html",
    "table": "plans/suzhou-14fyp/table_1.html",
    "form-field": "plans/yancheng-2017-2018/form__goal.html",
    "source": "plans/suzhou-14fyp/source.html",
    "region": "regions/suzhou.html",
    "status": "status/index.html",
}
SHOTS = {"home", "plan", "measure", "region", "status"}
WIDTHS = ((1280, 1000), (390, 844))

# Tables wider than their scroll box: [page-relative description, scrollWidth, clientWidth].
CLIPPED = """() => [...document.querySelectorAll('.md-content table')].map((t, i) => {
  const box = t.closest('.qp-scroll') || t.parentElement;
  return [i, t.className, box.className, t.scrollWidth, box.clientWidth];
}).filter(x => x[3] > x[4] + 1)"""

# Filled table cells not wholly in view on the screen (or hidden).
HIDDEN_CELLS = """(width) => {
  const out = [];
  for (const td of document.querySelectorAll('.md-content table tbody td')) {
    if (!td.textContent.trim()) continue;
    const r = td.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.left < -1 || r.right > width + 1)
      out.push([td.dataset.label || '', td.textContent.trim().slice(0, 30), r.left, r.right]);
  }
  return out.slice(0, 5);
}"""

# The first two filled cells of each row: the name and the value.
NAME_AND_VALUE = """(width) => [...document.querySelectorAll('.md-content table tbody tr')]
  .map(tr => [...tr.cells].filter(td => td.textContent.trim()).slice(0, 2))
  .filter(cells => cells.some(td => {
    const r = td.getBoundingClientRect();
    return r.width === 0 || r.right > width + 1;
  })).length"""


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_plan_side_page_reads_at_desktop_and_phone_width(
    browser: Any, base_url: str, artifacts: Path, kind: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height})
        tab = context.new_page()
        tab.goto(f"{base_url}/{PAGES[kind]}")
        tab.wait_for_load_state("load")
        tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        if kind in SHOTS:
            tab.screenshot(path=str(artifacts / f"reader-{kind}-{width}.png"), full_page=True)
        assert tab.evaluate(CLIPPED) == [], (kind, width)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (kind, width, overflow)
        if width < 500:
            assert tab.evaluate(HIDDEN_CELLS, width) == [], (kind, width)
            assert tab.evaluate(NAME_AND_VALUE, width) == 0, (kind, width)
        shown = tab.evaluate("document.querySelector('.md-content').innerText")
        assert not re.search(r"sec_\d+__", shown), (kind, re.findall(r".{20}sec_\d+__.{10}", shown))
        results = Axe().run(tab)
        serious = [
            v["id"]
            for v in results.response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        assert serious == [], (kind, width, results.generate_report())
        context.close()


def test_plan_page_has_a_table_and_the_status_link_in_view(browser: Any, base_url: str) -> None:
    """The plan page's targets table keeps its five columns in view at 1280 (no column
    scrolled away), and its outcome line links to its row on the status page."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    tab = context.new_page()
    tab.goto(f"{base_url}/{PAGES['plan']}")
    header = tab.locator("#targets ~ div table thead th")
    assert header.count() == 5
    box = tab.locator("#targets ~ div.qp-scroll").first.bounding_box()
    for i in range(header.count()):
        cell = header.nth(i).bounding_box()
        assert cell["x"] + cell["width"] <= box["x"] + box["width"] + 1, i
    tab.get_by_role("link", name="各规划目标进展 Status of every plan").click()
    tab.wait_for_url("**/status/index.html#plan-pinzhi-suzhou-2025")
    assert tab.locator("tr#plan-pinzhi-suzhou-2025").is_visible()
    context.close()
