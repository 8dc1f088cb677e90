"""The data dictionary: what every table and every column of the flat tables means.

One place for the words: the site's data dictionary page and the Data Package's
field descriptions read them. Each column has a type (how a CSV cell reads; in
JSON and SQLite the same value keeps its own type) and its meaning in Chinese and
English. The module sits at the rows layer beside ``qualityplans.rows`` and does
not import it, so either can be read alone; a test proves the two list exactly
the same tables and columns.
"""

from __future__ import annotations

from attrs import frozen

from qualityplans.model import DateKind

__all__ = ["COLUMNS", "TABLES", "TYPES", "Column", "Table", "column", "table"]


@frozen
class Column:
    """One column: its type (a key of ``TYPES``) and what it holds."""

    type: str
    zh: str
    en: str


@frozen
class Table:
    """One table: what a row of it is."""

    zh: str
    en: str
    row_zh: str
    row_en: str


# Types as a cell of the CSV tables reads: (the Data Package type, Chinese, English).
TYPES: dict[str, tuple[str, str, str]] = {
    "string": ("string", "文本", "text"),
    "integer": ("integer", "整数", "integer"),
    "decimal": ("number", "精确小数（按原文位数）", "exact decimal, as many places as written"),
    "boolean": ("boolean", "真假（true / false）", "true or false"),
    "list": ("string", "列表（CSV 中以 ; 分隔）", "list (joined with ; in the CSV)"),
    "date": ("string", "日期（ISO 8601，可只到年或月）", "date (ISO 8601; may be a year or month)"),
    "id": ("string", "标识符", "identifier: the record's key, or a link to another table"),
}

_DATE_ZH = {
    DateKind.SIGNED: "成文日期",
    DateKind.ISSUED: "印发日期",
    DateKind.PUBLISHED: "发布日期",
    DateKind.FILLED: "填表日期",
}
_DATE_EN = {
    DateKind.SIGNED: "date signed (成文日期)",
    DateKind.ISSUED: "date issued (印发日期)",
    DateKind.PUBLISHED: "date published on the portal",
    DateKind.FILLED: "date the report form was filled in",
}

TABLES: dict[str, Table] = {
    "plans": Table("规划", "Plans", "一份规划文件", "one plan document"),
    "measures": Table(
        "措施", "Measures", "规划中一项编号的工作措施", "one numbered measure of a plan"
    ),
    "responsibilities": Table(
        "责任单位",
        "Responsibilities",
        "一项措施或任务组点名的一个单位（或统称）及其角色",
        "one unit (or collective) a measure or task group names, in one role",
    ),
    "targets": Table("目标", "Targets", "规划承诺的一个目标", "one target a plan sets"),
    "observations": Table(
        "实绩", "Observations", "规划报告的一个实际数值", "one actual figure a plan reports"
    ),
    "departments": Table("部门", "Departments", "一个真实机构", "one real body"),
    "indicators": Table(
        "指标", "Indicators", "一项被衡量的事项，跨规划共用", "one thing measured, shared by plans"
    ),
    "ledger": Table(
        "数字台账",
        "Figure ledger",
        "原文中不是目标或实绩的一个数字及其理由",
        "one figure of a transcription that is neither a target nor a report, and why",
    ),
    "dataset": Table(
        "数据集", "Dataset", "数据集本身及其可引用的版本", "the dataset and its citable version"
    ),
}

_PLAN = Column("id", "所属规划的标识符（plans.id）", "the plan's id (plans.id)")
_EID = Column(
    "id",
    "记录在规划内的标识符，也是网页上的锚点",
    "the record's id within its plan, also its anchor on the site",
)
_TARGETS = Column("integer", "目标个数", "number of targets")
_OBSERVATIONS = Column("integer", "实绩个数", "number of observations")
_QUOTE = Column(
    "string",
    "原文引文：逐字出自规划的转录文本",
    "the verbatim quote, found word for word in the plan's transcription",
)
_NOTE = Column("string", "整理者的说明", "the curator's note")
_REGION = Column("id", "地区标识符", "the region's id")

# The columns every target and observation row shares (rows.statement_row).
_STATEMENT: dict[str, Column] = {
    "plan": _PLAN,
    "region": Column("id", "规划所属地区的标识符", "the plan's region id"),
    "eid": _EID,
    "block": Column(
        "id",
        "所在措施、表格或栏目的标识符（measures.eid 等）",
        "the id of the measure, table or field that holds it",
    ),
    "statement": Column("string", "target（目标）或 observation（实绩）", "target or observation"),
    "kind": Column(
        "string",
        "数值类型：level 水平、change 较基年变化、new 期内新增、cumulative 累计、qualitative 定性",
        "kind of value: level, change (against a base year), new (in the period), "
        "cumulative, qualitative",
    ),
    "indicator": Column(
        "id",
        "指标标识符（indicators.id）；无对应指标时为空",
        "the indicator's id; empty if none fits",
    ),
    "indicator_zh": Column("string", "指标中文名", "the indicator's Chinese name"),
    "comparator": Column(
        "string",
        "比较方式：eq 等于、ge 不低于、gt 超过、le 不高于、lt 低于、approx 左右、range 区间",
        "comparator: eq, ge (at least), gt (more than), le (at most), lt (less than), "
        "approx (about), range",
    ),
    "amount": Column(
        "decimal",
        "数值（区间时为下限）；变化目标为变化量，不是水平",
        "the amount (the lower bound of a range); for a change, the size of the change, "
        "not a level",
    ),
    "upper": Column("decimal", "区间上限", "the upper bound of a range"),
    "unit": Column("string", "单位（如 %、个、亿元）", "the unit (%, 个, 亿元 …)"),
    "written": Column("string", "原文中的数字写法", "the figure as written in the document"),
    "year": Column(
        "integer",
        "年份：目标的达成年份或实绩所属年份",
        "the year a target is due by, or an observation refers to",
    ),
    "period_start": Column(
        "integer", "多年期数值的起始年", "first year of a figure over several years"
    ),
    "period_end": Column(
        "integer", "多年期数值的终止年", "last year of a figure over several years"
    ),
    "base_year": Column(
        "integer", "变化目标的基年（较2013年…）", "the base year of a change (vs 2013 …)"
    ),
    "direction": Column(
        "string", "变化方向：up 提高、down 下降", "direction of a change: up or down"
    ),
    "value_zh": Column(
        "string",
        "数值的中文说法，与网站一致（较2013年下降13%）",
        "the value in Chinese words, as on the site",
    ),
    "value_en": Column(
        "string", "数值的英文说法（−13% vs 2013）", "the value in English words (−13% vs 2013)"
    ),
    "when": Column(
        "string",
        "年份或期间的写法（2025、2021–2025）",
        "the year or period in words (2025, 2021–2025)",
    ),
}

COLUMNS: dict[str, dict[str, Column]] = {
    "plans": {
        "id": Column("id", "规划的标识符（网址中使用）", "the plan's id (used in URLs)"),
        "title_zh": Column("string", "标题（原文）", "title as issued"),
        "title_en": Column("string", "英文标题（本站翻译）", "title in English (our translation)"),
        "kind": Column(
            "string",
            "规划类型：action-plan 行动计划、action-scheme 行动方案、five-year-plan 五年规划、"
            "creation-plan 创建计划",
            "kind of plan: action-plan, action-scheme, five-year-plan, creation-plan",
        ),
        "doc_number": Column("string", "文号（如 苏府〔2016〕63号）", "document number (文号)"),
        "issuer": Column(
            "id", "发文机关的标识符（departments.id）", "the issuing body's id (departments.id)"
        ),
        "issuer_zh": Column("string", "发文机关名称", "the issuing body's name"),
        "region": _REGION,
        "period_start": Column("integer", "规划期起始年", "first year of the plan's period"),
        "period_end": Column("integer", "规划期终止年", "last year of the plan's period"),
        **{
            f"date_{k.value}": Column(
                "date", f"{_DATE_ZH[k]}（原文所载；未载为空）", f"{_DATE_EN[k]}, where stated"
            )
            for k in DateKind
        },
        "sections": Column("integer", "章节数", "number of sections"),
        "measures": Column("integer", "措施数", "number of measures"),
        "targets": _TARGETS,
        "observations": _OBSERVATIONS,
        "source_file": Column("string", "转录文本的文件名", "the transcription's file name"),
        "source_sha256": Column(
            "string", "转录文本的 SHA-256 校验值", "SHA-256 of the transcription"
        ),
    },
    "measures": {
        "plan": _PLAN,
        "eid": _EID,
        "section": Column("id", "所在章节的标识符", "the id of the section that holds it"),
        "number": Column("integer", "原文编号（整数）", "its number in the document"),
        "label": Column("string", "原文编号的写法（（五））", "its label as written (（五）)"),
        "title_zh": Column("string", "标题（原文）", "title as written"),
        "title_en": Column("string", "英文标题（本站翻译）", "title in English (our translation)"),
        "text": Column(
            "string",
            "措施全文（原文，不含末尾的单位括注）",
            "the measure's full text, verbatim, without the trailing list of units",
        ),
        "responsibility_text": Column(
            "string", "责任单位括注的原文", "the parenthesised list of units, as written"
        ),
        "leads": Column("list", "牵头单位（原文写法）", "lead units, as written"),
        "themes": Column("list", "主题标识符", "theme ids"),
        "localities": Column("list", "措施点名的地区标识符", "ids of the places the measure names"),
        "targets": _TARGETS,
        "observations": _OBSERVATIONS,
    },
    "responsibilities": {
        "plan": _PLAN,
        "holder": Column(
            "id",
            "措施或任务组的标识符；对全部措施统一写明的单位为 plan",
            "the measure's or task group's id; plan for units named for every measure",
        ),
        "order": Column("integer", "在单位列表中的次序（从1起）", "position in the list of units"),
        "role": Column(
            "string",
            "角色：lead 牵头、cooperating 配合、responsible 负责、member 成员单位",
            "role: lead, cooperating, responsible, member",
        ),
        "written": Column("string", "单位的原文写法（市质监局）", "the unit as written"),
        "department": Column(
            "id",
            "所指机构的标识符（departments.id）；统称时为空",
            "the body's id; empty for a collective",
        ),
        "department_zh": Column("string", "机构全称", "the body's full name"),
        "department_en": Column("string", "机构英文名", "the body's English name"),
        "collective": Column(
            "id",
            "统称的标识符（各成员单位等）；机构时为空",
            "the collective's id (各成员单位 …); empty for a body",
        ),
        "standing": Column(
            "boolean",
            "是否对全部措施统一写明（按职责分工负责）",
            "whether the plan names it once for all its measures",
        ),
    },
    "targets": {
        **_STATEMENT,
        "commitment": Column(
            "string",
            "承诺程度：binding 约束性、aspirational 力争",
            "how firmly promised: binding or aspirational (力争, 争取)",
        ),
        "commitment_zh": Column("string", "承诺程度的中文说法", "the commitment in Chinese"),
        "modal": Column("string", "原文的情态词（力争、确保、达到）", "the modal word as written"),
        "governing": Column(
            "string",
            "统领几个分句的原文（到2025年，争取…）",
            "the words before the quote that govern it, verbatim",
        ),
        "qualitative": Column(
            "string", "定性目标的原文表述（全省领先）", "a qualitative target as written"
        ),
        "quote": _QUOTE,
        "note": _NOTE,
    },
    "observations": {
        **_STATEMENT,
        "period_label": Column("string", "期间的原文写法（十三五末）", "the period as written"),
        "qualitative": Column("string", "定性实绩的原文表述", "a qualitative report as written"),
        "quote": _QUOTE,
        "note": _NOTE,
    },
    "departments": {
        "id": Column("id", "机构的标识符", "the body's id"),
        "name_zh": Column("string", "全称", "full name"),
        "name_en": Column("string", "英文名", "English name"),
        "region": _REGION,
        "kind": Column(
            "string",
            "机构类型：government 人民政府、general-office 政府办公室、agency 政府部门、"
            "party 党委部门、judicial 司法机关、vertical 垂直管理机构、"
            "organization 人民团体与社会组织",
            "kind of body: government, general-office, agency, party, judicial, vertical, "
            "organization",
        ),
        "names": Column("list", "各规划中的简称写法", "short names as the plans write them"),
        "successors": Column(
            "list",
            "机构改革后承接其职责的机构标识符",
            "ids of the bodies that took over its work in the reform",
        ),
        "note": _NOTE,
    },
    "indicators": {
        "id": Column("id", "指标的标识符", "the indicator's id"),
        "name_zh": Column("string", "中文名", "Chinese name"),
        "name_en": Column("string", "英文名", "English name"),
        "unit": Column("string", "单位；定性指标为空", "unit; empty for a qualitative indicator"),
        "better": Column(
            "string",
            "哪个方向更好：higher 越高越好、lower 越低越好、neither 无",
            "which way is better: higher, lower or neither",
        ),
        "themes": Column("list", "主题标识符", "theme ids"),
        "aliases": Column("list", "规划中的其他写法", "other wordings found in the plans"),
        "related": Column(
            "list",
            "相关但不同的指标的标识符（不能直接比较）",
            "ids of related but different indicators (not comparable)",
        ),
        "definition_zh": Column("string", "中文定义：统计什么", "definition in Chinese"),
        "definition": Column("string", "英文定义", "definition in English"),
    },
    "ledger": {
        "plan": _PLAN,
        "figure": Column("string", "数字（原文写法）", "the figure as written"),
        "quote": _QUOTE,
        "reason": Column(
            "string",
            "不算目标的理由：date 日期、doc-number 文号、name 名称、ordinal 序数、scope 范围、"
            "contact 联系方式、document 文件本身、schedule 进度安排、context 背景",
            "why it is no target: date, doc-number, name, ordinal, scope, contact, document, "
            "schedule, context",
        ),
        "note": _NOTE,
        "occurrences": Column(
            "integer",
            "引文在转录文本中出现的次数",
            "how often the quote occurs in the transcription",
        ),
    },
    "dataset": {
        "name": Column("string", "数据集名称", "the dataset's name"),
        "dataset_version": Column(
            "string",
            "数据版本（软件版本 + 数据哈希），引用时注明",
            "the dataset version (release + data hash), to cite",
        ),
        "release": Column("string", "软件版本", "the software release"),
        "data_sha256": Column("string", "数据内容的 SHA-256", "SHA-256 of the data"),
        "plans": Column("integer", "规划数", "number of plans"),
    },
}


def table(name: str) -> Table:
    """What table ``name`` holds; KeyError naming the tables for an unknown one."""
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}") from None


def column(table_name: str, name: str) -> Column:
    """Column ``name`` of table ``table_name``; KeyError naming the table's columns."""
    table(table_name)
    columns = COLUMNS[table_name]
    try:
        return columns[name]
    except KeyError:
        raise KeyError(
            f"table {table_name!r} has no column {name!r}; its columns are {', '.join(columns)}"
        ) from None
