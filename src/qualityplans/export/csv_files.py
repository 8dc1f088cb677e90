"""The flat tables as CSV files, for spreadsheets and any CSV reader.

UTF-8 with a header row; list cells are joined with ``;``, booleans are
``true``/``false``, missing values are empty, amounts exact decimal text
(``0.1``, never ``1E-1`` or a float). ``bom=True`` starts each file with a
byte-order mark, which Excel needs to read UTF-8 (the site's downloads use it).

A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is written with a leading ``'`` (OWASP's rule against CSV injection),
so a spreadsheet shows it as text instead of running it as a formula; numbers
are never changed. Every file is written atomically (``export.files``).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from qualityplans.catalog import Catalog
from qualityplans.export.files import PathArg, Staged
from qualityplans.export.source import Exported, exported
from qualityplans.model import Dataset
from qualityplans.model.wording import number
from qualityplans.rows import TABLES, table_rows

__all__ = ["BOM", "FORMULA_STARTS", "cell", "table_csv", "write_csv"]

BOM = "\ufeff"

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a text cell may not start with as written: a spreadsheet would read a formula."""


def write_csv(
    data: Dataset | Catalog | None, directory: PathArg, *, bom: bool = False
) -> list[Path]:
    """Write one CSV table per entry of ``rows.TABLES`` into ``directory``; return their paths.

    ``directory`` is a str or os.PathLike, created if missing. ``bom`` prefixes a
    byte-order mark, which Excel needs to read UTF-8. The files are staged and
    moved into place together once all are written.
    """
    out = exported(data)
    with Staged(directory) as staged:
        for name in TABLES:
            staged.write_bytes(f"{name}.csv", table_csv(out, name, bom=bom))
        return staged.commit()


def table_csv(out: Exported, name: str, *, bom: bool = False) -> bytes:
    """The bytes of one table's CSV file (UTF-8, a BOM first if ``bom``)."""
    columns = TABLES[name][0]
    buffer = io.StringIO()
    if bom:
        buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\n")
    # Python 3.11's writer quotes only what holds the delimiter, a quote or the line
    # terminator, so a lone carriage return would be written bare and read back as a
    # line break: such a row is written with every cell quoted.
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    for row in table_rows(name, out.catalog, out.data, stamp=out.stamp):
        cells = [cell(row[c]) for c in columns]
        bare_cr = any(isinstance(c, str) and "\r" in c for c in cells)
        (quoted if bare_cr else writer).writerow(cells)
    return buffer.getvalue().encode("utf-8")


def cell(value: object) -> object:
    """A row value as a CSV cell: text that could start a formula gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, int):
        return value
    if isinstance(value, tuple | list):
        value = ";".join(str(v) for v in value)
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
