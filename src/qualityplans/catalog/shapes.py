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

# A field's declared shape: ("tuple", item) | ("union", (shape, …)) | ("type", cls) | ("any",)
Shape = tuple[Any, ...]
Problem = tuple[str, str, str]  # eid, field, message


def _shape(hint: Any) -> Shape:
    origin = typing.get_origin(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        return ("tuple", _shape(args[0]) if args else ("any",))
    if origin in (Union, types.UnionType):
        return ("union", tuple(_shape(a) for a in typing.get_args(hint)))
    if hint is type(None):
        return ("type", type(None))
    if isinstance(hint, type):
        return ("type", hint)
    return ("any",)


@cache
def _fields(cls: Any) -> tuple[tuple[str, Shape, type | None], ...]:
    """Each field's name, shape, and the one plain type it holds, if it has one."""
    hints = typing.get_type_hints(cls)
    found = []
    for a in attrs.fields(cls):
        shape = _shape(hints.get(a.name, Any))
        simple = shape[1] if shape[0] == "type" and not attrs.has(shape[1]) else None
        found.append((a.name, shape, simple))
    return tuple(found)


def _name(shape: Shape) -> str:
    kind = shape[0]
    if kind == "tuple":
        return "a tuple"
    if kind == "union":
        return " or ".join(_name(s) for s in shape[1])
    if kind == "type":
        cls = shape[1]
        return "None" if cls is type(None) else cls.__name__
    return "anything"


def _what(value: object) -> str:
    if isinstance(value, str | int | Decimal):
        text = repr(value)
        return f"{type(value).__name__} {text if len(text) <= 40 else text[:39] + '…'}"
    return type(value).__name__


def _fits(value: object, shape: Shape) -> bool:
    kind = shape[0]
    if kind == "tuple":
        return isinstance(value, tuple)
    if kind == "union":
        return any(_fits(value, s) for s in shape[1])
    if kind == "type":
        cls = shape[1]
        if cls is int:
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, cls)
    return True


def _in_tuple(value: object, shape: Shape) -> bool:
    """Would ``value`` fit as one item of a tuple of ``shape``?"""
    return shape[0] == "tuple" and _fits(value, shape[1])


def _advice(value: object, shape: Shape) -> str:
    if _in_tuple(value, shape):
        item = repr(value) if isinstance(value, str | int) else f"{type(value).__name__}(…)"
        if len(item) > 40:
            item = item[:39] + "…"
        return f"write ({item},): a one-item tuple needs its trailing comma"
    if shape[0] == "tuple":
        return "write a tuple: (first, second, …)"
    if isinstance(value, float):
        return f'write Decimal("{value}") with the figure as a string'
    wanted = [s[1] for s in (shape[1] if shape[0] == "union" else (shape,)) if s[0] == "type"]
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
    elif shape[0] == "tuple":
        assert isinstance(value, tuple)
        item = shape[1]
        simple = item[0] == "type" and not attrs.has(item[1])
        for i, one in enumerate(value):
            if simple and type(one) is item[1]:
                continue  # the common case, quickly: a string in a tuple of strings
            _check(one, item, eid, f"{field}[{i}]", out)
    elif attrs.has(type(value)):
        _record(value, eid, field, out)


def _record(record: object, eid: str, field: str, out: list[Problem]) -> None:
    own = getattr(record, "eid", None)
    if isinstance(own, str):
        eid, field = own, ""
    cls: Any = type(record)
    for name, shape, simple in _fields(cls):
        value = getattr(record, name)
        if simple is not None and type(value) is simple:
            continue  # the common case, quickly: a string where a string belongs
        _check(value, shape, eid, f"{field}.{name}" if field else name, out)


def shape_problems(record: object, eid: str = "", field: str = "") -> list[Problem]:
    """(eid, field, message) for every field of ``record``, however deep, that does not
    hold what its class declares. ``eid`` is the nearest enclosing record that has one;
    ``field`` the path from it (``targets[0].value``)."""
    out: list[Problem] = []
    if attrs.has(type(record)):
        _record(record, eid, field, out)
    return out
