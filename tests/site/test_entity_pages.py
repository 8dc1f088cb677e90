"""Department, collective, data and dictionary pages, the downloads and per-record JSON,
page descriptions, the navigation, and the 404 page: page functions first, then the
build (the session's strict build, and one with ``QUALITYPLANS_SITE_URL`` set)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from qualityplans import dictionary
from qualityplans.catalog import dataset, get_collective, get_department, get_plan
from qualityplans.query.history import history, related_indicators
from qualityplans.query.responsibilities import responsibilities
from qualityplans.rows import TABLES, column_type
from qualityplans.serialize import jsonable, to_dict
from qualityplans.site import files, links, pages, parts
from qualityplans.site.departments import collective_items, collective_page, department_page
from qualityplans.site.downloads import data_page, dictionary_page, entity_json
from qualityplans.site.metadata import with_description
from tests.conftest import unlabelled
from tests.site.conftest import ROOT, build_site
from tests.test_site_entities import assert_tables_whole, parse

HAN = re.compile(r"[\u4e00-\u9fff]")
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def all_pages() -> dict[str, str]:
    return dict(pages())


@pytest.fixture(scope="module")
def all_files() -> dict[str, bytes]:
    return dict(files())


def _front(markdown: str) -> dict[str, Any]:
    assert markdown.startswith("---\n")
    found = yaml.safe_load(markdown.split("---\n")[1])
    assert isinstance(found, dict)
    return found


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# ------------------------------------------------------------------ departments


def test_department_page_has_the_entity_header_its_json_and_a_chinese_description() -> None:
    bureau = get_department("suzhou.quality-supervision")
    page = department_page(bureau)
    assert '<p class="qp-subtitle"><span class="qp-tag">部门 <span class="qp-en">Department' in page
    assert '<dt>数据 Data</dt><dd><a href="suzhou.quality-supervision.json" download>JSON' in page
    description = _front(page)["description"]
    assert description.startswith("苏州市质量技术监督局（苏州市政府部门）")
    own = [a for a in responsibilities(bureau) if a.department == bureau]
    assert f"承担{len(own)}项措施或任务组" in description
    assert_tables_whole(parse(page))


def test_each_collective_has_a_page_listing_every_measure_naming_it(
    all_pages: dict[str, str],
) -> None:
    for c in dataset().collectives:
        assert links.collective_path(c) in all_pages
    governments = get_collective("county-level-governments")
    items = collective_items(governments)
    pinzhi = get_plan("pinzhi-suzhou-2025")
    # 品质苏州 names it once for every measure (按职责分工负责): each measure lists it.
    assert [n.item.eid for n in items if n.plan.id == pinzhi.id] == [m.eid for m in pinzhi.measures]
    assert all(n.standing for n in items if n.plan.id == pinzhi.id)
    page = collective_page(governments)
    assert page == all_pages["collectives/county-level-governments.md"]
    assert "# 各县级市（区）人民政府（管委会）" in page
    assert '统称 <span class="qp-en">Collective' in page
    assert "各县级市&lt;区&gt;人民政府&lt;管委会&gt;" in page  # the words as the plan writes them
    assert "不是一个机构" in page
    assert "{#plan-pinzhi-suzhou-2025}" in page
    for m in pinzhi.measures:
        assert f'href="../plans/pinzhi-suzhou-2025/{m.eid}.html"' in page
    assert "本规划对全部措施统一写明这一统称" in page
    assert_tables_whole(parse(page))
    # 各成员单位 is named in three plans, by each one's own words.
    members = collective_page(get_collective("member-units"))
    for plan in ("suzhou-2016", "xiangcheng-2017", "yancheng-2017-2018"):
        assert f"{{#plan-{plan}}}" in members
    assert "市质量强市推进工作领导小组各成员单位" in members


def test_collectives_are_linked_from_measures_and_the_departments_index(
    all_pages: dict[str, str],
) -> None:
    measure = all_pages["plans/pinzhi-suzhou-2025/sec_1__item_1.md"]
    # the measure's units (in its header) link the collective to its page
    assert 'href="../../collectives/county-level-governments.html"' in measure
    index = unlabelled(all_pages["departments/index.md"])
    assert "## 统称 Collectives {#collectives}" in index
    listing = index[index.index("{#collectives}") :]
    for c in dataset().collectives:
        assert f'href="../collectives/{c.id}.html"' in listing
    row = next(r for r in listing.split("<tr>") if "member-units.html" in r)
    count = len(collective_items("member-units"))
    plans = len({n.plan.id for n in collective_items("member-units")})
    assert f"<td>{plans}</td><td>{count}</td>" in row
    assert_tables_whole(parse(index))


# ------------------------------------------------------------------ data and downloads


def test_every_csv_of_the_site_starts_with_a_bom(all_files: dict[str, bytes]) -> None:
    csvs = {path: content for path, content in all_files.items() if path.endswith(".csv")}
    assert {f"downloads/csv/{name}.csv" for name in TABLES} <= set(csvs)
    assert "downloads/matrix.csv" in csvs
    for path, content in csvs.items():
        assert content.startswith(BOM), path
        assert "，" in content.decode("utf-8-sig") or "," in content.decode("utf-8-sig")
    # Chinese survives the round trip a spreadsheet makes
    targets = csvs["downloads/csv/targets.csv"].decode("utf-8-sig")
    assert "2016年大中型工程一次验收合格率达到100%" in targets


def test_data_page_lists_every_download_with_its_size(all_files: dict[str, bytes]) -> None:
    page = data_page()
    downloads = {p: c for p, c in all_files.items() if p.startswith("downloads/")}
    assert "downloads/matrix.csv" in downloads
    for path, content in downloads.items():
        name = path.rsplit("/", 1)[-1]
        size = len(content) / 1024
        shown = f"{size:.1f} KB" if size < 1024 else f"{size / 1024:.1f} MB"
        assert f'<a href="{path}" download>{name}</a> <small>{shown}</small>' in page, path
    assert "BOM" in page
    assert 'href="dictionary.html"' in page
    assert "{#records}" in page  # the per-record JSON is documented
    for pattern in ("plans/&lt;id&gt;/index.json", "indicators/&lt;id&gt;.json"):
        assert pattern in page
    assert HAN.search(_front(page)["description"])


def test_dictionary_lists_every_column_of_every_table_with_type_and_meaning() -> None:
    assert set(TABLES) <= set(dictionary.TABLES)  # the tables, and the SQLite views
    for name, (columns, _) in TABLES.items():
        assert name in dictionary.ROWS
        for column in columns:
            zh, english, _ = dictionary.describe(name, column)
            assert column_type(name, column) in dictionary.TYPES
            assert HAN.search(zh), (name, column)
            assert english.strip(), (name, column)
    page = dictionary_page()
    assert_tables_whole(parse(page))
    for name, (columns, _) in TABLES.items():
        section = page[page.index(f"{{#{name}}}") :]
        section = section[: section.index("</table>")]
        assert f'href="downloads/csv/{name}.csv"' in section
        for column in columns:
            zh = dictionary.describe(name, column)[0]
            assert f"<code>{column}</code>" in section, (name, column)
            assert zh.replace("<", "&lt;").replace(">", "&gt;") in section, (name, column)
    assert "主键 Primary key: <code>plan</code> + <code>eid</code>" in page
    with pytest.raises(KeyError, match=r"does not describe targets\.nonesuch"):
        dictionary.describe("targets", "nonesuch")


def test_entity_json_is_the_librarys_record_and_rows(all_files: dict[str, bytes]) -> None:
    d = parts.data()
    plan = d.plans[0]
    document = json.loads(all_files[links.json_path(links.plan_path(plan))])
    assert document["plan"] == to_dict(plan)
    assert len(document["targets"]) == len(plan.targets)
    assert len(document["observations"]) == len(plan.observations)
    assert {r["eid"] for r in document["targets"]} == {t.eid for t in plan.targets}
    assert document["dataset_version"] == parts.catalog().dataset_version()
    rate = "large-medium-project-acceptance-rate"
    indicator = json.loads(all_files[f"indicators/{rate}.json"])
    assert indicator["indicator"] == to_dict(next(i for i in d.indicators if i.id == rate))
    assert indicator["related"] == [i.id for i in related_indicators(rate)]
    assert indicator["history"] == [jsonable(e.record()) for e in history(rate)]
    bureau = get_department("suzhou.quality-supervision")
    department = json.loads(all_files["departments/suzhou.quality-supervision.json"])
    assert department["department"] == to_dict(bureau)
    assert department["successors"] == ["suzhou.market-regulation"]
    work = responsibilities(bureau, follow_lineage=True)
    assert [(r["plan"], r["item"], r["role"]) for r in department["responsibilities"]] == [
        (a.plan.id, a.item.eid, a.role.value) for a in work
    ]
    collective = json.loads(all_files["collectives/county-level-governments.json"])
    assert collective["collective"] == to_dict(get_collective("county-level-governments"))
    assert len(collective["items"]) == len(collective_items("county-level-governments"))
    # every entity page has its JSON beside it
    for p in d.plans:
        assert links.json_path(links.plan_path(p)) in all_files
    for i in d.indicators:
        assert links.json_path(links.indicator_path(i)) in all_files
    for x in d.departments:
        assert links.json_path(links.department_path(x)) in all_files
    assert document == jsonable(entity_json(plan))  # the file is the function's answer


# ------------------------------------------------------------------ descriptions


def test_my_pages_describe_themselves_in_chinese_each_differently(
    all_pages: dict[str, str],
) -> None:
    paths = [
        "departments/index.md",
        "departments/suzhou.quality-supervision.md",
        "departments/suzhou.market-regulation.md",
        "collectives/member-units.md",
        "compare/index.md",
        "compare/matrix.md",
        "compare/suzhou-2016--suzhou-14fyp.md",
        "compare/suzhou-2016--pinzhi-suzhou-2025.md",
        "data.md",
        "dictionary.md",
    ]
    from qualityplans.site.compare import pair_page

    rendered = {
        **all_pages,
        "compare/suzhou-2016--suzhou-14fyp.md": pair_page(
            get_plan("suzhou-2016"), get_plan("suzhou-14fyp")
        ),
        "compare/suzhou-2016--pinzhi-suzhou-2025.md": pair_page(
            get_plan("suzhou-2016"), get_plan("pinzhi-suzhou-2025")
        ),
    }
    found = {p: _front(rendered[p])["description"] for p in paths}
    assert all(HAN.search(d[:20]) for d in found.values()), found
    assert len(set(found.values())) == len(paths)
    assert all(len(d) <= 150 for d in found.values())
    assert found["compare/suzhou-2016--suzhou-14fyp.md"].startswith(
        "对比苏州市 2016 行动计划与苏州市 2021–2025 五年规划：两份规划都设有目标的同一指标"
    )


def test_a_page_without_a_description_gets_one_from_its_content() -> None:
    page = (
        "---\ntitle: x\n---\n\n# 苏州市 <small>Suzhou</small>\n\n"
        '<p class="qp-subtitle">Suzhou</p>\n\n<dl class="qp-meta">\n'
        '<dt>级别 <span class="qp-en">Level</span></dt><dd>地级市</dd>\n</dl>\n'
        "Some English only.\n\n## 规划 Plans\n\n本市有\\*五份规划。\n"
    )
    described = _front(with_description(page))
    assert described["title"] == "x"
    assert (
        described["description"]
        == "苏州市 Suzhou：级别：地级市；Some English only. 本市有*五份规划。"
    )
    kept = '---\ndescription: "已有"\n---\n\n# 标题\n\n正文。\n'
    assert with_description(kept) == kept
    bare = with_description("# 标题\n\n正文。\n")
    assert _front(bare)["description"] == "标题：正文。"


# ------------------------------------------------------------------ navigation


def _nav() -> list[Any]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return list(config["nav"])


def test_readers_navigation_first_and_developer_pages_under_about() -> None:
    nav = _nav()
    top = [next(iter(item)) for item in nav]
    assert top[:9] == [
        "首页 Home",
        "规划 Plans",
        "指标 Indicators",
        "部门 Departments",
        "地区 Regions",
        "主题 Themes",
        "对比 Compare",
        "进展 Status",
        "数据 Data",
    ]
    assert top[-1] == "关于 · About"
    about = {v for entry in nav[-1]["关于 · About"] for v in entry.values()}
    assert about == {
        "curating.md",
        "reference/model.md",
        "architecture.md",
        "performance.md",
        "api.md",
    }
    data = {v for entry in nav[8]["数据 Data"] for v in entry.values()}
    assert data == {"data.md", "dictionary.md"}


# ------------------------------------------------------------------ the build


def _meta_description(html: str) -> str:
    found = re.search(r'<meta name="description" content="([^"]*)"', html)
    assert found is not None
    return found.group(1)


def test_every_built_page_has_a_chinese_description_of_its_own(site: Path) -> None:
    seen: dict[str, str] = {}
    for path in (
        "index.html",
        "plans/suzhou-2016/index.html",
        "plans/suzhou-2016/sec_3__item_14.html",
        "indicators/large-medium-project-acceptance-rate.html",
        "departments/suzhou.quality-supervision.html",
        "collectives/member-units.html",
        "compare/index.html",
        "data.html",
        "dictionary.html",
        "curating.html",
        "api.html",
    ):
        description = _meta_description((site / path).read_text(encoding="utf-8"))
        assert HAN.search(description[:30]), (path, description)
        seen[path] = description
    assert len(set(seen.values())) == len(seen)


def test_404_links_only_relatively_without_a_site_url(site: Path) -> None:
    html = (site / "404.html").read_text(encoding="utf-8")
    urls = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert urls
    assert [u for u in urls if u.startswith("/")] == []
    assert "assets/stylesheets/" in html
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>" not in sitemap  # no address to give without a site_url


@pytest.fixture(scope="module")
def site_with_url(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(
        tmp_path_factory.mktemp("site-url") / "site",
        env={"QUALITYPLANS_SITE_URL": "https://example.org/qualityplans/"},
    )


def test_site_url_fills_the_sitemap_and_roots_the_404_under_its_path(site_with_url: Path) -> None:
    sitemap = (site_with_url / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert "https://example.org/qualityplans/departments/suzhou.quality-supervision.html" in locs
    assert "https://example.org/qualityplans/data.html" in locs
    html = (site_with_url / "404.html").read_text(encoding="utf-8")
    urls = re.findall(r'(?:href|src)="([^"]*)"', html)
    local = [u for u in urls if not u.startswith("http")]
    assert local
    assert all(u.startswith("/qualityplans/") for u in local), local
    page = (site_with_url / "data.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/qualityplans/data.html">' in page
    # pages themselves still link relatively, so the build also works from a folder
    assert 'href="downloads/csv/targets.csv"' in page


def test_hand_written_pages_and_the_data_pages_are_built(site: Path) -> None:
    for path in ("dictionary.html", "collectives/member-units.html", "architecture.html"):
        assert (site / path).is_file(), path
    text = _text((site / "dictionary.html").read_text(encoding="utf-8"))
    for name in TABLES:
        assert f"{name}.csv" in text
