"""Writing the dataset out: JSON, CSV tables, a SQLite database and a Data Package.

One module per format; the flat tables they share (row builders, keys and
``records()``) are ``qualityplans.rows``. Every writer takes a Catalog, a
Dataset, or None for the default catalog, and a folder as a str or
os.PathLike; every file is written atomically and never through a symbolic
link (``export.files``).
"""

from __future__ import annotations

from qualityplans.export.csv_files import write_csv
from qualityplans.export.datapackage import write_datapackage
from qualityplans.export.files import UnsafePathError
from qualityplans.export.json_file import JSON_FILE, load_json, write_json
from qualityplans.export.sqlite_db import write_sqlite
from qualityplans.rows import KEYS, TABLES, records

__all__ = [
    "JSON_FILE",
    "KEYS",
    "TABLES",
    "UnsafePathError",
    "load_json",
    "records",
    "write_csv",
    "write_datapackage",
    "write_json",
    "write_sqlite",
]
