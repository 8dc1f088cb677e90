"""Indicators link plans: one indicator's statements across documents and years."""

from decimal import Decimal

import pytest

import qualityplans
from qualityplans import get_plan, history, related_indicators


def test_large_medium_project_acceptance_rate_across_four_plans() -> None:
    entries = history("大中型工程一次验收合格率")
    seen = [
        (e.plan.id, e.year, e.is_target, e.statement.value.amount)
        for e in entries
        if e.statement.value
    ]
    # Read from the documents: 2016 plan 100% (target), Xiangcheng 2017 100% (target),
    # Yancheng 2018 100% (target), the 14th FYP: 97% reached in 2020 (text and table
    # row 4) and 98% for 2025 (text and table row 4).
    assert ("suzhou-2016", 2016, True, Decimal("100")) in seen
    assert ("xiangcheng-2017", 2017, True, Decimal("100")) in seen
    assert ("yancheng-2017-2018", 2018, True, Decimal("100")) in seen
    assert ("suzhou-14fyp", 2020, False, Decimal("97")) in seen
    assert ("suzhou-14fyp", 2025, True, Decimal("98")) in seen
    years = [e.year for e in entries]
    assert years == sorted(years)


def test_manufacturing_pass_rate_from_2020_baseline_to_2025() -> None:
    suzhou = [e for e in history("manufacturing-product-pass-rate") if e.plan.region == "suzhou"]
    assert [(e.year, e.is_target) for e in suzhou][:2] == [(2020, False), (2020, False)]
    assert {
        str(e.statement.value.amount) for e in suzhou if not e.is_target and e.statement.value
    } == {"96.76"}
    qualitative = [e for e in suzhou if e.plan.id == "pinzhi-suzhou-2025"]
    assert [e.statement.qualitative for e in qualitative] == ["全省领先"]


def test_history_of_an_unknown_indicator_is_a_lookup_error() -> None:
    with pytest.raises(qualityplans.IndicatorNotFoundError):
        history("no such indicator")


def test_related_indicators_are_symmetric() -> None:
    assert "cqo-system-firms" in {i.id for i in related_indicators("cqo-persons")}
    assert "cqo-persons" in {i.id for i in related_indicators("cqo-system-firms")}


def test_standards_duplicate_was_folded_into_one_indicator() -> None:
    # 苏府办〔2025〕77号: 国家、行业标准不少于200项; 14th FYP: 主导和参与制（修）订国家标准、行业标准3404项.
    plans = {e.plan.id for e in history("主导和参与制（修）订国家标准、行业标准")}
    assert plans == {"pinzhi-suzhou-2025", "suzhou-14fyp"}


def test_chapter_numbers_name_top_level_sections() -> None:
    plan = get_plan("suzhou-14fyp")
    assert plan.section("三").heading_zh == "构筑质量整体竞争优势"
    assert plan.measure(1, "三").title_zh == "推动制造业质量创新发展"


def test_nano_metrology_centre_aims_link_the_fyp_and_the_2025_plan() -> None:
    entries = history("industry-metrology-test-centres")
    quotes = {(e.plan.id, e.statement.quote) for e in entries}
    assert (
        "pinzhi-suzhou-2025",
        "力争获批筹建国家纳米新材料产业计量测试中心、申报筹建国家碳计量中心(江苏)",
    ) in quotes
    assert any(p == "suzhou-14fyp" and "纳米材料及微纳加工产业计量测试中心" in q for p, q in quotes)


def test_yancheng_supervision_pass_rate_is_not_the_manufacturing_statistic() -> None:
    plans = {e.plan.id for e in history("manufacturing-product-pass-rate")}
    assert "yancheng-2017-2018" not in plans
    [entry] = history("生产企业产品质量监督合格率")
    assert entry.statement.value is not None
    assert (entry.plan.id, entry.statement.value.amount) == ("yancheng-2017-2018", Decimal("95"))
