"""The flat tables as CSV files, for spreadsheets and any CSV reader.

UTF-8 with a header row; list cells are joined with ``;``, booleans are
``true``/``false``, missing values are empty.
"""

from __future__ import annotations

import csv
from pathlib import Path

from qualityplans.export.tables import CSV_TABLES
from qualityplans.model import Dataset
from qualityplans.privacy import publishable

__all__ = ["cell", "write_csv"]


def write_csv(data: Dataset, directory: Path, *, bom: bool = False) -> list[Path]:
    """Write one CSV table per entry of ``CSV_TABLES``; return their paths.

    ``bom`` prefixes a byte-order mark, which Excel needs to read UTF-8.
    """
    directory.mkdir(parents=True, exist_ok=True)
    data = publishable(data)
    written = []
    for name, (columns, rows) in CSV_TABLES.items():
        path = directory / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            for row in rows(data):
                writer.writerow({k: cell(v) for k, v in row.items()})
        written.append(path)
    return written


def cell(value: object) -> object:
    """A row value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
