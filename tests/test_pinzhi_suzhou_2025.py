"""“品质苏州”建设行动方案(2025年) (苏府办〔2025〕77号) against the document itself.

Expected values below were read from seed 001 by hand, not copied from the data.
"""

from decimal import Decimal

import pytest

from qualityplans import get_plan
from qualityplans.model import (
    Commitment,
    Comparator,
    DateKind,
    LedgerReason,
    Plan,
    PlanKind,
    Role,
    Unit,
    ValueKind,
)
from tests.conftest import the_target

COUNTY_LEVEL = "各县级市<区>人民政府<管委会>"

# The units in each measure's parenthesis, in the order the document lists them.
UNITS = {
    1: ["市市场监管局", "市工信局", COUNTY_LEVEL],
    2: ["市市场监管局", "市工信局", "市农业农村局"],
    3: [
        "市商务局",
        "市民政局",
        "市住建局",
        "市文广旅局",
        "市卫生健康委",
        "市体育局",
        "市医保局",
    ],
    4: ["市住建局", "市交通局", "市水务局"],
    5: [
        "市发改委",
        "市农业农村局",
        "市商务局",
        "市市场监管局",
        "市科技局",
        "市工信局",
        "市文广旅局",
    ],
    6: ["市委宣传部", "市发改委", "市农业农村局", "市商务局", "市市场监管局"],
    7: ["市工信局", "市市场监管局"],
    8: ["市市场监管局"],
    9: ["市市场监管局"],
    10: ["市市场监管局"],
    11: ["市市场监管局", "市农业农村局", "市发改委", "市教育局"],
    12: ["市市场监管局", "市卫生健康委"],
    13: ["市市场监管局"],
    14: ["市市场监管局", "市住建局"],
    15: ["市市场监管局", "市商务局", "市文广旅局", "市消保委", "市园林绿化局"],
    16: ["市市场监管局", "市中级法院", "市检察院", "市公安局", "市司法局", "市消保委"],
    17: ["市委宣传部", "市市场监管局", "市教育局"],
    18: [
        "市市场监管局",
        "市发改委",
        "市财政局",
        "市住建局",
        "市商务局",
        "市社科联",
        "市消保委",
    ],
}
# (市市场监管局牵头负责) in measures 8, 9, 10 and 13; 按职责(分工)负责 everywhere else.
LED_BY_MARKET_REGULATION = {8, 9, 10, 13}


@pytest.fixture(scope="module")
def plan() -> Plan:
    return get_plan("苏府办[2025]77号")


def test_metadata(plan: Plan) -> None:
    assert plan.id == "pinzhi-suzhou-2025"
    assert plan.title_zh == "“品质苏州”建设行动方案(2025年)"
    assert plan.kind is PlanKind.ACTION_SCHEME
    assert plan.doc_number is not None
    assert plan.doc_number.canonical == "苏府办〔2025〕77号"
    assert (plan.doc_number.agency, plan.doc_number.year, plan.doc_number.seq) == (
        "苏府办",
        2025,
        77,
    )
    assert plan.issuer == "suzhou.general-office"
    assert plan.region == "suzhou"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (2025, 2025)
    signed = plan.date(DateKind.SIGNED)
    published = plan.date(DateKind.PUBLISHED)
    assert signed is not None
    assert signed.iso == "2025-07-24"
    assert published is not None
    assert published.iso == "2025-07-28"
    assert plan.adoption is not None
    assert plan.adoption.meeting_zh == "市政府第89次常务会议"
    # The preamble cites the province's 品质江苏 decisions, not a titled document.
    assert plan.basis == ()
    assert plan.source.errata == ()


def test_six_sections_eighteen_measures_numbered_in_order(plan: Plan) -> None:
    assert [(s.number, s.heading_zh) for s in plan.sections] == [
        ("一", "强化质量支撑"),
        ("二", "加强品牌引领"),
        ("三", "深化技术赋能"),
        ("四", "严格安全守护"),
        ("五", "优化消费环境"),
        ("六", "构建质量共治"),
    ]
    assert [m.number for m in plan.measures] == list(range(1, 19))
    assert [len(s.measures) for s in plan.sections] == [4, 2, 4, 4, 2, 2]
    assert plan.measure(10).title_zh == "提高质量基础设施服务效能"
    assert plan.measure(10).label == "(十)"
    assert plan.measure(18).label == "(十八)"


@pytest.mark.parametrize("number", sorted(UNITS))
def test_responsible_units_as_in_the_document(plan: Plan, number: int) -> None:
    measure = plan.measure(number)
    assert [r.written for r in measure.responsibilities] == UNITS[number]
    expected_role = Role.LEAD if number in LED_BY_MARKET_REGULATION else Role.RESPONSIBLE
    assert {r.role for r in measure.responsibilities} == {expected_role}


def test_the_county_level_governments_stand_for_every_measure(plan: Plan) -> None:
    first = plan.measure(1).responsibilities[-1]
    assert (first.written, first.collective, first.department) == (
        COUNTY_LEVEL,
        "county-level-governments",
        None,
    )
    assert plan.standing_quote == "以下均需各县级市<区>人民政府<管委会>落实,不再列出"
    assert [(r.written, r.role, r.collective) for r in plan.standing_responsibilities] == [
        (COUNTY_LEVEL, Role.RESPONSIBLE, "county-level-governments")
    ]
    # Not repeated in the other measures' own lists, but applies to them.
    for number in range(2, 19):
        measure = plan.measure(number)
        assert all(r.collective is None for r in measure.responsibilities)
        assert plan.responsibilities_of(measure)[-1].written == COUNTY_LEVEL


def test_units_resolve_to_suzhou_city_bodies(plan: Plan) -> None:
    units = {r.written: r.department for m in plan.measures for r in m.responsibilities}
    assert units["市市场监管局"] == "suzhou.market-regulation"
    assert units["市工信局"] == "suzhou.industry-it"
    assert units["市卫生健康委"] == "suzhou.health"
    assert units["市中级法院"] == "suzhou.intermediate-court"
    assert units["市消保委"] == "suzhou.consumer-council"
    assert units["市园林绿化局"] == "suzhou.landscape-greening"


# (quote part, indicator, amount, unit, comparator, kind, commitment), read from the seed.
FIGURES = [
    # (一) 推动全市首席质量官人数突破6万人,帮助500家小微企业…,新增检验级以上企业3家,…2000家以上企业
    ("突破6万人", "cqo-persons", "60000", Unit.REN, Comparator.GT, ValueKind.LEVEL, False),
    (
        "500家小微企业",
        "small-micro-qms-certification-assisted",
        "500",
        Unit.JIA,
        Comparator.EQ,
        ValueKind.NEW,
        False,
    ),
    (
        "检验级以上企业3家",
        "inspection-level-quality-capability-enterprises",
        "3",
        Unit.JIA,
        Comparator.EQ,
        ValueKind.NEW,
        False,
    ),
    (
        "2000家以上企业",
        "quality-chain-action-enterprises",
        "2000",
        Unit.JIA,
        Comparator.GE,
        ValueKind.LEVEL,
        False,
    ),
    # (三) 力争全市公共服务质量满意度达到85分
    (
        "满意度达到85分",
        "public-service-satisfaction",
        "85",
        Unit.SCORE,
        Comparator.EQ,
        ValueKind.LEVEL,
        True,
    ),
    # (四) 公路工程竣工验收优良品率力争达到96%(交工验收合格率100%)
    (
        "优良品率力争达到96%",
        "highway-completion-excellent-rate",
        "96",
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        True,
    ),
    (
        "交工验收合格率100%",
        "highway-handover-acceptance-pass-rate",
        "100",
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        True,
    ),
    # (五) 推出20个以上“苏州制造”认证产品
    (
        "20个以上“苏州制造”认证产品",
        "suzhou-made-certified-products",
        "20",
        Unit.GE,
        Comparator.GE,
        ValueKind.NEW,
        False,
    ),
    # (七) 1000家…基础级, 200家以上…先进, 力争…覆盖率40%以上, 省专精特新中小企业500家左右
    (
        "1000家规上工业企业",
        "basic-smart-factory-enterprises",
        "1000",
        Unit.JIA,
        Comparator.EQ,
        ValueKind.NEW,
        False,
    ),
    (
        "200家以上规上企业",
        "advanced-smart-factory-enterprises",
        "200",
        Unit.JIA,
        Comparator.GE,
        ValueKind.NEW,
        False,
    ),
    (
        "覆盖率40%以上",
        "innovative-sme-digital-transformation-coverage",
        "40",
        Unit.PERCENT,
        Comparator.GE,
        ValueKind.LEVEL,
        True,
    ),
    (
        "500家左右",
        "provincial-specialized-smes",
        "500",
        Unit.JIA,
        Comparator.APPROX,
        ValueKind.NEW,
        False,
    ),
    # (九) 国际标准不少于5项,国家、行业标准不少于200项
    (
        "国际标准不少于5项",
        "international-standards-led-or-joined",
        "5",
        Unit.XIANG,
        Comparator.GE,
        ValueKind.NEW,
        False,
    ),
    (
        "行业标准不少于200项",
        "national-sector-standards-led-or-joined",
        "200",
        Unit.XIANG,
        Comparator.GE,
        ValueKind.NEW,
        False,
    ),
    # (十) 推动20个以上产品碳标识认证应用, 建成高水平站点5个以上
    (
        "20个以上产品碳标识",
        "carbon-label-certified-products",
        "20",
        Unit.GE,
        Comparator.GE,
        ValueKind.NEW,
        False,
    ),
    (
        "站点5个以上",
        "one-stop-quality-infrastructure-stations",
        "5",
        Unit.GE,
        Comparator.GE,
        ValueKind.NEW,
        False,
    ),
    # (十三) 推进3家专业特色市场试点产品质量全链条治理
    (
        "3家专业特色市场",
        "specialized-market-whole-chain-pilots",
        "3",
        Unit.JIA,
        Comparator.EQ,
        ValueKind.LEVEL,
        False,
    ),
    # (十四) 开展1200台以上老旧住宅电梯安全评估,完成3100台老旧住宅电梯更新
    (
        "1200台以上",
        "old-residential-elevator-safety-assessments",
        "1200",
        Unit.TAI,
        Comparator.GE,
        ValueKind.NEW,
        False,
    ),
    (
        "3100台",
        "old-residential-elevator-renewals",
        "3100",
        Unit.TAI,
        Comparator.EQ,
        ValueKind.NEW,
        False,
    ),
    # (十五) 新增5000家商户…, 诚信计量自我承诺单位达10000家
    (
        "新增5000家商户",
        "no-reason-return-pledge-merchants",
        "5000",
        Unit.JIA,
        Comparator.EQ,
        ValueKind.NEW,
        False,
    ),
    (
        "达10000家",
        "honest-metrology-committed-units",
        "10000",
        Unit.JIA,
        Comparator.EQ,
        ValueKind.LEVEL,
        False,
    ),
    # (十六) 年内消费维权服务站点达到500个
    (
        "站点达到500个",
        "consumer-rights-service-stations",
        "500",
        Unit.GE,
        Comparator.EQ,
        ValueKind.LEVEL,
        False,
    ),
]


@pytest.mark.parametrize(
    ("quote_part", "indicator", "amount", "unit", "comparator", "kind", "aspirational"),
    FIGURES,
    ids=[f[0] for f in FIGURES],
)
def test_targets_have_exact_amounts(
    plan: Plan,
    quote_part: str,
    indicator: str,
    amount: str,
    unit: Unit,
    comparator: Comparator,
    kind: ValueKind,
    aspirational: bool,
) -> None:
    target = the_target(plan, quote_part, indicator)
    assert target.kind is kind
    assert target.value is not None
    assert isinstance(target.value.amount, Decimal)
    assert target.value.amount == Decimal(amount)
    assert target.value.unit is unit
    assert target.value.comparator is comparator
    assert target.year == 2025
    if aspirational:
        assert (target.commitment, target.modal) == (Commitment.ASPIRATIONAL, "力争")
    else:
        assert target.commitment is Commitment.BINDING


def test_pass_rates_lead_the_province(plan: Plan) -> None:
    for indicator in ("manufacturing-product-pass-rate", "consumer-goods-pass-rate"):
        target = the_target(plan, "质量合格率全省领先", indicator)
        assert target.kind is ValueKind.QUALITATIVE
        assert target.qualitative == "全省领先"
        assert target.value is None
        assert target in plan.measure(2).targets


def test_metrology_and_standards_aims_are_aspirational(plan: Plan) -> None:
    metrology = plan.measure(8).targets
    assert [(t.modal, t.qualitative) for t in metrology] == [
        ("争取", "在全国率先开展产业计量融合创新试点"),
        ("力争", "获批筹建国家纳米新材料产业计量测试中心"),
        ("力争", "申报筹建国家碳计量中心(江苏)"),
    ]
    standards = the_target(plan, "高能级标准化载体")
    assert standards.commitment is Commitment.ASPIRATIONAL
    assert all(t.commitment is Commitment.ASPIRATIONAL for t in metrology)


def test_counts(plan: Plan) -> None:
    assert len(plan.targets) == 32
    assert plan.observations == ()
    assert len(plan.ledger) == 6
    assert {t.year for t in plan.targets} == {2025}


def test_the_thirty_industrial_chains_are_scope_not_a_target(plan: Plan) -> None:
    entry = next(e for e in plan.ledger if e.figure == "30")
    assert entry.reason is LedgerReason.SCOPE
    assert not any(t.value is not None and t.value.amount == Decimal(30) for t in plan.targets)


def test_dates_and_numbers_of_the_document_are_ledgered(plan: Plan) -> None:
    reasons = {e.figure: e.reason for e in plan.ledger}
    assert reasons["89"] is LedgerReason.ORDINAL
    assert reasons["苏府办〔2025〕77号"] is LedgerReason.DOC_NUMBER
    assert reasons["2025年7月24日"] is LedgerReason.DATE
    assert reasons["2025-07-28"] is LedgerReason.DATE


def test_places_named_by_tasks(plan: Plan) -> None:
    places = {m.number: [loc.region for loc in m.localities] for m in plan.measures if m.localities}
    assert places == {
        1: ["zhangjiagang", "kunshan", "wujiang"],
        8: ["suzhou-new-district", "kunshan", "suzhou-industrial-park"],
        10: ["wuzhong", "suzhou-industrial-park", "wujiang"],
    }


def test_standing_collective_is_listed_once_for_every_measure() -> None:
    plan = get_plan("苏府办〔2025〕77号")
    for measure in plan.measures:
        units = plan.responsibilities_of(measure)
        collectives = [r.written for r in units if r.collective == "county-level-governments"]
        assert collectives == ["各县级市<区>人民政府<管委会>"], measure.eid
    assert [r.written for r in plan.responsibilities_of(plan.measure(9))] == [
        "市市场监管局",
        "各县级市<区>人民政府<管委会>",
    ]
