"""``qualityplans export``: the dataset as files other tools read."""

from __future__ import annotations

import argparse
from pathlib import Path

from qualityplans.cli._base import Parser

NAME = "export"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    export = commands.add_parser(
        NAME,
        help="write the dataset as JSON and CSV tables",
        description="Write the whole dataset as JSON (qualityplans.json) and/or flat CSV tables.",
    )
    export.add_argument(
        "--format",
        choices=("json", "csv"),
        action="append",
        help="json or csv; repeat for both (default: both)",
    )
    export.add_argument(
        "--output", "-o", required=True, type=Path, metavar="DIR", help="directory to write into"
    )
    export.add_argument(
        "--bom", action="store_true", help="start CSV files with a BOM so Excel reads UTF-8"
    )
    return export


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import dataset
    from qualityplans.export import write_csv, write_json

    formats = args.format or ["json", "csv"]
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise OSError(f"{output} exists and is not a directory")
    data = dataset()
    written = []
    if "json" in formats:
        written.append(write_json(data, output))
    if "csv" in formats:
        written.extend(write_csv(data, output, bom=args.bom))
    for path in written:
        print(path)
    return 0
