"""The whole dataset as one JSON document, and reading it back safely.

The JSON holds everything and reads back (``load_json``) into an equal
``Dataset``, except contact details, which are withheld (see ``privacy``).
Amounts are exact decimal text (``"0.1"``), never JSON numbers.

The document carries ``dataset_sha256``: the sha256 of its ``dataset`` member
in canonical JSON (keys sorted, no spaces, UTF-8), so a changed value is
noticed. ``load_json`` reads only what ``write_json`` could have written and
refuses anything else with a one-line ``ValueError`` naming the JSON path of
the first bad value: nesting deeper than ``MAX_DEPTH``, a JSON number where a
decimal belongs (and ``NaN``, ``Infinity`` or one too large to be finite), a
decimal text that does not match the schema's pattern (``"sNaN"``,
``"80_0"``, ``" 80 "``), a string longer than ``MAX_STRING`` characters, a
folder, a document without ``dataset``, or content that does not hash to its
``dataset_sha256`` (unless ``verify=False``).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from itertools import accumulate
from pathlib import Path
from typing import Any

from qualityplans.catalog import Catalog
from qualityplans.export.files import PathArg, Staged, as_path
from qualityplans.export.source import exported
from qualityplans.model import Dataset
from qualityplans.serialize import from_dict, to_dict
from qualityplans.text.privacy import publishable

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "JSON_FILE",
    "MAX_DEPTH",
    "MAX_STRING",
    "content_hash",
    "load_json",
    "write_json",
]

JSON_FILE = "qualityplans.json"
FORMAT = "qualityplans-dataset"
FORMAT_VERSION = 2  # 2: dataset_sha256 added
MAX_DEPTH = 100
"""The deepest nesting of arrays and objects ``load_json`` reads (an export is about 20 deep)."""
MAX_STRING = 1_000_000
"""The longest string ``load_json`` reads, in characters (no text in the data comes near)."""

_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def content_hash(dataset: Any) -> str:
    """sha256 of JSON data (the ``dataset`` member) in canonical form: sorted keys, no
    spaces, UTF-8 text unescaped."""
    text = json.dumps(dataset, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_json(data: Dataset | Catalog | None, directory: PathArg) -> Path:
    """Write the whole dataset as one JSON file, with its citable version; return its path.

    ``directory`` is a str or os.PathLike, created if missing; the file is written
    under a temporary name and moved into place when complete.
    """
    out = exported(data)
    dataset = to_dict(publishable(out.data))
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "dataset_version": out.version,
        "dataset_sha256": content_hash(dataset),
        "dataset": dataset,
    }
    with Staged(directory) as staged:
        staged.write_text(JSON_FILE, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        [path] = staged.commit()
    return path


def load_json(path: PathArg, *, verify: bool = True) -> Dataset:
    """Read a file written by ``write_json`` back into a Dataset.

    ``path`` is a str or os.PathLike. Raises ValueError, in one line naming the
    file and the JSON path, for anything ``write_json`` would not write; with
    ``verify=False`` a document whose content no longer matches its
    ``dataset_sha256`` (edited by hand) is read all the same.
    """
    file = as_path(path, "JSON file")
    if file.is_dir():
        raise ValueError(f"{file} is a folder: name the {JSON_FILE} file inside it")
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{file}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    _check_depth(text, file)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"{file}: not JSON: {error.msg} at line {error.lineno}") from None
    except ValueError as error:  # e.g. an integer of more digits than Python converts
        raise ValueError(f"{file}: not an export: {' '.join(str(error).split())}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{file} is not a qualityplans dataset export")
    if document.get("version") != FORMAT_VERSION:
        raise ValueError(
            f"{file} has export version {document.get('version')!r}, expected {FORMAT_VERSION}"
        )
    if "dataset" not in document:
        raise ValueError(f"{file}: $.dataset: missing: the export holds no dataset")
    problem = _first_problem(document)
    if problem is not None:
        raise ValueError(f"{file}: {problem}")
    dataset = from_dict(document["dataset"], Dataset, path="$.dataset")
    if verify:
        expected = document.get("dataset_sha256")
        if not isinstance(expected, str):
            raise ValueError(
                f"{file}: $.dataset_sha256: missing: cannot verify the content "
                "(pass verify=False to read it unverified)"
            )
        actual = content_hash(document["dataset"])
        if actual != expected:
            raise ValueError(
                f"{file}: $.dataset does not hash to its dataset_sha256 ({expected[:12]}…, "
                f"content {actual[:12]}…): it was changed after export "
                "(pass verify=False to read it all the same)"
            )
    return dataset


def _check_depth(text: str, file: Path) -> None:
    """Refuse nesting past MAX_DEPTH before parsing (the parser would recurse into it)."""
    brackets = _BRACKETS.findall(_STRINGS.sub("", text))
    steps = (1 if b in "[{" else -1 for b in brackets)
    for position, depth in enumerate(accumulate(steps)):
        if depth > MAX_DEPTH:
            raise ValueError(
                f"{file}: nested deeper than {MAX_DEPTH} levels (bracket {position + 1}): "
                "not an export"
            )


def _first_problem(document: dict[str, Any]) -> str | None:
    """The first value no export holds, as ``$.path: what``, walking without recursion."""
    stack: list[tuple[str, Any]] = [("$", document)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            for key, item in reversed(value.items()):
                if len(key) > MAX_STRING:
                    return f"{where}: a key of {len(key)} characters (at most {MAX_STRING})"
                stack.append((f"{where}.{key}", item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{n}]", item) for n, item in reversed(list(enumerate(value))))
        elif isinstance(value, str):
            if len(value) > MAX_STRING:
                return f"{where}: a string of {len(value)} characters (at most {MAX_STRING})"
        elif isinstance(value, float) and not math.isfinite(value):
            return f"{where}: not a finite number: {value!r} (amounts are decimal text)"
    return None
