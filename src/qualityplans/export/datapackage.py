"""The flat tables as a Frictionless Data Package: CSV files plus ``datapackage.json``.

The descriptor gives every column's type, a title and a description in Chinese
and English (from ``qualityplans.dictionary``), each table's primary key and
its foreign keys, the licence, the plan documents as sources, and each file's
size (``bytes``) and ``sha256`` hash, so ``frictionless validate
datapackage.json`` checks the tables, the links between them and that no value
was changed after export.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

from qualityplans.catalog import Catalog
from qualityplans.dictionary import DICTIONARY
from qualityplans.dictionary import TABLES as TABLE_WORDS
from qualityplans.export.csv_files import table_csv
from qualityplans.export.files import PathArg, Staged, as_path
from qualityplans.export.source import Exported, exported
from qualityplans.export.sqlite_db import plan_sources
from qualityplans.model import Dataset
from qualityplans.rows import KEYS, TABLES, column_type

__all__ = ["DESCRIPTOR", "LICENSE", "descriptor", "write_datapackage", "write_descriptor"]

DESCRIPTOR = "datapackage.json"
LICENSE = {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}
_TYPES = {
    "string": "string",
    "integer": "integer",
    "decimal": "number",  # exact decimal text, e.g. 0.1; never in exponent notation
    "boolean": "boolean",
    "list": "string",  # items joined with ";"
}


def _field(table: str, column: str) -> dict[str, Any]:
    zh, en, note = DICTIONARY[table][column]
    kind = column_type(table, column)
    field: dict[str, Any] = {
        "name": column,
        "type": _TYPES[kind],
        "title": f"{zh} {en}",
        "description": f"{zh}：{en}" + (f" ({note})" if note else ""),
    }
    if kind == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    if kind == "list":
        field["description"] += "; items separated by ;"
    return field


def _contents(out: Exported, directory: Path | None, bom: bool) -> dict[str, bytes]:
    """The bytes of every table's CSV file: the files in ``directory`` if all are there
    (with or without a BOM), else the tables as ``write_csv(..., bom=bom)`` writes them."""
    if directory is not None:
        paths = {name: directory / f"{name}.csv" for name in TABLES}
        if all(p.is_file() and not p.is_symlink() for p in paths.values()):
            return {name: path.read_bytes() for name, path in paths.items()}
    return {name: table_csv(out, name, bom=bom) for name in TABLES}


def descriptor(
    data: Dataset | Catalog | None, directory: PathArg | None = None, *, bom: bool = False
) -> dict[str, object]:
    """The ``datapackage.json`` document for the CSV tables of ``data``.

    ``bytes`` and ``hash`` describe the CSV files in ``directory`` when they are
    all there (so a descriptor written beside BOM-prefixed tables describes
    those), else the tables ``write_csv(data, …, bom=bom)`` writes.
    """
    out = exported(data)
    folder = None if directory is None else as_path(directory, "folder")
    return _descriptor(out, _contents(out, folder, bom))


def _descriptor(out: Exported, contents: dict[str, bytes]) -> dict[str, object]:
    resources = []
    for name, (columns, _) in TABLES.items():
        content = contents[name]
        keys = KEYS[name]
        schema: dict[str, object] = {
            "fields": [_field(name, c) for c in columns],
            "missingValues": [""],
        }
        if keys.primary:
            schema["primaryKey"] = list(keys.primary)
        if keys.foreign:
            schema["foreignKeys"] = [
                {
                    "fields": [column],
                    "reference": {"resource": "" if table == name else table, "fields": [other]},
                }
                for column, table, other in keys.foreign
            ]
        zh, en = TABLE_WORDS[name]
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "title": f"{zh} {en}",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig" if content.startswith(b"\xef\xbb\xbf") else "utf-8",
                "bytes": len(content),
                "hash": f"sha256:{hashlib.sha256(content).hexdigest()}",
                "schema": schema,
            }
        )
    return {
        "name": "qualityplans",
        "version": out.version,
        "title": "质量规划数据库 Chinese municipal quality-development plans",
        "description": "中国地方质量发展规划的目标、措施与责任分工，每个数值附原文。"
        "Plans, measures, responsibilities, targets, observations, departments, regions, "
        "indicators and the figure ledger, each value with its verbatim quote. Amounts are "
        "exact decimal text. A text cell that would start with =, +, -, @, a tab or a "
        "carriage return starts with ' instead, so that spreadsheets do not read it as a "
        "formula.",
        "licenses": [LICENSE],
        "sources": [{"title": title} for title in plan_sources(out.data)],
        "resources": resources,
    }


def _text(document: dict[str, object]) -> str:
    buffer = io.StringIO()
    json.dump(document, buffer, ensure_ascii=False, indent=2)
    return buffer.getvalue() + "\n"


def write_descriptor(
    data: Dataset | Catalog | None, directory: PathArg, *, bom: bool = False
) -> Path:
    """Write ``datapackage.json`` alone into ``directory``, describing the CSV tables there
    (or, if absent, those ``write_csv(data, …, bom=bom)`` writes); return its path."""
    with Staged(directory) as staged:
        staged.write_text(DESCRIPTOR, _text(descriptor(data, staged.directory, bom=bom)))
        [path] = staged.commit()
    return path


def write_datapackage(data: Dataset | Catalog | None, directory: PathArg) -> list[Path]:
    """Write the CSV tables and ``datapackage.json`` into ``directory``; return their paths.

    ``directory`` is a str or os.PathLike, created if missing. The tables are
    written without a byte-order mark, as the standard wants; all files are
    staged and moved into place together.
    """
    out = exported(data)
    contents = {name: table_csv(out, name) for name in TABLES}
    with Staged(directory) as staged:
        for name, content in contents.items():
            staged.write_bytes(f"{name}.csv", content)
        staged.write_text(DESCRIPTOR, _text(_descriptor(out, contents)))
        return staged.commit()
