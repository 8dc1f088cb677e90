"""The closed vocabularies of the model: kinds, roles, units, comparators, reasons.

Each enum's value is the stable string the exports write; ``zh`` gives the
Chinese word a reader sees where one is defined.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "AdoptionKind",
    "Better",
    "Commitment",
    "Comparator",
    "DateKind",
    "DepartmentKind",
    "Dimension",
    "Direction",
    "LedgerReason",
    "LineageKind",
    "Numbering",
    "PlanKind",
    "RegionLevel",
    "Role",
    "Unit",
    "ValueKind",
]


# --------------------------------------------------------------------------- enums


class PlanKind(StrEnum):
    """What sort of document a plan is, as its title names it."""

    ACTION_PLAN = "action-plan"  # 行动计划 (annual)
    ACTION_SCHEME = "action-scheme"  # 行动方案
    FIVE_YEAR_PLAN = "five-year-plan"  # “十四五”规划
    CREATION_PLAN = "creation-plan"  # 创建计划报告表
    WORK_SCHEME = "work-scheme"  # 工作方案
    IMPLEMENTATION_SCHEME = "implementation-scheme"  # 实施方案
    IMPLEMENTATION_OPINIONS = "implementation-opinions"  # 实施意见
    OUTLINE = "outline"  # 纲要 (a long-range outline: 质量发展纲要)

    @property
    def zh(self) -> str:
        return _PLAN_KIND_ZH[self]


_PLAN_KIND_ZH = {
    PlanKind.ACTION_PLAN: "行动计划",
    PlanKind.ACTION_SCHEME: "行动方案",
    PlanKind.FIVE_YEAR_PLAN: "五年规划",
    PlanKind.CREATION_PLAN: "创建计划报告表",
    PlanKind.WORK_SCHEME: "工作方案",
    PlanKind.IMPLEMENTATION_SCHEME: "实施方案",
    PlanKind.IMPLEMENTATION_OPINIONS: "实施意见",
    PlanKind.OUTLINE: "纲要",
}


class AdoptionKind(StrEnum):
    """How the government made a plan its own before it was issued."""

    ADOPTED = "adopted"  # 审议通过 / 研究通过: adopted at a meeting the text names
    APPROVED = "approved"  # 同意: approved without a meeting (已经市政府同意)

    @property
    def zh(self) -> str:
        return _ADOPTION_KIND_ZH[self]


_ADOPTION_KIND_ZH = {
    AdoptionKind.ADOPTED: "审议通过",
    AdoptionKind.APPROVED: "同意",
}


class Numbering(StrEnum):
    """How a plan numbers its measures."""

    DOCUMENT = "document"  # (一)…(十八) runs through the whole plan
    SECTION = "section"  # numbering restarts in each top-level section


class Role(StrEnum):
    """The part a unit plays in a measure or task group."""

    LEAD = "lead"  # 牵头
    COOPERATING = "cooperating"  # 配合
    RESPONSIBLE = "responsible"  # 负责 / 按职责分工负责
    MEMBER = "member"  # 成员单位

    @property
    def zh(self) -> str:
        return _ROLE_ZH[self]


_ROLE_ZH = {
    Role.LEAD: "牵头",
    Role.COOPERATING: "配合",
    Role.RESPONSIBLE: "负责",
    Role.MEMBER: "成员",
}


class ValueKind(StrEnum):
    """What a target or observation states about its indicator."""

    LEVEL = "level"  # a level at a point in time: 合格率达到98%
    CHANGE = "change"  # a change against a base: 较2013年下降13%
    NEW = "new"  # new in the period: 新增中国驰名商标5件
    CUMULATIVE = "cumulative"  # a running total: 累计建成100家
    QUALITATIVE = "qualitative"  # no amount: 全省领先


class Direction(StrEnum):
    """Direction of a stated change."""

    UP = "up"  # 提高 / 增长
    DOWN = "down"  # 下降 / 减少


class Commitment(StrEnum):
    """How firmly a target is promised (力争 / 争取 are aspirational)."""

    BINDING = "binding"
    ASPIRATIONAL = "aspirational"


class Comparator(StrEnum):
    """How a stated amount bounds the value."""

    EQ = "="
    GE = "≥"  # 以上, 不少于, 不低于
    GT = ">"  # 突破, 超过, 余
    LE = "≤"  # 以下, 不超过
    LT = "<"  # 小于, 低于
    APPROX = "≈"  # 左右, 约
    RANGE = "range"  # 2～3家: amount is the lower, upper the upper bound


class Better(StrEnum):
    """Which way an indicator improves: what its plans want more or less of."""

    HIGHER = "higher"  # pass rates, satisfaction, awards and standards won
    LOWER = "lower"  # PM2.5, accident and fatality rates
    NEITHER = "neither"  # a status, or a count the plans do not want up or down

    @property
    def zh(self) -> str:
        return _BETTER_ZH[self]


_BETTER_ZH = {
    Better.HIGHER: "越高越好",
    Better.LOWER: "越低越好",
    Better.NEITHER: "无优劣方向",
}


class Dimension(StrEnum):
    """What a unit measures; amounts are comparable only within a dimension."""

    RATIO = "ratio"
    RATIO_CHANGE = "ratio-change"
    COUNT = "count"
    SCORE = "score"
    MONEY = "money"
    AREA = "area"
    SOUND_LEVEL = "sound-level"
    CONCENTRATION = "concentration"
    RATE = "rate"


class Unit(StrEnum):
    """Closed list of units; the value is the unit as Chinese writes it.

    Count units keep the measure word (个, 项, 家 …) because documents use them
    deliberately; they share the COUNT dimension. Amounts are stored in the
    unit itself: 6万人 is ``Decimal(60000)`` people, 1.5万亿元 is 15000 亿元.
    """

    PERCENT = "%"
    PERCENTAGE_POINT = "个百分点"
    SCORE = "分"  # a score on a scale (满意度 85分)
    INDEX = "指数"  # a unitless index value (质量竞争力指数 92.51)
    GE = "个"
    GE_CI = "个（次）"
    JIA_CI = "家（次）"
    XIANG = "项"
    JIA = "家"
    JIAN = "件"
    ZHANG = "张"
    REN = "人"
    TAI = "台"
    TIAO = "条"
    HU = "户"
    LIANG = "辆"
    QI = "起"
    CI = "次"
    PI = "批次"
    ZHONG = "种"
    LEI = "类"
    CHUANG = "张床"
    YI_YUAN = "亿元"
    MU = "亩"
    DECIBEL = "分贝"
    UG_PER_M3 = "微克/立方米"
    BATCHES_PER_THOUSAND = "批次/千人"
    DEATHS_PER_10K_UNITS = "人/万台"

    @property
    def dimension(self) -> Dimension:
        return _UNIT_DIMENSION.get(self, Dimension.COUNT)


_UNIT_DIMENSION = {
    Unit.PERCENT: Dimension.RATIO,
    Unit.PERCENTAGE_POINT: Dimension.RATIO_CHANGE,
    Unit.SCORE: Dimension.SCORE,
    Unit.INDEX: Dimension.SCORE,
    Unit.YI_YUAN: Dimension.MONEY,
    Unit.MU: Dimension.AREA,
    Unit.DECIBEL: Dimension.SOUND_LEVEL,
    Unit.UG_PER_M3: Dimension.CONCENTRATION,
    Unit.BATCHES_PER_THOUSAND: Dimension.RATE,
    Unit.DEATHS_PER_10K_UNITS: Dimension.RATE,
}


class DateKind(StrEnum):
    """Which date of a document a date is."""

    SIGNED = "signed"  # 成文日期: the date under the issuer's name
    ISSUED = "issued"  # 印发日期: 2017年7月3日印发
    PUBLISHED = "published"  # 发布时间 on the publishing portal
    FILLED = "filled"  # 填表日期 of a report form

    @property
    def zh(self) -> str:
        return _DATE_KIND_ZH[self]


_DATE_KIND_ZH = {
    DateKind.SIGNED: "成文",
    DateKind.ISSUED: "印发",
    DateKind.PUBLISHED: "发布",
    DateKind.FILLED: "填表",
}


class LedgerReason(StrEnum):
    """Why a figure in a transcription is not a target or observation."""

    DATE = "date"  # a date of the document or of an event
    DOC_NUMBER = "doc-number"  # a 文号, ours or a cited document's
    NAME = "name"  # part of a proper name: a title, campaign, method, hotline
    ORDINAL = "ordinal"  # 第16届, 第89次
    SCOPE = "scope"  # specifies what a task covers, not a level to reach
    CONTACT = "contact"  # a phone number or other contact detail (never published)
    DOCUMENT = "document"  # describes the document itself (copies, page size)
    SCHEDULE = "schedule"  # a date range of a schedule phase or deadline
    CONTEXT = "context"  # background that is neither promised nor reported


class RegionLevel(StrEnum):
    PROVINCE = "province"
    PREFECTURE_CITY = "prefecture-city"  # 地级市
    DISTRICT = "district"  # 市辖区
    COUNTY_CITY = "county-city"  # 县级市
    COUNTY = "county"  # 县
    ZONE = "zone"  # a functional zone (开发区, 工业园区) with its own administration


class DepartmentKind(StrEnum):
    GOVERNMENT = "government"  # 人民政府
    GENERAL_OFFICE = "general-office"  # 政府办公室
    AGENCY = "agency"  # a government department: 委, 办, 局
    PARTY = "party"  # a Communist Party committee body
    JUDICIAL = "judicial"  # court or procuratorate
    VERTICAL = "vertical"  # vertically managed: central, provincial, or a city bureau's branch
    ORGANIZATION = "organization"  # mass or social organization (总工会, 消保委)


class LineageKind(StrEnum):
    MERGE = "merge"  # several bodies became one
    RENAME = "rename"  # one body continued under a new name
    TRANSFER = "transfer"  # some functions moved to another body
