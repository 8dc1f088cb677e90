"""The flat tables as one SQLite database for analysts, with Datasette metadata beside it.

Written with sqlite-utils (the library behind Datasette)::

    datasette qualityplans.db -m metadata.json

opens it documented: a title, the licence, the plan documents as sources,
every table and column described in Chinese and English, suggested facets.

Each table of ``rows.TABLES`` is a table here with its primary key and
foreign keys (``PRAGMA foreign_key_check`` is empty). Types are for
querying: years and counts are INTEGER, booleans 0/1, lists JSON arrays, and
amounts and upper bounds REAL numbers, so ``amount > 90`` and Datasette's
``amount__gt=90`` compare numbers; the exact decimal stays beside each as text
(``amount_exact``, ``upper_exact``). Two views answer common questions:
``target_details`` (every target with its plan's title, region, indicator and
the ids and names of the units leading or responsible for it) and
``responsibility_lines`` (every responsibility with the body its line runs
into after the 2018-2019 reform, so 市质监局's and 市市场监管局's work count
together).

Chinese text is indexed with FTS5's ``trigram`` tokenizer, which needs no word
segmentation and matches any run of three or more characters; triggers keep
each index in step with its table if rows are edited::

    SELECT t.plan, t.eid, t.indicator_zh, t.amount, t.unit
    FROM targets_fts JOIN targets t ON t.rowid = targets_fts.rowid
    WHERE targets_fts MATCH '合格率';

(Queries of one or two characters need ``LIKE '%质量%'`` instead.)

The database is built in a temporary file in the target folder and renamed
over the previous one when complete, so the old database stays until then.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from qualityplans.catalog import Catalog
from qualityplans.dictionary import DICTIONARY
from qualityplans.dictionary import TABLES as TABLE_WORDS
from qualityplans.export.files import PathArg, Staged
from qualityplans.export.source import Exported, exported
from qualityplans.model import Dataset
from qualityplans.model.wording import number
from qualityplans.rows import KEYS, TABLES, column_type, table_rows

__all__ = [
    "DB_FILE",
    "FULL_TEXT",
    "METADATA_FILE",
    "VIEWS",
    "datasette_metadata",
    "sqlite_columns",
    "write_sqlite",
]

DB_FILE = "qualityplans.db"
METADATA_FILE = "metadata.json"
DATABASE = DB_FILE.removesuffix(".db")

# Referenced tables first, so every foreign key points at an existing table.
_ORDER = (
    "regions",
    "departments",
    "indicators",
    "plans",
    "measures",
    "responsibilities",
    "targets",
    "observations",
    "ledger",
    "dataset",
)

# The columns of each table the full-text index covers.
FULL_TEXT: dict[str, tuple[str, ...]] = {
    "plans": ("title_zh", "title_en"),
    "measures": ("title_zh", "title_en", "text", "responsibility_text"),
    "targets": ("indicator_zh", "quote", "qualitative"),
    "observations": ("indicator_zh", "quote", "qualitative"),
    "indicators": ("name_zh", "name_en", "aliases", "definition_zh", "definition"),
    "departments": ("name_zh", "name_en", "names"),
    "regions": ("name_zh", "name_en", "names"),
    "ledger": ("figure", "quote", "note_zh", "note"),
}

_LEADS = """(
    SELECT json_group_array({what}) FROM (
        SELECT x.department AS department, d.name_zh AS name
        FROM responsibilities x LEFT JOIN departments d ON d.id = x.department
        WHERE x.plan = t.plan AND x.department IS NOT NULL
          AND x.role IN ('lead', 'responsible')
          AND (x.holder = t.block OR (x.standing = 1 AND EXISTS (
              SELECT 1 FROM measures m WHERE m.plan = t.plan AND m.eid = t.block)))
        GROUP BY x.department ORDER BY x.standing, min(x."order")
    )
)"""

VIEWS: dict[str, str] = {
    "target_details": """
SELECT {target_columns},
    p.title_zh AS plan_title_zh,
    r.name_zh AS region_zh,
    i.name_en AS indicator_en,
    {lead_ids} AS lead_ids,
    {lead_names} AS lead_names
FROM targets t
JOIN plans p ON p.id = t.plan
LEFT JOIN regions r ON r.id = t.region
LEFT JOIN indicators i ON i.id = t.indicator
""",
    "responsibility_lines": """
SELECT {responsibility_columns},
    p.title_zh AS plan_title_zh,
    m.title_zh AS holder_title_zh,
    d.name_en AS line_en
FROM responsibilities x
JOIN plans p ON p.id = x.plan
LEFT JOIN measures m ON m.plan = x.plan AND m.eid = x.holder
LEFT JOIN departments d ON d.id = x.line
""",
}

# Facets Datasette shows on each table by default.
_FACETS: dict[str, list[Any]] = {
    "plans": ["region", "kind"],
    "measures": ["plan", {"array": "lead_ids"}, {"array": "themes"}],
    "responsibilities": ["plan", "role", "line"],
    "targets": ["plan", "region", "kind", "commitment", "indicator"],
    "observations": ["plan", "region", "kind", "indicator"],
    "departments": ["region", "kind"],
    "regions": ["level", "parent"],
    "indicators": ["unit", "better"],
    "ledger": ["plan", "reason"],
    "target_details": ["region_zh", "plan", "year", {"array": "lead_names"}],
    "responsibility_lines": ["line_zh", "role", "plan"],
}
_LABELS = {
    "plans": "title_zh",
    "departments": "name_zh",
    "indicators": "name_zh",
    "regions": "name_zh",
}


def sqlite_columns(table: str) -> list[str]:
    """The columns of ``table`` in the database: the row's columns, each exact decimal
    followed by its text twin (``amount``, ``amount_exact``)."""
    out = []
    for column in TABLES[table][0]:
        out.append(column)
        if column_type(table, column) == "decimal":
            out.append(f"{column}_exact")
    return out


def _sql_type(table: str, column: str) -> type:
    if column.endswith("_exact"):
        return str
    kind = column_type(table, column)
    if kind == "decimal":
        return float
    if kind in ("integer", "boolean"):
        return int
    return str


def _row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in TABLES[table][0]:
        value = row[column]
        kind = column_type(table, column)
        if kind == "decimal":
            out[column] = None if value is None else float(value)
            out[f"{column}_exact"] = None if value is None else number(value)
        elif kind == "list":
            out[column] = None if value is None else json.dumps(list(value), ensure_ascii=False)
        elif kind == "boolean":
            out[column] = None if value is None else int(value)
        elif isinstance(value, Decimal):
            out[column] = number(value)
        else:
            out[column] = value
    return out


def _quoted(columns: list[str], alias: str) -> str:
    return ", ".join(f'{alias}."{c}"' for c in columns)


def _views() -> dict[str, str]:
    values = {
        "target_columns": _quoted(sqlite_columns("targets"), "t"),
        "responsibility_columns": _quoted(sqlite_columns("responsibilities"), "x"),
        "lead_ids": _LEADS.format(what="department"),
        "lead_names": _LEADS.format(what="name"),
    }
    return {name: sql.format(**values).strip() for name, sql in VIEWS.items()}


def _build(path: Path, out: Exported) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(path)
    # A new file that is renamed into place only when complete needs no rollback journal
    # on disk; it is synced once, below, before the rename.
    db.execute("PRAGMA journal_mode = MEMORY")
    db.execute("PRAGMA synchronous = OFF")
    try:
        for name in _ORDER:
            columns = sqlite_columns(name)
            rows = [
                _row(name, row) for row in table_rows(name, out.catalog, out.data, stamp=out.stamp)
            ]
            keys = KEYS[name]
            table = db.table(name)
            table.create(
                {c: _sql_type(name, c) for c in columns},
                pk=keys.primary if keys.primary else None,
                foreign_keys=list(keys.foreign),
            )
            table.insert_all(rows)
            if name in FULL_TEXT:
                table.enable_fts(list(FULL_TEXT[name]), tokenize="trigram", create_triggers=True)
        db.index_foreign_keys()
        for name, sql in _views().items():
            db.create_view(name, sql)
    finally:
        db.close()
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def datasette_metadata(data: Dataset | Catalog | None) -> dict[str, Any]:
    """The ``metadata.json`` Datasette reads (``datasette qualityplans.db -m metadata.json``):
    title, licence, the plan documents as sources, every table and column described."""
    return _metadata(exported(data))


def _metadata(out: Exported) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for name in (*_ORDER, *VIEWS):
        zh, en = TABLE_WORDS[name]
        columns = {c: _column_words(name, c) for c in DICTIONARY[name]}
        table: dict[str, Any] = {"description": f"{zh} {en}", "columns": columns}
        if name in _FACETS:
            table["facets"] = _FACETS[name]
        if name in _LABELS:
            table["label_column"] = _LABELS[name]
        if name in ("targets", "target_details"):
            table["sort"] = "plan"
        tables[name] = table
    return {
        "title": "质量规划数据库 qualityplans",
        "description": (
            "中国地方质量发展规划的目标、措施与责任分工，每个数值附原文。"
            "Chinese municipal quality-development plans: targets, measures and "
            f"responsibilities, each value with its verbatim quote. Version {out.version}."
        ),
        "license": "MIT",
        "license_url": "https://opensource.org/licenses/MIT",
        "source": "规划原文 The plan documents: " + "; ".join(plan_sources(out.data)),
        "databases": {DATABASE: {"tables": tables}},
    }


def plan_sources(data: Dataset) -> list[str]:
    """Each plan document as a reader cites it: title and 文号."""
    return [
        p.title_zh + (f"（{p.doc_number.canonical}）" if p.doc_number else "") for p in data.plans
    ]


def _column_words(table: str, column: str) -> str:
    zh, en, note = DICTIONARY[table][column]
    return f"{zh} {en}" + (f" ({note})" if note else "")


def write_sqlite(data: Dataset | Catalog | None, directory: PathArg) -> Path:
    """Write ``qualityplans.db`` and its Datasette ``metadata.json`` into ``directory``;
    return the database's path.

    ``directory`` is a str or os.PathLike, created if missing. Both files are
    built under temporary names and moved into place when complete; the previous
    database stays until then.
    """
    out = exported(data)
    with Staged(directory) as staged:
        _build(staged.path(DB_FILE), out)
        staged.write_text(
            METADATA_FILE,
            json.dumps(_metadata(out), ensure_ascii=False, indent=2) + "\n",
        )
        database, _ = staged.commit()
    return database
