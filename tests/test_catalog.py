import pytest

import qualityplans
from qualityplans.catalog import Catalog, get_collective, normalize
from qualityplans.catalog.catalog import _Index
from qualityplans.errors import (
    AmbiguousLookupError,
    DepartmentNotFoundError,
    NotFoundError,
    PlanNotFoundError,
)
from qualityplans.model import Department


@pytest.mark.parametrize(
    "key",
    [
        "suzhou-2016",
        "苏府〔2016〕63号",
        "苏府[2016]63号",
        "苏府(2016)63号",
        "苏府（2016）63号",
        "苏府 〔2016〕 63 号",
        "2016年苏州市质量强市工作行动计划",
        "SUZHOU-2016",
    ],
)
def test_get_plan_accepts_id_doc_number_in_any_style_and_title(key: str) -> None:
    assert qualityplans.get_plan(key).id == "suzhou-2016"


def test_plan_miss_suggests_the_near_doc_number() -> None:
    with pytest.raises(PlanNotFoundError) as error:
        qualityplans.get_plan("苏府〔2016〕36号")
    # The nearest number comes first; other plans' numbers may follow it.
    assert str(error.value).startswith(
        "no plan matches '苏府〔2016〕36号'; did you mean 苏府〔2016〕63号"
    )
    assert error.value.query == "苏府〔2016〕36号"
    assert error.value.suggestions[0] == "苏府〔2016〕63号"
    assert isinstance(error.value, LookupError)


def test_plan_miss_without_anything_near() -> None:
    with pytest.raises(LookupError) as error:
        qualityplans.get_plan("zzzz")
    assert str(error.value) == "no plan matches 'zzzz'"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("suzhou.quality-supervision", "苏州市质量技术监督局"),
        ("市住建局", "苏州市住房和城乡建设局"),
        ("苏州市质量技术监督局", "苏州市质量技术监督局"),
        ("Suzhou Administration for Market Regulation", "苏州市市场监督管理局"),
        ("市卫生计生委", "苏州市卫生和计划生育委员会"),
    ],
)
def test_get_department_by_id_or_any_name(key: str, expected: str) -> None:
    # A short name is unique within a region (other cities have a 市住建局 too).
    assert qualityplans.get_department(key, region="苏州市").name_zh == expected
    assert Catalog.shipped().get_department(key, region="suzhou").name_zh == expected


def test_department_miss_suggests_names() -> None:
    with pytest.raises(DepartmentNotFoundError) as error:
        qualityplans.get_department("市质检局")
    assert "市质监局" in error.value.suggestions
    assert str(error.value).startswith("no department matches '市质检局'; did you mean ")


def test_department_lookup_within_a_region() -> None:
    assert (
        qualityplans.get_department("市质监局", region="苏州市").id == "suzhou.quality-supervision"
    )
    assert (
        qualityplans.get_department("市质监局", region="盐城市").id
        == "yancheng.quality-supervision"
    )
    with pytest.raises(DepartmentNotFoundError):
        qualityplans.get_department("市质监局", region="xiangcheng")


def test_a_short_name_shared_by_two_cities_is_ambiguous() -> None:
    records = [
        Department("a.qs", "甲市质量技术监督局", "A QTS", "a", names=("市质监局",)),
        Department("b.qs", "乙市质量技术监督局", "B QTS", "b", names=("市质监局",)),
    ]
    index = _Index(records, lambda d: (d.id, *d.names), DepartmentNotFoundError, lambda d: d.id)
    with pytest.raises(AmbiguousLookupError) as error:
        index.get("市质监局", hint="pass region= to choose")
    assert str(error.value) == "'市质监局' is ambiguous: a.qs or b.qs; pass region= to choose"
    assert error.value.candidates == ("a.qs", "b.qs")
    assert index.get("a.qs").name_en == "A QTS"


def test_a_short_name_of_two_curated_cities_is_ambiguous() -> None:
    with pytest.raises(AmbiguousLookupError) as error:
        qualityplans.get_department("市质监局")
    # Suzhou's and Yancheng's (and any other city's a contributor adds)
    assert {"suzhou.quality-supervision", "yancheng.quality-supervision"} <= set(
        error.value.candidates
    )


def test_lineage_follows_the_quality_bureau_into_market_regulation() -> None:
    [event] = qualityplans.lineage("suzhou.quality-supervision")
    assert event.kind.value == "merge"
    assert event.successors == ("suzhou.market-regulation",)
    assert set(event.sources) == {
        "suzhou.quality-supervision",
        "suzhou.industry-commerce",
        "suzhou.food-drug",
    }
    assert event.year == 2019


def test_inspection_and_quarantine_merged_into_customs() -> None:
    [event] = qualityplans.lineage("suzhou.ciq")
    assert (event.kind.value, event.successors, event.year) == (
        "merge",
        ("suzhou.customs",),
        2018,
    )


def test_indicator_by_alias() -> None:
    assert (
        qualityplans.get_indicator("大中型工程质量竣工一次验收合格率").id
        == "large-medium-project-acceptance-rate"
    )


def test_region_by_name_and_code() -> None:
    assert qualityplans.get_region("320507").name_zh == "相城区"
    assert qualityplans.get_region("工业园区").id == "suzhou-industrial-park"


def test_collective() -> None:
    assert get_collective("各成员单位").id == "member-units"
    with pytest.raises(NotFoundError):
        get_collective("everyone")


def test_normalize_folds_width_case_and_space() -> None:
    assert normalize(" ＡＢ c ") == "abc"
    assert normalize("苏府(2016)63号") == normalize("苏府〔2016〕63号")
