"""Keys or objects everywhere, and one-line reprs for REPLs and notebooks."""

import pytest

import qualityplans
from qualityplans import (
    get_department,
    get_indicator,
    get_plan,
    history,
    lineage,
    related_indicators,
    responsibilities,
    successors,
)


def test_history_accepts_the_indicator_object() -> None:
    indicator = get_indicator("大中型工程一次验收合格率")
    by_object = history(indicator)
    assert by_object == history(indicator.id) == history("大中型工程一次验收合格率")
    shipped = ("suzhou-2016", "xiangcheng-2017", "yancheng-2017-2018")
    assert [e.plan.id for e in by_object if e.plan.id in shipped] == [
        "suzhou-2016",
        "xiangcheng-2017",
        "yancheng-2017-2018",
    ]
    assert related_indicators(indicator) == related_indicators(indicator.id)


def test_lineage_accepts_the_department_object_and_a_region() -> None:
    bureau = get_department("市质监局", region="苏州市")
    events = lineage(bureau)
    assert events == lineage("市质监局", region=qualityplans.get_region("苏州市"))
    assert [e.successors for e in events] == [("suzhou.market-regulation",)]


def test_get_department_takes_a_region_object() -> None:
    suzhou = qualityplans.get_region("苏州市")
    assert get_department("市质监局", region=suzhou).id == "suzhou.quality-supervision"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: history(42),
            "indicator must be an Indicator or a key (id, name or alias), not int",
        ),
        (lambda: lineage(3.5), "department must be a Department or a key (id or name), not float"),
        (lambda: get_plan(2016), "a plan key must be a string, not int"),  # type: ignore[arg-type]
        (
            lambda: responsibilities(get_plan("suzhou-2016")),  # type: ignore[arg-type]
            "department must be a Department or a key (id or name), not Plan",
        ),
    ],
)
def test_wrong_types_are_one_line_type_errors(call, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError) as raised:
        call()
    assert str(raised.value) == message


def test_reprs_are_one_short_line() -> None:
    plan = get_plan("suzhou-2016")
    measure = plan.measure(14)
    assert repr(plan) == "<Plan suzhou-2016 2016年苏州市质量强市工作行动计划>"
    # A model repr is pure: the indicator's id, no catalog consulted.
    assert repr(measure.targets[0]) == (
        "<Target sec_3__item_14__tgt_1 large-medium-project-acceptance-rate 100% 2016>"
    )
    assert repr(measure).startswith("<Measure sec_3__item_14 ")
    assert repr(get_indicator("大中型工程一次验收合格率")) == (
        "<Indicator large-medium-project-acceptance-rate 大中型工程一次验收合格率 (%)>"
    )
    bureau = get_department("市质监局", region="苏州市")
    assert repr(bureau) == "<Department suzhou.quality-supervision 苏州市质量技术监督局>"
    assert repr(qualityplans.get_region("相城区")) == "<Region xiangcheng 相城区>"
    entry = history("大中型工程一次验收合格率")[0]
    # A found statement knows its plan and indicator, so it names both.
    assert repr(entry) == (
        "<Target suzhou-2016/sec_3__item_14__tgt_1 大中型工程一次验收合格率 100% 2016>"
    )
    assert repr(responsibilities(bureau)[0]) == (
        "<Assignment suzhou-2016/sec_1__item_1 市质监局 lead: 完成全国质量强市示范城市创建工作>"
    )
    assert repr(successors(bureau)) == (
        "(<Department suzhou.market-regulation 苏州市市场监督管理局>,)"
    )
    for obj in (plan, measure, *plan.targets, *plan.observations, qualityplans.dataset(), entry):
        assert "\n" not in repr(obj)
        assert len(repr(obj)) < 200


def test_result_collections_render_as_escaped_html_tables() -> None:
    table = history("大中型工程一次验收合格率")._repr_html_()
    assert table.startswith("<table><thead><tr><th>id</th><th>statement</th>")
    assert table.count("<tr>") == 1 + len(history("大中型工程一次验收合格率"))
    assert "<td>suzhou-2016/sec_3__item_14__tgt_1</td>" in table
    bureau = get_department("市质监局", region="苏州市")
    assert "<th>role</th>" in responsibilities(bureau)._repr_html_()


def test_html_cells_are_escaped() -> None:
    from qualityplans.model import html_table

    assert html_table(["a<b"], [["x & <y>", None]]) == (
        "<table><thead><tr><th>a&lt;b</th></tr></thead>"
        "<tbody><tr><td>x &amp; &lt;y&gt;</td><td></td></tr></tbody></table>"
    )


def test_record_collections_render_their_one_value_fields() -> None:
    table = successors(get_department("市质监局", region="苏州市"))._repr_html_()
    assert table == (
        "<table><thead><tr><th>id</th><th>name_zh</th><th>name_en</th><th>region</th>"
        "<th>kind</th><th>note</th><th>note_zh</th></tr></thead><tbody><tr>"
        "<td>suzhou.market-regulation</td><td>苏州市市场监督管理局</td>"
        "<td>Suzhou Administration for Market Regulation</td><td>suzhou</td><td>agency</td>"
        "<td></td><td></td></tr></tbody></table>"
    )
