"""The built site: a page per plan with its measures, units, figures and quotes."""

import json
import os
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from qualityplans.pages import escape, plan_page

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DISABLE_MKDOCS_2_WARNING": "true"},
    )
    assert result.returncode == 0, result.stderr
    return out


def text_of(path: Path) -> str:
    return unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def test_home_page_links_to_the_plans(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="plans/index.html"' in html
    assert "中文为准" in text_of(site / "index.html")


def test_plans_index_lists_each_plan_with_counts(site: Path) -> None:
    text = text_of(site / "plans" / "index.html")
    assert "2016年苏州市质量强市工作行动计划" in text
    assert "苏府〔2016〕63号" in text


def test_plan_page_holds_measures_units_and_quoted_figures(site: Path) -> None:
    page = site / "plans" / "suzhou-2016.html"
    html = page.read_text(encoding="utf-8")
    text = text_of(page)
    assert 'id="sec_3__item_14"' in html
    assert "(十四)加强工程质量安全监管" in text
    assert "Strengthen supervision of construction quality and safety" in text
    assert "「其他工程一次验收合格率达到98%以上」" in text
    assert "≥ 98%" in text
    assert (
        'title="苏州市住房和城乡建设局 · Suzhou Municipal Bureau of Housing and Urban-Rural Development"'
        in html
    )
    assert "Figures that are not targets" in text
    assert "「等10类消费品的质量提升工作」" in text


def test_no_external_resources_so_the_site_works_offline(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        external = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="(https?:)?//[^"]+"', html)
        assert external == [], page


def test_search_index_segments_chinese_words(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entry = next(d for d in index["docs"] if d["location"].endswith("#sec_2__item_6"))
    assert "\u200b品牌\u200b" in entry["text"]


def test_markdown_special_characters_are_escaped() -> None:
    assert escape("各县级市<区>人民政府") == "各县级市&lt;区&gt;人民政府"
    assert escape("5*3 | a_b") == r"5\*3 \| a\_b"


def test_plan_page_markdown_starts_with_the_title(suzhou_2016) -> None:  # type: ignore[no-untyped-def]
    assert plan_page(suzhou_2016).startswith(
        "# 2016年苏州市质量强市工作行动计划\n\n*Suzhou 2016 Action Plan"
    )
