"""The Suzhou 14th Five-Year quality development plan against the document itself.

Expected values below were read from seed 003 by hand, not copied from the data.
"""

from decimal import Decimal

import pytest

from qualityplans import get_plan
from qualityplans.model import (
    Box,
    Commitment,
    Comparator,
    Direction,
    LedgerReason,
    Numbering,
    Observation,
    Paragraph,
    Plan,
    PlanKind,
    Section,
    Table,
    Target,
    Unit,
    ValueKind,
)
from tests.conftest import the_observation, the_target

V = ValueKind


@pytest.fixture(scope="module")
def plan() -> Plan:
    return get_plan("suzhou-14fyp")


@pytest.fixture(scope="module")
def table(plan: Plan) -> Table:
    [only] = plan.tables
    return only


# ---------------------------------------------------------------- metadata


def test_metadata(plan: Plan) -> None:
    assert plan.title_zh == "苏州市“十四五”质量发展规划"
    assert plan.kind is PlanKind.FIVE_YEAR_PLAN
    assert plan.region == "suzhou"
    assert (plan.period.start, plan.period.end) == (2021, 2025)  # type: ignore[union-attr]
    assert plan.numbering is Numbering.SECTION
    # The text names no issuer, no 文号 and no date.
    assert plan.issuer is None
    assert plan.doc_number is None
    assert plan.dates == ()
    assert [b.title_zh for b in plan.basis] == [
        "苏州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    ]
    assert plan.source.errata == ()


# --------------------------------------------------------------- structure

CHAPTERS = [
    ("一", "发展环境", 0),
    ("二", "总体要求", 0),
    ("三", "构筑质量整体竞争优势", 5),
    ("四", "增强企业质量发展能力", 4),
    ("五", "优化质量基础设施布局", 5),
    ("六", "筑牢质量安全防控屏障", 4),
    ("七", "营造浓厚质量文化氛围", 3),
    ("八", "加快融入长三角质量发展", 3),
    ("九", "积极参与国际质量交流", 3),
    ("十", "保障措施", 3),
]


def chapters(plan: Plan) -> list[Section]:
    return [s for s in plan.body if isinstance(s, Section) and s.number]


def test_preface_then_opening_paragraph_then_ten_chapters(plan: Plan) -> None:
    preface, opening = plan.body[:2]
    assert isinstance(preface, Section)
    assert (preface.eid, preface.label, preface.number) == ("preface", "序言", "")
    [preface_text] = preface.items
    assert isinstance(preface_text, Paragraph)
    assert preface_text.text.startswith("“十四五”时期，是苏州加快建设")
    assert isinstance(opening, Paragraph)
    assert opening.text.startswith("习近平总书记指出")
    assert [(c.number, c.heading_zh) for c in chapters(plan)] == [(n, h) for n, h, _ in CHAPTERS]
    assert [c.eid for c in chapters(plan)] == [f"sec_{i}" for i in range(1, 11)]


def test_measures_per_chapter_and_numbering_restarting_in_each(plan: Plan) -> None:
    assert [len(c.measures) for c in chapters(plan)] == [n for _, _, n in CHAPTERS]
    assert len(plan.measures) == 30
    for chapter in chapters(plan):
        assert [m.number for m in chapter.measures] == list(range(1, len(chapter.measures) + 1))
        assert [m.eid for m in chapter.measures] == [
            f"{chapter.eid}__item_{n}" for n in range(1, len(chapter.measures) + 1)
        ]
    assert plan.measure(3, "五").title_zh == "加快检验检测能力提升"
    assert plan.measure(3, "五").label == "（三）"
    assert plan.measure(1, "十").title_zh == "加强组织领导"
    assert plan.measure(5, "sec_3").title_zh == "促进农业优质高效发展"
    with pytest.raises(KeyError):
        plan.measure(1)  # numbered 1 in eight chapters


def test_context_chapters_hold_nested_subsections(plan: Plan) -> None:
    first, second = chapters(plan)[:2]
    assert [(s.eid, s.label, s.heading_zh) for s in first.items if isinstance(s, Section)] == [
        ("sec_1__sec_1", "（一）", "发展成效"),
        ("sec_1__sec_2", "（二）", "发展机遇"),
        ("sec_1__sec_3", "（三）", "面临挑战"),
    ]
    assert [s.heading_zh for s in second.items if isinstance(s, Section)] == [
        "指导思想",
        "基本原则",
        "发展目标",
    ]
    results = first.items[0]
    assert isinstance(results, Section)
    paragraphs = [p.text[:2] for p in results.items if isinstance(p, Paragraph)]
    # An unnumbered opening paragraph, then 1.–4.
    assert paragraphs == ["“十", "1.", "2.", "3.", "4."]
    goals = second.items[2]
    assert isinstance(goals, Section)
    assert isinstance(goals.items[-1], Table)


def test_multi_paragraph_measure_text_starts_with_its_title(plan: Plan) -> None:
    m = plan.measure(3, "sec_3")
    assert m.title_zh == "构建优质均等公共服务体系"
    paragraphs = m.text.split("\n")
    assert paragraphs[0] == "构建优质均等公共服务体系"
    assert [p[:6] for p in paragraphs[1:]] == [
        "扩大公平优质",
        "构建优质高效",
        "健全社会养老",
        "提升交通出行",
        "推动公共文体",
    ]
    assert m.responsibilities == ()  # the plan names no lead units


def test_three_boxes(plan: Plan) -> None:
    assert [(b.eid, b.label, b.title_zh) for b in plan.boxes] == [
        ("box_1", "专栏1", "质量赋能伙伴计划"),
        ("box_2", "专栏2", "首席质量官"),
        ("box_3", "专栏3", "国家质量基础（NQI）"),
    ]
    where = {b.eid: c.number for c in chapters(plan) for b in c.items if isinstance(b, Box)}
    assert where == {"box_1": "四", "box_2": "四", "box_3": "五"}
    assert plan.boxes[0].text.count("\n") == 2  # 伙伴计划, 联合体, 质+学院
    assert plan.boxes[1].text.startswith("2020年，省质量发展委员会办公室")
    assert "总用地面积约合105.4亩" in plan.boxes[2].text


def test_nqi_base_area_and_first_phase(plan: Plan) -> None:
    area = the_observation(plan, "105.4亩")
    assert area in plan.boxes[2].observations
    assert area.value is not None
    assert (area.value.amount, area.value.unit) == (Decimal("105.4"), Unit.MU)
    assert area.value.comparator is Comparator.APPROX
    phase = the_target(plan, "2023年完成一期项目建设")
    assert (phase.kind, phase.year, phase.indicator) == (V.QUALITATIVE, 2023, "suzhou-nqi-base")


# ------------------------------------------------------------------- table

# 序号: (类别, indicator, unit, “十三五”末 or None, “十四五”末, comparator of the target)
ROWS: dict[int, tuple[str, str, Unit, str | None, str, Comparator]] = {
    1: (
        "质量强市指标",
        "manufacturing-product-pass-rate",
        Unit.PERCENT,
        "96.76",
        "97",
        Comparator.GE,
    ),
    2: ("质量强市指标", "consumer-goods-pass-rate", Unit.PERCENT, "97.5", "98", Comparator.GE),
    3: (
        "质量强市指标",
        "farm-produce-testing-pass-rate",
        Unit.PERCENT,
        "98.7",
        "99",
        Comparator.GE,
    ),
    4: (
        "质量强市指标",
        "large-medium-project-acceptance-rate",
        Unit.PERCENT,
        "97",
        "98",
        Comparator.EQ,
    ),
    5: ("质量强市指标", "national-quality-project-awards", Unit.XIANG, "21", "22", Comparator.EQ),
    6: ("质量提升指标", "quality-innovation-consortia", Unit.GE, "1", "15", Comparator.GE),
    7: ("质量提升指标", "quality-comparison-industries", Unit.GE, "1", "10", Comparator.GE),
    8: ("质量提升指标", "common-quality-problems-tackled", Unit.XIANG, "20", "100", Comparator.GE),
    9: (
        "质量提升指标",
        "quality-digital-transformation-cases",
        Unit.GE,
        "10",
        "200",
        Comparator.GE,
    ),
    10: (
        "质量提升指标",
        "high-growth-enterprises-cultivated",
        Unit.GE,
        "100",
        "1000",
        Comparator.GE,
    ),
    11: ("质量品牌指标", "china-quality-award", Unit.GE_CI, "2", "6", Comparator.EQ),
    12: ("质量品牌指标", "jiangsu-governor-quality-award", Unit.GE_CI, "15", "16", Comparator.EQ),
    13: ("质量品牌指标", "suzhou-mayor-quality-award", Unit.GE, "25", "25", Comparator.EQ),
    14: (
        "质量品牌指标",
        "suzhou-quality-management-excellence-award",
        Unit.GE,
        "50",
        "50",
        Comparator.EQ,
    ),
    15: ("质量品牌指标", "suzhou-quality-award", Unit.GE, "217", "500", Comparator.EQ),
    16: ("质量品牌指标", "jiangsu-boutique-certified-products", Unit.GE, "5", "50", Comparator.EQ),
    17: ("质量品牌指标", "suzhou-made-certified-products", Unit.GE, None, "100", Comparator.EQ),
    18: (
        "质量基础指标",
        "standards-led-or-participated",
        Unit.XIANG,
        "2120",
        "2500",
        Comparator.EQ,
    ),
    19: ("质量基础指标", "suzhou-made-group-standards", Unit.XIANG, None, "100", Comparator.EQ),
    20: ("质量基础指标", "cma-accredited-bodies", Unit.JIA, "578", "800", Comparator.EQ),
    21: ("质量基础指标", "national-testing-centres", Unit.JIA, "15", "20", Comparator.EQ),
    22: ("质量基础指标", "provincial-testing-centres", Unit.JIA, "17", "25", Comparator.EQ),
    23: ("质量基础指标", "qms-certificates", Unit.ZHANG, "32567", "55000", Comparator.EQ),
    24: ("质量基础指标", "ems-certificates", Unit.ZHANG, "10207", "17000", Comparator.EQ),
    25: ("质量基础指标", "ohs-certificates", Unit.ZHANG, "6608", "11000", Comparator.EQ),
    26: ("质量基础指标", "cqo-system-firms", Unit.JIA, "2000", "48000", Comparator.EQ),
}


def test_table_has_26_rows_in_four_categories(table: Table) -> None:
    assert table.eid == "table_1"
    assert table.title_zh == "苏州市“十四五”质量发展规划主要目标表"
    assert table.header == ("类别", "序号", "主要指标", "单位", "“十三五”末", "“十四五”末")
    assert [r.number for r in table.rows] == list(range(1, 27))
    assert [r.category for r in table.rows] == [ROWS[n][0] for n in range(1, 27)]
    # The merged category cell is written once per group.
    assert [r.number for r in table.rows if r.cells[0]] == [1, 6, 11, 18]
    assert table.rows[17].line == (
        "质量基础指标 | 18 | 新增主导和参与制修订国家标准、行业标准、地方标准（5年） | 项 | 2120 | 2500"
    )


def test_table_note_names_the_indicators_new_in_2020(table: Table) -> None:
    [note] = table.notes
    assert note.text == "注：序号6、7、8、9、10、17、19指标为2020年新设指标。"
    assert note.rows == (6, 7, 8, 9, 10, 17, 19)


@pytest.mark.parametrize("number", sorted(ROWS))
def test_table_row_baseline_and_target(table: Table, number: int) -> None:
    _, indicator, unit, baseline, goal, comparator = ROWS[number]
    row = table.rows[number - 1]
    assert row.indicator == indicator
    in_row = [t for t in table.targets if t.quote.startswith(f"{number} | ")]
    assert len(in_row) == 1
    t = in_row[0]
    assert t.eid == f"table_1__tgt_{number}"
    assert t.indicator == indicator
    assert t.value is not None
    assert (t.value.amount, t.value.unit, t.value.comparator) == (Decimal(goal), unit, comparator)
    assert t.year == 2025
    observed = [o for o in table.observations if o.quote.startswith(f"{number} | ")]
    if baseline is None:
        # “—”: no baseline figure, so no observation.
        assert observed == []
        return
    [o] = observed
    assert o.eid == f"table_1__obs_{number}"
    assert o.indicator == indicator
    assert o.value is not None
    assert (o.value.amount, o.value.unit) == (Decimal(baseline), unit)
    assert o.value.comparator is Comparator.EQ
    assert o.year == 2020
    assert o.period_label == "“十三五”末"


def test_table_kinds_follow_the_row_wording(table: Table) -> None:
    kinds = {int(t.eid.rsplit("_", 1)[1]): t.kind for t in table.targets}
    assert {n for n, k in kinds.items() if k is V.LEVEL} == {1, 2, 3, 4}
    assert {n for n, k in kinds.items() if k is V.NEW} == {
        5,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        26,
    }
    assert {n for n, k in kinds.items() if k is V.CUMULATIVE} == {
        6,
        7,
        8,
        9,
        10,
        20,
        21,
        22,
        23,
        24,
        25,
    }
    five_years = [t for t in table.targets if t.kind is V.NEW]
    assert all(
        t.period is not None and (t.period.start, t.period.end) == (2021, 2025) for t in five_years
    )


# ------------------------------------------------------------ text figures


@pytest.mark.parametrize(
    ("quote_part", "indicator", "amount", "unit", "comparator", "kind", "year"),
    [
        # 第二章 (三) 发展目标
        (
            "制造业产品质量合格率达到97%",
            "manufacturing-product-pass-rate",
            "97",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
            2025,
        ),
        (
            "市级农产品质量安全检测综合合格率达到99%",
            "farm-produce-testing-pass-rate",
            "99",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
            2025,
        ),
        (
            "水利竣工工程质量一次性验收合格率达到98%",
            "large-medium-project-acceptance-rate",
            "98",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
            2025,
        ),
        (
            "争创中国质量奖（提名奖）6家（次）",
            "china-quality-award",
            "6",
            Unit.JIA_CI,
            Comparator.EQ,
            V.NEW,
            2025,
        ),
        (
            "新制定国际、国家和行业标准500项",
            "new-international-national-sector-standards",
            "500",
            Unit.XIANG,
            Comparator.EQ,
            V.NEW,
            2025,
        ),
        (
            "各类检验检测省级中心总数达到27家",
            "provincial-testing-centres",
            "27",
            Unit.JIA,
            Comparator.EQ,
            V.CUMULATIVE,
            2025,
        ),
        (
            "规上企业首席质量官制度覆盖率达100%",
            "cqo-coverage-large-firms",
            "100",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
            2025,
        ),
        (
            "中小微企业首席质量官制度覆盖率达到80%",
            "cqo-coverage-smes",
            "80",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
            2025,
        ),
        # 第三章
        (
            "主营业务收入突破1.5万亿元",
            "advantaged-industry-chain-revenue",
            "15000",
            Unit.YI_YUAN,
            Comparator.GT,
            V.LEVEL,
            2025,
        ),
        (
            "重点产业链服务平台累计达200家",
            "industry-chain-service-platforms",
            "200",
            Unit.JIA,
            Comparator.EQ,
            V.CUMULATIVE,
            2025,
        ),
        (
            "累计建成100家示范智能工厂",
            "demo-smart-factories",
            "100",
            Unit.JIA,
            Comparator.EQ,
            V.CUMULATIVE,
            2025,
        ),
        (
            "2000个示范智能车间",
            "demo-smart-workshops",
            "2000",
            Unit.GE,
            Comparator.EQ,
            V.CUMULATIVE,
            2025,
        ),
        (
            "省级以上工业互联网平台50个",
            "industrial-internet-platforms",
            "50",
            Unit.GE,
            Comparator.EQ,
            V.CUMULATIVE,
            2025,
        ),
        ("推动1万家企业", "enterprises-on-cloud", "10000", Unit.JIA, Comparator.EQ, V.NEW, 2025),
        (
            "公办幼儿园覆盖率(公办幼儿园在园人数占比)达到65%以上",
            "public-kindergarten-coverage",
            "65",
            Unit.PERCENT,
            Comparator.GE,
            V.LEVEL,
            2025,
        ),
        (
            "普惠性幼儿园覆盖率（公办幼儿园和普惠性民办幼儿园在园人数占比）达到85%",
            "inclusive-kindergarten-coverage",
            "85",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
            2025,
        ),
        (
            "覆盖全市95%以上的人口",
            "health-database-population-coverage",
            "95",
            Unit.PERCENT,
            Comparator.GE,
            V.LEVEL,
            2025,
        ),
        (
            "护理型床位占养老机构床位比例达78%以上",
            "nursing-bed-share",
            "78",
            Unit.PERCENT,
            Comparator.GE,
            V.LEVEL,
            2025,
        ),
        # 第四、五、七章
        (
            "中小微企首席质量官制度覆盖率不低于80%",
            "cqo-coverage-smes",
            "80",
            Unit.PERCENT,
            Comparator.GE,
            V.LEVEL,
            2025,
        ),
        (
            "新建50项以上社会公用计量标准",
            "public-measurement-standards",
            "50",
            Unit.XIANG,
            Comparator.GE,
            V.NEW,
            2025,
        ),
        (
            "5年新增主导和参与制修订国家标准、行业标准、地方标准2500项",
            "standards-led-or-participated",
            "2500",
            Unit.XIANG,
            Comparator.EQ,
            V.NEW,
            2025,
        ),
        (
            "布局建设10个质量标杆学习基地",
            "quality-benchmark-learning-bases",
            "10",
            Unit.GE,
            Comparator.EQ,
            V.NEW,
            2025,
        ),
    ],
)
def test_text_targets(
    plan: Plan,
    quote_part: str,
    indicator: str,
    amount: str,
    unit: Unit,
    comparator: Comparator,
    kind: ValueKind,
    year: int,
) -> None:
    t = the_target(plan, quote_part)
    assert t.indicator == indicator
    assert t.kind is kind
    assert t.value is not None
    assert isinstance(t.value.amount, Decimal)
    assert t.value.amount == Decimal(amount)
    assert (t.value.unit, t.value.comparator) == (unit, comparator)
    assert t.year == year
    assert t.commitment is Commitment.BINDING  # the plan never says 力争 or 争取


@pytest.mark.parametrize(
    ("quote_part", "upper", "unit", "indicator"),
    [
        ("本地基础共性平台2～3家", "3", Unit.JIA, "local-basic-common-platforms"),
        ("试点示范项目2～3个", "3", Unit.GE, "manufacturing-internet-pilot-projects"),
        ("培育2～3家国家和省级产业计量测试中心", "3", Unit.JIA, "industry-metrology-test-centres"),
    ],
)
def test_ranges(plan: Plan, quote_part: str, upper: str, unit: Unit, indicator: str) -> None:
    t = the_target(plan, quote_part)
    assert t.value is not None
    assert t.value.comparator is Comparator.RANGE
    assert (t.value.amount, t.value.upper, t.value.unit) == (Decimal("2"), Decimal(upper), unit)
    assert t.indicator == indicator


def test_yearly_meeting_targets(plan: Plan) -> None:
    party = the_target(plan, "各级党委每年专题研究质量工作不少于1次")
    government = the_target(plan, "各级政府每年专题研究质量工作不少于2次")
    for t, amount in ((party, "1"), (government, "2")):
        assert t.value is not None
        assert (t.value.amount, t.value.unit, t.value.comparator) == (
            Decimal(amount),
            Unit.CI,
            Comparator.GE,
        )
        assert t in plan.measure(1, "十").targets


# Stocks reached by the end of 十三五, which the table restates in its 十三五末 (2020) column
# or which count what exists at that point; the others are totals or rates over the period.
AT_PERIOD_END = {
    "大中型工程项目一次竣工验收合格率97%",
    "制造业产品质量合格率达96.76%",
    "综合合格率98.7%",
    "社会公用计量标准总量达979项",
    "国家级中心15家",
    "获CMA资质机构数578家",
    "有效认证证书10.5万余张",
}


@pytest.mark.parametrize(
    ("quote_part", "indicator", "amount", "unit", "comparator", "kind"),
    [
        ("中国质量奖提名奖2个", "china-quality-award", "2", Unit.GE, Comparator.EQ, V.NEW),
        ("苏州市市长质量奖25个", "suzhou-mayor-quality-award", "25", Unit.GE, Comparator.EQ, V.NEW),
        (
            "制造业质量竞争力指数达到92.51",
            "manufacturing-quality-competitiveness-index",
            "92.51",
            Unit.INDEX,
            Comparator.EQ,
            V.LEVEL,
        ),
        (
            "大中型工程项目一次竣工验收合格率97%",
            "large-medium-project-acceptance-rate",
            "97",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
        ),
        ("累计获鲁班奖7项", "luban-award", "7", Unit.XIANG, Comparator.EQ, V.NEW),
        (
            "国家优质工程奖14项",
            "national-quality-engineering-award",
            "14",
            Unit.XIANG,
            Comparator.EQ,
            V.NEW,
        ),
        (
            "省优质工程奖461项",
            "provincial-quality-engineering-award",
            "461",
            Unit.XIANG,
            Comparator.EQ,
            V.NEW,
        ),
        (
            "制造业产品质量合格率达96.76%",
            "manufacturing-product-pass-rate",
            "96.76",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
        ),
        (
            "消费品缺陷信息监测点308个",
            "consumer-defect-monitoring-points",
            "308",
            Unit.GE,
            Comparator.EQ,
            V.CUMULATIVE,
        ),
        (
            "召回缺陷消费品16万余件",
            "recalled-defective-consumer-goods",
            "160000",
            Unit.JIAN,
            Comparator.GT,
            V.CUMULATIVE,
        ),
        (
            "食品抽检覆盖率保持7批次/千人以上",
            "food-sampling-rate",
            "7",
            Unit.BATCHES_PER_THOUSAND,
            Comparator.GE,
            V.LEVEL,
        ),
        (
            "综合合格率98.7%",
            "farm-produce-testing-pass-rate",
            "98.7",
            Unit.PERCENT,
            Comparator.EQ,
            V.LEVEL,
        ),
        (
            "查处制假售假案件82起",
            "counterfeit-cases-investigated",
            "82",
            Unit.QI,
            Comparator.EQ,
            V.NEW,
        ),
        (
            "行业标准3404项",
            "national-sector-standards-led-or-joined",
            "3404",
            Unit.XIANG,
            Comparator.EQ,
            V.NEW,
        ),
        (
            "社会公用计量标准总量达979项",
            "public-measurement-standards",
            "979",
            Unit.XIANG,
            Comparator.EQ,
            V.CUMULATIVE,
        ),
        ("国家级中心15家", "national-testing-centres", "15", Unit.JIA, Comparator.EQ, V.CUMULATIVE),
        (
            "获CMA资质机构数578家",
            "cma-accredited-bodies",
            "578",
            Unit.JIA,
            Comparator.EQ,
            V.CUMULATIVE,
        ),
        (
            "有效认证证书10.5万余张",
            "valid-certification-certificates",
            "105000",
            Unit.ZHANG,
            Comparator.GT,
            V.LEVEL,
        ),
    ],
)
def test_thirteenth_five_year_results_are_observations(
    plan: Plan,
    quote_part: str,
    indicator: str,
    amount: str,
    unit: Unit,
    comparator: Comparator,
    kind: ValueKind,
) -> None:
    found = [o for o in plan.observations if quote_part in o.quote and o.value is not None]
    assert len(found) == 1
    o = found[0]
    assert o.indicator == indicator
    assert o.kind is kind
    assert o.value is not None
    assert (o.value.amount, o.value.unit, o.value.comparator) == (Decimal(amount), unit, comparator)
    assert o.period_label == "“十三五”期间"
    if quote_part in AT_PERIOD_END:
        assert (o.year, o.period) == (2020, None)
    else:
        assert o.period is not None
        assert (o.period.start, o.period.end) == (2016, 2020)
    assert o.eid.startswith("sec_1__sec_1__para_")


def test_special_equipment_fall_in_2020(plan: Plan) -> None:
    found = [o for o in plan.observations if "特种设备事故起数和死亡人数" in o.quote]
    assert [(o.indicator, o.value.amount if o.value else None) for o in found] == [
        ("special-equipment-accidents", Decimal("70")),
        ("special-equipment-deaths", Decimal("67")),
    ]
    for o in found:
        assert (o.kind, o.direction, o.year, o.base_year) == (V.CHANGE, Direction.DOWN, 2020, 2019)
        assert o.value is not None
        assert o.value.unit is Unit.PERCENT


def test_challenges_are_observations_at_the_plans_start(plan: Plan) -> None:
    # 面临挑战 describes the state the plan finds: the end of the 13th FYP period, 2020.
    share = the_observation(plan, "不足50%")
    assert share.value is not None
    assert (share.value.amount, share.value.comparator) == (Decimal("50"), Comparator.LT)
    assert share.year == 2020
    assert share.period is None


# ------------------------------------------------------------- localities

LOCALITIES = {
    ("三", 1): ["suzhou-industrial-park", "suzhou-new-district", "wujiang"],
    ("三", 2): ["suzhou-industrial-park", "wuzhong", "xiangcheng", "gusu"],
    ("三", 5): ["changshu", "wuzhong", "xiangcheng"],
    ("四", 1): ["zhangjiagang", "wujiang", "suzhou-industrial-park"],
    ("五", 4): ["wuzhong", "suzhou-industrial-park", "suzhou-new-district"],
    ("五", 5): ["xiangcheng"],
    ("六", 4): ["zhangjiagang", "changshu", "suzhou-industrial-park"],
    ("八", 2): ["kunshan", "taicang", "wujiang", "zhangjiagang"],
}


def test_localities_of_tasks_that_name_places(plan: Plan) -> None:
    found = {}
    for chapter in chapters(plan):
        for m in chapter.measures:
            if m.localities:
                found[(chapter.number, m.number)] = [loc.region for loc in m.localities]
    assert found == LOCALITIES
    assert [loc.written for loc in plan.measure(1, "sec_3").localities] == [
        "苏州工业园区",
        "高新区",
        "吴江区",
    ]


# ------------------------------------------------------ shared indicators


def test_row_4_and_the_2016_target_share_one_indicator(plan: Plan) -> None:
    row_4 = plan.find("table_1__tgt_4")
    assert isinstance(row_4, Target)
    earlier = get_plan("suzhou-2016").measure(14).targets[0]
    assert earlier.quote == "2016年大中型工程一次验收合格率达到100%"
    assert row_4.indicator == earlier.indicator == "large-medium-project-acceptance-rate"
    # The text's wording of the same rate links there too.
    assert (
        the_target(plan, "大中型建筑、交通、水利").indicator
        == "large-medium-project-acceptance-rate"
    )


def test_links_to_indicators_defined_for_the_other_suzhou_plans(plan: Plan) -> None:
    by_indicator = {s.indicator for s in (*plan.targets, *plan.observations)}
    for shared in (
        "manufacturing-product-pass-rate",
        "consumer-goods-pass-rate",
        "public-service-satisfaction",
        "producer-services-satisfaction",
        "consumer-services-satisfaction",
        "suzhou-made-certified-products",
    ):
        assert shared in by_indicator
    assert the_target(plan, "推出“苏州制造”品牌认证企业产品100个").indicator == (
        "suzhou-made-certified-products"
    )


def test_cqo_firms_coverage_and_persons_stay_apart(plan: Plan) -> None:
    used = {s.indicator for s in (*plan.targets, *plan.observations)}
    assert {"cqo-system-firms", "cqo-coverage-large-firms", "cqo-coverage-smes"} <= used
    assert "cqo-persons" not in used  # the plan counts no CQOs as persons


def test_standards_counts_of_2016_are_not_reused(plan: Plan) -> None:
    used = {s.indicator for s in (*plan.targets, *plan.observations)}
    assert (
        not {"standards-drafted", "standardization-bodies", "international-standards-adopted"}
        & used
    )


# ------------------------------------------------------------ discrepancies


def test_discrepancies_with_both_quotes(plan: Plan) -> None:
    pairs = []
    for d in plan.discrepancies:
        first, second = plan.find(d.first), plan.find(d.second)
        assert isinstance(first, Target | Observation)
        assert isinstance(second, Target | Observation)
        assert first.value is not None
        assert second.value is not None
        pairs.append((d.eid, first.quote, first.value.amount, second.quote, second.value.amount))
    assert pairs == [
        (
            "dsc_1",
            "江苏省省长质量奖（提名奖）16个",
            Decimal("16"),
            "12 | 新增江苏省省长质量奖（含提名奖） | 个（次） | 15 | 16",
            Decimal("15"),
        ),
        (
            "dsc_2",
            "苏州市企事业单位主导和参与制（修）订国家标准、行业标准3404项",
            Decimal("3404"),
            "18 | 新增主导和参与制修订国家标准、行业标准、地方标准（5年） | 项 | 2120 | 2500",
            Decimal("2120"),
        ),
        (
            "dsc_3",
            "各类检验检测省级中心总数达到27家",
            Decimal("27"),
            "22 | 累计建成各类检验检测省级中心 | 家 | 17 | 25",
            Decimal("25"),
        ),
    ]


def test_the_provincial_centres_discrepancy_is_between_two_2025_targets(plan: Plan) -> None:
    d = next(d for d in plan.discrepancies if d.eid == "dsc_3")
    text, row = plan.find(d.first), plan.find(d.second)
    assert isinstance(text, Target)
    assert isinstance(row, Target)
    assert text.indicator == row.indicator == "provincial-testing-centres"
    assert text.year == row.year == 2025


def test_look_alikes_that_measure_different_things_are_not_discrepancies(plan: Plan) -> None:
    listed = {(d.first, d.second) for d in plan.discrepancies}
    # 新制定国际、国家和行业标准500项 is not row 18's 2500.
    five_hundred = the_target(plan, "新制定国际、国家和行业标准500项")
    assert five_hundred.indicator != plan.find("table_1__tgt_18").indicator  # type: ignore[union-attr]
    # 不少于200项质量攻关 (enterprises) is not row 8's ≥100 common industry problems.
    tackling = the_target(plan, "不少于200项质量攻关")
    assert tackling.indicator == "enterprise-quality-tackling-projects"
    assert plan.find("table_1__tgt_8").indicator == "common-quality-problems-tackled"  # type: ignore[union-attr]
    # 10.5万余张 valid certificates of every kind are not the three system certificates.
    assert the_observation(plan, "10.5万余张").indicator == "valid-certification-certificates"
    involved = {eid for pair in listed for eid in pair}
    assert five_hundred.eid not in involved
    assert tackling.eid not in involved


# ------------------------------------------------------------------ ledger


@pytest.mark.parametrize(
    ("figure", "reason"),
    [
        ("G60", LedgerReason.NAME),
        ("1+10+N", LedgerReason.NAME),
        ("331", LedgerReason.NAME),
        ("3C", LedgerReason.NAME),
        ("苏质委办〔2020〕9号", LedgerReason.DOC_NUMBER),
        ("2005", LedgerReason.DATE),
        ("31", LedgerReason.CONTEXT),
    ],
)
def test_figures_in_names_are_ledgered_not_targets(
    plan: Plan, figure: str, reason: LedgerReason
) -> None:
    [entry] = [e for e in plan.ledger if e.figure == figure]
    assert entry.reason is reason
    assert not any(figure in s.quote for s in (*plan.targets, *plan.observations))


def test_co_hosting_the_legal_metrology_conferences_is_a_target(plan: Plan) -> None:
    # 九(三): 全力协助承办第16届国际法制计量大会和第56届国际法制计量委员会会议
    target = the_target(plan, "第16届国际法制计量大会")
    assert target.kind is V.QUALITATIVE
    assert "第56届国际法制计量委员会会议" in target.quote
    assert not any(e.figure in ("第16届", "第56届") for e in plan.ledger)


def test_reported_firsts_of_the_thirteenth_period_are_observations(plan: Plan) -> None:
    for words in (
        "全国首个《质量提升评价指标》地方标准",
        "国内第一家",
        "全国第二家",
        "全省首个冷链物流",
    ):
        observed = the_observation(plan, words)
        assert observed.kind is V.QUALITATIVE
        assert observed.period is not None
        assert observed.period.end == 2020
