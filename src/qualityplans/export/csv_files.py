"""The flat tables as CSV files, for spreadsheets and any CSV reader.

UTF-8 with a header row; list cells are joined with ``;``, booleans are
``true``/``false``, missing values are empty.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from qualityplans.catalog import Catalog
from qualityplans.export.source import exported
from qualityplans.model import Dataset
from qualityplans.model.wording import number
from qualityplans.rows import TABLES, table_rows

__all__ = ["cell", "write_csv"]


def write_csv(data: Dataset | Catalog | None, directory: Path, *, bom: bool = False) -> list[Path]:
    """Write one CSV table per entry of ``rows.TABLES``; return their paths.

    ``bom`` prefixes a byte-order mark, which Excel needs to read UTF-8.
    """
    out = exported(data)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (columns, _) in TABLES.items():
        path = directory / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            # Python 3.11's writer quotes only what holds the delimiter, a quote or the
            # line terminator, so a lone carriage return would be written bare and read
            # back as a line break: such a row is written with every cell quoted.
            quoted = csv.DictWriter(
                handle, fieldnames=columns, lineterminator="\n", quoting=csv.QUOTE_ALL
            )
            writer.writeheader()
            for row in table_rows(name, out.catalog, out.data, stamp=out.stamp):
                cells = {k: cell(v) for k, v in row.items()}
                bare_cr = any("\r" in c for c in cells.values() if isinstance(c, str))
                (quoted if bare_cr else writer).writerow(cells)
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
    if isinstance(value, Decimal):
        return number(value)
    return value
