"""Discrepancies: the curated ones, and those found by comparing the data."""

from __future__ import annotations

import attrs

from qualityplans.catalog import Catalog, default_catalog, get_plan
from qualityplans.compare.discrepancies import discrepancies, found_discrepancies
from qualityplans.validate import Severity, validate
from tests.conftest import replace_item, the_target, with_plan


def test_curated_discrepancies_with_both_quotes() -> None:
    listed = discrepancies()
    curated = [(d.first_plan.id, d.curated.eid) for d in listed if d.curated is not None]
    assert curated == [("suzhou-14fyp", f"dsc_{n}") for n in range(1, 4)]
    centres = next(d for d in listed if d.curated is not None and d.curated.eid == "dsc_3")
    assert centres.first.quote == "各类检验检测省级中心总数达到27家"
    assert centres.second.quote == "22 | 累计建成各类检验检测省级中心 | 家 | 17 | 25"
    assert centres.where == (
        "suzhou-14fyp/sec_2__sec_3__para_5__tgt_4 vs suzhou-14fyp/table_1__tgt_22"
    )
    assert centres.message == (
        "provincial-testing-centres 2025: targets of 累计27家 and 累计25家 (" + centres.where + ")"
    )


def test_nothing_unexplained_in_the_real_data() -> None:
    # Two pairs differ (省长质量奖 16/15, 省级中心 27/25); curated Discrepancies explain both.
    # 6家（次） against 6个（次） is the same amount in another counter word.
    assert found_discrepancies() == ()


def test_a_second_amount_for_the_same_target_is_found() -> None:
    data = default_catalog().dataset
    fyp = get_plan("suzhou-14fyp")
    paragraph = the_target(fyp, "各类检验检测国家级中心总数达到20家")
    changed = replace_item(
        fyp,
        "table_1",
        lambda table: attrs.evolve(
            table,
            targets=tuple(
                attrs.evolve(t, value=attrs.evolve(t.value, amount=t.value.amount + 1))
                if t.eid == "table_1__tgt_21" and t.value is not None
                else t
                for t in table.targets  # type: ignore[union-attr]
            ),
        ),
    )
    altered = Catalog.of(with_plan(data, changed), sources_from=default_catalog())
    (found,) = found_discrepancies(catalog=altered)
    assert found.found
    assert found.curated is None
    assert found.first.eid == paragraph.eid
    assert found.second.eid == "table_1__tgt_21"
    assert found.message == (
        "national-testing-centres 2025: targets of 累计20家 and 累计21家 "
        "(suzhou-14fyp/sec_2__sec_3__para_5__tgt_3 vs suzhou-14fyp/table_1__tgt_21)"
    )
    assert found in discrepancies(catalog=altered)
    # validate() shows it as a warning, naming the file to edit and what to do.
    warnings = [p for p in validate(with_plan(data, changed)) if p.severity is Severity.WARNING]
    assert [w.line for w in warnings] == [
        "src/qualityplans/data/plans/suzhou_14fyp.py: "
        "suzhou-14fyp/sec_2__sec_3__para_5__tgt_3/value: warning: " + found.message + ": if both "
        "figures are as written, record a Discrepancy (or a note on either statement); else "
        "correct the figure"
    ]
