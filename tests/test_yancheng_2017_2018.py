"""Yancheng's 2017-2018 creation plan report form (seed 004) against the document itself.

Expected values below were read from seed 004 by hand, not copied from the data.
"""

from decimal import Decimal
from pathlib import Path

import pytest

from qualityplans import get_plan
from qualityplans.catalog import dataset, read_source
from qualityplans.cli import main
from qualityplans.export import write_csv, write_json
from qualityplans.model import (
    Commitment,
    Comparator,
    DateKind,
    FormField,
    LedgerReason,
    Observation,
    PartialDate,
    Period,
    Plan,
    Role,
    Unit,
    ValueKind,
)
from qualityplans.site.plan import plan_page
from qualityplans.site.source import source_page
from qualityplans.validate import validate
from tests.conftest import the_target

# The two phone numbers printed on the form (行政负责人 and 创建工作联系人 rows).
PHONES = ("0515-86665066", "86665066", "15961933333")


@pytest.fixture(scope="module")
def plan() -> Plan:
    return get_plan("yancheng-2017-2018")


# ---------------------------------------------------------------- metadata


def test_metadata(plan: Plan) -> None:
    assert plan.title_zh == "“全国质量强市示范城市”创建计划报告表"
    assert plan.kind.value == "creation-plan"
    assert plan.region == "yancheng"
    assert plan.issuer == "yancheng.government"
    assert plan.doc_number is None
    assert plan.period == Period(2017, 2018)
    assert plan.date(DateKind.SIGNED) == PartialDate(2017, 3, 10)
    assert plan.date(DateKind.FILLED) == PartialDate(2017, 2)
    assert validate(dataset()) == ()


def test_basis_documents_and_their_numbers(plan: Plan) -> None:
    assert [(b.title_zh, b.doc_number.canonical if b.doc_number else None) for b in plan.basis] == [
        ("质量发展纲要（2011—2020年）", None),
        ("省政府关于加快推进质量强省建设的意见", "苏政发〔2012〕91号"),
        ("关于2016年创建“全国质量强市示范城市”创建工作有关安排的通知", "质检质函〔2016〕31号"),
    ]
    numbers = {e.figure for e in plan.ledger if e.reason is LedgerReason.DOC_NUMBER}
    assert {"盐政办发〔2016〕94号", "盐政发【2012】208号"} <= numbers


# ---------------------------------------------------------------- the form


def _field(plan: Plan, label: str) -> FormField:
    [found] = [f for f in plan.form_fields if f.label_zh == label]
    return found


def test_form_names_the_city_and_checks_prefecture_level(plan: Plan) -> None:
    assert _field(plan, "申报城市").value == "盐城市"
    assert _field(plan, "城市名称").value == "盐城市"
    category = _field(plan, "城市类别").value
    assert "地级城市☑" in category
    assert category.count("☑") == 1
    for option in ("计划单列市", "副省级城市", "直辖市的城区", "县级市"):
        assert f"{option}☐" in category
    assert _field(plan, "填表日期").value == "2017年2月"


def test_form_fields_of_the_three_groups(plan: Plan) -> None:
    groups = [f.group_zh for f in plan.form_fields if f.eid.startswith("form__")]
    assert groups == [
        "申报城市基本信息",
        "申报城市基本信息",
        "申报城市基本信息",
        "申报城市基本信息",
        "申报城市质量状况分析",
        "申报城市质量状况分析",
        "申报城市创建计划内容",
        "申报城市创建计划内容",
        "申报城市创建计划内容",
        "申报城市创建计划内容",
        "申报城市创建计划内容",
    ]
    assert "成员包括市直26个部门主要负责人" in _field(plan, "创建工作领导小组设置").value
    assert "121项工作指标" in _field(plan, "创建工作责任分解情况").value
    policies = _field(plan, "城市拟出台的支持提升质量总体水平的政策措施等情况").value
    assert policies.startswith("一是加大对企业品牌、质量管理的奖励力度")
    assert "三是制定出台《盐城市产品质量监督抽查管理办法》" in policies


def test_people_are_named_with_posts_and_without_phones(plan: Plan) -> None:
    assert [(p.role_zh, p.name, p.post) for p in plan.people] == [
        ("行政负责人", "戴源", "市长"),
        ("创建工作联系人", "尹贵尧", "市质监局局长"),
    ]
    for person in plan.people:
        assert not any(phone in person.quote for phone in PHONES)
    for field in plan.form_fields:
        assert not any(phone in field.value for phone in PHONES), field.eid


def test_phones_are_redacted_in_the_transcription(plan: Plan) -> None:
    text = read_source(plan.source.file)
    assert not any(phone in text for phone in PHONES)
    assert text.count("［已删除：个人电话号码］") == 2
    assert [r.removed for r in plan.source.redactions] == [
        "The administrative head's office phone number (a landline number).",
        "The contact person's mobile phone number.",
    ]
    assert not any(phone in e.quote for e in plan.ledger for phone in PHONES)


def test_2015_citizen_satisfaction_index_is_an_observation(plan: Plan) -> None:
    [obs] = plan.observations
    assert isinstance(obs, Observation)
    assert obs.indicator == "citizen-quality-satisfaction-index"
    assert obs.value is not None
    assert obs.value.amount == Decimal("76.069")
    assert obs.value.unit is Unit.INDEX
    assert obs.year == 2015
    assert obs.quote == "2015年全市市民质量满意度指数为76.069"
    assert obs in _field(plan, "开展状况分析的结果和内容").observations


def test_the_goal_is_a_target_in_the_form_and_in_the_plan(plan: Plan) -> None:
    goals = [t for t in plan.targets if t.indicator == "national-quality-city-demonstration"]
    assert [t.eid for t in goals] == ["form__goal__tgt_1", "sec_2__para_1__tgt_1"]
    for goal in goals:
        assert goal.kind is ValueKind.QUALITATIVE
        assert goal.year == 2018
        assert goal.modal == "确保"
        assert goal.commitment is Commitment.BINDING
        assert "确保2018年通过验收" in goal.quote


# ---------------------------------------------------------------- the plan


def test_six_sections_in_order(plan: Plan) -> None:
    top = [s for s in plan.sections if s.eid.startswith("sec_") and "__" not in s.eid]
    assert [(s.label, s.heading_zh) for s in top] == [
        ("一、", "指导思想"),
        ("二、", "总体目标"),
        ("三、", "主要任务"),
        ("四、", "责任分解"),
        ("五、", "保障措施"),
        ("六、", "进度安排"),
    ]


def test_ten_main_tasks(plan: Plan) -> None:
    assert [(m.number, m.label, m.title_zh) for m in plan.measures] == [
        (1, "1、", "明确城市质量发展战略规划"),
        (2, "2、", "形成特色鲜明的质量文化"),
        (3, "3、", "夯实城市质量发展的基础"),
        (4, "4、", "建立高效的质量保障组织"),
        (5, "5、", "质量宏观管理取得明显成效"),
        (6, "6、", "产品质量得到显著提升"),
        (7, "7、", "工程质量大幅度提高"),
        (8, "8、", "服务质量满意度不断提高"),
        (9, "9、", "质量发展成果全民共享"),
        (10, "10、", "质量发展的制度、方法和机制不断创新"),
    ]
    assert plan.section("三").measures == plan.measures
    # Task 4 runs over two paragraphs.
    assert plan.measure(4).text.count("\n") == 1
    assert plan.measure(4).text.split("\n")[1].startswith("每年召开质量强市推进工作会议")


def test_organic_bases_task_names_three_places(plan: Plan) -> None:
    assert [(loc.region, loc.written) for loc in plan.measure(3).localities] == [
        ("dafeng", "大丰"),
        ("sheyang", "射阳"),
        ("dongtai", "东台"),
    ]


# (quote part, indicator, amount, upper, unit, comparator, kind, year or period)
FIGURES = [
    # 全市用于质量发展的经费数额占年度公共财政预算收入比例达到1%
    (
        "比例达到1%",
        "quality-funding-budget-share",
        "1",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    # 在大丰、射阳、东台等地新增3-5个规模较大的有机产品生产基地
    (
        "新增3-5个",
        "organic-production-bases",
        "3",
        "5",
        Unit.GE,
        Comparator.RANGE,
        ValueKind.NEW,
        Period(2017, 2018),
    ),
    # 建成2个新能源汽车检测实验室
    (
        "建成2个新能源汽车检测实验室",
        "nev-testing-labs",
        "2",
        None,
        Unit.GE,
        Comparator.EQ,
        ValueKind.NEW,
        Period(2017, 2018),
    ),
    # 打造100万辆汽车整车、零部件和服务业全产业链
    (
        "100万辆",
        "automobile-industry-chain-scale",
        "1000000",
        None,
        Unit.LIANG,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    # 省级及以上名牌、驰（著）名商标分别达到300个（件）以上: two stocks, each ≥ 300
    (
        "分别达到300个（件）以上",
        "provincial-and-above-famous-brands",
        "300",
        None,
        Unit.GE,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    (
        "分别达到300个（件）以上",
        "well-known-and-famous-trademarks",
        "300",
        None,
        Unit.JIAN,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    # 主导或参与制修订国际、国家标准60个以上
    (
        "国家标准60个以上",
        "intl-national-standards-led-or-joined",
        "60",
        None,
        Unit.GE,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    # 国家、省级监督抽查后处理率100%
    (
        "后处理率100%",
        "supervision-follow-up-rate",
        "100",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    # 生产企业产品质量监督合格率达到95%以上
    (
        "监督合格率达到95%以上",
        "producer-product-supervision-pass-rate",
        "95",
        None,
        Unit.PERCENT,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    # 生产许可证、CCC目录内产品认证证书覆盖率达到100%
    (
        "证书覆盖率达到100%",
        "production-licence-coverage",
        "100",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    (
        "证书覆盖率达到100%",
        "ccc-certificate-coverage",
        "100",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    # 地产农产品抽检合格率达到98%以上；重点食品监督抽查合格率达到98%以上
    (
        "地产农产品抽检合格率达到98%以上",
        "local-farm-produce-pass-rate",
        "98",
        None,
        Unit.PERCENT,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    (
        "重点食品监督抽查合格率达到98%以上",
        "key-food-pass-rate",
        "98",
        None,
        Unit.PERCENT,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    # 到2020年“三品”获证总数突破3000个
    (
        "突破3000个",
        "three-products-certified",
        "3000",
        None,
        Unit.GE,
        Comparator.GT,
        ValueKind.LEVEL,
        2020,
    ),
    # 特种设备万台设备事故死亡率低于0.3
    (
        "死亡率低于0.3",
        "special-equipment-fatality-rate",
        "0.3",
        None,
        Unit.DEATHS_PER_10K_UNITS,
        Comparator.LT,
        ValueKind.LEVEL,
        2018,
    ),
    # 市区未来两年将实施棚户区（危旧房、城中村）改造项目68个，征收拆迁住宅2万户左右，完成投资200亿元以上
    (
        "改造项目68个",
        "shanty-town-renewal-projects",
        "68",
        None,
        Unit.GE,
        Comparator.EQ,
        ValueKind.NEW,
        Period(2017, 2018),
    ),
    (
        "征收拆迁住宅2万户左右",
        "shanty-town-households",
        "20000",
        None,
        Unit.HU,
        Comparator.APPROX,
        ValueKind.NEW,
        Period(2017, 2018),
    ),
    (
        "完成投资200亿元以上",
        "shanty-town-renewal-investment",
        "200",
        None,
        Unit.YI_YUAN,
        Comparator.GE,
        ValueKind.NEW,
        Period(2017, 2018),
    ),
    # 大中型工程和保障房工程一次验收合格率达到100%: one clause, two indicators
    (
        "大中型工程和保障房工程一次验收合格率达到100%",
        "large-medium-project-acceptance-rate",
        "100",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    (
        "大中型工程和保障房工程一次验收合格率达到100%",
        "affordable-housing-acceptance-rate",
        "100",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    # 其他工程一次验收合格率达到98%以上
    (
        "其他工程一次验收合格率达到98%以上",
        "other-project-acceptance-rate",
        "98",
        None,
        Unit.PERCENT,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    # 新开工建筑节能标准执行率、保障房新开工受监工程覆盖率达到100%
    (
        "节能标准执行率",
        "new-building-energy-standard-compliance",
        "100",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    (
        "保障房新开工受监工程覆盖率达到100%",
        "affordable-housing-supervision-coverage",
        "100",
        None,
        Unit.PERCENT,
        Comparator.EQ,
        ValueKind.LEVEL,
        2018,
    ),
    # 生产性服务业顾客满意度达到85以上，生活性服务业顾客满意度达到80以上 (no unit written)
    (
        "生产性服务业顾客满意度达到85以上",
        "producer-services-satisfaction",
        "85",
        None,
        Unit.INDEX,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
    (
        "生活性服务业顾客满意度达到80以上",
        "consumer-services-satisfaction",
        "80",
        None,
        Unit.INDEX,
        Comparator.GE,
        ValueKind.LEVEL,
        2018,
    ),
]


@pytest.mark.parametrize(
    ("quote_part", "indicator", "amount", "upper", "unit", "comparator", "kind", "when"),
    FIGURES,
    ids=[f"{row[1]}" for row in FIGURES],
)
def test_figures_have_exact_amounts(
    plan: Plan,
    quote_part: str,
    indicator: str,
    amount: str,
    upper: str | None,
    unit: Unit,
    comparator: Comparator,
    kind: ValueKind,
    when: int | Period,
) -> None:
    target = the_target(plan, quote_part, indicator)
    assert target.kind is kind
    assert target.value is not None
    assert isinstance(target.value.amount, Decimal)
    assert target.value.amount == Decimal(amount)
    assert target.value.upper == (None if upper is None else Decimal(upper))
    assert target.value.unit is unit
    assert target.value.comparator is comparator
    if isinstance(when, Period):
        assert (target.period, target.year) == (when, None)
    else:
        assert (target.year, target.period) == (when, None)
    assert target.commitment is Commitment.BINDING


def test_qualitative_targets(plan: Plan) -> None:
    qualitative = [
        (t.qualitative, t.indicator, t.year)
        for t in plan.targets
        if t.kind is ValueKind.QUALITATIVE
    ]
    assert qualitative == [
        ("通过验收正式创成“全国质量强市示范城市”", "national-quality-city-demonstration", 2018),
        ("通过验收正式创成“全国质量强市示范城市”", "national-quality-city-demonstration", 2018),
        ("实现市、县(市、区)、镇(街道)质量工作组织的全覆盖", None, 2018),
        ("实现政府质量奖励全覆盖", None, 2018),
        ("建成国家级大数据产业基地和国家电子商务示范城市", None, 2018),
        ("中国质量奖零的突破", "china-quality-award-winners", 2018),
        ("位于江苏省前列", "overall-quality-competitiveness", 2018),
        ("江苏省前列", "three-products-certified", 2020),
        ("创建全国政务服务标准化示范单位", None, 2018),
        ("位居全国创建城市前列", "citizen-quality-satisfaction-index", 2018),
        ("产品质量安全指标全面达到国家强制性标准要求", None, 2018),
        ("专项经费数额达到创建规定水平", None, 2018),
    ]


def test_non_targets_are_ledgered(plan: Plan) -> None:
    reasons = {(e.figure, e.reason) for e in plan.ledger}
    assert ("“12345”、“12315”、“12365”、“12331”", LedgerReason.NAME) in reasons
    assert ("5", LedgerReason.DOCUMENT) in reasons  # 一式5份
    assert ("A3", LedgerReason.DOCUMENT) in reasons
    assert ("121", LedgerReason.DOCUMENT) in reasons
    assert ("9", LedgerReason.DOCUMENT) in reasons  # 9个专责小组
    assert ("26", LedgerReason.CONTEXT) in reasons
    assert ("2017年3月10日", LedgerReason.DATE) in reasons
    assert not any("12345" in t.quote or "121项" in t.quote for t in plan.targets)
    # Task and safeguard numbers (1、 1.) label recorded items: structure, not ledgered.
    assert all(e.reason is not LedgerReason.ORDINAL for e in plan.ledger)


# ---------------------------------------------------------------- task groups

# name, leads, members (as written, in order); 等相关单位 closes some member lists.
GROUPS = [
    (
        "产品质量专责小组",
        ["市质监局"],
        [
            "市发改委",
            "市经信委",
            "市农委",
            "市公安局",
            "市卫生局",
            "市食药监局",
            "市工商局",
            "盐城检验检疫局",
            "等相关单位",
        ],
    ),
    ("工程质量专责小组", ["市城建局"], ["市交通局", "市水利局", "等相关单位"]),
    (
        "服务质量专责小组",
        ["市发改委"],
        [
            "市商务局",
            "市经信委",
            "市旅游局",
            "市工商局",
            "市质监局",
            "市食药监局",
            "人民银行盐城市中心支行",
            "等相关单位",
        ],
    ),
    (
        "环境质量专责小组",
        ["市环保局"],
        ["市公安局", "市水利局", "市卫生局", "市城管局", "等相关单位"],
    ),
    (
        "安全保障专责小组",
        ["市安监局"],
        [
            "市委宣传部",
            "市发改委",
            "市经信委",
            "市农委",
            "市公安局",
            "市教育局",
            "市人社局",
            "市城管局",
            "市商务局",
            "市城建局",
            "市交通局",
            "市水利局",
            "市卫生局",
            "市环保局",
            "市工商局",
            "市质监局",
            "市食药监局",
            "市旅游局",
            "盐城检验检疫局",
            "等相关单位",
        ],
    ),
    (
        "督查考核专责小组",
        ["市委、市政府督查室"],
        [
            "市委组织部",
            "市委宣传部",
            "市监察局",
            "市质监局",
            "市发改委",
            "市财政局",
            "市城建局",
            "市环保局",
            "市安监局",
            "市统计局",
            "等相关单位",
        ],
    ),
    ("经费保障专责小组", ["市财政局"], ["市质量强市推进工作领导小组各成员单位"]),
    ("宣传教育专责小组", ["市委宣传部"], ["市质量强市推进工作领导小组各成员单位"]),
    ("专家咨询专责小组", ["市质监局"], ["市质量强市推进工作领导小组各成员单位"]),
]


def test_nine_task_groups_with_leads_and_members(plan: Plan) -> None:
    assert len(plan.task_groups) == 9
    for number, (group, (name, leads, members)) in enumerate(
        zip(plan.task_groups, GROUPS, strict=True), start=1
    ):
        assert (group.number, group.name_zh) == (number, name)
        assert [r.written for r in group.responsibilities if r.role is Role.LEAD] == leads
        assert [r.written for r in group.responsibilities if r.role is Role.MEMBER] == members
        assert group.lead_text == f"牵头单位：{'、'.join(leads)}。"
        assert group.duties.startswith("工作职责：")


def test_task_group_units_are_yancheng_bodies_or_collectives(plan: Plan) -> None:
    for group in plan.task_groups:
        for r in group.responsibilities:
            if r.department is not None:
                assert r.department.startswith("yancheng."), r
            else:
                assert r.collective in ("member-units", "other-relevant-units"), r
    units = {r.written: r.department for g in plan.task_groups for r in g.responsibilities}
    assert units["市质监局"] == "yancheng.quality-supervision"
    assert units["市委、市政府督查室"] == "yancheng.supervision-office"
    assert units["盐城检验检疫局"] == "yancheng.ciq"
    assert units["市卫生局"] == "yancheng.health-family-planning"


# ---------------------------------------------------------------- phases


def test_three_phases_with_their_date_ranges(plan: Plan) -> None:
    assert [(p.label, p.title_zh, p.range_text, p.start, p.end) for p in plan.phases] == [
        (
            "（一）",
            "规划部署",
            "（2017年1月—2017年6月）",
            PartialDate(2017, 1),
            PartialDate(2017, 6),
        ),
        (
            "（二）",
            "创建实施",
            "（2017年7月—2018年6月）",
            PartialDate(2017, 7),
            PartialDate(2018, 6),
        ),
        ("（三）", "总结验收", "（2018年7月—12月）", PartialDate(2018, 7), PartialDate(2018, 12)),
    ]
    schedule = [e.quote for e in plan.ledger if e.reason is LedgerReason.SCHEDULE]
    assert schedule == [p.range_text for p in plan.phases]


# ---------------------------------------------------------------- transcription


def test_errata_record_each_english_and(plan: Plan) -> None:
    pairs = [(e.before, e.after) for e in plan.source.errata]
    assert pairs[:3] == [
        ("产业结构调整 and 转型升级", "产业结构调整和转型升级"),
        ("有关研究机构 and 高等院校", "有关研究机构和高等院校"),
        ("利用民营检测机构 and 高校", "利用民营检测机构和高校"),
    ]
    text = read_source(plan.source.file)
    assert " and " not in text
    assert all(after in text for _, after in pairs)
    seed = Path(__file__).parent.parent.parent / "shared" / "seeds" / "004_c0de2ff003b0bce9.txt"
    if seed.exists():  # the seed lives outside the repository
        original = seed.read_text(encoding="utf-8")
        assert original.count(" and ") == 3
        assert all(before in original for before, _ in pairs)


def test_page_breaks_are_joined(plan: Plan) -> None:
    text = read_source(plan.source.file)
    for joined in ("示范单位", "市统计局等相关单位", "在创建中", "工业化深度融合"):
        assert joined in text


# ---------------------------------------------------------------- privacy


def test_no_phone_number_is_published(
    plan: Plan, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", plan.id, "--full"]) == 0
    shown = capsys.readouterr().out
    assert "戴源" in shown
    assert "尹贵尧" in shown
    page = plan_page(plan) + source_page(plan, read_source(plan.source.file))
    assert "76.069" in page
    assert "<dd>戴源 · 市长</dd>" in page
    write_json(dataset(), tmp_path)
    write_csv(dataset(), tmp_path)
    exported = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert "尹贵尧" in exported["qualityplans.json"]
    for phone in PHONES:
        assert phone not in shown
        assert phone not in page
        for name, content in exported.items():
            assert phone not in content, name
