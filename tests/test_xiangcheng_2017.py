"""The 2017 Xiangcheng action plan (相政办〔2017〕98号) against the document itself.

Expected values below were read from seed 000 by hand, not copied from the data.
"""

from decimal import Decimal

import pytest

from qualityplans import get_department, get_plan
from qualityplans.model import (
    Commitment,
    Comparator,
    DateKind,
    Direction,
    LedgerReason,
    Plan,
    Role,
    Unit,
    ValueKind,
)
from tests.conftest import the_target

# Lead units of each measure, as the document prints them (区 only before the first).
LEADS = {
    1: ["区市场监管局"],
    2: ["区市场监管局"],
    3: ["区市场监管局", "住建局", "发改局", "环保局"],
    4: ["区市场监管局", "统计局"],
    5: ["区经信局", "市场监管局", "发改局"],
    6: ["区市场监管局"],
    7: ["区市场监管局"],
    8: ["区市场监管局"],
    9: ["区市场监管局"],
    10: ["区市场监管局", "农业局"],
    11: ["区住建局", "交通局", "水利局"],
    12: ["区环保局", "经信局", "国土分局"],
    13: ["区发改局", "旅游局"],
    14: ["区委宣传部", "市场监管局", "教育局", "人社局", "总工会"],
    15: ["区教育局", "市场监管局"],
    16: ["区经信局", "市场监管局"],
}


@pytest.fixture(scope="module")
def plan() -> Plan:
    return get_plan("相政办〔2017〕98号")


def test_lookup_by_document_number_in_any_bracket_style(plan: Plan) -> None:
    assert plan.id == "xiangcheng-2017"
    assert get_plan("相政办[2017]98号") is plan
    assert get_plan("相城区质量强区工作2017年行动计划") is plan


def test_metadata(plan: Plan) -> None:
    assert plan.title_zh == "相城区质量强区工作2017年行动计划"
    assert plan.doc_number is not None
    assert (plan.doc_number.agency, plan.doc_number.year, plan.doc_number.seq) == (
        "相政办",
        2017,
        98,
    )
    assert plan.issuer == "xiangcheng.general-office"
    assert plan.region == "xiangcheng"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (2017, 2017)
    signed, issued = plan.date(DateKind.SIGNED), plan.date(DateKind.ISSUED)
    assert signed is not None
    assert signed.iso == "2017-07-03"
    assert issued is not None
    assert issued.iso == "2017-07-03"
    assert plan.adoption is not None
    assert plan.adoption.meeting_zh == "区政府办公会议"


def test_basis_addressees_and_copies(plan: Plan) -> None:
    assert [b.title_zh for b in plan.basis] == [
        "质量发展纲要（2011～2020年）",
        "苏州市质量强市工作2017年行动计划",
    ]
    assert all(b.plan is None for b in plan.basis)
    assert plan.addressees is not None
    assert plan.addressees.startswith("各镇（街道）人民政府（办事处）")
    assert plan.addressees.endswith("各垂直管理部门")
    assert plan.copied_to == ("区委办公室", "区人大常委会办公室", "区政协办公室")


def test_four_sections_sixteen_measures_numbered_in_order(plan: Plan) -> None:
    assert [s.heading_zh for s in plan.sections] == [
        "深化质量强区建设，为“两聚一高”提供保障",
        "推进质量品牌提升工程，打响“相城制造”品牌",
        "创新监管方式方法，严守质量安全底线",
        "弘扬质量先进文化，营造全社会崇尚质量氛围",
    ]
    assert len(plan.measures) == 16
    assert [m.number for m in plan.measures] == list(range(1, 17))
    assert [len(s.measures) for s in plan.sections] == [4, 3, 6, 3]
    assert plan.measure(11).title_zh == "加强工程质量安全监管"
    assert plan.measure(13).label == "（十三）"
    assert plan.measure(13).title_zh == "提升服务业质量水平"


@pytest.mark.parametrize("number", sorted(LEADS))
def test_lead_units_as_in_the_document(plan: Plan, number: int) -> None:
    measure = plan.measure(number)
    assert [r.written for r in measure.leads] == LEADS[number]
    cooperating = [r for r in measure.responsibilities if r.role is Role.COOPERATING]
    assert [(r.written, r.collective) for r in cooperating] == [("各成员单位", "member-units")]


def test_units_are_district_bodies_not_suzhou_city_ones(plan: Plan) -> None:
    units = {r.written: r.department for m in plan.measures for r in m.leads}
    assert units["区市场监管局"] == units["市场监管局"] == "xiangcheng.market-regulation"
    assert units["住建局"] == units["区住建局"] == "xiangcheng.housing-construction"
    assert units["国土分局"] == "xiangcheng.land-resources-branch"
    assert units["总工会"] == "xiangcheng.trade-union"
    assert units["区委宣传部"] == "xiangcheng.party-publicity"
    assert all(d is not None and d.startswith("xiangcheng.") for d in units.values())
    assert get_department("住建局", region="xiangcheng").id == "xiangcheng.housing-construction"


@pytest.mark.parametrize(
    ("measure", "quote_part", "indicator", "amount", "unit", "comparator", "kind"),
    [
        # （五）2017年争创江苏名牌产品10个、苏州名牌产品35个，中国驰名商标1件、江苏省著名商标5件，
        # 市级以上品牌企业销售收入占规模以上企业销售收入比重提高0.1%
        (5, "江苏名牌产品10个", "jiangsu-famous-brand-products", "10", Unit.GE, "=", "new"),
        (5, "苏州名牌产品35个", "suzhou-famous-brand-products", "35", Unit.GE, "=", "new"),
        (5, "中国驰名商标1件", "china-well-known-trademarks", "1", Unit.JIAN, "=", "new"),
        (5, "江苏省著名商标5件", "jiangsu-famous-trademarks", "5", Unit.JIAN, "=", "new"),
        (5, "比重提高0.1%", "brand-enterprise-revenue-share", "0.1", Unit.PERCENT, "=", "change"),
        # （六）2017年新增国际或全国标准化专业技术机构1个，组织起草国家、行业或地方标准8项，
        # 采用国际标准30项，新申报国家级或省级标准化试点示范2个
        (6, "标准化专业技术机构1个", "standardization-bodies", "1", Unit.GE, "=", "new"),
        (6, "地方标准8项", "standards-drafted", "8", Unit.XIANG, "=", "new"),
        (6, "采用国际标准30项", "international-standards-adopted", "30", Unit.XIANG, "=", "new"),
        (6, "试点示范2个", "standardization-pilot-applications", "2", Unit.GE, "=", "new"),
        # （十）食品生产企业产品省级监督抽查合格率达93%（含93%）以上
        (
            10,
            "省级监督抽查合格率达93%",
            "food-producer-provincial-sampling-pass-rate",
            "93",
            Unit.PERCENT,
            "≥",
            "level",
        ),
        # （十一）竣工验收合格率达到100%，其中，大中型工程一次验收合格率100%，保障房工程质量
        # 一次验收合格率达到100%，其他工程一次验收合格率达到98%以上 … 工程质量监督覆盖率达100%，
        # 新开工保障房受监工程覆盖率达100%，住宅工程分户验收率达到100%
        (
            11,
            "竣工验收合格率达到100%",
            "completion-acceptance-pass-rate",
            "100",
            Unit.PERCENT,
            "=",
            "level",
        ),
        (
            11,
            "大中型工程一次验收合格率100%",
            "large-medium-project-acceptance-rate",
            "100",
            Unit.PERCENT,
            "=",
            "level",
        ),
        (
            11,
            "保障房工程质量一次验收合格率达到100%",
            "affordable-housing-acceptance-rate",
            "100",
            Unit.PERCENT,
            "=",
            "level",
        ),
        (
            11,
            "其他工程一次验收合格率达到98%以上",
            "other-project-acceptance-rate",
            "98",
            Unit.PERCENT,
            "≥",
            "level",
        ),
        (
            11,
            "工程质量监督覆盖率达100%",
            "project-quality-supervision-coverage",
            "100",
            Unit.PERCENT,
            "=",
            "level",
        ),
        (
            11,
            "新开工保障房受监工程覆盖率达100%",
            "affordable-housing-supervision-coverage",
            "100",
            Unit.PERCENT,
            "=",
            "level",
        ),
        (
            11,
            "住宅工程分户验收率达到100%",
            "residential-unit-acceptance-rate",
            "100",
            Unit.PERCENT,
            "=",
            "level",
        ),
    ],
)
def test_targets_have_exact_amounts(
    plan: Plan,
    measure: int,
    quote_part: str,
    indicator: str,
    amount: str,
    unit: Unit,
    comparator: str,
    kind: str,
) -> None:
    target = the_target(plan, quote_part)
    assert target in plan.measure(measure).targets
    assert target.indicator == indicator
    assert target.kind is ValueKind(kind)
    assert target.value is not None
    assert isinstance(target.value.amount, Decimal)
    assert target.value.amount == Decimal(amount)
    assert target.value.upper is None
    assert target.value.unit is unit
    assert target.value.comparator is Comparator(comparator)
    assert target.year == 2017
    assert target.commitment is Commitment.BINDING


def test_target_counts_per_measure(plan: Plan) -> None:
    counts = {m.number: len(m.targets) for m in plan.measures if m.targets}
    assert counts == {5: 5, 6: 4, 10: 1, 11: 9, 12: 3}
    assert len(plan.targets) == 22
    assert all(t.year == 2017 for t in plan.targets)


def test_the_93_percent_floor_is_one_target_including_93(plan: Plan) -> None:
    target = the_target(plan, "93%")
    assert target.value is not None
    assert target.value.written == "93%（含93%）以上"
    assert (target.value.amount, target.value.comparator) == (Decimal("93"), Comparator.GE)


def test_brand_share_rise_is_a_change_upwards(plan: Plan) -> None:
    target = the_target(plan, "0.1%")
    assert (target.direction, target.base_year) == (Direction.UP, None)


def test_qualitative_construction_targets(plan: Plan) -> None:
    standard = the_target(plan, "达到国家标准或规范要求")
    assert standard.kind is ValueKind.QUALITATIVE
    assert standard.value is None
    awards = the_target(plan, "提高在全市的获奖比例")
    assert awards.kind is ValueKind.QUALITATIVE
    assert awards.value is None
    assert awards.direction is Direction.UP
    assert awards.indicator == "quality-project-award-share"


def test_suzhou_approval_as_demonstration_city_is_an_observation(plan: Plan) -> None:
    [observation] = plan.observations
    assert observation in plan.measure(1).observations
    assert observation.indicator == "national-quality-city-demonstration"
    assert observation.kind is ValueKind.QUALITATIVE
    assert "获批“全国质量强市示范城市”" in observation.quote


@pytest.mark.parametrize(
    ("figure", "reason"),
    [
        ("相政办〔2017〕98号", LedgerReason.DOC_NUMBER),
        ("2017年7月3日", LedgerReason.DATE),
        ("10", LedgerReason.SCHEDULE),  # 应于每半年结束前的10日内
        ("10-35蒸吨/小时（含35蒸吨/小时）", LedgerReason.SCOPE),
        ("3", LedgerReason.SCOPE),  # 石油炼制、石油化工、合成树脂3个行业
        ("630", LedgerReason.NAME),
        ("2017-2020", LedgerReason.NAME),
        ("5S、6T", LedgerReason.NAME),
    ],
)
def test_figures_that_are_not_targets_are_ledgered(
    plan: Plan, figure: str, reason: LedgerReason
) -> None:
    [entry] = [e for e in plan.ledger if e.figure == figure]
    assert entry.reason is reason


def test_the_date_is_ledgered_for_both_signature_and_printing_line(plan: Plan) -> None:
    [entry] = [e for e in plan.ledger if e.figure == "2017年7月3日"]
    assert entry.occurrences == 2
    assert not any("蒸吨" in t.quote or "3个行业" in t.quote for t in plan.targets)


def test_hsr_new_town_is_the_locality_of_the_brand_task(plan: Plan) -> None:
    assert [(loc.region, loc.written) for loc in plan.measure(5).localities] == [
        ("suzhou-hsr-new-town", "高铁新城")
    ]


def test_two_stray_spaces_are_recorded_as_errata(plan: Plan) -> None:
    assert [e.after for e in plan.source.errata] == [
        "（十三）提升服务业质量水平",
        "严格落实“土十条”",
    ]


def test_completion_promises_of_the_environment_measure(plan: Plan) -> None:
    # （十二）: 完成省批化工园区泄漏检测及修复 … 完成老旧机动车淘汰任务 … 完成重点地区土壤污染状况详查
    promised = [t.qualitative for t in plan.measure(12).targets]
    assert promised == [
        "完成省批化工园区泄漏检测及修复",
        "完成老旧机动车淘汰任务",
        "完成重点地区土壤污染状况详查",
    ]
