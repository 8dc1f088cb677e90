"""JSON-ready un/structuring of every model object, with one private converter.

Decimals travel as strings (never floats), dates as ISO 8601 text, and the
items of a plan body as a tagged union (``"type": "measure"``). Hooks are
registered on this module's own converter, never on cattrs' global one.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import cattrs
from cattrs.strategies import configure_tagged_union

from qualityplans.model import Item, PartialDate

__all__ = ["from_dict", "from_json", "tag_of", "to_dict", "to_json"]

T = TypeVar("T")


def tag_of(cls: type) -> str:
    """A plan-body item's ``"type"`` tag: Measure -> "measure", FormField -> "form-field"."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", cls.__name__).lower()


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"a decimal must be written as a string, not {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a decimal: {value!r}") from None


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


def to_dict(obj: object) -> Any:
    """Plain JSON-compatible data (dicts, lists, strings, ints) for any model object."""
    return _converter.unstructure(obj)


def from_dict(data: Any, cls: type[T]) -> T:
    """The model object of type ``cls`` that ``to_dict`` turned into ``data``.

    Raises ValueError naming every bad value and where it is (``$.plans[0].id``).
    """
    try:
        return _converter.structure(data, cls)
    except cattrs.BaseValidationError as error:
        raise ValueError(
            f"invalid {cls.__name__}: {'; '.join(cattrs.transform_error(error))}"
        ) from None


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """JSON text for any model object; Chinese is written as is, not escaped."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str, cls: type[T]) -> T:
    return from_dict(json.loads(text), cls)
