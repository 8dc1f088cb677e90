"""diff(a, b) on real plan pairs: rows read from the documents."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from qualityplans.catalog import get_department, get_theme
from qualityplans.compare.diff import DepartmentLine, IndicatorChange, PlanDiff, diff
from qualityplans.model import Role
from qualityplans.site.markup import escape
from qualityplans.text.terminal import display_width


def _row(d: PlanDiff, a: str, b: str | None = None) -> IndicatorChange:
    rows = [
        c
        for c in (*d.indicators, *d.related)
        if c.a_indicator.id == a and c.b_indicator.id == (b or a)
    ]
    assert len(rows) == 1, rows
    return rows[0]


def _line(d: PlanDiff, a_department: str) -> DepartmentLine:
    rows = [x for x in d.departments if a_department in {y.id for y in x.a_departments}]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.fixture(scope="module")
def fyp() -> PlanDiff:
    return diff("苏府〔2016〕63号", "suzhou-14fyp")


@pytest.fixture(scope="module")
def pinzhi() -> PlanDiff:
    return diff("suzhou-2016", "pinzhi-suzhou-2025")


def test_engineering_acceptance_rate_from_100_in_2016_to_98_for_2025(fyp: PlanDiff) -> None:
    row = _row(fyp, "large-medium-project-acceptance-rate")
    assert not row.related
    assert [t.quote for t in row.a_targets] == ["2016年大中型工程一次验收合格率达到100%"]
    assert [t.quote for t in row.b_targets] == [
        "大中型建筑、交通、水利竣工工程质量一次性验收合格率达到98%",
        "4 | 大中型工程质量竣工一次验收合格率 | % | 97 | 98",
    ]
    assert [t.value.amount for t in row.a_targets if t.value] == [Decimal("100")]
    # The value changed; the year is no change of target (every later plan has a later one).
    assert row.changed == ("amount",)
    assert row.values("a", "amount") == ("100%",)
    assert row.values("b", "amount") == ("98%",)
    assert row.values("a", "year") == ("2016",)
    assert row.values("b", "year") == ("2025",)
    assert row in fyp.changed


def test_related_indicators_are_paired_and_flagged(fyp: PlanDiff) -> None:
    # 2016: 组织起草国家、行业或地方标准50个; 2021-2025: both of the 14th FYP's standards goals.
    wider = _row(fyp, "standards-drafted", "standards-led-or-participated")
    newly = _row(fyp, "standards-drafted", "new-international-national-sector-standards")
    assert wider.related
    assert newly.related
    # Related pairs are different measures: listed apart, never counted as changed.
    assert wider in fyp.related
    assert wider not in fyp.indicators
    assert wider not in fyp.changed
    assert wider.values("a", "amount") == ("新增50个",)
    assert wider.values("b", "amount") == ("新增2500项",)
    assert newly.values("b", "amount") == ("新增500项",)
    # 2,500 over five years beside 50 in one year: the spans differ, and the diff says so.
    assert wider.spans_differ
    ids_a = {i.id for i in fyp.indicators_only_in_a}
    assert "standards-drafted" not in ids_a
    assert "pm25-annual-mean" in ids_a


def test_measure_carried_over_from_2016_to_2025_with_reasons(pinzhi: PlanDiff) -> None:
    pairs = {(p.a.title_zh, p.b.title_zh): p for p in pinzhi.measures.pairs}
    food = pairs[("加强食品生产经营全过程监管", "强化食品安全综合治理")]
    assert (food.a.number, food.b.number) == (13, 11)
    assert food.reasons.shared_themes == ("food-drug", "agriculture")
    # The 2016 lead 市食药监局 and the 2025 市市场监管局 are one line of responsibility.
    assert ("suzhou.food-drug", "suzhou.market-regulation") in food.reasons.shared_departments
    assert ("suzhou.agriculture-commission", "suzhou.agriculture-rural") in (
        food.reasons.shared_departments
    )
    assert food.reasons.text_similarity > 0
    engineering = pairs[("加强工程质量安全监管", "提升建设工程品质")]
    assert engineering.reasons.shared_themes == ("engineering",)
    assert engineering.reasons.shared_departments == (
        ("suzhou.housing-construction", "suzhou.housing-construction"),
    )
    assert engineering.score >= 20
    # One to one: no measure of either plan appears twice.
    assert len({p.a.eid for p in pinzhi.measures.pairs}) == len(pinzhi.measures.pairs)
    assert len({p.b.eid for p in pinzhi.measures.pairs}) == len(pinzhi.measures.pairs)
    unmatched = {m.title_zh for m in pinzhi.measures.only_in_a}
    assert "保障质量发展工作经费" in unmatched
    assert len(pinzhi.measures.pairs) + len(pinzhi.measures.only_in_a) == 18


def test_theme_present_in_only_one_plan(pinzhi: PlanDiff) -> None:
    themes = {t.theme.id: t for t in pinzhi.themes}
    # 2016 (四) 保障质量发展工作经费 has the funding theme; the 2025 scheme has no such measure.
    assert (themes["funding"].a_measures, themes["funding"].b_measures) == (1, 0)
    assert get_theme("funding") in pinzhi.only_in_a
    # 2025 has three consumer measures and targets (消费维权服务站点 500个 …); 2016 none.
    consumer = themes["consumer"]
    assert (consumer.a_measures, consumer.b_measures) == (0, 3)
    assert get_theme("consumer") in pinzhi.only_in_b
    assert themes["engineering"].a_targets == 3


def test_lead_matched_through_lineage(pinzhi: PlanDiff) -> None:
    line = _line(pinzhi, "suzhou.quality-supervision")
    assert line.through_lineage
    assert {d.id for d in line.a_departments} == {
        "suzhou.quality-supervision",
        "suzhou.industry-commerce",
        "suzhou.food-drug",
    }
    assert line.b_departments == (get_department("suzhou.market-regulation"),)
    roles_a = dict(line.a)
    assert roles_a[get_department("suzhou.quality-supervision")] == ((Role.LEAD, 12),)
    assert dict(line.b)[get_department("suzhou.market-regulation")] == (
        (Role.LEAD, 4),
        (Role.RESPONSIBLE, 12),
    )
    same = _line(pinzhi, "suzhou.housing-construction")
    assert not same.through_lineage
    lost = _line(pinzhi, "suzhou.environmental-protection")
    assert not lost.b
    assert lost in pinzhi.only_in_a


def test_city_plan_against_district_plan() -> None:
    d = diff("suzhou-2016", "xiangcheng-2017")
    brands = _row(d, "jiangsu-famous-brand-products")
    assert [t.quote for t in brands.a_targets] == ["2016年争创江苏名牌产品80个"]
    assert [t.quote for t in brands.b_targets] == ["2017年争创江苏名牌产品10个"]
    assert brands.changed == ("amount",)
    # 提高0.1% in both: only the year differs, which is no change of target.
    assert _row(d, "brand-enterprise-revenue-share").changed == ()
    titles = {(p.a.title_zh, p.b.title_zh) for p in d.measures.pairs}
    assert ("加强工程质量安全监管", "加强工程质量安全监管") in titles
    assert ("提升环境质量水平", "提升环境质量水平") in titles
    # City bodies and district bodies are different bodies: no line has both.
    assert all(not (x.a and x.b) for x in d.departments)


def test_across_cities_suzhou_against_yancheng() -> None:
    d = diff("suzhou-2016", "“全国质量强市示范城市”创建计划报告表")
    row = _row(d, "large-medium-project-acceptance-rate")
    assert [t.quote for t in row.b_targets] == ["大中型工程和保障房工程一次验收合格率达到100%"]
    assert row.changed == ()
    assert _row(d, "other-project-acceptance-rate").changed == ()
    related = _row(d, "jiangsu-famous-brand-products", "provincial-and-above-famous-brands")
    assert related.related
    assert "kind" in related.changed
    pair = next(p for p in d.measures.pairs if p.a.title_zh == "加强工程质量安全监管")
    assert pair.b.title_zh == "工程质量大幅度提高"
    assert pair.reasons.shared_indicators == (
        "affordable-housing-acceptance-rate",
        "large-medium-project-acceptance-rate",
        "other-project-acceptance-rate",
    )


def test_diff_of_a_plan_with_itself_is_empty() -> None:
    d = diff("suzhou-14fyp", "suzhou-14fyp")
    assert d.is_empty
    assert (d.changed, d.only_in_a, d.only_in_b) == ((), (), ())
    assert len(d.measures.pairs) == 30
    assert all(p.a is p.b for p in d.measures.pairs)


def test_reversed_diff_mirrors(fyp: PlanDiff) -> None:
    back = diff("suzhou-14fyp", "suzhou-2016")
    assert back == fyp.mirrored()
    assert back.a.id == "suzhou-14fyp"
    assert _row(back, "large-medium-project-acceptance-rate").values("a", "amount") == ("98%",)
    assert len(back.only_in_a) == len(fyp.only_in_b)


def test_repr_is_short(fyp: PlanDiff) -> None:
    assert repr(fyp) == (
        f"<PlanDiff suzhou-2016 → suzhou-14fyp: {len(fyp.changed)} changed, "
        f"{len(fyp.related)} related, {len(fyp.only_in_a)} only in a, "
        f"{len(fyp.only_in_b)} only in b>"
    )
    assert repr(_row(fyp, "large-medium-project-acceptance-rate")) == (
        "<IndicatorChange large-medium-project-acceptance-rate: amount>"
    )


def test_to_dict_is_json_with_decimals_as_strings(fyp: PlanDiff) -> None:
    data = json.loads(json.dumps(fyp.to_dict(), ensure_ascii=False))
    row = next(
        r
        for r in data["indicators"]["both"]
        if r["a_indicator"] == "large-medium-project-acceptance-rate"
    )
    assert row["a_targets"][0]["amount"] == "100"
    assert row["a_targets"][0]["value_zh"] == "100%"
    assert row["changed"] == ["amount"]
    assert data["summary"]["changed"] == len(fyp.changed)


def test_to_text_aligns_cjk_columns(pinzhi: PlanDiff) -> None:
    text = pinzhi.to_text(200)
    assert "大中型" not in text.split("Indicators only in b")[1].split("Measures aligned")[0]
    assert "  (十三)加强食品生产经营全过程监管  ~  (十一)强化食品安全综合治理" in text
    # Reasons in words, the reform line named.
    assert "都由苏州市食品药品监督管理局（机构改革后为苏州市市场监督管理局）" in text
    themes = text.split("Themes 主题")[1].splitlines()[1:]
    counts_at = {display_width(line[: line.index(" /")]) for line in themes if line.strip()}
    assert len(counts_at) == 1  # every theme name padded to one width


def test_to_markdown_escapes_and_has_no_links(pinzhi: PlanDiff) -> None:
    md = pinzhi.to_markdown()
    assert f"- b: {escape(pinzhi.b.title_zh)}" in md
    assert "](" not in md
    linked = pinzhi.to_markdown(lambda obj: f"/x/{obj.id}" if hasattr(obj, "id") else None)
    assert "[“品质苏州”建设行动方案(2025年)](/x/pinzhi-suzhou-2025)" in linked
    assert 'class="' not in linked  # plain Markdown: the site styles diffs itself


def test_wrong_argument_type_is_a_one_line_type_error() -> None:
    with pytest.raises(TypeError, match=r"^b must be a Plan or a key"):
        diff("suzhou-2016", 3)  # type: ignore[arg-type]


def test_a_collective_named_for_work_is_a_line_of_its_own(pinzhi: PlanDiff) -> None:
    """品质苏州2025 makes 各县级市（区）人民政府（管委会） responsible for every measure;
    2016 names no collective for work (各成员单位 only cooperate): the collective is
    its own line, only in b, with its count, and no body's line holds it."""
    from qualityplans.catalog import get_collective
    from qualityplans.model import Collective

    governments = get_collective("county-level-governments")
    lines = [x for x in pinzhi.departments if x.collective]
    assert [(x.a, x.b) for x in lines] == [((), ((governments, ((Role.RESPONSIBLE, 18),)),))]
    assert lines[0].mirrored() in pinzhi.only_in_b  # only_in_b is seen from b
    assert not lines[0].through_lineage
    bodies = [x for x in pinzhi.departments if not x.collective]
    assert not any(isinstance(d, Collective) for x in bodies for d in x.b_departments)
    # Seen from 2025, the same line is only in a; the JSON names it as a collective.
    mirrored = diff("pinzhi-suzhou-2025", "suzhou-2016")
    assert [x.a for x in mirrored.departments if x.collective] == [lines[0].b]
    found = [x for x in pinzhi.to_dict()["departments"] if x["b"] and "collective" in x["b"][0]]
    assert found == [
        {
            "a": [],
            "b": [{"collective": "county-level-governments", "roles": {"responsible": 18}}],
            "through_lineage": False,
        }
    ]
    assert "统称 collectives: 1" in pinzhi.to_text()
