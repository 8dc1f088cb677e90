"""The whole dataset as one JSON document, and reading it back.

The JSON holds everything and reads back (``load_json``) into an equal
``Dataset``, except contact details, which are withheld (see ``privacy``).
"""

from __future__ import annotations

import json
from pathlib import Path

from qualityplans.catalog import Catalog
from qualityplans.export.source import exported
from qualityplans.model import Dataset
from qualityplans.serialize import from_dict, to_dict
from qualityplans.text.privacy import publishable

__all__ = ["FORMAT", "FORMAT_VERSION", "JSON_FILE", "load_json", "write_json"]

JSON_FILE = "qualityplans.json"
FORMAT = "qualityplans-dataset"
FORMAT_VERSION = 1


def write_json(data: Dataset | Catalog | None, directory: Path) -> Path:
    """Write the whole dataset as one JSON file, with its citable version; return its path."""
    out = exported(data)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / JSON_FILE
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "dataset_version": out.version,
        "dataset": to_dict(publishable(out.data)),
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def load_json(path: Path) -> Dataset:
    """Read a file written by ``write_json`` back into a Dataset."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{path} is not a qualityplans dataset export")
    if document.get("version") != FORMAT_VERSION:
        raise ValueError(
            f"{path} has export version {document.get('version')}, expected {FORMAT_VERSION}"
        )
    return from_dict(document["dataset"], Dataset, path="$.dataset")
