"""The typed plan model: frozen, slotted attrs classes for everything a plan holds.

A plan's body is a tree of *items* in document order: sections, which hold
further items, and *blocks* (paragraphs, measures, boxes, tables, form fields,
task groups, schedule phases). Every block carries verbatim text from the
plan's transcription, and the targets and observations stated in that text,
each with the shortest verbatim quote that holds its figure.

Chinese text is authoritative; every ``*_en`` field is this project's own
translation.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeAlias

import attrs
from attrs import field, frozen

from qualityplans.docnumber import DocNumber

__all__ = [
    "Adoption",
    "Better",
    "Body",
    "Box",
    "CitedDocument",
    "Collective",
    "Commitment",
    "Comparator",
    "Dataset",
    "DateKind",
    "Department",
    "DepartmentKind",
    "Dimension",
    "Direction",
    "Discrepancy",
    "DocNumber",
    "Erratum",
    "FormField",
    "Indicator",
    "Item",
    "LedgerEntry",
    "LedgerReason",
    "LineageEvent",
    "LineageKind",
    "Locality",
    "Measure",
    "Numbering",
    "Observation",
    "Paragraph",
    "PartialDate",
    "Period",
    "Person",
    "Phase",
    "Plan",
    "PlanDate",
    "PlanKind",
    "Quantity",
    "Redaction",
    "Region",
    "RegionLevel",
    "Responsibility",
    "Role",
    "Section",
    "Source",
    "Table",
    "TableNote",
    "TableRow",
    "Target",
    "TaskGroup",
    "Theme",
    "Unit",
    "ValueKind",
    "statements",
]


def _decimal(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse floats (and anything else) where an exact Decimal is required."""
    if value is not None and not isinstance(value, Decimal):
        raise TypeError(
            f"{attribute.name} must be a Decimal, not {type(value).__name__}: "
            f'write Decimal("{value}") with the figure as a string'
        )


# --------------------------------------------------------------------------- enums


class PlanKind(StrEnum):
    """What sort of document a plan is."""

    ACTION_PLAN = "action-plan"  # 行动计划 (annual)
    ACTION_SCHEME = "action-scheme"  # 行动方案
    FIVE_YEAR_PLAN = "five-year-plan"  # “十四五”规划
    CREATION_PLAN = "creation-plan"  # 创建计划报告表

    @property
    def zh(self) -> str:
        return _PLAN_KIND_ZH[self]


_PLAN_KIND_ZH = {
    PlanKind.ACTION_PLAN: "行动计划",
    PlanKind.ACTION_SCHEME: "行动方案",
    PlanKind.FIVE_YEAR_PLAN: "五年规划",
    PlanKind.CREATION_PLAN: "创建计划报告表",
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


# ----------------------------------------------------------------- small values


@frozen(order=True)
class PartialDate:
    """A date known to the year, month or day, written as ISO 8601 (2017-02)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValueError(f"day out of range: {self.day}")

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        pieces = text.split("-")
        if not 1 <= len(pieces) <= 3 or not all(p.isdigit() for p in pieces):
            raise ValueError(f"not an ISO date: {text!r}")
        numbers = [int(p) for p in pieces]
        month = numbers[1] if len(numbers) > 1 else None
        day = numbers[2] if len(numbers) > 2 else None
        return cls(numbers[0], month, day)

    def __str__(self) -> str:
        return self.iso


@frozen
class Period:
    """A span of whole years, inclusive: 十四五 is Period(2021, 2025)."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends before it starts: {self.start}-{self.end}")

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"


@frozen
class Quantity:
    """An exact amount with its unit, bound and the figure as written.

    ``written`` is the figure exactly as the quote has it (``98%以上``,
    ``6万人``); validation checks that it is in the quote and that it reads as
    ``amount`` (and ``upper``).
    """

    amount: Decimal = field(validator=_decimal)
    unit: Unit
    written: str
    comparator: Comparator = Comparator.EQ
    upper: Decimal | None = field(default=None, validator=_decimal)

    def __str__(self) -> str:
        if self.comparator is Comparator.RANGE:
            return f"{self.amount}–{self.upper} {self.unit.value}"
        bound = "" if self.comparator is Comparator.EQ else f"{self.comparator.value} "
        sep = "" if self.unit is Unit.PERCENT else " "
        unit = "" if self.unit is Unit.INDEX else self.unit.value
        return f"{bound}{self.amount}{sep if unit else ''}{unit}"


# ------------------------------------------------------------ figures in the text


@frozen
class Target:
    """A promised future state, with the quote that states it."""

    eid: str
    quote: str
    kind: ValueKind
    indicator: str | None = None
    value: Quantity | None = None
    year: int | None = None  # the year by which (or in which) it is due
    period: Period | None = None  # for NEW / CUMULATIVE over several years
    base_year: int | None = None  # for CHANGE
    direction: Direction | None = None  # for CHANGE
    commitment: Commitment = Commitment.BINDING
    modal: str | None = None  # the modal word as written: 力争, 确保, 达到
    qualitative: str | None = None  # for QUALITATIVE: 全省领先, as written
    note: str | None = None

    def __repr__(self) -> str:
        from qualityplans.reprs import statement_repr

        return statement_repr(self)


@frozen
class Observation:
    """A reported actual value, with the quote that reports it."""

    eid: str
    quote: str
    kind: ValueKind
    indicator: str | None = None
    value: Quantity | None = None
    year: int | None = None  # the year the value refers to
    period: Period | None = None  # for values over several years (十三五期间)
    period_label: str | None = None  # the period as written: 十三五末, 2015年
    base_year: int | None = None
    direction: Direction | None = None
    qualitative: str | None = None  # 全省领先 as a reported state
    note: str | None = None

    def __repr__(self) -> str:
        from qualityplans.reprs import statement_repr

        return statement_repr(self)


@frozen
class Responsibility:
    """One unit named for a measure or task group, as written, with its role.

    Exactly one of ``department`` (a Department id) or ``collective`` (a
    Collective id, e.g. 各成员单位) says what the words denote.
    """

    written: str
    role: Role
    department: str | None = None
    collective: str | None = None


@frozen
class Locality:
    """A place a task names (张家港市、吴江区…等地应重点…)."""

    region: str
    written: str


# ------------------------------------------------------------------------ blocks


@frozen
class Paragraph:
    """Running text that is not a numbered item (preambles, closing words)."""

    eid: str
    text: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()
    localities: tuple[Locality, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.text,)

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 24 else self.text[:23] + "…"
        return f"<Paragraph {self.eid} {text}>"


@frozen
class Measure:
    """A numbered item that assigns work: （六）加大品牌培育力度。…

    ``text`` is the full paragraph (or paragraphs, joined by newlines) after
    the label and without the trailing parenthesised list of units, which is
    kept verbatim in ``responsibility_text`` and parsed into
    ``responsibilities``.
    """

    eid: str
    number: int
    label: str
    title_zh: str
    title_en: str
    text: str
    responsibility_text: str | None = None
    responsibilities: tuple[Responsibility, ...] = ()
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()
    themes: tuple[str, ...] = ()
    localities: tuple[Locality, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.text,)

    @property
    def leads(self) -> tuple[Responsibility, ...]:
        return tuple(r for r in self.responsibilities if r.role is Role.LEAD)

    def __repr__(self) -> str:
        return f"<Measure {self.eid} {self.label}{self.title_zh}>"


@frozen
class Box:
    """A boxed explanation (专栏) printed beside the tasks."""

    eid: str
    number: int
    label: str  # 专栏1
    title_zh: str
    title_en: str
    text: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.text,)

    def __repr__(self) -> str:
        return f"<Box {self.eid} {self.label} {self.title_zh}>"


@frozen
class TableRow:
    """One row of a table: its cells and the transcription line it comes from."""

    number: int | None
    category: str | None
    cells: tuple[str, ...]
    line: str
    indicator: str | None = None


@frozen
class TableNote:
    """A note under a table and the row numbers it speaks of."""

    text: str
    rows: tuple[int, ...] = ()


@frozen
class Table:
    """A table, one transcription line per row, with the figures its rows hold."""

    eid: str
    title_zh: str
    title_en: str
    header: tuple[str, ...]
    header_line: str
    rows: tuple[TableRow, ...]
    notes: tuple[TableNote, ...] = ()
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.header_line, *(row.line for row in self.rows), *(n.text for n in self.notes))

    def __repr__(self) -> str:
        return f"<Table {self.eid} {self.title_zh} ({len(self.rows)} rows)>"


@frozen
class FormField:
    """One field of a report form: its label and the value filled in."""

    eid: str
    group_zh: str
    label_zh: str
    label_en: str
    value: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.value,)

    def __repr__(self) -> str:
        return f"<FormField {self.eid} {self.label_zh}>"


@frozen
class TaskGroup:
    """A working group (专责小组) with lead and member units and its duties."""

    eid: str
    number: int
    label: str
    name_zh: str
    name_en: str
    lead_text: str
    member_text: str
    duties: str
    responsibilities: tuple[Responsibility, ...] = ()
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()
    themes: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.lead_text, self.member_text, self.duties)

    def __repr__(self) -> str:
        return f"<TaskGroup {self.eid} {self.label}{self.name_zh}>"


@frozen
class Phase:
    """A schedule phase (进度安排) with its date range."""

    eid: str
    number: int
    label: str
    title_zh: str
    title_en: str
    range_text: str
    start: PartialDate
    end: PartialDate
    text: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.range_text, self.text)

    def __repr__(self) -> str:
        return f"<Phase {self.eid} {self.label}{self.title_zh}>"


Block: TypeAlias = Paragraph | Measure | Box | Table | FormField | TaskGroup | Phase


@frozen
class Section:
    """A heading of the document (一、…) and the items under it, in order."""

    eid: str
    number: str  # as written: 一, 二 … ("" for an unnumbered part such as 序言)
    label: str  # 一、 / （一） / 序言
    heading_zh: str
    heading_en: str
    items: tuple[Item, ...] = ()

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The measures under this section, at any depth, in document order."""
        return tuple(i for i in _walk_items(self.items) if isinstance(i, Measure))

    def __repr__(self) -> str:
        return f"<Section {self.eid} {self.label}{self.heading_zh}>"


Item: TypeAlias = Section | Paragraph | Measure | Box | Table | FormField | TaskGroup | Phase
Body: TypeAlias = tuple[Item, ...]


# ------------------------------------------------------------- plan-level records


@frozen
class Erratum:
    """One correction made while transcribing: what the seed had, what we wrote."""

    before: str
    after: str
    reason: str


@frozen
class Redaction:
    """Personal data removed from the transcription: the mark left, what it replaced, why."""

    after: str  # the transcription's words with the visible redaction mark
    removed: str  # what was removed, described (never the removed text itself)
    reason: str


@frozen
class Source:
    """The shipped transcription a plan is curated from."""

    file: str  # file name under qualityplans/data/sources/
    sha256: str
    origin: str  # where the text came from
    errata: tuple[Erratum, ...] = ()
    redactions: tuple[Redaction, ...] = ()


@frozen
class LedgerEntry:
    """A figure in the transcription that is deliberately not a target.

    ``quote`` is located everywhere it occurs in the transcription;
    ``occurrences`` must equal that count, so that a short quote cannot
    silently cover figures it was not meant for.
    """

    figure: str
    quote: str
    reason: LedgerReason
    note: str
    occurrences: int = 1


@frozen
class PlanDate:
    kind: DateKind
    date: PartialDate
    quote: str


@frozen
class CitedDocument:
    """A document the plan names as its basis (贯彻落实《…》, 根据《…》)."""

    title_zh: str
    title_en: str
    quote: str
    doc_number: DocNumber | None = None
    plan: str | None = None  # the plan id, where the cited document is in the dataset


@frozen
class Adoption:
    """The meeting that adopted the plan (已经市政府第89次常务会议审议通过)."""

    meeting_zh: str
    meeting_en: str
    quote: str


@frozen
class Person:
    """A named office holder on a form (行政负责人). Contact details are never kept."""

    role_zh: str
    role_en: str
    name: str
    post: str
    quote: str


@frozen
class Discrepancy:
    """One document giving two different figures for what reads as the same thing."""

    eid: str
    subject_zh: str
    subject_en: str
    first: str  # eid of a target or observation
    second: str
    note: str


@frozen
class Plan:
    """One curated document."""

    id: str
    title_zh: str
    title_en: str
    kind: PlanKind
    region: str
    source: Source
    body: Body
    issuer: str | None = None  # Department id of the issuing body; None if the text names none
    doc_number: DocNumber | None = None
    period: Period | None = None
    numbering: Numbering = Numbering.DOCUMENT
    dates: tuple[PlanDate, ...] = ()
    notice_title_zh: str | None = None
    addressees: str | None = None  # 主送, as written
    notice_text: str | None = None  # the covering notice's own words (现将…印发给你们)
    copied_to: tuple[str, ...] = ()  # 抄送, as written
    basis: tuple[CitedDocument, ...] = ()
    adoption: Adoption | None = None
    standing_responsibilities: tuple[Responsibility, ...] = ()
    standing_quote: str | None = None
    people: tuple[Person, ...] = ()
    ledger: tuple[LedgerEntry, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()

    # Derived views, computed from ``body`` in document order.

    def walk(self) -> Iterator[Item]:
        """Every item of the body, depth first, in document order."""
        stack: list[Item] = list(reversed(self.body))
        while stack:
            item = stack.pop()
            yield item
            if isinstance(item, Section):
                stack.extend(reversed(item.items))

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Section))

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(i for i in self.walk() if not isinstance(i, Section))

    @property
    def measures(self) -> tuple[Measure, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Measure))

    @property
    def targets(self) -> tuple[Target, ...]:
        return tuple(t for b in self.blocks for t in b.targets)

    @property
    def observations(self) -> tuple[Observation, ...]:
        return tuple(o for b in self.blocks for o in b.observations)

    @property
    def boxes(self) -> tuple[Box, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Box))

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Table))

    @property
    def task_groups(self) -> tuple[TaskGroup, ...]:
        return tuple(i for i in self.walk() if isinstance(i, TaskGroup))

    @property
    def phases(self) -> tuple[Phase, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Phase))

    @property
    def form_fields(self) -> tuple[FormField, ...]:
        return tuple(i for i in self.walk() if isinstance(i, FormField))

    def section(self, key: str) -> Section:
        """The section with this eid, or the shallowest section numbered ``key`` as
        written (一, 二 …), so a nested (三) never shadows chapter 三."""
        for s in self.sections:
            if s.eid == key:
                return s
        level = [i for i in self.body if isinstance(i, Section)]
        while level:
            for s in level:
                if s.number == key:
                    return s
            level = [i for s in level for i in s.items if isinstance(i, Section)]
        raise KeyError(f"{self.id} has no section {key!r}")

    def measure(self, number: int, section: str | None = None) -> Measure:
        """The measure the document numbers ``number``; pass ``section`` (eid or
        number) for plans whose numbering restarts in each section."""
        scope = self.measures if section is None else self.section(section).measures
        matches = [m for m in scope if m.number == number]
        if len(matches) == 1:
            return matches[0]
        where = f" in section {section}" if section is not None else ""
        if not matches:
            raise KeyError(f"{self.id} has no measure {number}{where}")
        raise KeyError(f"{self.id} has {len(matches)} measures numbered {number}; pass section")

    def find(self, eid: str) -> Item | Target | Observation:
        """The item, target or observation with this eid."""
        for item in self.walk():
            if item.eid == eid:
                return item
            if not isinstance(item, Section):
                for t in item.targets:
                    if t.eid == eid:
                        return t
                for o in item.observations:
                    if o.eid == eid:
                        return o
        raise KeyError(f"{self.id} has no element {eid!r}")

    def parent_of(self, eid: str) -> Block:
        """The block holding the target or observation ``eid``."""
        for block in self.blocks:
            if any(x.eid == eid for x in statements(block)):
                return block
        raise KeyError(f"{self.id} has no target or observation {eid!r}")

    def date(self, kind: DateKind) -> PartialDate | None:
        for d in self.dates:
            if d.kind is kind:
                return d.date
        return None

    def responsibilities_of(self, measure: Measure) -> tuple[Responsibility, ...]:
        """The units a measure names, followed by those the plan names for every
        measure (e.g. 各县级市<区>人民政府<管委会> in 品质苏州 2025) that the measure
        does not already name itself."""
        named = {(r.department, r.collective) for r in measure.responsibilities}
        standing = tuple(
            r for r in self.standing_responsibilities if (r.department, r.collective) not in named
        )
        return measure.responsibilities + standing

    def __repr__(self) -> str:
        return f"<Plan {self.id} {self.title_zh}>"


def statements(block: Block) -> tuple[Target | Observation, ...]:
    """A block's targets and then its observations."""
    found: tuple[Target | Observation, ...] = (*block.targets, *block.observations)
    return found


def _walk_items(items: tuple[Item, ...]) -> Iterator[Item]:
    for item in items:
        yield item
        if isinstance(item, Section):
            yield from _walk_items(item.items)


# ------------------------------------------------------------- catalog records


@frozen
class Region:
    id: str
    name_zh: str
    name_en: str
    level: RegionLevel
    parent: str | None = None
    code: str | None = None  # GB/T 2260 code where one exists
    names: tuple[str, ...] = ()  # other names as written: 工业园区, 园区
    note: str | None = None

    def __repr__(self) -> str:
        return f"<Region {self.id} {self.name_zh}>"


@frozen
class Department:
    """One real body in one jurisdiction, with every name it appears under."""

    id: str
    name_zh: str
    name_en: str
    region: str
    kind: DepartmentKind = DepartmentKind.AGENCY
    names: tuple[str, ...] = ()  # short names as written: 市质监局
    note: str | None = None

    def __repr__(self) -> str:
        return f"<Department {self.id} {self.name_zh}>"


@frozen
class LineageEvent:
    """A change to bodies in the 2018-2019 institutional reform (or later)."""

    year: int
    kind: LineageKind
    sources: tuple[str, ...]
    successors: tuple[str, ...]
    basis: str
    note: str | None = None

    def __repr__(self) -> str:
        return (
            f"<LineageEvent {self.year} {self.kind.value} "
            f"{' + '.join(self.sources)} → {' + '.join(self.successors)}>"
        )


@frozen
class Collective:
    """A collective named in place of units (各成员单位)."""

    id: str
    name_zh: str
    name_en: str
    note: str | None = None


@frozen
class Theme:
    id: str
    name_zh: str
    name_en: str

    def __repr__(self) -> str:
        return f"<Theme {self.id} {self.name_zh}>"


@frozen
class Indicator:
    """The thing a target or observation measures, shared across plans."""

    id: str
    name_zh: str
    name_en: str
    unit: Unit | None  # None for a qualitative indicator (a status)
    themes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other wordings found in the documents
    definition: str | None = None
    related: tuple[str, ...] = ()  # ids of indicators that measure a related thing
    better: Better = field(kw_only=True)  # which way the plans want it to move

    def __repr__(self) -> str:
        unit = f" ({self.unit.value})" if self.unit is not None else ""
        return f"<Indicator {self.id} {self.name_zh}{unit}>"


@frozen
class Dataset:
    """Everything the project curates, as one value (what ``export`` writes)."""

    plans: tuple[Plan, ...]
    departments: tuple[Department, ...]
    lineage: tuple[LineageEvent, ...]
    regions: tuple[Region, ...]
    indicators: tuple[Indicator, ...]
    themes: tuple[Theme, ...]
    collectives: tuple[Collective, ...]

    def __repr__(self) -> str:
        return (
            f"<Dataset {len(self.plans)} plans, {len(self.indicators)} indicators, "
            f"{len(self.departments)} departments>"
        )


attrs.resolve_types(Section)
