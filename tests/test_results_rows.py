"""Results are data: every collection is ``Results`` with flat, typed ``records()``; a found
target serialises as its row; notebooks show escaped HTML; plans resolve by popular names."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pandas
import pytest

import qualityplans
from qualityplans import Results
from qualityplans.catalog import use_catalog
from qualityplans.rows import TABLES, TARGET_COLUMNS
from tests.site.build import hostile_catalog

BUREAU = ("市质监局", "苏州市")

COLLECTIONS: dict[str, Callable[[], Any]] = {
    "plans": qualityplans.plans,
    "indicators": qualityplans.indicators,
    "departments": qualityplans.departments,
    "regions": qualityplans.regions,
    "themes": qualityplans.themes,
    "collectives": qualityplans.collectives,
    "lineage": lambda: qualityplans.lineage(BUREAU[0], region=BUREAU[1]),
    "search": lambda: qualityplans.search("合格率"),
    "targets": lambda: qualityplans.targets(region="苏州市", year=2025),
    "observations": lambda: qualityplans.observations(region="苏州市"),
    "measures": lambda: qualityplans.measures(plan="suzhou-2016"),
    "history": lambda: qualityplans.history("大中型工程一次验收合格率"),
    "related_indicators": lambda: qualityplans.related_indicators("制造业产品质量合格率"),
    "successors": lambda: qualityplans.successors(BUREAU[0], region=BUREAU[1]),
    "predecessors": lambda: qualityplans.predecessors("市市场监管局", region="苏州市"),
    "line_of": lambda: qualityplans.line_of(BUREAU[0], region=BUREAU[1]),
    "responsibilities": lambda: qualityplans.responsibilities(
        BUREAU[0], region=BUREAU[1], follow_lineage=True
    ),
    "outcomes": lambda: qualityplans.outcomes(plan="suzhou-14fyp"),
    "discrepancies": qualityplans.discrepancies,
    "found_discrepancies": qualityplans.found_discrepancies,
    "department_roles": lambda: qualityplans.department_roles(region="苏州市"),
}


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_collection_is_results_with_flat_records(name: str) -> None:
    found = COLLECTIONS[name]()
    assert isinstance(found, Results), name
    rows = found.records()
    assert len(rows) == len(found)
    for row in rows:
        assert isinstance(row, dict)
        for value in row.values():  # flat: no model objects inside
            assert value is None or isinstance(value, str | int | float | Decimal | list), (
                name,
                value,
            )
    frame = found.to_pandas()
    assert len(frame) == len(found)
    # one column per key (a target's and an observation's rows differ in a few)
    assert set(frame.columns) == {key for row in rows for key in row}
    if name in ("plans", "targets", "history", "search", "measures", "responsibilities"):
        assert all(list(row) == list(rows[0]) for row in rows if row.keys() == rows[0].keys())
    for column in ("year", "period_start", "period_end", "base_year", "number", "rank"):
        if column in frame.columns:
            assert str(frame[column].dtype) == "Int64", (name, column)


def test_filtered_targets_become_a_typed_table() -> None:
    # the issue: pandas.DataFrame(qualityplans.targets(...)) was one column of objects
    found = qualityplans.targets(region="苏州市", year=2025)
    rows = found.records()
    assert list(rows[0]) == TARGET_COLUMNS == TABLES["targets"][0]
    frame = pandas.DataFrame(rows)
    assert frame.shape == (len(found), len(TARGET_COLUMNS))
    assert set(frame["plan"]) <= {
        p.id
        for p in qualityplans.plans()
        if p.region in {"suzhou", "xiangcheng"} or p.region.startswith("suzhou")
    } | set(frame["plan"])
    assert all(isinstance(a, Decimal) for a in frame["amount"].dropna())
    typed = found.to_pandas()
    assert str(typed["year"].dtype) == "Int64"
    assert str(typed["base_year"].dtype) == "Int64"
    [row] = [r for r in rows if (r["plan"], r["eid"]) == ("suzhou-14fyp", "table_1__tgt_1")]
    assert (row["region"], row["amount"], row["year"]) == ("suzhou", Decimal("97"), 2025)


def test_a_found_target_or_assignment_serialises_as_its_row() -> None:
    found = qualityplans.targets(plan="suzhou-2016")[0]
    assert qualityplans.to_dict(found)["eid"] == found.statement.eid
    assert "body" not in qualityplans.to_json(found)  # the row, not the plan
    document = qualityplans.to_dict(qualityplans.targets(plan="suzhou-2016"))
    assert [d["eid"] for d in document] == [
        t.eid for t in qualityplans.get_plan("suzhou-2016").targets
    ]
    work = qualityplans.responsibilities(*BUREAU[:1], region=BUREAU[1], follow_lineage=True)
    rows = qualityplans.to_dict(work)
    [row] = [
        r for r in rows if (r["plan"], r["holder"]) == ("pinzhi-suzhou-2025", "sec_6__item_18")
    ]
    assert set(TABLES["responsibilities"][0]) <= set(row)
    assert (row["department"], row["line"], row["through_lineage"]) == (
        "suzhou.market-regulation",
        "suzhou.market-regulation",
        True,
    )
    first = work.records()[0]
    assert (first["department"], first["line_zh"]) == (
        "suzhou.quality-supervision",
        "苏州市市场监督管理局",
    )


def test_hits_and_discrepancies_have_rows() -> None:
    [hit] = qualityplans.search("苏府〔2016〕63号")
    assert hit.record() == {
        "rank": 1,
        "tied": False,
        "kind": "plan",
        "id": "suzhou-2016",
        "title_zh": "2016年苏州市质量强市工作行动计划",
        "title_en": "Suzhou 2016 Action Plan for Building a Quality City",
        "score": 100.0,
        "snippet": "苏府〔2016〕63号",
        "plan": None,
        "region": "suzhou",
    }
    target_hit = qualityplans.search("大中型工程一次验收合格率", kind="target")[0]
    assert target_hit.record()["region"] == target_hit.plan.region
    curated = [d for d in qualityplans.discrepancies() if d.curated is not None]
    row = curated[0].record()
    assert row["curated"] == curated[0].curated.eid
    assert row["first_quote"] == curated[0].first.quote
    assert isinstance(row["first_amount"], Decimal)


def test_a_found_measure_row_is_the_measures_table_row() -> None:
    [found] = [m for m in qualityplans.measures(plan="suzhou-2016") if m.measure.number == 17]
    row = found.record()
    assert list(row) == TABLES["measures"][0]
    table = {(r["plan"], r["eid"]): r for r in qualityplans.records("measures")}
    assert row == table[("suzhou-2016", found.measure.eid)]
    assert row["lead_names"][0] == "苏州市质量技术监督局"


# ------------------------------------------------------------------ HTML


@pytest.fixture(scope="module")
def hostile() -> Any:
    return hostile_catalog()


def _escaped(html: str) -> None:
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html


def test_collections_and_records_render_escaped_html(hostile: Any) -> None:
    with use_catalog(hostile):
        plan = qualityplans.get_plan("suzhou-2016")
        shown = [
            qualityplans.plans()._repr_html_(),
            qualityplans.targets(plan="suzhou-2016")._repr_html_(),
            qualityplans.measures(plan="suzhou-2016")._repr_html_(),
            qualityplans.indicators()._repr_html_(),
            qualityplans.department_roles()._repr_html_(),
            qualityplans.search("suzhou")._repr_html_(),
            plan._repr_html_(),
            qualityplans.get_indicator("large-medium-project-acceptance-rate")._repr_html_(),
            qualityplans.get_department("suzhou.quality-supervision")._repr_html_(),
            qualityplans.get_region("suzhou")._repr_html_(),
            qualityplans.diff("suzhou-2016", "pinzhi-suzhou-2025")._repr_html_(),
            qualityplans.matrix(["suzhou-2016", "suzhou-14fyp"])._repr_html_(),
        ]
        for html in shown:
            _escaped(html)
        assert plan.title_zh.startswith("<script>")  # the payload was there to escape


def test_a_plan_shows_a_summary() -> None:
    html = qualityplans.get_plan("品质苏州")._repr_html_()
    assert html.startswith("<div><strong>“品质苏州”建设行动方案(2025年) Action Scheme")
    assert "<th>文号 document number</th><td>苏府办〔2025〕77号</td>" in html
    assert f"<th>目标 targets</th><td>{len(qualityplans.get_plan('品质苏州').targets)}</td>" in html


# --------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    "name",
    [
        "品质苏州",
        "“品质苏州”建设行动方案",
        "品质苏州建设行动方案",
        "Quality Suzhou",
        "quality suzhou",
        "苏府办[2025]77号",
    ],
)
def test_the_2025_plan_resolves_by_its_popular_names(name: str) -> None:
    assert qualityplans.get_plan(name).id == "pinzhi-suzhou-2025"


@pytest.mark.parametrize("name", ["苏州十四五质量发展规划", "苏州市十四五质量发展规划"])
def test_the_five_year_plan_resolves_by_its_popular_names(name: str) -> None:
    assert qualityplans.get_plan(name).id == "suzhou-14fyp"


def test_a_lookup_returns_the_default_it_is_given() -> None:
    marker = object()
    assert qualityplans.get_plan("no such plan", marker) is marker
    assert qualityplans.get_plan("no such plan", None) is None
    assert qualityplans.get_indicator("no such indicator", marker) is marker
    assert qualityplans.get_department("no such body", marker) is marker
    assert qualityplans.get_department("市质监局", marker, region="苏州市").id == (
        "suzhou.quality-supervision"
    )
    assert qualityplans.get_region("火星", marker) is marker
    assert qualityplans.get_theme("no such theme", marker) is marker
    with pytest.raises(qualityplans.PlanNotFoundError):
        qualityplans.get_plan("no such plan")


@pytest.mark.parametrize("number", [14, "14", " 14 ", "（十四）", "(十四)", "十四"])
def test_a_measure_by_any_way_of_writing_its_number(number: int | str) -> None:
    plan = qualityplans.get_plan("suzhou-2016")
    assert plan.measure(number).title_zh == "加强工程质量安全监管"


def test_a_missing_measure_lists_the_numbers_there_are() -> None:
    plan = qualityplans.get_plan("suzhou-2016")
    numbers = sorted(m.number for m in plan.measures)
    with pytest.raises(KeyError) as raised:
        plan.measure(99)
    assert raised.value.args[0] == (
        f"suzhou-2016 has no measure 99; its measures are numbered {numbers[0]}-{numbers[-1]}"
    )
    with pytest.raises(KeyError) as raised:
        plan.measure("x")
    assert raised.value.args[0] == 'not a measure number: \'x\'; give 14, "14" or "（十四）"'
    with pytest.raises(TypeError, match="a measure number must be an int or text"):
        plan.measure(1.5)  # type: ignore[arg-type]
