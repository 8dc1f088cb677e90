"""The 2016 Suzhou action plan (苏府〔2016〕63号) against the document itself.

Expected values below were read from seed 002 by hand, not copied from the data.
"""

from decimal import Decimal

import pytest

from qualityplans import get_plan
from qualityplans.model import (
    Commitment,
    Comparator,
    DateKind,
    Direction,
    Plan,
    Role,
    Unit,
    ValueKind,
)
from tests.conftest import the_target

# Lead units of each measure, in the order the document lists them.
LEADS = {
    1: ["市政府办公室", "市质监局"],
    2: ["市质监局", "苏州出入境检验检疫局"],
    3: ["市政府办公室", "市质监局"],
    4: ["市财政局"],
    5: ["市委宣传部", "市质监局", "市教育局"],
    6: ["市经信委", "市质监局", "市工商局", "市发改委"],
    7: ["市经信委", "市工商局", "市质监局"],
    8: ["市经信委", "市质监局", "苏州出入境检验检疫局"],
    9: ["市发改委", "市经信委", "市科技局"],
    10: ["市质监局"],
    11: ["市质监局"],
    12: ["市质监局", "市工商局"],
    13: ["市食药监局", "市农委", "市粮食局"],
    14: ["市住建局"],
    15: ["市发改委", "市旅游局"],
    16: ["市环保局", "市经信委", "市国土局"],
    17: ["市质监局", "市工商局", "市食药监局", "市农委", "市住建局", "市旅游局"],
    18: ["市工商局", "市质监局", "市食药监局", "市卫生计生委"],
}


@pytest.fixture(scope="module")
def plan() -> Plan:
    return get_plan("苏府[2016]63号")


def test_metadata(plan: Plan) -> None:
    assert plan.id == "suzhou-2016"
    assert plan.title_zh == "2016年苏州市质量强市工作行动计划"
    assert plan.doc_number is not None
    assert plan.doc_number.canonical == "苏府〔2016〕63号"
    assert plan.issuer == "suzhou.government"
    assert plan.region == "suzhou"
    assert plan.date(DateKind.SIGNED) is not None
    assert plan.date(DateKind.SIGNED).iso == "2016-04-25"  # type: ignore[union-attr]
    assert [b.title_zh for b in plan.basis] == ["质量发展纲要(2011~2020年)"]


def test_three_sections_eighteen_measures_numbered_in_order(plan: Plan) -> None:
    assert [s.heading_zh for s in plan.sections] == [
        "深入推进质量强市战略",
        "开展质量品牌提升行动",
        "提高重点领域质量管理水平",
    ]
    assert [m.number for m in plan.measures] == list(range(1, 19))
    assert [len(s.measures) for s in plan.sections] == [5, 6, 7]
    assert plan.measure(14).title_zh == "加强工程质量安全监管"
    assert plan.measure(14).label == "(十四)"


@pytest.mark.parametrize("number", sorted(LEADS))
def test_lead_units_as_in_the_document(plan: Plan, number: int) -> None:
    measure = plan.measure(number)
    assert [r.written for r in measure.leads] == LEADS[number]
    cooperating = [r for r in measure.responsibilities if r.role is Role.COOPERATING]
    assert [(r.written, r.collective) for r in cooperating] == [("各成员单位", "member-units")]


def test_units_resolve_to_suzhou_city_bodies(plan: Plan) -> None:
    units = {r.written: r.department for m in plan.measures for r in m.leads}
    assert units["市质监局"] == "suzhou.quality-supervision"
    assert units["苏州出入境检验检疫局"] == "suzhou.ciq"
    assert units["市卫生计生委"] == "suzhou.health-family-planning"


@pytest.mark.parametrize(
    ("quote_part", "indicator", "amount", "unit", "comparator", "kind"),
    [
        # 2016年争创江苏名牌产品80个,新增中国驰名商标5件、江苏省著名商标60件
        (
            "江苏名牌产品80个",
            "jiangsu-famous-brand-products",
            "80",
            Unit.GE,
            Comparator.EQ,
            ValueKind.NEW,
        ),
        (
            "中国驰名商标5件",
            "china-well-known-trademarks",
            "5",
            Unit.JIAN,
            Comparator.EQ,
            ValueKind.NEW,
        ),
        (
            "江苏省著名商标60件",
            "jiangsu-famous-trademarks",
            "60",
            Unit.JIAN,
            Comparator.EQ,
            ValueKind.NEW,
        ),
        (
            "比重提高0.1%",
            "brand-enterprise-revenue-share",
            "0.1",
            Unit.PERCENT,
            Comparator.EQ,
            ValueKind.CHANGE,
        ),
        # 新增国际、国家标准化工作组织2个,组织起草…标准50个,采用国际标准200项,…农业地方标准30项
        ("标准化工作组织2个", "standardization-bodies", "2", Unit.GE, Comparator.EQ, ValueKind.NEW),
        ("地方标准50个", "standards-drafted", "50", Unit.GE, Comparator.EQ, ValueKind.NEW),
        (
            "采用国际标准200项",
            "international-standards-adopted",
            "200",
            Unit.XIANG,
            Comparator.EQ,
            ValueKind.NEW,
        ),
        (
            "农业地方标准30项",
            "agricultural-local-standards",
            "30",
            Unit.XIANG,
            Comparator.EQ,
            ValueKind.NEW,
        ),
        # 大中型工程…100%, 保障房…100%, 其他工程…98%以上
        (
            "大中型工程一次验收合格率达到100%",
            "large-medium-project-acceptance-rate",
            "100",
            Unit.PERCENT,
            Comparator.EQ,
            ValueKind.LEVEL,
        ),
        (
            "保障房工程质量一次验收合格率达到100%",
            "affordable-housing-acceptance-rate",
            "100",
            Unit.PERCENT,
            Comparator.EQ,
            ValueKind.LEVEL,
        ),
        (
            "其他工程一次验收合格率达到98%以上",
            "other-project-acceptance-rate",
            "98",
            Unit.PERCENT,
            Comparator.GE,
            ValueKind.LEVEL,
        ),
        # PM2.5 较2013年下降比例达到13%, 噪声小于55分贝
        (
            "下降比例达到13%",
            "pm25-annual-mean",
            "13",
            Unit.PERCENT,
            Comparator.EQ,
            ValueKind.CHANGE,
        ),
        ("小于55分贝", "urban-noise-mean", "55", Unit.DECIBEL, Comparator.LT, ValueKind.LEVEL),
    ],
)
def test_targets_have_exact_amounts(
    plan: Plan,
    quote_part: str,
    indicator: str,
    amount: str,
    unit: Unit,
    comparator: Comparator,
    kind: ValueKind,
) -> None:
    target = the_target(plan, quote_part)
    assert target.indicator == indicator
    assert target.kind is kind
    assert target.value is not None
    assert target.value.amount == Decimal(amount)
    assert isinstance(target.value.amount, Decimal)
    assert target.value.unit is unit
    assert target.value.comparator is comparator
    assert target.year == 2016


def test_pm25_target_is_a_fall_against_2013(plan: Plan) -> None:
    target = the_target(plan, "PM2.5")
    assert (target.base_year, target.direction) == (2013, Direction.DOWN)


def test_demonstration_city_acceptance_is_aspirational(plan: Plan) -> None:
    target = the_target(plan, "高分通过")
    assert target.kind is ValueKind.QUALITATIVE
    assert target.commitment is Commitment.ASPIRATIONAL
    assert target.modal == "力争"
    assert target in plan.measure(1).targets


def test_targets_are_in_document_order(plan: Plan) -> None:
    numbers = [int(t.eid.split("__item_")[1].split("__")[0]) for t in plan.targets]
    assert numbers == sorted(numbers)
    assert plan.targets[1].quote == "2016年争创江苏名牌产品80个"


def test_the_ten_consumer_product_categories_are_ledgered_not_targets(plan: Plan) -> None:
    entry = next(e for e in plan.ledger if e.figure == "10")
    assert entry.reason.value == "scope"
    assert not any("10类" in t.quote for t in plan.targets)


def test_wuzhong_is_the_locality_of_the_testing_platform_task(plan: Plan) -> None:
    assert [loc.region for loc in plan.measure(10).localities] == ["wuzhong"]
