"""Hostile data on the site (issue 12): every text field holds markup and Markdown controls.

The site is built from a copy of the dataset whose every text field (titles,
quotes, names, notes, cells, the transcription) starts with a ``<script>``, an
``"><img onerror>``, ``javascript:`` links and ``| * _ [x](y)`` and backticks.
Nothing from the data may become live markup, and no dialog may open in Chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.site.build import PAYLOAD
from tests.site.conftest import build_site, serve
from tests.site.htmlcheck import scan


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("hostile") / "site", "--hostile")


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    yield from serve(hostile_site)


def test_the_payload_reaches_the_pages_as_text(hostile_site: Path) -> None:
    html = (hostile_site / "plans" / "suzhou-2016" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(1)&gt;" in html


def test_no_script_handler_or_data_link_is_live(hostile_site: Path) -> None:
    pages = list(hostile_site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        found = scan(page)
        assert found.handlers == [], page
        assert not any("alert(" in script for script in found.scripts), page
        assert not any(u.strip().lower().startswith("javascript:") for u in found.urls), page
        assert not any(tag == "img" and attrs.get("src") == "x" for tag, attrs in found.tags), page
        assert "<script>alert" not in page.read_text(encoding="utf-8"), page


def test_markdown_controls_break_no_table(hostile_site: Path) -> None:
    html = (hostile_site / "plans" / "suzhou-2016" / "index.html").read_text(encoding="utf-8")
    targets = html[html.index('id="targets"') : html.index('id="departments"')]
    rows = targets.split("<tr>")[2:]
    assert rows
    assert all(row.count("<td>") == 5 for row in rows)
    assert "`tick`" in html  # backticks stay text, no <code> from the data


def test_no_dialog_opens_in_chromium(hostile_url: str, browser: Any) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in (
        "index.html",
        "plans/index.html",
        "plans/suzhou-2016/index.html",
        "plans/suzhou-2016/sec_3__item_14.html",
        "plans/yancheng-2017-2018/source.html",
        "data.html",
    ):
        page.goto(f"{hostile_url}/{path}")
        page.wait_for_load_state("load")
        for link in page.locator("a.qp-fig").all()[:3]:
            link.hover()
    page.close()
    assert dialogs == []
    assert PAYLOAD.startswith("<script>")
