"""Per-plan lazy loading: one lookup imports one plan module; the index matches the modules."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qualityplans.catalog import Catalog, default_catalog, get_plan, plans
from qualityplans.catalog.registry import index_text, row_of
from qualityplans.catalog.roots import FolderRoot, shipped_root
from qualityplans.errors import PlanNotFoundError
from qualityplans.validate import validate
from qualityplans.validate.context import Context
from qualityplans.validate.registry_checks import check_registry

_PROBE = """
import json, sys
import qualityplans
plan = qualityplans.get_plan({key!r})
loaded = sorted(m for m in sys.modules if m.startswith("qualityplans.data."))
heavy = ("qualityplans.serialize", "cattrs", "importlib.metadata", "importlib.resources")
print(json.dumps({{"id": plan.id, "loaded": loaded, "heavy": [m for m in heavy if m in sys.modules]}}))
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
    # The index is read as literals, not imported; only the plan asked for is imported.
    assert plan_modules == [f"qualityplans.data.plans.{module}"]
    # Nor the catalogs: a plan holds ids, not records.
    assert "qualityplans.data.indicators" not in loaded
    assert "qualityplans.data.departments" not in loaded
    # Nor what only exports, the dataset version or reading a transcription need
    # (the JSON converter, package metadata, package resources): together about 80 ms.
    assert result["heavy"] == []


def test_plans_returns_every_plan_in_index_order() -> None:
    entries = default_catalog().entries()
    assert [p.id for p in plans()] == [e.id for e in entries]
    shipped = [e.module for e in shipped_root().entries()]
    assert [e.module for e in entries][: len(shipped)] == shipped
    assert get_plan("suzhou-14fyp") is plans()[[e.id for e in entries].index("suzhou-14fyp")]


def test_index_lists_each_modules_id_number_title_and_popular_names() -> None:
    entry = next(e for e in shipped_root().entries() if e.id == "xiangcheng-2017")
    assert entry.keys()[:3] == (
        "xiangcheng-2017",
        "相城区质量强区工作2017年行动计划",
        "相政办〔2017〕98号",
    )
    assert check_registry(Context.of(Catalog.shipped().dataset, Catalog.shipped(), {})) is not None
    assert list(check_registry(Context.of(Catalog.shipped().dataset, Catalog.shipped(), {}))) == []


def _copy_root(tmp_path: Path, rows_change: Callable[[list[tuple[Any, ...]]], None]) -> FolderRoot:
    """A copy of the shipped plans folder whose index rows were changed by ``rows_change``."""
    shipped = shipped_root()
    folder = tmp_path / "data"
    shutil.copytree(shipped.path / "plans", folder / "plans")
    shutil.copytree(shipped.path / "sources", folder / "sources")
    rows = [list(e.row) for e in shipped.entries()]
    rows_change(rows)
    (folder / "plans" / "index.py").write_text(index_text(tuple(r) for r in rows), "utf-8")
    return FolderRoot(folder, name="copy")


def test_a_stale_index_row_is_a_problem(tmp_path: Path) -> None:
    def stale(rows: list[list[Any]]) -> None:
        rows[0][3] = "2016年苏州市质量工作计划"

    root = _copy_root(tmp_path, stale)
    catalog = Catalog([root])
    problems = list(check_registry(Context.of(catalog.dataset, catalog, {}), ["suzhou-2016"]))
    assert [(p.location, p.file) for p in problems] == [
        ("plans/index/suzhou_2016", "copy/plans/index.py")
    ]
    assert "'2016年苏州市质量工作计划'" in problems[0].message
    assert "'2016年苏州市质量强市工作行动计划'" in problems[0].message
    assert problems[0].message.endswith("python -m qualityplans.catalog.registry")


def test_a_module_the_index_does_not_list_is_a_problem(tmp_path: Path) -> None:
    root = _copy_root(tmp_path, lambda rows: rows.pop())
    catalog = Catalog([root])
    problems = list(check_registry(Context.of(catalog.dataset, catalog, {}), []))
    assert [(p.location, p.file) for p in problems] == [("plans/index", "copy/plans/index.py")]
    assert "module 'pinzhi_suzhou_2025' is not in the index" in problems[0].message


def test_shipped_index_is_what_the_generator_writes() -> None:
    root = shipped_root()
    rows = [row_of(e.module, e.load()) for e in root.entries()]
    text = (root.path / "plans" / "index.py").read_text(encoding="utf-8")
    assert text == index_text(rows)


def test_the_index_is_the_one_registry_of_plans() -> None:
    """No other list of plan modules exists: the data package names none."""
    import qualityplans.data

    assert not hasattr(qualityplans.data, "PLAN_MODULES")
    assert not hasattr(qualityplans.data, "PLANS")
    assert validate() == () or all("plans/index" not in p.location for p in validate())


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
    plan = get_plan("xiangcheng-2017")
    catalog = default_catalog()
    assert lines[0] == (
        f"ok: 1 plan, {len(plan.measures)} measures, {len(plan.targets)} targets, "
        f"{len(plan.observations)} observation{'s' * (len(plan.observations) != 1)}, "
        f"{len(catalog.indicators())} indicators, {len(catalog.departments())} departments: "
        "no problems"
    )
    assert lines[1].split() == ["0", "qualityplans.data.plans.xiangcheng_2017"]


def test_validate_an_unknown_plan_exits_1_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    from qualityplans.cli import main

    assert main(["validate", "--plan", "suzhou-2017"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qualityplans: no plan matches 'suzhou-2017'; did you mean suzhou-2016")
