"""Indicator pages in headless Chromium: charts that name every place, a title on every
mark, no rotated text, a history table that fits, accessibility.

The pages with charts of two or more jurisdictions are found from the catalog the
site is built from (``indicators.indicator_charts``), so the test grows with the data.
Screenshots at 1280 and 390 px of a multi-place page go to the artifacts folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualityplans.catalog import dataset
from qualityplans.query.history import history
from qualityplans.site import indicators, links

ENGINEERING = "large-medium-project-acceptance-rate"  # three places, targets and reports
BRAND = "jiangsu-famous-brand-products"  # two places, new in the year


def url(indicator_id: str) -> str:
    return links.indicator_path(indicator_id).removesuffix(".md") + ".html"


def places() -> dict[str, list[str]]:
    """Each indicator with a chart of two or more places: the places' Chinese names."""
    found: dict[str, list[str]] = {}
    for i in dataset().indicators:
        for figure in indicators.indicator_charts(i, history(i.id))[0]:
            if len(figure.chart.series) >= 2:
                names = found.setdefault(i.id, [])
                names.extend(s.name_zh for s in figure.chart.series if s.name_zh not in names)
    return found


@pytest.fixture
def tab(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10000)
    yield context.new_page()
    context.close()


# What the charts on the open page show: marks without a title first, text that is
# rotated (its transformation matrix has a shear), the text of each chart.
CHARTS = """() => {
  const svgs = [...document.querySelectorAll('figure.qp-chart svg')];
  const marks = svgs.flatMap(s => [...s.querySelectorAll('.qp-pt')]);
  const shapes = svgs.flatMap(s => [...s.querySelectorAll('circle, path, rect')])
    .filter(e => !e.closest('.qp-chart__legend'));
  const titled = g => g.firstElementChild && g.firstElementChild.tagName === 'title'
    && g.firstElementChild.textContent.trim().length > 0;
  const texts = svgs.flatMap(s => [...s.querySelectorAll('text')]);
  return {
    charts: svgs.length,
    marks: marks.length,
    untitled: marks.filter(g => !titled(g)).length,
    loose: shapes.filter(e => !e.closest('.qp-pt')).length,
    rotated: texts.filter(t => {
      const m = t.getCTM();
      return Math.abs(m.b) > 1e-9 || Math.abs(m.c) > 1e-9
        || getComputedStyle(t).writingMode !== 'horizontal-tb';
    }).map(t => t.textContent),
    text: svgs.map(s => s.textContent),
  };
}"""


def test_each_place_is_named_in_the_chart_and_every_mark_has_a_title(
    tab: Any, base_url: str
) -> None:
    found = places()
    assert ENGINEERING in found
    assert BRAND in found
    for indicator_id, names in found.items():
        tab.goto(f"{base_url}/{url(indicator_id)}")
        shown = tab.evaluate(CHARTS)
        assert shown["charts"] >= 1, indicator_id
        every = " ".join(shown["text"])
        for name in names:
            assert name in every, (indicator_id, name)
        assert shown["marks"] >= 2, indicator_id
        assert shown["untitled"] == 0, indicator_id
        assert shown["loose"] == 0, indicator_id  # every shape belongs to a titled mark
        assert shown["rotated"] == [], indicator_id


def test_the_sentence_above_the_chart_says_what_it_shows(tab: Any, base_url: str) -> None:
    tab.goto(f"{base_url}/{url(BRAND)}")
    caption = tab.locator("figure.qp-chart figcaption").first
    assert "苏州市：2016年目标新增80个；相城区：2017年目标新增10个。" in caption.inner_text()
    box = caption.bounding_box()
    chart = tab.locator("figure.qp-chart svg").first.bounding_box()
    assert box["y"] + box["height"] <= chart["y"] + 1  # above the chart
    # a mark's title is what a hover shows: the place, year, value and quote
    title = tab.locator("figure.qp-chart svg .qp-pt > title").first.text_content()
    assert title.startswith("苏州市 Suzhou · 2016年 目标 target（争创）：新增80个")
    assert "「2016年争创江苏名牌产品80个」" in title


# Whether the history table's every column is inside its box: the box does not scroll,
# and the last header cell ends within it.
FITS = """() => {
  const box = document.querySelector('.qp-history');
  if (!box) return null;
  const right = box.getBoundingClientRect().right;
  const last = [...box.querySelectorAll('thead th')].pop().getBoundingClientRect().right;
  return {scrolls: box.scrollWidth - box.clientWidth, overhang: last - right};
}"""


def test_every_history_table_fits_at_1280(tab: Any, base_url: str) -> None:
    tables = 0
    for indicator in dataset().indicators:
        tab.goto(f"{base_url}/{url(indicator.id)}")
        fits = tab.evaluate(FITS)
        if fits is None:
            continue  # no statement yet: no table
        tables += 1
        assert fits["scrolls"] <= 0, (indicator.id, fits)
        assert fits["overhang"] <= 0.5, (indicator.id, fits)
    assert tables


# On a phone each row of the history is a card: every cell, the quote and the outcome
# included, is inside the screen under its column's Chinese name; nothing scrolls sideways.
PHONE_CARDS = """() => {
  const box = document.querySelector('.qp-history');
  const names = [...box.querySelectorAll('thead th')].map(c => c.textContent.slice(0, 2));
  const cells = [...box.querySelectorAll('tbody tr:first-child td')];
  return {
    names,
    labels: cells.map(c => c.dataset.label),
    right: Math.max(...cells.map(c => c.getBoundingClientRect().right)),
    width: window.innerWidth,
    scrolls: box.scrollWidth - box.clientWidth,
    quote: cells[4].innerText,
  };
}"""


@pytest.mark.parametrize("indicator_id", [ENGINEERING, BRAND])
def test_every_column_of_the_history_is_in_view_on_a_phone(
    browser: Any, base_url: str, indicator_id: str
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.goto(f"{base_url}/{url(indicator_id)}")
    cards = phone.evaluate(PHONE_CARDS)
    context.close()
    assert cards["labels"] == cards["names"]
    assert cards["labels"][:5] == ["年份", "规划", "数值", "类型", "原文"]
    assert cards["right"] <= cards["width"], cards
    assert cards["scrolls"] <= 0, cards
    first = history(indicator_id)[0].statement
    assert first.quote[:8] in cards["quote"]


@pytest.mark.parametrize("indicator_id", [ENGINEERING, BRAND])
def test_indicator_page_is_accessible_at_both_widths(
    browser: Any, base_url: str, artifacts: Path, indicator_id: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    for width, height in ((1280, 1000), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(f"{base_url}/{url(indicator_id)}")
        page.wait_for_load_state("load")
        page.screenshot(
            path=str(artifacts / f"indicator-{indicator_id}-{width}.png"), full_page=True
        )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        results = Axe().run(page)
        context.close()
        assert overflow <= 0, (indicator_id, width, overflow)
        serious = [
            v["id"]
            for v in results.response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        assert serious == [], results.generate_report()
