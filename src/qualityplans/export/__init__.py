"""Writing the dataset out: JSON, CSV tables, a SQLite database and a Data Package.

One module per format; the flat tables they share (row builders, keys and
``records()``) are ``qualityplans.rows``. Every writer takes a Catalog, a
Dataset, or None for the default catalog.
"""

from __future__ import annotations

from qualityplans.export.csv_files import write_csv
from qualityplans.export.json_file import JSON_FILE, load_json, write_json
from qualityplans.rows import KEYS, TABLES, records

__all__ = ["JSON_FILE", "KEYS", "TABLES", "load_json", "records", "write_csv", "write_json"]
