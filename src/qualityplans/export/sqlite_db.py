"""The flat tables as one SQLite database, with keys and Chinese full-text search.

Written with sqlite-utils (the library behind Datasette), so
``datasette qualityplans.db`` opens it as is. Each table of ``rows.TABLES`` is
a table here with its primary key and foreign keys (``PRAGMA
foreign_key_check`` is empty); list columns hold JSON arrays. Chinese text is
indexed with FTS5's ``trigram`` tokenizer, which needs no word segmentation
and matches any run of three or more characters::

    SELECT t.plan, t.eid, t.indicator_zh, t.amount, t.unit
    FROM targets_fts JOIN targets t ON t.rowid = targets_fts.rowid
    WHERE targets_fts MATCH '合格率';

(Queries of one or two characters need ``LIKE '%质量%'`` instead.)
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from qualityplans.catalog import Catalog
from qualityplans.export.source import exported
from qualityplans.model import Dataset
from qualityplans.model.wording import number
from qualityplans.rows import KEYS, TABLES, table_rows

__all__ = ["DB_FILE", "FULL_TEXT", "write_sqlite"]

DB_FILE = "qualityplans.db"

# Referenced tables first, so every foreign key points at an existing table.
_ORDER = (
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
    "ledger": ("figure", "quote", "note"),
}


def _value(value: object) -> object:
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, tuple | list):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def _type(values: list[object]) -> type:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool | int) for v in present):
        return int
    return str


def write_sqlite(data: Dataset | Catalog | None, directory: Path) -> Path:
    """Write ``qualityplans.db`` into ``directory`` (replacing it); return its path."""
    import sqlite_utils

    out = exported(data)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / DB_FILE
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    try:
        for name in _ORDER:
            columns = TABLES[name][0]
            rows = [
                {c: _value(row[c]) for c in columns}
                for row in table_rows(name, out.catalog, out.data, stamp=out.stamp)
            ]
            keys = KEYS[name]
            table = db.table(name)
            table.create(
                {c: _type([r[c] for r in rows]) for c in columns},
                pk=keys.primary if keys.primary else None,
                foreign_keys=list(keys.foreign),
            )
            table.insert_all(rows)
            if name in FULL_TEXT:
                table.enable_fts(list(FULL_TEXT[name]), tokenize="trigram")
        db.index_foreign_keys()
    finally:
        db.close()
    return path
