"""The SQLite database, the Data Package, the JSON Schema and records(), on the real data."""

import copy
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

import qualityplans
from qualityplans.cli import main
from qualityplans.export import TABLES, records
from qualityplans.export.schema import json_schema


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    for fmt in ("json", "sqlite", "datapackage"):
        assert main(["export", "--format", fmt, "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def db(exported: Path) -> sqlite3.Connection:
    return sqlite3.connect(exported / "qualityplans.db")


def test_records_targets_one_row_per_target_with_exact_amounts() -> None:
    rows = records("targets")
    assert len(rows) == sum(len(p.targets) for p in qualityplans.plans())
    assert list(rows[0]) == TABLES["targets"][0]
    [row] = [r for r in rows if r["plan"] == "suzhou-14fyp" and r["eid"] == "table_1__tgt_1"]
    assert row["indicator"] == "manufacturing-product-pass-rate"
    assert row["amount"] == Decimal("97")
    assert row["value_zh"] == "≥97%"
    # every amount is the exact Decimal of its target
    targets = {(p.id, t.eid): t for p in qualityplans.plans() for t in p.targets}
    for r in rows:
        value = targets[(r["plan"], r["eid"])].value
        assert r["amount"] == (value.amount if value else None)


def test_records_lists_stay_lists_and_unknown_tables_are_named() -> None:
    [bureau] = [d for d in records("departments") if d["id"] == "suzhou.quality-supervision"]
    assert "市质监局" in bureau["names"]
    assert bureau["successors"] == ["suzhou.market-regulation"]
    with pytest.raises(
        ValueError, match="no table 'target'; the tables are plans, measures"
    ) as raised:
        records("target")
    assert "\n" not in str(raised.value)


def test_sqlite_foreign_keys_check_out(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = {row[2] for row in db.execute("PRAGMA foreign_key_list(targets)")}
    assert fks == {"plans", "regions", "indicators"}
    pk = [row[1] for row in db.execute("PRAGMA table_info(targets)") if row[5]]
    assert pk == ["plan", "eid"]
    for name in TABLES:
        (count,) = db.execute(f"SELECT count(*) FROM {name}").fetchone()
        assert count == len(records(name)), name


def test_sqlite_full_text_search_returns_the_pass_rate_targets(db: sqlite3.Connection) -> None:
    # the example query from the module docstring and the README
    found = db.execute(
        "SELECT t.plan, t.eid, t.indicator_zh, t.amount, t.unit "
        "FROM targets_fts JOIN targets t ON t.rowid = targets_fts.rowid "
        "WHERE targets_fts MATCH '合格率'"
    ).fetchall()
    expected = {
        (r["plan"], r["eid"])
        for r in records("targets")
        if "合格率" in (r["quote"] or "") + (r["indicator_zh"] or "") + (r["qualitative"] or "")
    }
    assert {(plan, eid) for plan, eid, *_ in found} == expected
    assert ("suzhou-2016", "sec_3__item_14__tgt_1", "大中型工程一次验收合格率", 100.0, "%") in found


def test_the_data_package_validates_with_frictionless(exported: Path) -> None:
    import frictionless

    report = frictionless.validate(str(exported / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "type", "note"])[:5]
    package = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    targets = next(r for r in package["resources"] if r["name"] == "targets")
    assert targets["schema"]["primaryKey"] == ["plan", "eid"]
    assert {"fields": ["indicator"], "reference": {"resource": "indicators", "fields": ["id"]}} in (
        targets["schema"]["foreignKeys"]
    )
    types = {f["name"]: f["type"] for f in targets["schema"]["fields"]}
    assert (types["amount"], types["year"], types["quote"]) == ("number", "integer", "string")


def test_the_json_export_matches_the_schema_generated_from_the_model(exported: Path) -> None:
    schema = json.loads((exported / "qualityplans.schema.json").read_text(encoding="utf-8"))
    assert schema == json_schema()
    document = json.loads((exported / "qualityplans.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(document)
    # the schema is strict: a key the model lacks, or a float amount, fails
    small = copy.deepcopy(document)
    small["dataset"]["plans"] = small["dataset"]["plans"][:1]
    validator.validate(small)
    extra_key = copy.deepcopy(small)
    extra_key["dataset"]["indicators"][0]["colour"] = "red"
    assert [e.message for e in validator.iter_errors(extra_key)] == [
        "Additional properties are not allowed ('colour' was unexpected)"
    ]
    float_amount = copy.deepcopy(small)
    target = next(
        t for t in _walk_targets(float_amount["dataset"]["plans"][0]["body"]) if t["value"]
    )
    target["value"]["amount"] = 100.0
    assert list(validator.iter_errors(float_amount))


def _walk_targets(items: list[dict]) -> list[dict]:
    found = []
    for item in items:
        found += item.get("targets", [])
        found += _walk_targets(item.get("items", []))
    return found


def test_every_export_carries_the_citable_dataset_version(
    exported: Path, db: sqlite3.Connection
) -> None:
    version = qualityplans.dataset_version()
    document = json.loads((exported / "qualityplans.json").read_text(encoding="utf-8"))
    assert document["dataset_version"] == version
    jsonschema.validate(document, json_schema())
    package = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == version
    assert db.execute("SELECT name, dataset_version, plans FROM dataset").fetchall() == [
        ("qualityplans", version, len(qualityplans.plans()))
    ]
    assert (
        (exported / "dataset.csv")
        .read_text(encoding="utf-8")
        .splitlines()[1]
        .startswith(f"qualityplans,{version},")
    )


def test_chinese_notes_and_definitions_are_exported_chinese_first(db: sqlite3.Connection) -> None:
    [ciq] = [d for d in records("departments") if d["id"] == "suzhou.ciq"]
    assert list(ciq)[-2:] == ["note_zh", "note"]
    assert ciq["note_zh"] == "国家出入境检验检疫系统的分支机构，不是市级机构。"
    # the definition in Chinese is searchable: 细颗粒物 stands only in PM2.5's definition_zh
    found = db.execute(
        "SELECT i.id FROM indicators_fts JOIN indicators i ON i.rowid = indicators_fts.rowid "
        "WHERE indicators_fts MATCH '细颗粒物'"
    ).fetchall()
    assert ("pm25-annual-mean",) in found


def test_statement_and_ledger_notes_are_exported_chinese_first(
    exported: Path, db: sqlite3.Connection
) -> None:
    """Targets, observations and the ledger carry note_zh before note in every table,
    from the one row builder: records(), CSV, SQLite and the JSON export alike."""
    plans = qualityplans.plans()
    for table in ("targets", "observations", "ledger"):
        columns = TABLES[table][0]
        assert columns.index("note_zh") == columns.index("note") - 1, table
    written = {
        (p.id, s.eid): (s.note_zh, s.note)
        for p in plans
        for s in (*p.targets, *p.observations)
        if s.note
    }
    rows = {(r["plan"], r["eid"]): (r["note_zh"], r["note"]) for r in records("targets")}
    rows |= {(r["plan"], r["eid"]): (r["note_zh"], r["note"]) for r in records("observations")}
    assert written
    assert {k: rows[k] for k in written} == written
    ledger = [(r["plan"], r["note_zh"], r["note"]) for r in records("ledger")]
    assert ledger == [(p.id, e.note_zh, e.note) for p in plans for e in p.ledger]
    # SQLite: the Chinese note is a column, and the ledger's is searchable
    [(zh, english)] = db.execute(
        "SELECT note_zh, note FROM targets WHERE plan = 'suzhou-2016' "
        "AND eid = 'sec_2__item_6__tgt_3'"
    ).fetchall()
    assert (zh, english) == written[("suzhou-2016", "sec_2__item_6__tgt_3")]
    found = db.execute(
        "SELECT l.figure FROM ledger_fts JOIN ledger l ON l.rowid = ledger_fts.rowid "
        "WHERE ledger_fts MATCH '纸张规格'"
    ).fetchall()
    assert found == [("A3",)]
    # the JSON export holds the model's fields, Chinese beside English
    dumped = (exported / "qualityplans.json").read_text(encoding="utf-8")
    assert '"reason_zh": "提取痕迹：原文为“和”处出现了英文“and”。"' in dumped
