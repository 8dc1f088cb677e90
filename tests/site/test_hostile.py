"""Hostile data on the site: every text field holds markup, Markdown controls and templates.

The site is built from a hostile catalog (tests/site/build.py): the real data with
every text field of every plan, measure, target, observation, department,
indicator, region and theme, and every transcription, starting with a
``<script>``, an ``"><img onerror>``, ``javascript:`` links, ``| * _ [x](y)``,
backticks and template syntax (``{{ 7*7 }}``, ``{% raw %}``). The payload must
reach each kind of page as text, next to the record's own words (so the test
fails if a page read its records from anywhere but the catalog it was given);
nothing may become live markup, no template may be evaluated, and no dialog may
open in Chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
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


class _Text(HTMLParser):
    """The text a reader sees: every data node outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts)


@pytest.mark.parametrize(
    ("page", "words"),
    [
        ("plans/suzhou-2016/index.html", "2016年苏州市质量强市工作行动计划"),  # plan title
        ("plans/suzhou-2016/sec_3__item_14.html", "加强工程质量安全监管"),  # measure title
        (
            "plans/suzhou-2016/sec_3__item_14.html",
            "2016年大中型工程一次验收合格率达到100%",
        ),  # quote
        ("plans/suzhou-2016/source.html", "\n市政府关于印发2016年"),  # the transcription
        ("indicators/large-medium-project-acceptance-rate.html", "大中型工程一次验收合格率"),
        ("departments/suzhou.quality-supervision.html", "苏州市质量技术监督局"),
        ("collectives/member-units.html", "各成员单位"),  # a collective's name
        ("compare/suzhou-2016--suzhou-14fyp.html", "苏州市“十四五”质量发展规划"),
    ],
)
def test_the_payload_reaches_every_kind_of_page_as_text(
    hostile_site: Path, page: str, words: str
) -> None:
    text = visible(hostile_site / page)
    assert PAYLOAD + words in text  # the record's own field, hostile, shown as text
    assert "{{ 7*7 }}" in text  # template syntax in the data is never evaluated
    html = (hostile_site / page).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


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
    assert all(row.count("<td") == 5 for row in rows)
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
