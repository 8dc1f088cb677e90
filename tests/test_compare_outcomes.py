"""outcomes() over the real data, and judge() on real targets and reports."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

import attrs
import pytest

from qualityplans.catalog import Catalog, default_catalog, get_plan
from qualityplans.compare.outcomes import RegionMatch, Status, judge, outcomes, status_counts
from qualityplans.model import Better, Plan
from tests.conftest import the_observation, the_target, with_plan


@pytest.fixture(scope="module")
def fyp() -> Plan:
    return get_plan("suzhou-14fyp")


SHIPPED = ("suzhou-2016", "xiangcheng-2017", "yancheng-2017-2018", "suzhou-14fyp")


def test_every_verdict_on_the_shipped_plans_as_of_2024_and_2026() -> None:
    found = [o for p in (*SHIPPED, "pinzhi-suzhou-2025") for o in outcomes(p, as_of=2024)]
    by_plan = Counter((o.plan.id, o.status) for o in found)
    # The only reports are the 14th FYP's, for 2020 (and 2016-2020), and Yancheng's for 2015:
    # no target is due in a year something reports, so no target is met or missed yet.
    # As at the end of 2024 the 2025 targets are not yet due.
    assert by_plan == {
        ("suzhou-2016", Status.NO_REPORT): 13,
        ("xiangcheng-2017", Status.NO_REPORT): 17,
        ("yancheng-2017-2018", Status.NO_REPORT): 26,
        ("suzhou-14fyp", Status.PENDING): 85,
        ("pinzhi-suzhou-2025", Status.PENDING): 22,
    }
    # Only targets with an amount are judged.
    assert all(o.target.value is not None for o in found)
    assert all(o.report is None for o in found)
    # In 2026 the 2025 targets are past due with no report: 已到期·无报告, not pending.
    later = outcomes("pinzhi-suzhou-2025", as_of=2026)
    assert {o.status for o in later} == {Status.NO_REPORT}
    assert Status.NO_REPORT.zh == "已到期·无报告"
    assert status_counts(later)[Status.NO_REPORT] == 22


def test_later_report_is_context_without_a_verdict() -> None:
    (o,) = outcomes(plan="suzhou-2016", indicator="大中型工程一次验收合格率")
    assert o.status is Status.NO_REPORT
    assert o.target_quote == "2016年大中型工程一次验收合格率达到100%"
    assert [(r.plan.id, r.observation.quote, r.region) for r in o.context] == [
        ("suzhou-14fyp", "大中型工程项目一次竣工验收合格率97%", RegionMatch.SAME),
        ("suzhou-14fyp", "4 | 大中型工程质量竣工一次验收合格率 | % | 97 | 98", RegionMatch.SAME),
    ]
    assert o.reason == "due 2016, past; no report for 2016; reported for 2020, 2020 (context only)"


def test_district_plan_reads_its_city_report_and_says_so() -> None:
    (o,) = outcomes(plan="xiangcheng-2017", indicator="large-medium-project-acceptance-rate")
    assert o.target_quote == "大中型工程一次验收合格率100%"
    assert {r.region for r in o.context} == {RegionMatch.PARENT}
    assert o.reason.endswith("reported for 2020 by the city, 2020 by the city (context only)")


def test_pending_while_the_due_year_is_not_over(fyp: Plan) -> None:
    found = outcomes(plan=fyp, indicator="cma-accredited-bodies", as_of=date(2025, 6, 30))
    assert [(o.status, o.target.value.amount if o.target.value else None) for o in found] == [
        (Status.PENDING, Decimal("800")),
        (Status.PENDING, Decimal("800")),
    ]
    assert found[0].reason == "due 2025; not yet over on 2025-06-30"
    with pytest.raises(TypeError, match=r"^as_of must be a date or a year"):
        outcomes(plan=fyp, as_of="2025")  # type: ignore[arg-type]


def test_filters_take_keys_and_regions() -> None:
    assert {o.plan.id for o in outcomes(region="相城区")} == {"xiangcheng-2017"}
    rate = outcomes(indicator="大中型工程一次验收合格率")
    assert [o.plan.id for o in rate if o.plan.id in SHIPPED] == [
        "suzhou-2016",
        "xiangcheng-2017",
        "yancheng-2017-2018",
        "suzhou-14fyp",
        "suzhou-14fyp",
    ]
    with pytest.raises(TypeError, match=r"^plan must be a Plan or a key"):
        outcomes(plan=1)  # type: ignore[arg-type]


def test_judge_real_target_against_real_report(fyp: Plan) -> None:
    # Row 1 of the main-targets table: ≥97 by 2025 against 96.76 at the end of 2020.
    target = the_target(fyp, "1 | 制造业产品质量合格率")
    report = the_observation(fyp, "1 | 制造业产品质量合格率")
    assert judge(target, report, Better.HIGHER) == (
        Status.MISSED,
        "reported 96.76% falls short of ≥97%",
    )
    # 2016: 大中型工程一次验收合格率达到100%; the 14th FYP reports 97%.
    s2016 = get_plan("suzhou-2016")
    rate = the_target(s2016, "大中型工程一次验收合格率")
    reported = the_observation(fyp, "大中型工程项目一次竣工验收合格率97%")
    assert judge(rate, reported, Better.HIGHER)[0] is Status.MISSED
    # A target of 98% met by a report of 98.7% (higher is better, = target).
    farm = the_target(fyp, "市级农产品质量安全检测综合合格率达到99%")
    farm_report = the_observation(fyp, "市级农产品质量安全检测综合合格率98.7%")
    assert judge(farm, farm_report, Better.HIGHER)[0] is Status.MISSED
    assert judge(farm, farm_report, Better.LOWER)[0] is Status.MET


def test_judge_refuses_what_is_not_comparable(fyp: Plan) -> None:
    # New awards over 2021-2025 against new awards over 2016-2020.
    mayor = the_target(fyp, "13 | 新增苏州市市长质量奖")
    mayor_report = the_observation(fyp, "13 | 新增苏州市市长质量奖")
    assert judge(mayor, mayor_report, Better.HIGHER) == (
        Status.NOT_COMPARABLE,
        "new items over different periods (2021–2025 and 2016–2020)",
    )
    # PM2.5 下降13% against 2013 and a change against 2019 (特种设备事故起数下降70%).
    pm25 = the_target(get_plan("suzhou-2016"), "PM2.5")
    fall = the_observation(fyp, "2020年特种设备事故起数", "special-equipment-accidents")
    assert judge(pm25, fall, Better.LOWER) == (
        Status.NOT_COMPARABLE,
        "changes against different base years (2013 and 2019)",
    )
    # A % level against a count.
    farm = the_target(fyp, "市级农产品质量安全检测综合合格率达到99%")
    assert judge(farm, the_observation(fyp, "20 | 累计获检验检测"), Better.HIGHER) == (
        Status.NOT_COMPARABLE,
        "units of different dimension (% and 家)",
    )
    # A bound decides when it lies wholly inside or outside what the target accepts.
    share = the_observation(fyp, "认证机构覆盖本地认证市场占比不足50%")
    smes = the_target(fyp, "中小微企业首席质量官制度覆盖率达到80%")
    assert judge(smes, share, Better.HIGHER)[0] is Status.MISSED
    assert judge(smes, share, Better.LOWER)[0] is Status.MET
    # 10多个 platforms against 15 consortia: above 10 may or may not reach 15.
    platforms = the_observation(fyp, "10多个专业性计量服务平台")
    consortia = the_target(fyp, "组建产业质量创新联合体15个")
    assert judge(consortia, platforms, Better.HIGHER) == (
        Status.NOT_COMPARABLE,
        "the report's bound (>10个) does not decide",
    )
    # 10.5万余张 certificates is more than 55000 whatever the 余 hides.
    certificates = the_observation(fyp, "共有有效认证证书10.5万余张")
    qms = the_target(fyp, "23 | 累计企业质量管理体系证书")
    assert judge(qms, certificates, Better.HIGHER)[0] is Status.MET


def test_percent_target_against_percentage_points_is_not_comparable(fyp: Plan) -> None:
    from qualityplans.model import Quantity, Unit

    target = the_target(get_plan("suzhou-2016"), "品牌企业销售收入")
    points = attrs.evolve(
        the_observation(fyp, "2020年特种设备事故起数", "special-equipment-accidents"),
        value=Quantity(Decimal("0.1"), Unit.PERCENTAGE_POINT, "0.1个百分点"),
    )
    assert judge(target, points, Better.HIGHER) == (
        Status.NOT_COMPARABLE,
        "units of different dimension (% and 个百分点)",
    )


def test_report_for_the_target_year_gives_a_verdict(fyp: Plan) -> None:
    """The 14th FYP's 2020 reports, read as if they were for 2025, judge its 2025 targets."""
    moved = attrs.evolve(
        fyp,
        body=tuple(_with_years(item, 2025) for item in fyp.body),
    )
    altered = Catalog.of(with_plan(default_catalog().dataset, moved))
    found = outcomes(plan=moved, indicator="manufacturing-product-pass-rate", catalog=altered)
    assert {(o.target.value.amount if o.target.value else None, o.status) for o in found} == {
        (Decimal("97"), Status.MISSED),
    }
    assert {o.report_quote for o in found} == {
        "制造业产品质量合格率达96.76%",
        "1 | 制造业产品质量合格率 | % | 96.76 | ≥97",
    }
    assert all(o.report is not None and o.report.plan is moved for o in found)


def _with_years(item: object, year: int) -> object:
    from qualityplans.model import Section

    if isinstance(item, Section):
        return attrs.evolve(item, items=tuple(_with_years(i, year) for i in item.items))
    observations = getattr(item, "observations", ())
    moved = tuple(
        attrs.evolve(o, year=year) if o.year == 2020 and o.period is None else o
        for o in observations
    )
    return attrs.evolve(item, observations=moved) if observations else item  # type: ignore[misc]
