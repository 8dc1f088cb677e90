"""Writing the dataset out: JSON, CSV tables, a SQLite database and a Data Package.

One module per format; the flat tables they share (row builders, keys and
``records()``) are in ``tables``. ``qualityplans.export`` keeps the names it
always had (``write_json``, ``load_json``, ``write_csv``, ``CSV_TABLES``).
"""

from __future__ import annotations

from qualityplans.export.csv_files import write_csv
from qualityplans.export.json_file import JSON_FILE, load_json, write_json
from qualityplans.export.tables import CSV_TABLES, KEYS, records

__all__ = ["CSV_TABLES", "JSON_FILE", "KEYS", "load_json", "records", "write_csv", "write_json"]
