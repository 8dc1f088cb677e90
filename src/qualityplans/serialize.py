"""JSON-ready un/structuring of every model object, with one private converter.

Decimals travel as strings (never floats), dates as ISO 8601 text, and the
items of a plan body as a tagged union (``"type": "measure"``). Hooks are
registered on this module's own converter, never on cattrs' global one.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.strategies import configure_tagged_union

from qualityplans.model import Item, PartialDate

__all__ = [
    "DECIMAL_PATTERN",
    "describe_error",
    "from_dict",
    "from_json",
    "jsonable",
    "tag_of",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

DECIMAL_PATTERN = r"^-?\d+(\.\d+)?(E[+-]\d{1,3})?$"
"""How an exact decimal is written in JSON, as ``str(Decimal)`` writes it: digits with an
optional sign and fraction (``"96.76"``), and for amounts curated that way an exponent
(``"1E+3"``, kept digit for digit). Never NaN, Infinity, ``_`` or spaces."""
_DECIMAL = re.compile(DECIMAL_PATTERN, re.ASCII)


def tag_of(cls: type) -> str:
    """A plan-body item's ``"type"`` tag: Measure -> "measure", FormField -> "form-field"."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", cls.__name__).lower()


def _structure_decimal(value: object, _: type) -> Decimal:
    """Only what ``to_dict`` writes: digits as text. No float, no NaN or Infinity, no
    exponent, underscore or padding (all of which ``Decimal()`` would accept)."""
    if not isinstance(value, str):
        shown = repr(value)[:40]
        raise ValueError(f'a decimal must be written as a string, not {shown}: write "{shown}"')
    if len(value) > 100 or not _DECIMAL.fullmatch(value):
        raise ValueError(f'not a decimal: {value[:40]!r}: write digits, e.g. "80" or "-0.5"')
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise ValueError(f"not a decimal: {value[:40]!r}") from None


def _structure_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise ValueError(f"a date must be ISO 8601 text, not {value!r}")
    return PartialDate.from_iso(value)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(PartialDate, lambda d: d.iso)
    converter.register_structure_hook(PartialDate, _structure_date)
    configure_tagged_union(Item, converter, tag_generator=tag_of, tag_name="type")
    return converter


_converter = _make_converter()


def jsonable(value: Any) -> Any:
    """``value`` with Decimals as strings, enums as their values, tuples as lists."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def to_dict(obj: object) -> Any:
    """Plain JSON-compatible data (dicts, lists, strings, ints) for any model object.

    A query result that is a row (a found target, an assignment, an outcome: anything
    with ``record()``) becomes that row, not the whole plan it points into; a
    collection becomes a list of its items.
    """
    record = getattr(obj, "record", None)
    if callable(record) and not isinstance(obj, type):
        return jsonable(record())
    if isinstance(obj, list | tuple) and not _is_model(obj):
        return [to_dict(x) for x in obj]
    return _converter.unstructure(obj)


def _is_model(obj: object) -> bool:
    return attrs.has(type(obj))


def _explain(error: BaseException, type_: type | None) -> str:
    """cattrs' wording, but keep our own hooks' messages (they say what to write)."""
    if isinstance(error, ValueError | TypeError) and not isinstance(
        error, cattrs.BaseValidationError
    ):
        own = str(error).splitlines()[0] if str(error) else ""
        if own and not own.startswith(("invalid literal", "'")):
            return own
    return cattrs.v.format_exception(error, type_)


def describe_error(error: BaseException, path: str = "$") -> str:
    """One line naming each bad value by its JSON path: ``$.plans[0].id: …``.

    For an error from structuring (cattrs' structured errors); any other error
    is given by its message.
    """
    if isinstance(error, cattrs.BaseValidationError):
        parts = []
        for message in cattrs.transform_error(error, path=path, format_exception=_explain):
            what, _, where = message.rpartition(" @ ")
            parts.append(f"{where}: {what}" if what else message)
        return "; ".join(parts).replace("\n", " ")
    return " ".join(str(error).split()) or type(error).__name__


def from_dict(data: Any, cls: type[T], *, path: str = "$") -> T:
    """The model object of type ``cls`` that ``to_dict`` turned into ``data``.

    Raises ValueError naming every bad value and where it is (``$.plans[0].id``).
    """
    try:
        return _converter.structure(data, cls)
    except cattrs.BaseValidationError as error:
        raise ValueError(f"invalid {cls.__name__}: {describe_error(error, path)}") from None


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """JSON text for any model object; Chinese is written as is, not escaped."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str, cls: type[T]) -> T:
    return from_dict(json.loads(text), cls)
