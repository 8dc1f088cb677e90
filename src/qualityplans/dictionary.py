"""The data dictionary: what every table and column of the exports holds, in Chinese and English.

``TABLES`` describes each table (``rows.TABLES``, plus the SQLite views);
``DICTIONARY`` maps table → column → ``(zh, en, note)``, where ``note`` gives
the type, the unit or the vocabulary of the column (empty when the words say
it all). The Data Package's field titles and descriptions and Datasette's
``metadata.json`` are made from it, and a test keeps it equal to the columns
the exports write: a new column without words fails.

This module imports nothing: any layer may read it.
"""

from __future__ import annotations

__all__ = ["DICTIONARY", "ROWS", "TABLES", "TYPES", "describe"]

Entry = tuple[str, str, str]  # (zh, en, note: type, unit or vocabulary)

TABLES: dict[str, tuple[str, str]] = {
    "plans": ("规划文件", "The plans: one row per curated document"),
    "measures": ("措施", "Numbered measures (tasks) of every plan, with their verbatim text"),
    "responsibilities": (
        "责任分工",
        "Every unit named for a measure or task group, in order, with its role",
    ),
    "targets": ("目标", "Targets: promised future values, each with its verbatim quote"),
    "observations": ("实际值", "Observations: reported actual values, each with its quote"),
    "departments": ("部门", "Government bodies, one per jurisdiction, with their lineage"),
    "regions": ("地区", "Places: province, cities, districts and county-level cities"),
    "indicators": ("指标", "Indicators: the things measured, shared across plans"),
    "ledger": ("非目标数字", "Figures in the documents that are not targets, with the reason"),
    "dataset": ("数据集", "The dataset's citable version"),
    "target_details": (
        "目标详情（视图）",
        "View: every target with its plan, region, indicator and lead or responsible units",
    ),
    "responsibility_lines": (
        "责任分工与机构沿革（视图）",
        "View: every responsibility with the body its line runs into after the 2018-2019 reform",
    ),
}

# What one row of each table is, for the site's data dictionary: a short name and the row.
ROWS: dict[str, tuple[str, str, str, str]] = {
    "plans": ("规划", "Plans", "一份规划文件", "one plan document"),
    "measures": ("措施", "Measures", "规划中一项编号的工作措施", "one numbered measure of a plan"),
    "responsibilities": (
        "责任单位",
        "Responsibilities",
        "一项措施或任务组点名的一个单位（或统称）及其角色",
        "one unit (or collective) a measure or task group names, in one role",
    ),
    "targets": ("目标", "Targets", "规划承诺的一个目标", "one target a plan sets"),
    "observations": (
        "实绩",
        "Observations",
        "规划报告的一个实际数值",
        "one actual figure a plan reports",
    ),
    "departments": ("部门", "Departments", "一个真实机构", "one real body"),
    "regions": (
        "地区",
        "Regions",
        "一个地方：省、市、区或县级市",
        "one place: province, city, district",
    ),
    "indicators": (
        "指标",
        "Indicators",
        "一项被衡量的事项，跨规划共用",
        "one thing measured, shared by plans",
    ),
    "ledger": (
        "数字台账",
        "Figure ledger",
        "原文中不是目标或实绩的一个数字及其理由",
        "one figure of a transcription that is neither a target nor a report, and why",
    ),
    "dataset": (
        "数据集",
        "Dataset",
        "数据集本身及其可引用的版本",
        "the dataset and its citable version",
    ),
}

# How a cell of each column type reads (the types of ``rows.COLUMN_TYPES``): (zh, en).
TYPES: dict[str, tuple[str, str]] = {
    "string": ("文本", "text"),
    "integer": ("整数", "integer"),
    "decimal": ("精确小数（按原文位数）", "exact decimal, as many places as written"),
    "boolean": ("真假（true / false）", "true or false"),
    "list": ("列表（CSV 中以 ; 分隔）", "list (joined with ; in the CSV)"),
}

_PLAN = ("规划编号", "Plan id", "references plans.id")
_REGION = ("地区编号", "Region id of the plan's jurisdiction", "references regions.id")
_EID = ("元素编号", "Element id, unique within the plan", "stable across releases")

_STATEMENT: dict[str, Entry] = {
    "plan": _PLAN,
    "region": _REGION,
    "eid": _EID,
    "block": ("所在段落编号", "Id of the block (measure, table, paragraph) that states it", ""),
    "statement": ("类别", "target or observation", "target | observation"),
    "kind": (
        "数值类型",
        "What the figure states",
        "level 水平 | change 较基年变化 | new 新增 | cumulative 累计 | qualitative 定性",
    ),
    "indicator": ("指标编号", "Indicator id", "references indicators.id; empty if none fits"),
    "indicator_zh": ("指标名称", "Indicator name in Chinese", ""),
    "comparator": (
        "比较符",
        "How the amount is meant",
        "eq = | ge ≥ | gt > | le ≤ | lt < | approx ≈ | range (amount to upper)",
    ),
    "amount": (
        "数值",
        "The amount",
        "exact decimal: text in CSV and JSON, a number (REAL) in SQLite, Decimal in Python; "
        "its unit is in the unit column",
    ),
    "amount_exact": ("数值（精确）", "The amount as exact decimal text", "SQLite only"),
    "upper": ("上限", "Upper bound of a range", "exact decimal, as amount"),
    "upper_exact": ("上限（精确）", "The upper bound as exact decimal text", "SQLite only"),
    "unit": (
        "单位",
        "Unit of the amount",
        "% | 个百分点 (percentage points) | 分 | 个 | 项 | 家 | 亿元 | … (empty: no amount)",
    ),
    "written": ("原文数值", "The value as the document writes it", ""),
    "year": ("年份", "The year it is due (targets) or refers to (observations)", "integer"),
    "period_start": ("起始年", "First year of the period", "integer"),
    "period_end": ("截止年", "Last year of the period", "integer"),
    "base_year": ("基年", "Base year of a change", "integer"),
    "direction": ("变化方向", "Direction of a change", "up 增长 | down 下降"),
    "value_zh": ("数值（中文表述）", "The value in Chinese words: 较2013年下降13%", ""),
    "value_en": ("数值（英文表述）", "The value in English: −13% vs 2013", ""),
    "when": ("时间", "The year or period, as shown", ""),
    "qualitative": ("定性表述", "A qualitative target or state as written: 全省领先", ""),
    "quote": ("原文", "The verbatim quote from the transcription", ""),
    "note_zh": ("备注（中文）", "Curator's note in Chinese", ""),
    "note": ("备注（英文）", "Curator's note in English", ""),
}

# The columns a target's and an observation's row end with, in this order.
_LAST = ("qualitative", "quote", "note_zh", "note")

DICTIONARY: dict[str, dict[str, Entry]] = {
    "plans": {
        "id": ("规划编号", "Plan id", "stable"),
        "title_zh": ("标题", "Title as issued", ""),
        "title_en": ("英文标题", "Title in English (our translation)", ""),
        "kind": (
            "文件类型",
            "Kind of document",
            "action-plan 行动计划 | action-scheme 行动方案 | five-year-plan 五年规划 | "
            "creation-plan 创建计划报告表",
        ),
        "doc_number": ("文号", "Document number (发文字号), canonical brackets 〔〕", ""),
        "issuer": ("发文机关编号", "Issuing body", "references departments.id"),
        "issuer_zh": ("发文机关", "Issuing body's name", ""),
        "region": ("地区编号", "Region id of the jurisdiction", "references regions.id"),
        "period_start": ("起始年", "First year the plan covers", "integer"),
        "period_end": ("截止年", "Last year the plan covers", "integer"),
        "date_signed": ("成文日期", "Date signed", "ISO 8601, may be partial"),
        "date_issued": ("印发日期", "Date issued", "ISO 8601, may be partial"),
        "date_published": ("发布日期", "Date published", "ISO 8601, may be partial"),
        "date_filled": ("填报日期", "Date a form was filled in", "ISO 8601, may be partial"),
        "sections": ("章节数", "Number of sections", "integer"),
        "measures": ("措施数", "Number of measures", "integer"),
        "targets": ("目标数", "Number of targets", "integer"),
        "observations": ("实际值数", "Number of observations", "integer"),
        "source_file": ("转录文件", "File name of the shipped transcription", ""),
        "source_sha256": ("转录文件哈希", "sha256 of the transcription", "hex"),
    },
    "measures": {
        "plan": _PLAN,
        "region": _REGION,
        "eid": _EID,
        "section": ("所在章节编号", "Id of the innermost section holding it", ""),
        "number": ("序号", "Number as the document gives it", "integer"),
        "label": ("序号原文", "Label as written: （十四）", ""),
        "title_zh": ("标题", "Title", ""),
        "title_en": ("英文标题", "Title in English (our translation)", ""),
        "text": ("正文", "Full text, verbatim, without the trailing list of units", ""),
        "responsibility_text": ("责任单位原文", "The list of units as written", ""),
        "leads": ("牵头单位（原文）", "Lead units as written", "list"),
        "lead_ids": (
            "牵头单位编号",
            "Lead units' department ids: one id per body, however it is written",
            "list of departments.id",
        ),
        "lead_names": ("牵头单位名称", "Lead units' full names", "list"),
        "themes": ("主题", "Theme ids", "list"),
        "localities": ("涉及地区", "Places the task names", "list of regions.id"),
        "targets": ("目标数", "Number of targets it states", "integer"),
        "observations": ("实际值数", "Number of observations it states", "integer"),
    },
    "responsibilities": {
        "plan": _PLAN,
        "region": _REGION,
        "holder": (
            "所属措施编号",
            "Id of the measure or task group; plan for units named for every measure",
            "",
        ),
        "order": ("顺序", "Position in the list of units, from 1", "integer"),
        "role": (
            "角色",
            "Role",
            "lead 牵头 | cooperating 配合 | responsible 负责 | member 成员",
        ),
        "written": ("单位（原文）", "The unit as written", ""),
        "department": ("部门编号", "The body named", "references departments.id"),
        "department_zh": ("部门名称", "The body's full name", ""),
        "department_en": ("部门英文名", "The body's name in English", ""),
        "collective": ("集合主体", "A collective named instead of units: 各成员单位", ""),
        "standing": (
            "全部措施通用",
            "Named for every measure of the plan",
            "boolean: true | false",
        ),
        "line": (
            "沿革后机构编号",
            "The body this one's line runs into after the 2018-2019 reform (itself if none)",
            "references departments.id",
        ),
        "line_zh": ("沿革后机构名称", "That body's full name", ""),
    },
    "targets": {
        **{k: v for k, v in _STATEMENT.items() if k not in _LAST},
        "commitment": ("约束性", "How firmly it is promised", "binding 约束性 | aspirational 力争"),
        "commitment_zh": ("约束性（中文）", "Commitment in Chinese", ""),
        "modal": ("情态词", "The modal word as written: 力争, 确保", ""),
        "governing": ("统领语", "The words before the quote that govern it", ""),
        **{k: _STATEMENT[k] for k in _LAST},
    },
    "observations": {
        **{k: v for k, v in _STATEMENT.items() if k not in _LAST},
        "period_label": ("时期原文", "The period as written: 十三五末", ""),
        **{k: _STATEMENT[k] for k in _LAST},
    },
    "departments": {
        "id": ("部门编号", "Department id: <jurisdiction>.<body>", ""),
        "name_zh": ("名称", "Full name", ""),
        "name_en": ("英文名", "Name in English", ""),
        "region": ("地区编号", "Jurisdiction", "references regions.id"),
        "kind": (
            "类型",
            "Kind of body",
            "government | general-office | agency | party | judicial | vertical | organization",
        ),
        "names": ("简称", "Names it is written under: 市质监局", "list"),
        "successors": ("继任机构", "Bodies it became in the reform", "list of departments.id"),
        "current": (
            "现机构",
            "The body its line runs into today (itself if unchanged)",
            "references departments.id",
        ),
        "note_zh": ("备注（中文）", "The note in Chinese", ""),
        "note": ("备注（英文）", "The note in English, e.g. what the lineage rests on", ""),
    },
    "regions": {
        "id": ("地区编号", "Region id", ""),
        "name_zh": ("名称", "Name", ""),
        "name_en": ("英文名", "Name in English", ""),
        "level": (
            "层级",
            "Level",
            "province | prefecture-city | district | county-city | county | zone",
        ),
        "parent": ("上级地区", "The region it lies in", "references regions.id"),
        "code": ("行政区划代码", "GB/T 2260 code where one exists", ""),
        "names": ("别称", "Other names as written: 园区", "list"),
        "note_zh": ("备注（中文）", "The note in Chinese", ""),
        "note": ("备注（英文）", "The note in English", ""),
    },
    "indicators": {
        "id": ("指标编号", "Indicator id", ""),
        "name_zh": ("名称", "Name", ""),
        "name_en": ("英文名", "Name in English (our translation)", ""),
        "unit": ("单位", "Unit its values are given in", "empty for a qualitative status"),
        "better": ("优化方向", "Which way the plans want it to move", "higher | lower | neither"),
        "themes": ("主题", "Theme ids", "list"),
        "aliases": ("别名", "Other wordings found in the documents", "list"),
        "related": ("相关指标", "Ids of related but different indicators", "list"),
        "definition_zh": ("定义", "What is counted or measured, in Chinese", ""),
        "definition": ("英文定义", "What is counted or measured, in English", ""),
    },
    "ledger": {
        "plan": _PLAN,
        "figure": ("数字", "The figure as written", ""),
        "quote": ("原文", "Verbatim words around it", ""),
        "reason": (
            "原因",
            "Why it is not a target",
            "date | doc-number | name | ordinal | scope | contact | document | schedule | context",
        ),
        "note_zh": ("说明（中文）", "One line on why, in Chinese", ""),
        "note": ("说明（英文）", "One line on why, in English", ""),
        "occurrences": ("出现次数", "How often the quote occurs in the text", "integer"),
    },
    "dataset": {
        "name": ("名称", "Dataset name", ""),
        "dataset_version": ("数据版本", "The citable version: release + hash of the data", ""),
        "release": ("软件版本", "Package release", ""),
        "data_sha256": ("数据哈希", "sha256 over the data", "hex"),
        "plans": ("规划数", "Number of plans", "integer"),
    },
}

# The SQLite views: columns named as in the tables they join.
DICTIONARY["target_details"] = {
    **DICTIONARY["targets"],
    "plan_title_zh": ("规划标题", "Title of the plan", ""),
    "region_zh": ("地区名称", "Name of the plan's region", ""),
    "indicator_en": ("指标英文名", "Indicator name in English", ""),
    "lead_ids": (
        "牵头或负责单位编号",
        "Ids of the bodies leading (牵头) or responsible (负责) for the block",
        "JSON list of departments.id",
    ),
    "lead_names": ("牵头或负责单位名称", "Their full names", "JSON list"),
}
DICTIONARY["responsibility_lines"] = {
    **DICTIONARY["responsibilities"],
    "plan_title_zh": ("规划标题", "Title of the plan", ""),
    "holder_title_zh": ("措施标题", "Title of the measure (empty for a task group)", ""),
    "line_en": ("沿革后机构英文名", "That body's name in English", ""),
}


def describe(table: str, column: str) -> Entry:
    """``(zh, en, note)`` of ``column`` in ``table``; KeyError naming both if undescribed."""
    try:
        return DICTIONARY[table][column]
    except KeyError:
        raise KeyError(f"the data dictionary does not describe {table}.{column}") from None
