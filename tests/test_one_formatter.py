"""Every surface says every target of the real data the way the one formatter does.

``qualityplans.model.wording.say`` is the one way to say a figure: a change against a
base year reads ``较2013年下降13%`` / ``−13% vs 2013`` and never as a level. This renders
every target of every plan through each surface (the ``indicator`` and ``outcomes``
commands as text and as JSON, the site's indicator and measure pages, the CSV and
SQLite exports) and checks each one says what the formatter says.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from qualityplans.catalog import default_catalog
from qualityplans.cli import main
from qualityplans.model import Block, Plan, Target
from qualityplans.model.wording import Said, say

SHIPPED = ("suzhou-2016", "xiangcheng-2017", "yancheng-2017-2018", "suzhou-14fyp")


def _targets() -> Iterator[tuple[Plan, Block, Target, Said]]:
    for plan in default_catalog().plans():
        for block in plan.blocks:
            for t in block.targets:
                yield plan, block, t, say(t)


def _cli(*args: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()


def test_the_formatter_says_a_change_as_a_change() -> None:
    plan = default_catalog().get_plan("suzhou-2016")
    [pm25] = [t for t in plan.targets if t.indicator == "pm25-annual-mean"]
    said = say(pm25)
    assert (said.value_zh, said.value_en, said.when) == ("较2013年下降13%", "−13% vs 2013", "2016")
    assert said.kind_zh == "变化"
    # every target of the real data has words for its value
    assert all(s.value_zh for _, _, t, s in _targets() if t.value is not None or t.qualitative)


def test_the_indicator_command_says_every_target_as_the_formatter() -> None:
    by_indicator: dict[str, list[tuple[Plan, Target, Said]]] = {}
    for plan, _, t, said in _targets():
        if t.indicator is not None:
            by_indicator.setdefault(t.indicator, []).append((plan, t, said))
    for indicator, found in by_indicator.items():
        text = _cli("indicator", indicator)
        document = json.loads(_cli("indicator", indicator, "--json"))
        rows = {(r["plan"], r["eid"]): r for r in document["history"]}
        for plan, t, said in found:
            assert said.value_zh in text, (indicator, t.eid)
            row = rows[(plan.id, t.eid)]
            assert (row["value_zh"], row["value_en"], row["when"]) == (
                said.value_zh,
                said.value_en,
                said.when,
            )
            assert row["kind"] == t.kind.value
            assert row["direction"] == (t.direction.value if t.direction else None)
            assert row["base_year"] == t.base_year


def test_the_outcomes_command_says_every_judged_target_as_the_formatter() -> None:
    text = _cli("outcomes", "--as-of", "2026")
    document = json.loads(_cli("outcomes", "--as-of", "2026", "--json"))
    judged = {(o["plan"], o["target"]["eid"]): o for o in document["outcomes"]}
    for plan, _, t, said in _targets():
        if t.value is None or t.indicator is None:
            continue
        o = judged[(plan.id, t.eid)]
        assert (o["target"]["value_zh"], o["target"]["value_en"]) == (said.value_zh, said.value_en)
        assert f"  {said.value_zh}" in text


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    assert main(["export", "-o", str(folder), "--format", "csv", "--format", "sqlite"]) == 0
    return folder


def test_the_csv_and_sqlite_rows_say_every_target_as_the_formatter(exported: Path) -> None:
    with (exported / "targets.csv").open(encoding="utf-8-sig", newline="") as handle:
        csv_rows = {(r["plan"], r["eid"]): r for r in csv.DictReader(handle)}
    db = sqlite3.connect(exported / "qualityplans.db")
    db.row_factory = sqlite3.Row
    sql_rows = {(r["plan"], r["eid"]): r for r in db.execute("select * from targets")}

    def cell(text: str) -> str:
        """What a CSV cell holds: a text starting like a formula is quoted (OWASP)."""
        return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text

    for plan, _, t, said in _targets():
        row = sql_rows[(plan.id, t.eid)]
        assert (row["value_zh"], row["value_en"], row["when"]) == (
            said.value_zh,
            said.value_en,
            said.when,
        )
        row = csv_rows[(plan.id, t.eid)]
        assert (row["value_zh"], row["value_en"], row["when"]) == (
            cell(said.value_zh),
            cell(said.value_en),
            said.when,
        )
        for rows in (csv_rows, sql_rows):
            row = rows[(plan.id, t.eid)]
            assert row["kind"] == t.kind.value
            assert (row["direction"] or None) == (t.direction.value if t.direction else None)


def test_the_shipped_plans_are_all_checked() -> None:
    seen = {plan.id for plan, _, _, _ in _targets()}
    assert set(SHIPPED) <= seen
