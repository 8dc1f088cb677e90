"""``qualityplans export``: the dataset as files other tools read."""

from __future__ import annotations

import argparse
from pathlib import Path

from qualityplans.cli._base import PROG, Parser, UsageError

NAME = "export"
FORMATS = ("json", "csv", "sqlite", "datapackage")


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    export = commands.add_parser(
        NAME,
        help="write the dataset as JSON, CSV tables, SQLite or a Data Package",
        description="Write the whole dataset into DIR: json (qualityplans.json and its JSON "
        "Schema), csv (one table per record type), sqlite (qualityplans.db with keys, numeric "
        "amounts, views and Chinese full-text search, and metadata.json for Datasette: "
        "datasette qualityplans.db -m metadata.json), datapackage (the CSV tables with a "
        "Frictionless datapackage.json). Every file is written under a temporary name and "
        "moved into place when complete; a symbolic link at a file's path is refused.",
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        action="append",
        help="json, csv, sqlite or datapackage; repeat for several (default: json and csv)",
    )
    export.add_argument(
        "--output", "-o", required=True, metavar="DIR", help="directory to write into"
    )
    export.add_argument(
        "--bom",
        action="store_true",
        help="start the CSV files (--format csv) with a byte-order mark so Excel reads them as "
        "UTF-8; not for datapackage, whose tables are plain UTF-8",
    )
    return export


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import default_catalog
    from qualityplans.export import write_csv, write_json
    from qualityplans.export.datapackage import write_datapackage
    from qualityplans.export.schema import write_schema
    from qualityplans.export.sqlite_db import METADATA_FILE, write_sqlite

    formats = list(dict.fromkeys(args.format or ["json", "csv"]))
    if not args.output:
        raise UsageError(f"{PROG} export: -o/--output is empty: name a folder to write into")
    if "\0" in args.output:
        raise UsageError(f"{PROG} export: -o/--output holds a NUL character")
    if args.bom and ("csv" not in formats or "datapackage" in formats):
        others = ", ".join(f for f in formats if f != "csv")
        raise UsageError(
            f"{PROG} export: --bom is for --format csv only, not {others}: a Data Package's "
            "tables are plain UTF-8, and JSON and SQLite have no byte-order mark"
        )
    output = Path(args.output)
    if output.exists() and not output.is_dir():
        raise OSError(f"{output} exists and is not a directory")
    data = default_catalog()
    written: list[Path] = []
    if "json" in formats:
        written += [write_json(data, output), write_schema(output)]
    if "datapackage" in formats:
        # the package's CSV files are the csv tables (without a BOM, as the standard wants)
        written += write_datapackage(data, output)
    elif "csv" in formats:
        written += write_csv(data, output, bom=args.bom)
    if "sqlite" in formats:
        written += [write_sqlite(data, output), output / METADATA_FILE]
    for path in dict.fromkeys(written):
        print(path)
    return 0
