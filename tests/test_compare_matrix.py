"""The indicator × plan matrix and its CSV."""

from __future__ import annotations

import csv
import io

import pytest

from qualityplans.catalog import plans
from qualityplans.compare.matrix import matrix


def test_full_matrix_rows_and_cells() -> None:
    m = matrix()
    assert [p.id for p in m.plans] == [p.id for p in plans()]
    rate = "large-medium-project-acceptance-rate"
    shipped = ["suzhou-2016", "xiangcheng-2017", "yancheng-2017-2018", "suzhou-14fyp"]
    assert [m.cell(rate, p).targets_text for p in [*shipped, "pinzhi-suzhou-2025"]] == [
        "100% 2016",
        "100% 2017",
        "100% 2018",
        "98% 2025",
        "",
    ]
    assert m.cell("大中型工程一次验收合格率", "suzhou-14fyp").observations_text == "97% 2020"
    assert not m.cell(rate, "pinzhi-suzhou-2025")
    # Every indicator with a statement in some plan, none without.
    assert all(any(row) for row in m.cells)
    assert repr(m) == f"<Matrix {len(m.indicators)} indicators × {len(plans())} plans>"


def test_chosen_plans_and_indicators() -> None:
    m = matrix(["苏府〔2016〕63号", "xiangcheng-2017"], ["江苏名牌产品", "pm25-annual-mean"])
    assert [i.id for i in m.indicators] == ["jiangsu-famous-brand-products", "pm25-annual-mean"]
    assert [[c.targets_text for c in row] for row in m.cells] == [
        ["新增80个 2016", "新增10个 2017"],
        # a change against a base year reads as a change, never as a level
        ["较2013年下降13% 2016", ""],
    ]
    with pytest.raises(KeyError, match="the matrix has no plan 'suzhou-14fyp'"):
        m.cell("pm25-annual-mean", "suzhou-14fyp")
    with pytest.raises(TypeError, match="plans must be a list"):
        matrix("suzhou-2016")


def test_csv_has_two_columns_per_plan() -> None:
    rows = list(csv.reader(io.StringIO(matrix(["suzhou-2016", "suzhou-14fyp"]).to_csv())))
    assert rows[0] == [
        "indicator",
        "indicator_zh",
        "indicator_en",
        "suzhou-2016 targets",
        "suzhou-2016 observations",
        "suzhou-14fyp targets",
        "suzhou-14fyp observations",
    ]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["large-medium-project-acceptance-rate"][3:] == [
        "100% 2016",
        "",
        "98% 2025",
        "97% 2020",
    ]
    assert by_id["suzhou-quality-award"][5:] == ["新增500个 2021–2025", "新增217个 2016–2020"]
