"""A JSON Schema of the JSON export, generated from the attrs model.

Walks the attrs classes from ``Dataset`` down, reading each field's type
hint: strings, ints, booleans, enums (their values), Decimals (exact decimal
text), partial dates (ISO text), optional values, tuples (arrays), nested
classes (``$defs``) and the tagged union of plan-body items (``"type":
"measure"``). It follows the model, so it cannot drift from it; a test checks
the real export against it with jsonschema.
"""

from __future__ import annotations

import json
import types
import typing
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import attrs

from qualityplans.export.files import PathArg, write_text
from qualityplans.export.json_file import FORMAT, FORMAT_VERSION
from qualityplans.model import Dataset, Item, PartialDate
from qualityplans.serialize import DECIMAL_PATTERN, tag_of

__all__ = ["SCHEMA_FILE", "json_schema", "write_schema"]

SCHEMA_FILE = "qualityplans.schema.json"
Schema = dict[str, Any]

_DECIMAL = DECIMAL_PATTERN
_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_ITEM_CLASSES = frozenset(typing.get_args(Item))


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}

    def of(self, hint: Any) -> Schema:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            if set(members) == _ITEM_CLASSES:
                inner: Schema = {"oneOf": [self.cls(m, tagged=True) for m in members]}
            elif len(members) == 1:
                inner = self.of(members[0])
            else:
                inner = {"anyOf": [self.of(m) for m in members]}
            return {"anyOf": [inner, {"type": "null"}]} if type(None) in args else inner
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.of(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.of(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is Decimal:
            return {"type": "string", "pattern": _DECIMAL}
        if hint is PartialDate:
            return {"type": "string", "pattern": _PARTIAL_DATE}
        if isinstance(hint, type) and issubclass(hint, Enum):
            return {"enum": [m.value for m in hint]}
        if isinstance(hint, type) and attrs.has(hint):
            return self.cls(hint, tagged=False)
        raise TypeError(f"no JSON Schema for the type {hint!r}")

    def cls(self, cls: type, *, tagged: bool) -> Schema:
        name = f"{cls.__name__}Item" if tagged else cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: classes may nest themselves (Section)
            hints = typing.get_type_hints(cls)
            properties = {f.name: self.of(hints[f.name]) for f in attrs.fields(cls)}
            required = [f.name for f in attrs.fields(cls)]
            if tagged:
                properties["type"] = {"const": tag_of(cls)}
                required.append("type")
            self.defs[name] = {
                "type": "object",
                "title": cls.__name__,
                **({"description": _first_line(cls.__doc__)} if cls.__doc__ else {}),
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


def _first_line(doc: str) -> str:
    return doc.strip().splitlines()[0]


def json_schema() -> Schema:
    """The JSON Schema (draft 2020-12) of the file ``write_json`` writes."""
    builder = _Builder()
    dataset = builder.of(Dataset)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "qualityplans dataset export",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": FORMAT_VERSION},
            "dataset_version": {
                "type": "string",
                "description": "The citable version: release plus a hash of the data.",
            },
            "dataset_sha256": {
                "type": "string",
                "pattern": "^[0-9a-f]{64}$",
                "description": "sha256 of the dataset member as canonical JSON (keys sorted, "
                "no spaces, UTF-8); load_json refuses content that does not match it.",
            },
            "dataset": dataset,
        },
        "required": ["format", "version", "dataset_sha256", "dataset"],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def write_schema(directory: PathArg) -> Path:
    """Write the schema as ``qualityplans.schema.json`` into ``directory`` (a str or
    os.PathLike, created if missing), atomically; return its path."""
    return write_text(
        directory, SCHEMA_FILE, json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    )
