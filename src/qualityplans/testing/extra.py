"""Two fictional plans in a data root of their own: a contributor's pull request, simulated.

``write(directory)`` writes a folder that ``QUALITYPLANS_EXTRA_DATA`` loads beside the
shipped data: a fictional province, city and district (样例省, 样例市, 样例区) with their
own departments (a 市质监局 that became a 市市场监管局, as in the real reform, so short
names the real cities use are shared once more), and two plans that set targets on
indicators the shipped plans also measure (a pass rate, a level in percent, a fall in
PM2.5 against a base year, new trademarks, an aspirational pair under one 争取). Every
figure of their transcriptions is captured or ledgered, so ``validate()`` passes.

The test command runs the non-browser tests a second time with this folder loaded: a
test that pins a corpus-wide count or list (how many plans, which cities have a
市质监局, an indicator's whole history) fails there, as it would on a contributor's
first pull request. Nothing here is real: the places, bodies and documents are made up.

    python -m qualityplans.testing.extra DIR
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from qualityplans.catalog.registry import index_text, row_of
from qualityplans.docnumber import DocNumber
from qualityplans.model import (
    Commitment,
    Comparator,
    DateKind,
    Department,
    DepartmentKind,
    Direction,
    LedgerEntry,
    LedgerReason,
    LineageEvent,
    LineageKind,
    Measure,
    Observation,
    Paragraph,
    PartialDate,
    Period,
    Plan,
    PlanDate,
    PlanKind,
    Quantity,
    Region,
    RegionLevel,
    Responsibility,
    Role,
    Section,
    Source,
    Target,
    Unit,
    ValueKind,
)
from qualityplans.testing.synth import module_source
from qualityplans.version import sha256_text

__all__ = ["DEPARTMENTS", "LINEAGE", "PLANS", "REGIONS", "plans", "write"]

CITY_2016 = """样例市2016年质量强市工作行动计划
样例府〔2016〕9号
为推进质量强市建设，特制定本行动计划。2015年，全市制造业产品质量合格率达到93%。
一、提升产品和工程质量
（一）加强产品质量监管。2016年制造业产品质量合格率达到95%以上。（市质监局牵头，市经信委配合）
（二）加强工程质量安全监管。2016年大中型工程一次验收合格率达到100%。（市住建局牵头）
二、改善环境质量
（三）提升环境质量水平。2016年PM2.5年均浓度较2013年下降比例达到10%。（市环保局牵头）
样例市人民政府
2016年3月1日
"""

DISTRICT_2017 = """样例区质量强区工作2017年行动计划
一、工作目标
到2017年，争取新增中国驰名商标2件，制造业产品质量合格率达到96%。
二、主要任务
（一）实施品牌战略。新增中国驰名商标1件。（区市场监管局牵头）
（二）提升工程质量。大中型工程一次验收合格率保持100%。（区住建局牵头）
"""

REGIONS = (
    Region("sample-province", "样例省", "Sample Province", RegionLevel.PROVINCE),
    Region(
        "sample-city",
        "样例市",
        "Sample City",
        RegionLevel.PREFECTURE_CITY,
        "sample-province",
        names=("样例",),
        note="Fictional: a test fixture, not a real place.",
        note_zh="虚构地名，仅供测试，并非真实地方。",
    ),
    Region(
        "sample-district",
        "样例区",
        "Sample District",
        RegionLevel.DISTRICT,
        "sample-city",
        note="Fictional: a test fixture, not a real place.",
        note_zh="虚构地名，仅供测试，并非真实地方。",
    ),
)

DEPARTMENTS = (
    Department(
        "sample.government",
        "样例市人民政府",
        "Sample City People's Government",
        "sample-city",
        DepartmentKind.GOVERNMENT,
    ),
    Department(
        "sample.quality-supervision",
        "样例市质量技术监督局",
        "Sample City Quality and Technical Supervision Bureau",
        "sample-city",
        names=("市质监局",),
    ),
    Department(
        "sample.market-regulation",
        "样例市市场监督管理局",
        "Sample City Administration for Market Regulation",
        "sample-city",
        names=("市市场监管局",),
    ),
    Department(
        "sample.economy",
        "样例市经济和信息化委员会",
        "Sample City Economy and Information Technology Commission",
        "sample-city",
        names=("市经信委",),
    ),
    Department(
        "sample.housing",
        "样例市住房和城乡建设局",
        "Sample City Housing and Urban-Rural Development Bureau",
        "sample-city",
        names=("市住建局",),
    ),
    Department(
        "sample.environment",
        "样例市环境保护局",
        "Sample City Environmental Protection Bureau",
        "sample-city",
        names=("市环保局",),
    ),
    Department(
        "sample-district.market-regulation",
        "样例区市场监督管理局",
        "Sample District Administration for Market Regulation",
        "sample-district",
        names=("区市场监管局",),
    ),
    Department(
        "sample-district.housing",
        "样例区住房和城乡建设局",
        "Sample District Housing and Urban-Rural Development Bureau",
        "sample-district",
        names=("区住建局",),
    ),
)

LINEAGE = (
    LineageEvent(
        2019,
        LineageKind.MERGE,
        ("sample.quality-supervision",),
        ("sample.market-regulation",),
        "Fictional: mirrors the 2018-2019 reform for a test fixture.",
        basis_zh="虚构：仿照2018—2019年机构改革，仅供测试。",
    ),
)


def _source(file: str, text: str) -> Source:
    return Source(file, sha256_text(text), "Fictional test fixture (qualityplans.testing.extra).")


def _lead(written: str, department: str) -> Responsibility:
    return Responsibility(written, Role.LEAD, department=department)


def _city_2016() -> Plan:
    text = CITY_2016
    return Plan(
        id="sample-city-2016",
        title_zh="样例市2016年质量强市工作行动计划",
        title_en="Sample City 2016 Action Plan for Building a Quality City (fictional)",
        kind=PlanKind.ACTION_PLAN,
        region="sample-city",
        source=_source("sample-city-2016.txt", text),
        issuer="sample.government",
        doc_number=DocNumber.parse("样例府〔2016〕9号"),
        period=Period(2016, 2016),
        dates=(PlanDate(DateKind.SIGNED, PartialDate(2016, 3, 1), "2016年3月1日"),),
        body=(
            Paragraph(
                "preamble",
                "为推进质量强市建设，特制定本行动计划。2015年，全市制造业产品质量合格率达到93%。",
                observations=(
                    Observation(
                        "preamble__obs_1",
                        "2015年，全市制造业产品质量合格率达到93%",
                        ValueKind.LEVEL,
                        "manufacturing-product-pass-rate",
                        Quantity(Decimal("93"), Unit.PERCENT, "93%"),
                        year=2015,
                        period_label="2015年",
                    ),
                ),
            ),
            Section(
                "sec_1",
                "一",
                "一、",
                "提升产品和工程质量",
                "Raise the quality of products and works",
                (
                    Measure(
                        "sec_1__item_1",
                        1,
                        "（一）",
                        "加强产品质量监管",
                        "Strengthen product quality supervision",
                        "加强产品质量监管。2016年制造业产品质量合格率达到95%以上。",
                        "（市质监局牵头，市经信委配合）",
                        (
                            _lead("市质监局", "sample.quality-supervision"),
                            Responsibility(
                                "市经信委", Role.COOPERATING, department="sample.economy"
                            ),
                        ),
                        targets=(
                            Target(
                                "sec_1__item_1__tgt_1",
                                "2016年制造业产品质量合格率达到95%以上",
                                ValueKind.LEVEL,
                                "manufacturing-product-pass-rate",
                                Quantity(Decimal("95"), Unit.PERCENT, "95%以上", Comparator.GE),
                                year=2016,
                                modal="达到",
                            ),
                        ),
                        themes=("manufacturing",),
                    ),
                    Measure(
                        "sec_1__item_2",
                        2,
                        "（二）",
                        "加强工程质量安全监管",
                        "Strengthen the supervision of construction quality and safety",
                        "加强工程质量安全监管。2016年大中型工程一次验收合格率达到100%。",
                        "（市住建局牵头）",
                        (_lead("市住建局", "sample.housing"),),
                        targets=(
                            Target(
                                "sec_1__item_2__tgt_1",
                                "2016年大中型工程一次验收合格率达到100%",
                                ValueKind.LEVEL,
                                "large-medium-project-acceptance-rate",
                                Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                year=2016,
                                modal="达到",
                            ),
                        ),
                        themes=("engineering",),
                    ),
                ),
            ),
            Section(
                "sec_2",
                "二",
                "二、",
                "改善环境质量",
                "Improve environmental quality",
                (
                    Measure(
                        "sec_2__item_3",
                        3,
                        "（三）",
                        "提升环境质量水平",
                        "Raise environmental quality",
                        "提升环境质量水平。2016年PM2.5年均浓度较2013年下降比例达到10%。",
                        "（市环保局牵头）",
                        (_lead("市环保局", "sample.environment"),),
                        targets=(
                            Target(
                                "sec_2__item_3__tgt_1",
                                "2016年PM2.5年均浓度较2013年下降比例达到10%",
                                ValueKind.CHANGE,
                                "pm25-annual-mean",
                                Quantity(Decimal("10"), Unit.PERCENT, "10%"),
                                year=2016,
                                base_year=2013,
                                direction=Direction.DOWN,
                                modal="达到",
                            ),
                        ),
                        themes=("environment",),
                    ),
                ),
            ),
            Paragraph("closing", "样例市人民政府"),
        ),
        ledger=(
            LedgerEntry(
                "2016",
                "样例市2016年质量强市",
                LedgerReason.NAME,
                "Part of the title.",
                note_zh="标题的一部分。",
            ),
            LedgerEntry(
                "2016",
                "样例府〔2016〕9号",
                LedgerReason.DOC_NUMBER,
                "The 文号.",
                note_zh="本文件的文号。",
            ),
            LedgerEntry(
                "2016",
                "2016年3月1日",
                LedgerReason.DATE,
                "Date signed.",
                note_zh="成文日期。",
            ),
        ),
    )


def _district_2017() -> Plan:
    text = DISTRICT_2017
    governing = "到2017年，争取"
    return Plan(
        id="sample-district-2017",
        title_zh="样例区质量强区工作2017年行动计划",
        title_en="Sample District 2017 Action Plan for Building a Quality District (fictional)",
        kind=PlanKind.ACTION_PLAN,
        region="sample-district",
        source=_source("sample-district-2017.txt", text),
        period=Period(2017, 2017),
        body=(
            Section(
                "sec_1",
                "一",
                "一、",
                "工作目标",
                "Goals",
                (
                    Paragraph(
                        "sec_1__para_1",
                        "到2017年，争取新增中国驰名商标2件，制造业产品质量合格率达到96%。",
                        targets=(
                            Target(
                                "sec_1__para_1__tgt_1",
                                "新增中国驰名商标2件",
                                ValueKind.NEW,
                                "china-well-known-trademarks",
                                Quantity(Decimal("2"), Unit.JIAN, "2件"),
                                year=2017,
                                commitment=Commitment.ASPIRATIONAL,
                                modal="争取",
                                governing=governing,
                            ),
                            Target(
                                "sec_1__para_1__tgt_2",
                                "制造业产品质量合格率达到96%",
                                ValueKind.LEVEL,
                                "manufacturing-product-pass-rate",
                                Quantity(Decimal("96"), Unit.PERCENT, "96%"),
                                year=2017,
                                commitment=Commitment.ASPIRATIONAL,
                                modal="争取",
                                governing=governing,
                            ),
                        ),
                    ),
                ),
            ),
            Section(
                "sec_2",
                "二",
                "二、",
                "主要任务",
                "Main tasks",
                (
                    Measure(
                        "sec_2__item_1",
                        1,
                        "（一）",
                        "实施品牌战略",
                        "Carry out the brand strategy",
                        "实施品牌战略。新增中国驰名商标1件。",
                        "（区市场监管局牵头）",
                        (_lead("区市场监管局", "sample-district.market-regulation"),),
                        targets=(
                            Target(
                                "sec_2__item_1__tgt_1",
                                "新增中国驰名商标1件",
                                ValueKind.NEW,
                                "china-well-known-trademarks",
                                Quantity(Decimal("1"), Unit.JIAN, "1件"),
                                year=2017,
                                note="The measure's own share; the goal of 2 covers the district.",
                                note_zh="本措施承担的份额；2件的目标涵盖全区。",
                            ),
                        ),
                        themes=("brands",),
                    ),
                    Measure(
                        "sec_2__item_2",
                        2,
                        "（二）",
                        "提升工程质量",
                        "Raise the quality of works",
                        "提升工程质量。大中型工程一次验收合格率保持100%。",
                        "（区住建局牵头）",
                        (_lead("区住建局", "sample-district.housing"),),
                        targets=(
                            Target(
                                "sec_2__item_2__tgt_1",
                                "大中型工程一次验收合格率保持100%",
                                ValueKind.LEVEL,
                                "large-medium-project-acceptance-rate",
                                Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                year=2017,
                                modal="保持",
                            ),
                        ),
                        themes=("engineering",),
                    ),
                ),
            ),
        ),
        ledger=(
            LedgerEntry(
                "2017",
                "样例区质量强区工作2017年",
                LedgerReason.NAME,
                "Part of the title.",
                note_zh="标题的一部分。",
            ),
        ),
    )


def plans() -> tuple[tuple[str, Plan, str], ...]:
    """(module, plan, transcription) of the two fictional plans."""
    return (
        ("sample_city_2016", _city_2016(), CITY_2016),
        ("sample_district_2017", _district_2017(), DISTRICT_2017),
    )


PLANS = ("sample-city-2016", "sample-district-2017")

_CATALOG = '''"""Fictional catalogs of a test data root (qualityplans.testing.extra)."""

from qualityplans.testing.extra import {names}

'''


def write(directory: Path) -> Path:
    """Write the data root into ``directory`` (created if needed); return it."""
    (directory / "plans").mkdir(parents=True, exist_ok=True)
    (directory / "sources").mkdir(exist_ok=True)
    for module, plan, text in plans():
        (directory / "plans" / f"{module}.py").write_text(module_source(plan), "utf-8")
        (directory / "sources" / plan.source.file).write_text(text, "utf-8")
    rows = [row_of(module, plan) for module, plan, _ in plans()]
    (directory / "plans" / "index.py").write_text(index_text(rows), "utf-8")
    (directory / "regions.py").write_text(_CATALOG.format(names="REGIONS"), "utf-8")
    (directory / "departments.py").write_text(
        _CATALOG.format(names="DEPARTMENTS, LINEAGE"), "utf-8"
    )
    return directory


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write two fictional plans as a data root.")
    parser.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    print(write(args.directory))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
