"""``qualityplans departments`` and ``department_roles()``: bodies ranked by their roles, lines
through the 2018-2019 reform merged and marked; ties marked in ``search`` too."""

from __future__ import annotations

import json

import pytest

import qualityplans
from qualityplans.cli import main
from qualityplans.query.roles import department_roles

SHIPPED_SUZHOU = ("suzhou-2016", "pinzhi-suzhou-2025")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _leads_in_shipped(department: str, follow: bool) -> int:
    """Measures and task groups of the shipped Suzhou plans led by ``department`` (or its line)."""
    work = qualityplans.responsibilities(department, follow_lineage=follow, role="lead")
    return len({(a.plan.id, a.item.eid) for a in work if a.plan.id in SHIPPED_SUZHOU})


def test_the_market_regulation_line_gathers_the_three_bureaus() -> None:
    roles = {r.department.id: r for r in department_roles(region="苏州市")}
    line = roles["suzhou.market-regulation"]
    assert line.merged
    assert [b.id for b in line.bodies][-1] == "suzhou.market-regulation"
    assert {b.id for b in line.bodies} >= {
        "suzhou.quality-supervision",
        "suzhou.industry-commerce",
        "suzhou.food-drug",
    }
    assert line.line == "市质监局 + 市工商局 + 市食药监局 → 市市场监管局"
    # the merged bureaus are not listed apart
    assert "suzhou.quality-supervision" not in roles
    assert set(SHIPPED_SUZHOU) <= set(line.plans)
    # counted once per measure, even where two bureaus of the line lead it together
    assert _leads_in_shipped("suzhou.market-regulation", True) == 17
    assert line.leads >= 17


def test_without_lineage_each_body_counts_alone() -> None:
    roles = {r.department.id: r for r in department_roles(region="苏州市", follow_lineage=False)}
    bureau = roles["suzhou.quality-supervision"]
    assert not bureau.merged
    assert bureau.leads >= _leads_in_shipped("suzhou.quality-supervision", False) == 12


def test_a_region_includes_the_places_inside_it() -> None:
    suzhou = {r.department.region for r in department_roles(region="苏州市")}
    assert {"suzhou", "xiangcheng"} <= suzhou
    assert "yancheng" not in suzhou
    xiangcheng = {r.department.region for r in department_roles(region="相城区")}
    assert xiangcheng == {"xiangcheng"}


def test_ranks_follow_the_sort_and_ties_share_a_rank() -> None:
    for sort, key in (
        ("leads", lambda r: (r.leads, r.responsible)),
        ("responsible", lambda r: (r.responsible, r.leads)),
    ):
        ranked = department_roles(sort=sort)
        keys = [key(r) for r in ranked]
        assert keys == sorted(keys, reverse=True)
        for r in ranked:
            assert r.rank == 1 + sum(key(o) > key(r) for o in ranked)
            assert r.tied == (sum(key(o) == key(r) for o in ranked) > 1)
    by_name = department_roles(sort="name")
    assert len(by_name) == len(department_roles())
    with pytest.raises(ValueError, match="sort must be one of leads, responsible, name, not 'x'"):
        department_roles(sort="x")


def test_the_departments_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the last column is clipped to the terminal
    status, out, err = run(capsys, "departments", "--region", "苏州市")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["rank", "牵头"]
    top = next(line for line in lines[1:] if "苏州市市场监督管理局" in line)
    assert "(市质监局 + 市工商局 + 市食药监局 → 市市场监管局)" in top
    assert lines[-1].endswith("merged through the reform")
    assert any(line.startswith("=") for line in lines[1:-1])  # a tie is marked


def test_the_departments_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "departments", "--region", "盐城市", "--json")
    assert status == 0
    rows = json.loads(out)["departments"]
    assert rows == [r.record() for r in department_roles(region="盐城市")]
    first = rows[0]
    assert first["department"] == "yancheng.market-regulation"
    assert first["merged"] is True
    assert "yancheng.quality-supervision" in first["bodies"]


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("departments", "--sort", "size"), 2, "qualityplans departments: argument --sort"),
        (("departments", "--region", "火星"), 1, "qualityplans: no region matches '火星'"),
    ],
)
def test_departments_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], status: int, message: str
) -> None:
    got, out, err = run(capsys, *args)
    assert got == status
    assert err.startswith(message)
    assert err.count("\n") == 1
    assert out == ""


def test_search_marks_ties(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "suzhou", "--limit", "5")
    assert status == 0
    rows = [line.split()[:3] for line in out.splitlines()[1:]]
    tied = [r for r in rows if r[0].startswith("=")]
    assert {r[2] for r in tied} >= {"suzhou-2016", "suzhou-14fyp"}
    assert not rows[0][0].startswith("=")
    status, out, _ = run(capsys, "search", "suzhou", "--limit", "5", "--json")
    hits = json.loads(out)["hits"]
    assert [h["tied"] for h in hits if h["id"] in ("suzhou-2016", "suzhou-14fyp")] == [True, True]
    assert {h["rank"] for h in hits if h["tied"] and h["kind"] == "plan"} == {2}
