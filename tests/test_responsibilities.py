"""Departments across the 2018-2019 reform: successors, predecessors and their work."""

import pytest

from qualityplans import (
    Role,
    get_department,
    line_of,
    predecessors,
    responsibilities,
    successors,
)


@pytest.fixture
def bureau():  # type: ignore[no-untyped-def]
    return get_department("市质监局", region="苏州市")


def test_the_suzhou_quality_bureau_became_market_regulation(bureau) -> None:  # type: ignore[no-untyped-def]
    assert [d.id for d in successors(bureau)] == ["suzhou.market-regulation"]
    merged = {d.id for d in predecessors("suzhou.market-regulation")}
    assert merged >= {"suzhou.quality-supervision", "suzhou.industry-commerce", "suzhou.food-drug"}
    line = line_of(bureau)
    assert line[-1].id == "suzhou.market-regulation"
    assert bureau in line


def test_with_lineage_the_bureau_reaches_its_2025_successor_s_work(bureau) -> None:  # type: ignore[no-untyped-def]
    work = responsibilities(bureau, follow_lineage=True)
    assert {a.plan.id for a in work} == {"suzhou-2016", "pinzhi-suzhou-2025"}
    in_2025 = [a for a in work if a.plan.id == "pinzhi-suzhou-2025"]
    assert all(a.through_lineage for a in in_2025)
    assert {a.written for a in in_2025} == {"市市场监管局"}
    assert {a.department.id for a in in_2025} == {"suzhou.market-regulation"}
    # 2016 measure 1 (创建全国质量强市示范城市) is led by the bureau itself
    first = work[0]
    assert (first.plan.id, first.item.eid, first.role, first.written) == (
        "suzhou-2016",
        "sec_1__item_1",
        Role.LEAD,
        "市质监局",
    )
    assert not first.through_lineage


def test_without_lineage_only_the_2016_measures(bureau) -> None:  # type: ignore[no-untyped-def]
    own = responsibilities(bureau, follow_lineage=False)
    # Off by default, as in every function that takes follow_lineage.
    assert responsibilities(bureau) == own
    assert {a.plan.id for a in own} == {"suzhou-2016"}
    assert [int(a.item.eid.rsplit("_", 1)[1]) for a in own] == [
        1,
        2,
        3,
        5,
        6,
        7,
        8,
        10,
        11,
        12,
        17,
        18,
    ]


def test_and_the_reverse_from_the_successor() -> None:
    work = responsibilities("市市场监管局", region="苏州市", follow_lineage=True)
    assert {a.plan.id for a in work} == {"suzhou-2016", "pinzhi-suzhou-2025"}
    assert {a.written for a in work if a.plan.id == "suzhou-2016"} >= {
        "市质监局",
        "市工商局",
        "市食药监局",
    }


def test_role_narrows_and_is_checked(bureau) -> None:  # type: ignore[no-untyped-def]
    leads = responsibilities(bureau, role="lead")
    assert leads
    assert all(a.role is Role.LEAD for a in leads)
    assert responsibilities(bureau, role="牵头") == leads
    with pytest.raises(ValueError, match="role must be one of lead") as raised:
        responsibilities(bureau, role="boss")
    assert "\n" not in str(raised.value)
