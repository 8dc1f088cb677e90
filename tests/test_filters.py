"""Filters on the real data: targets(), observations(), measures() with their plan attached."""

from decimal import Decimal

import pytest

import qualityplans
from qualityplans import Commitment, ValueKind, measures, observations, targets

# The shipped plans these facts are about (other plans may be loaded beside them).
SHIPPED = ("suzhou-2016", "xiangcheng-2017", "yancheng-2017-2018", "suzhou-14fyp")


def test_an_indicator_s_targets_across_plans_with_their_plan() -> None:
    found = targets(indicator="大中型工程一次验收合格率")
    assert [
        (f.plan.id, f.statement.year, f.statement.value.amount)
        for f in found
        if f.plan.id in SHIPPED
    ] == [
        ("suzhou-2016", 2016, Decimal("100")),
        ("xiangcheng-2017", 2017, Decimal("100")),
        ("yancheng-2017-2018", 2018, Decimal("100")),
        ("suzhou-14fyp", 2025, Decimal("98")),
        ("suzhou-14fyp", 2025, Decimal("98")),
    ]
    first = found[0]
    assert first.block.title_zh == "加强工程质量安全监管"
    assert first.statement in first.block.targets
    assert repr(first) == (
        "<Target suzhou-2016/sec_3__item_14__tgt_1 大中型工程一次验收合格率 100% 2016>"
    )
    # the indicator object works as well as its name
    assert targets(indicator=qualityplans.get_indicator("大中型工程一次验收合格率")) == found


def test_a_region_includes_the_places_inside_it() -> None:
    suzhou = {f.plan.id for f in targets(region="苏州市")}
    assert "xiangcheng-2017" in suzhou  # 相城区 is in 苏州市
    assert "yancheng-2017-2018" not in suzhou
    assert {f.plan.id for f in targets(region="相城区")} == {"xiangcheng-2017"}
    assert {f.plan.id for f in targets(region="盐城市")} == {"yancheng-2017-2018"}


def test_year_matches_the_due_year_or_a_period_holding_it() -> None:
    for f in targets(year=2025):
        s = f.statement
        assert s.year == 2025 or (s.period is not None and 2025 in s.period)
    assert {f.plan.id for f in targets(year=2016)} & set(SHIPPED) == {"suzhou-2016"}
    thirteenth = observations(year=2020, indicator="制造业产品质量合格率")
    assert {str(f.statement.value.amount) for f in thirteenth} == {"96.76"}


def test_department_with_and_without_lineage_and_role() -> None:
    own = targets(department="市质监局", region="苏州市")
    with_successor = targets(department="市质监局", region="苏州市", follow_lineage=True)
    assert {f.plan.id for f in own} == {"suzhou-2016"}
    assert {f.plan.id for f in with_successor} >= {"suzhou-2016", "pinzhi-suzhou-2025"}
    assert set(own) < set(with_successor)
    leads = measures(department="市质监局", region="苏州市", role="lead")
    assert leads
    assert all(
        any(r.department == "suzhou.quality-supervision" for r in m.measure.leads) for m in leads
    )


def test_theme_commitment_and_kind() -> None:
    brands = qualityplans.get_theme("brands")
    found = targets(theme=brands)
    assert found
    assert all(
        "brands" in getattr(f.block, "themes", ())
        or "brands" in qualityplans.get_indicator(f.statement.indicator).themes
        for f in found
    )
    aspirational = targets(commitment="aspirational")
    assert aspirational
    assert all(f.statement.commitment is Commitment.ASPIRATIONAL for f in aspirational)
    assert all(f.statement.modal in ("力争", "争取") for f in aspirational)
    qualitative = targets(kind=ValueKind.QUALITATIVE)
    assert all(f.statement.value is None for f in qualitative)
    assert targets(kind="qualitative") == qualitative


def test_measures_by_plan_indicator_and_theme() -> None:
    found = measures(plan="苏府〔2016〕63号", indicator="大中型工程一次验收合格率")
    assert [(m.id, m.measure.title_zh) for m in found] == [
        ("suzhou-2016/sec_3__item_14", "加强工程质量安全监管")
    ]
    assert len(measures(plan="suzhou-2016")) == 18
    assert all("brands" in m.measure.themes for m in measures(theme="品牌建设"))
    assert "<th>title_zh</th>" in measures(theme="brands")._repr_html_()


def test_no_condition_returns_every_statement() -> None:
    assert len(targets()) == sum(len(p.targets) for p in qualityplans.plans())
    assert len(observations()) == sum(len(p.observations) for p in qualityplans.plans())


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: targets(commitment="maybe"),
            ValueError,
            "commitment must be one of binding, aspirational, not 'maybe'",
        ),
        (
            lambda: targets(kind="levels"),
            ValueError,
            "kind must be one of level, change, new, cumulative, qualitative, not 'levels'",
        ),
        (lambda: targets(year="2016"), TypeError, "year must be an int, not str"),
        (
            lambda: targets(role="lead"),
            ValueError,
            "role= needs department= (the role that department plays)",
        ),
        (
            lambda: measures(plan=7),
            TypeError,
            "plan must be a Plan or a key (id, 文号 or title), not int",
        ),
    ],
)
def test_bad_conditions_are_one_line_errors(call, error, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error) as raised:
        call()
    assert str(raised.value) == message
