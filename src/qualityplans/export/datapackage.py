"""The flat tables as a Frictionless Data Package: CSV files plus ``datapackage.json``.

The descriptor gives every column's type, each table's primary key and its
foreign keys, so ``frictionless validate datapackage.json`` checks the
tables and the links between them.
"""

from __future__ import annotations

import json
from pathlib import Path

from qualityplans.catalog import Catalog
from qualityplans.export.csv_files import write_csv
from qualityplans.export.source import exported
from qualityplans.model import Dataset
from qualityplans.rows import KEYS, TABLES, table_rows

__all__ = ["DESCRIPTOR", "descriptor", "write_datapackage", "write_descriptor"]

DESCRIPTOR = "datapackage.json"
_DECIMAL_COLUMNS = frozenset({"amount", "upper"})  # exact decimals, written as text


def _field_type(column: str, values: list[object]) -> str:
    present = [v for v in values if v is not None]
    if column in _DECIMAL_COLUMNS:
        return "number"
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "integer"
    return "string"


def descriptor(data: Dataset | Catalog | None) -> dict[str, object]:
    """The ``datapackage.json`` document for the CSV tables of ``data``."""
    out = exported(data)
    resources = []
    for name, (columns, _) in TABLES.items():
        rows = list(table_rows(name, out.catalog, out.data, stamp=out.stamp))
        keys = KEYS[name]
        schema: dict[str, object] = {
            "fields": [
                {"name": c, "type": _field_type(c, [r.get(c) for r in rows])} for c in columns
            ],
            "missingValues": [""],
        }
        if keys.primary:
            schema["primaryKey"] = list(keys.primary)
        if keys.foreign:
            schema["foreignKeys"] = [
                {"fields": [column], "reference": {"resource": table, "fields": [other]}}
                for column, table, other in keys.foreign
            ]
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    return {
        "name": "qualityplans",
        "version": out.version,
        "title": "Chinese municipal quality-development plans 质量规划数据库",
        "description": "Plans, measures, responsibilities, targets, observations, departments, "
        "indicators and the figure ledger, each value with its verbatim quote.",
        "resources": resources,
    }


def write_descriptor(data: Dataset | Catalog | None, directory: Path) -> Path:
    """Write ``datapackage.json`` alone into ``directory`` (beside the CSV tables)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / DESCRIPTOR
    path.write_text(
        json.dumps(descriptor(data), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return path


def write_datapackage(data: Dataset | Catalog | None, directory: Path) -> list[Path]:
    """Write the CSV tables and ``datapackage.json`` into ``directory``; return their paths."""
    return [*write_csv(data, directory), write_descriptor(data, directory)]
