"""The exports as an analyst meets them: numbers that compare as numbers, views, documented
columns, a Data Package that notices a changed value, CSV cells that cannot run formulas."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import qualityplans
from qualityplans.cli import main
from qualityplans.dictionary import DICTIONARY
from qualityplans.dictionary import TABLES as TABLE_WORDS
from qualityplans.export import TABLES, records, write_csv, write_datapackage, write_sqlite
from qualityplans.export.csv_files import cell
from qualityplans.export.datapackage import write_descriptor
from qualityplans.export.sqlite_db import METADATA_FILE, VIEWS, sqlite_columns

FRICTIONLESS = Path(sys.executable).with_name("frictionless")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("analysts")
    for fmt in ("sqlite", "datapackage"):
        assert main(["export", "--format", fmt, "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def db(exported: Path) -> sqlite3.Connection:
    return sqlite3.connect(exported / "qualityplans.db")


# ------------------------------------------------------------------ SQLite


def test_amounts_compare_as_numbers(db: sqlite3.Connection) -> None:
    # the question from the issue: a text column gave 17 where the numbers give 88
    (as_stored, as_cast) = db.execute(
        "SELECT sum(amount > 90), sum(cast(amount_exact AS real) > 90) FROM targets"
    ).fetchone()
    expected = sum(1 for r in records("targets") if r["amount"] is not None and r["amount"] > 90)
    assert as_stored == as_cast == expected
    # sorting by amount puts 100 after 99, not before it
    amounts = [
        a
        for (a,) in db.execute(
            "SELECT amount FROM targets WHERE amount IS NOT NULL ORDER BY amount"
        )
    ]
    assert amounts == sorted(amounts)
    assert {type(a) for a in amounts} == {float}


def test_the_exact_decimal_stays_beside_the_number(db: sqlite3.Connection) -> None:
    rows = {
        (plan, eid): (amount, exact)
        for plan, eid, amount, exact in db.execute(
            "SELECT plan, eid, amount, amount_exact FROM targets"
        )
    }
    for r in records("targets"):
        amount, exact = rows[(r["plan"], r["eid"])]
        if r["amount"] is None:
            assert (amount, exact) == (None, None)
        else:
            assert Decimal(exact) == r["amount"]  # digit for digit
            assert amount == float(r["amount"])
    assert rows[("suzhou-2016", "sec_2__item_6__tgt_4")] == (0.1, "0.1")


def test_years_counts_and_flags_are_integers(db: sqlite3.Connection) -> None:
    types = {
        (table, column): kind
        for table in TABLES
        for _, column, kind, *_ in db.execute(f"PRAGMA table_info({table})")
    }
    assert types[("targets", "year")] == "INTEGER"
    assert types[("targets", "base_year")] == "INTEGER"
    assert types[("targets", "amount")] == "REAL"
    assert types[("targets", "amount_exact")] == "TEXT"
    assert types[("targets", "upper")] == "REAL"
    assert types[("plans", "period_start")] == "INTEGER"
    assert types[("measures", "number")] == "INTEGER"
    assert types[("responsibilities", "standing")] == "INTEGER"
    (kinds,) = db.execute("SELECT group_concat(DISTINCT typeof(year)) FROM targets").fetchone()
    assert set(kinds.split(",")) <= {"integer", "null"}


def test_lead_units_are_ids_however_they_are_written(db: sqlite3.Connection) -> None:
    # Xiangcheng writes its market-regulation bureau as 区市场监管局 and as 市场监管局
    spelled = {
        written
        for (written,) in db.execute(
            "SELECT DISTINCT r.written FROM responsibilities r "
            "WHERE r.department = 'xiangcheng.market-regulation' AND r.role = 'lead'"
        )
    }
    assert {"区市场监管局", "市场监管局"} <= spelled
    (facet,) = db.execute(
        "SELECT count(*) FROM measures, json_each(measures.lead_ids) "
        "WHERE json_each.value = 'xiangcheng.market-regulation' "
        "AND measures.plan = 'xiangcheng-2017'"
    ).fetchone()
    plan = qualityplans.get_plan("xiangcheng-2017")
    assert facet == sum(
        any(r.department == "xiangcheng.market-regulation" for r in m.leads) for m in plan.measures
    )


def test_the_target_details_view(db: sqlite3.Connection) -> None:
    db.row_factory = sqlite3.Row
    try:
        row = db.execute(
            "SELECT * FROM target_details WHERE plan = 'suzhou-2016' "
            "AND eid = 'sec_3__item_14__tgt_1'"
        ).fetchone()
        assert row["plan_title_zh"] == "2016年苏州市质量强市工作行动计划"
        assert row["region_zh"] == "苏州市"
        assert row["indicator_zh"] == "大中型工程一次验收合格率"
        assert row["amount"] == 100.0
        assert row["amount_exact"] == "100"
        measure = qualityplans.get_plan("suzhou-2016").measure(14)
        assert json.loads(row["lead_ids"]) == list(
            dict.fromkeys(r.department for r in measure.leads if r.department)
        )
        assert (
            json.loads(row["lead_names"])[0]
            == qualityplans.get_department(json.loads(row["lead_ids"])[0]).name_zh
        )
        (count,) = db.execute("SELECT count(*) FROM target_details").fetchone()
        assert count == len(records("targets"))
    finally:
        db.row_factory = None


def test_responsibility_lines_merge_the_reform(db: sqlite3.Connection) -> None:
    lines = dict(
        db.execute(
            "SELECT department, line FROM responsibility_lines "
            "WHERE department LIKE 'suzhou.%' GROUP BY department"
        ).fetchall()
    )
    for old in ("suzhou.quality-supervision", "suzhou.industry-commerce", "suzhou.food-drug"):
        assert lines[old] == "suzhou.market-regulation"
    assert lines["suzhou.market-regulation"] == "suzhou.market-regulation"
    (led,) = db.execute(
        "SELECT count(DISTINCT plan || '/' || holder) FROM responsibility_lines "
        "WHERE line = 'suzhou.market-regulation' AND role = 'lead' "
        "AND plan IN ('suzhou-2016', 'pinzhi-suzhou-2025')"
    ).fetchone()
    assert led == 17  # 12 measures in 2016 under three bureaus, 5 in 2025


def test_full_text_indexes_follow_edits(tmp_path: Path) -> None:
    write_sqlite(None, str(tmp_path))
    db = sqlite3.connect(tmp_path / "qualityplans.db")

    def found(word: str) -> set[str]:
        return {
            eid
            for (eid,) in db.execute(
                "SELECT t.eid FROM targets_fts JOIN targets t ON t.rowid = targets_fts.rowid "
                "WHERE targets_fts MATCH ?",
                (word,),
            )
        }

    assert "sec_3__item_14__tgt_1" in found("一次验收合格率")
    db.execute(
        "UPDATE targets SET quote = '完全不同的引文' WHERE plan = 'suzhou-2016' "
        "AND eid = 'sec_3__item_14__tgt_1'"
    )
    assert "sec_3__item_14__tgt_1" in found("完全不同的引文")
    db.execute("DELETE FROM targets WHERE eid = 'sec_3__item_14__tgt_1'")
    assert found("完全不同的引文") == set()
    # FTS5 raises "database disk image is malformed" if an index no longer matches its table
    for table in ("targets", "plans", "measures", "indicators"):
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
    triggers = {
        name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert {"targets_ai", "targets_ad", "targets_au"} <= triggers


def test_datasette_metadata_describes_every_table_and_column(exported: Path) -> None:
    metadata = json.loads((exported / METADATA_FILE).read_text(encoding="utf-8"))
    assert metadata["license"] == "MIT"
    assert metadata["title"].startswith("质量规划数据库")
    for plan in qualityplans.plans():
        assert plan.title_zh in metadata["source"]
    tables = metadata["databases"]["qualityplans"]["tables"]
    db = sqlite3.connect(exported / "qualityplans.db")
    for name in [*TABLES, *VIEWS]:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({name})")]
        described = tables[name]["columns"]
        assert set(described) == set(columns), name
        assert all(described[c].strip() for c in columns), name
        assert tables[name]["description"].startswith(TABLE_WORDS[name][0])
    assert "amount" in tables["targets"]["columns"]
    assert "REAL" in tables["targets"]["columns"]["amount"]
    assert tables["targets"]["facets"][:2] == ["plan", "region"]


def test_the_dictionary_names_exactly_the_columns_written() -> None:
    for table, (columns, _) in TABLES.items():
        assert set(DICTIONARY[table]) == set(sqlite_columns(table)), table
        assert set(columns) <= set(DICTIONARY[table])
        for column in DICTIONARY[table]:
            zh, en, _ = DICTIONARY[table][column]
            assert zh, (table, column)
            assert en, (table, column)
            assert any("\u4e00" <= c <= "\u9fff" for c in zh), (table, column)


# ------------------------------------------------------------ Data Package


def test_every_field_has_a_title_and_description_in_both_languages(exported: Path) -> None:
    package = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"] == [
        {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}
    ]
    titles = [s["title"] for s in package["sources"]]
    assert "“品质苏州”建设行动方案(2025年)（苏府办〔2025〕77号）" in titles
    assert len(titles) == len(qualityplans.plans())
    for resource in package["resources"]:
        content = (exported / resource["path"]).read_bytes()
        assert resource["bytes"] == len(content)
        assert resource["hash"].startswith("sha256:")
        for field in resource["schema"]["fields"]:
            zh, en, _ = DICTIONARY[resource["name"]][field["name"]]
            assert field["title"] == f"{zh} {en}"
            assert zh in field["description"]
            assert en in field["description"]
    targets = next(r for r in package["resources"] if r["name"] == "targets")
    types = {f["name"]: f["type"] for f in targets["schema"]["fields"]}
    assert (types["amount"], types["year"], types["base_year"]) == ("number", "integer", "integer")


def _frictionless(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(FRICTIONLESS), "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=path.parent,
    )


def test_frictionless_validate_passes_then_fails_on_a_changed_value(
    exported: Path, tmp_path: Path
) -> None:
    assert FRICTIONLESS.exists()
    ok = _frictionless(exported / "datapackage.json")
    assert ok.returncode == 0, ok.stdout[-2000:]
    copy = tmp_path / "package"
    shutil.copytree(exported, copy, ignore=shutil.ignore_patterns("*.db", "*.json"))
    shutil.copy(exported / "datapackage.json", copy)
    targets = copy / "targets.csv"
    text = targets.read_text(encoding="utf-8")
    changed = text.replace(
        "2016年大中型工程一次验收合格率达到100%", "2016年大中型工程一次验收合格率达到99%", 1
    )
    assert changed != text
    targets.write_text(changed, encoding="utf-8")
    failed = _frictionless(copy / "datapackage.json")
    assert failed.returncode != 0
    assert "hash-count" in failed.stdout
    assert "targets" in failed.stdout


def test_a_descriptor_beside_bom_tables_describes_them(tmp_path: Path) -> None:
    import frictionless

    write_csv(None, tmp_path, bom=True)
    write_descriptor(None, tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    plans = next(r for r in package["resources"] if r["name"] == "plans")
    assert plans["encoding"] == "utf-8-sig"
    assert plans["bytes"] == (tmp_path / "plans.csv").stat().st_size
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "type", "note"])[:5]
    # alone (the site writes the descriptor apart from the tables), bom= says which files
    alone = tmp_path / "alone"
    write_descriptor(None, alone, bom=True)
    described = json.loads((alone / "datapackage.json").read_text(encoding="utf-8"))
    assert described["resources"] == package["resources"]


# ------------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+86 512", "'+86 512"),
        ("-13%", "'-13%"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("合格率=98%", "合格率=98%"),
        (["=a", "b"], "'=a;b"),
        (Decimal("-13"), "-13"),
        (-5, -5),
        (True, "true"),
        (None, ""),
    ],
)
def test_csv_cells_that_would_start_a_formula_are_neutralised(
    value: object, written: object
) -> None:
    assert cell(value) == written


def test_a_hostile_text_reaches_the_csv_as_text(tmp_path: Path) -> None:
    import attrs

    data = qualityplans.dataset()
    plan = data.plans[0]
    evil = attrs.evolve(plan, title_zh='=HYPERLINK("http://x","y")', title_en="@cmd|' /C calc'!A0")
    write_csv(attrs.evolve(data, plans=(evil, *data.plans[1:])), tmp_path)
    with (tmp_path / "plans.csv").open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["title_zh"] == '\'=HYPERLINK("http://x","y")'
    assert row["title_en"] == "'@cmd|' /C calc'!A0"
    assert row["targets"] == str(len(plan.targets))  # numbers untouched


def test_bom_csv_reads_back_in_pandas(tmp_path: Path) -> None:
    import pandas

    write_csv(None, tmp_path, bom=True)
    assert (tmp_path / "targets.csv").read_bytes().startswith(b"\xef\xbb\xbfplan,")
    frame = pandas.read_csv(tmp_path / "targets.csv", encoding="utf-8-sig")
    assert list(frame.columns) == TABLES["targets"][0]
    assert len(frame) == len(records("targets"))


def test_write_datapackage_takes_a_string_path(tmp_path: Path) -> None:
    written = write_datapackage(None, str(tmp_path / "pkg"))
    assert [p.name for p in written][-1] == "datapackage.json"
    assert all(p.is_file() for p in written)
