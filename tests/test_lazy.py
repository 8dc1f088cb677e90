"""Per-plan lazy loading: one lookup imports one plan module; the index matches the modules."""

from __future__ import annotations

import json
import subprocess
import sys

import attrs
import pytest

from qualityplans import planindex
from qualityplans.catalog import get_plan, plans
from qualityplans.data import PLAN_MODULES
from qualityplans.errors import PlanNotFoundError

_PROBE = """
import json, sys
import qualityplans
plan = qualityplans.get_plan({key!r})
loaded = sorted(m for m in sys.modules if m.startswith("qualityplans.data."))
print(json.dumps({{"id": plan.id, "loaded": loaded}}))
"""


def _probe(key: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(key=key)], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


@pytest.mark.parametrize(
    ("key", "module", "plan_id"),
    [
        ("苏府[2016]63号", "suzhou_2016", "suzhou-2016"),
        ("pinzhi-suzhou-2025", "pinzhi_suzhou_2025", "pinzhi-suzhou-2025"),
        ("苏州市“十四五”质量发展规划", "suzhou_14fyp", "suzhou-14fyp"),
    ],
)
def test_get_plan_imports_only_its_own_module(key: str, module: str, plan_id: str) -> None:
    result = _probe(key)
    assert result["id"] == plan_id
    loaded = result["loaded"]
    assert isinstance(loaded, list)
    plan_modules = [m for m in loaded if m.startswith("qualityplans.data.plans.")]
    assert plan_modules == ["qualityplans.data.plans.index", f"qualityplans.data.plans.{module}"]
    # Nor the catalogs: a plan holds ids, not records.
    assert "qualityplans.data.indicators" not in loaded
    assert "qualityplans.data.departments" not in loaded


def test_plans_still_returns_every_plan_in_index_order() -> None:
    assert [p.id for p in plans()] == [e.id for e in planindex.entries()]
    assert [e.module for e in planindex.entries()] == list(PLAN_MODULES)
    assert get_plan("suzhou-14fyp") is plans()[3]


def test_index_lists_each_modules_id_number_and_title() -> None:
    entry = planindex.entries()[1]
    assert entry.keys() == (
        "xiangcheng-2017",
        "相城区质量强区工作2017年行动计划",
        "相政办〔2017〕98号",
    )
    assert planindex.check() == []


def test_a_stale_index_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    stale = list(planindex.entries())
    stale[0] = attrs.evolve(stale[0], title_zh="2016年苏州市质量工作计划")
    monkeypatch.setattr(planindex, "entries", lambda: tuple(stale))
    problems = planindex.check(["suzhou-2016"])
    assert [(p.location, p.file) for p in problems] == [
        ("plans/index/suzhou_2016", "src/qualityplans/data/plans/index.py")
    ]
    assert "'2016年苏州市质量工作计划'" in problems[0].message
    assert "'2016年苏州市质量强市工作行动计划'" in problems[0].message
    assert problems[0].message.endswith("python -m qualityplans.planindex")


def test_index_missing_a_module_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    shortened = planindex.entries()[:-1]
    monkeypatch.setattr(planindex, "entries", lambda: shortened)
    problems = planindex.check([])
    assert [p.location for p in problems] == ["plans/index"]
    assert "'pinzhi_suzhou_2025'" in problems[0].message


def test_shipped_index_is_what_the_generator_writes() -> None:
    rows = [(e.module, planindex.load(e)) for e in planindex.entries()]
    shipped = planindex.import_module("qualityplans.data.plans.index").__file__
    assert shipped is not None
    with open(shipped, encoding="utf-8") as f:
        assert f.read() == planindex.index_source(rows)


def test_unknown_plan_names_the_nearest_without_loading_all() -> None:
    with pytest.raises(PlanNotFoundError) as caught:
        get_plan("苏府〔2016〕64号")
    assert caught.value.query == "苏府〔2016〕64号"
    assert "苏府〔2016〕63号" in caught.value.suggestions


_VALIDATE_ONE = """
import sys
from qualityplans.cli import main
status = main(["validate", "--plan", {key!r}])
loaded = sorted(m for m in sys.modules if m.startswith("qualityplans.data.plans."))
print(status, *loaded)
"""


def test_validate_one_plan_checks_it_and_loads_no_other_plan() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _VALIDATE_ONE.format(key="相政办〔2017〕98号")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "ok: 1 plan, 16 measures, 22 targets, 1 observation, 147 indicators, "
        "93 departments: no problems"
    )
    assert lines[1].split() == [
        "0",
        "qualityplans.data.plans.index",
        "qualityplans.data.plans.xiangcheng_2017",
    ]


def test_validate_an_unknown_plan_exits_1_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    from qualityplans.cli import main

    assert main(["validate", "--plan", "suzhou-2017"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qualityplans: no plan matches 'suzhou-2017'; did you mean suzhou-2016")
