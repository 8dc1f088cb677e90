"""The shape of a record: every field holds what its class declares.

mypy checks the shipped data, but nothing checks a contributor's extra data
module or a record built at run time, and one slip is easy to make: a one-item
tuple without its comma (``themes=("quality-city")`` is a string,
``ledger=(LedgerEntry(…))`` a single entry). Anything that then iterates the
field goes wrong far from the cause (twelve "unknown theme id 'q'" lines, or a
traceback). ``shape_problems`` finds such a field before anything iterates it
and says in one line which field, what it holds and how to write it.
"""

from __future__ import annotations

import enum
import types
import typing
from decimal import Decimal
from functools import cache
from typing import Any, Union

import attrs

__all__ = ["shape_problems"]


class Shape:
    """A field's declared shape: ``kind`` is "tuple" (of ``item``), "union" (of
    ``options``), "type" (``cls``) or "any"; ``accepted`` the classes a value of it
    may be an instance of, for one quick isinstance()."""

    __slots__ = ("accepted", "cls", "item", "kind", "options")

    def __init__(
        self,
        kind: str,
        *,
        item: Shape | None = None,
        options: tuple[Shape, ...] = (),
        cls: type | None = None,
    ) -> None:
        self.kind = kind
        self.item = item
        self.options = options
        self.cls = cls
        if kind == "tuple":
            self.accepted: tuple[type, ...] = (tuple,)
        elif kind == "union":
            self.accepted = tuple(c for o in options for c in o.accepted)
        elif cls is not None:
            self.accepted = (cls,)
        else:
            self.accepted = (object,)


Problem = tuple[str, str, str]  # eid, field, message


def _shape(hint: Any) -> Shape:
    origin = typing.get_origin(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        return Shape("tuple", item=_shape(args[0]) if args else Shape("any"))
    if origin in (Union, types.UnionType):
        return Shape("union", options=tuple(_shape(a) for a in typing.get_args(hint)))
    if isinstance(hint, type):
        return Shape("type", cls=hint)
    return Shape("any")


@cache
def _fields(cls: Any) -> tuple[tuple[str, Shape, type | None], ...]:
    """Each field's name, shape, and the one plain type it holds, if it has one."""
    hints = typing.get_type_hints(cls)
    found = []
    for a in attrs.fields(cls):
        shape = _shape(hints.get(a.name, Any))
        simple = shape.cls if shape.cls is not None and not attrs.has(shape.cls) else None
        found.append((a.name, shape, simple))
    return tuple(found)


def _name(shape: Shape) -> str:
    if shape.kind == "tuple":
        return "a tuple"
    if shape.kind == "union":
        return " or ".join(_name(s) for s in shape.options)
    if shape.cls is not None:
        return "None" if shape.cls is type(None) else shape.cls.__name__
    return "anything"


def _what(value: object) -> str:
    if isinstance(value, str | int | Decimal):
        text = repr(value)
        return f"{type(value).__name__} {text if len(text) <= 40 else text[:39] + '…'}"
    return type(value).__name__


def _fits(value: object, shape: Shape) -> bool:
    return isinstance(value, shape.accepted) and not (
        isinstance(value, bool) and bool not in shape.accepted
    )


def _in_tuple(value: object, shape: Shape) -> bool:
    """Would ``value`` fit as one item of a tuple of ``shape``?"""
    return shape.item is not None and _fits(value, shape.item)


def _advice(value: object, shape: Shape) -> str:
    if _in_tuple(value, shape):
        item = repr(value) if isinstance(value, str | int) else f"{type(value).__name__}(…)"
        if len(item) > 40:
            item = item[:39] + "…"
        return f"write ({item},): a one-item tuple needs its trailing comma"
    if shape.kind == "tuple":
        return "write a tuple: (first, second, …)"
    if isinstance(value, float):
        return f'write Decimal("{value}") with the figure as a string'
    wanted = [s.cls for s in (shape.options or (shape,)) if s.cls is not None]
    if int in wanted and isinstance(value, str) and value.strip().isdigit():
        return f"write {value.strip()} without quotes"
    members = [c for c in wanted if isinstance(c, type) and issubclass(c, enum.Enum)]
    if members:
        first = next(iter(members[0]))
        return f"use a member of {members[0].__name__}, such as {members[0].__name__}.{first.name}"
    return f"give {_name(shape)}"


def _check(value: object, shape: Shape, eid: str, field: str, out: list[Problem]) -> None:
    if not _fits(value, shape):
        message = f"must be {_name(shape)}, not {_what(value)}: {_advice(value, shape)}"
        out.append((eid, field, message))
    elif shape.item is not None:
        assert isinstance(value, tuple)
        item = shape.item
        simple = item.cls if item.cls is not None and not attrs.has(item.cls) else None
        for i, one in enumerate(value):
            if type(one) is not simple:  # else the common case: a string among strings
                _check(one, item, eid, f"{field}[{i}]", out)
    elif hasattr(type(value), "__attrs_attrs__"):
        _record(value, eid, field, out)


def _record(record: object, eid: str, field: str, out: list[Problem]) -> None:
    own = getattr(record, "eid", None)
    if isinstance(own, str):
        eid, field = own, ""
    cls: Any = type(record)
    for name, shape, simple in _fields(cls):
        value = getattr(record, name)
        if type(value) is not simple:  # else the common case: a string where one belongs
            _check(value, shape, eid, f"{field}.{name}" if field else name, out)


def shape_problems(record: object, eid: str = "", field: str = "") -> list[Problem]:
    """(eid, field, message) for every field of ``record``, however deep, that does not
    hold what its class declares. ``eid`` is the nearest enclosing record that has one;
    ``field`` the path from it (``targets[0].value``)."""
    out: list[Problem] = []
    if attrs.has(type(record)):
        _record(record, eid, field, out)
    return out
