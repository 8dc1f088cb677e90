"""Terminal layout for mixed Chinese and Latin text: a CJK character takes two columns."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

__all__ = ["display_width", "pad", "wrap"]


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int, indent: str = "", hanging: str | None = None) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` columns.

    Breaks fall between any two CJK characters, and at spaces in Latin text.
    """
    hanging = indent if hanging is None else hanging
    lines: list[str] = []
    current, used = indent, display_width(indent)
    for token in _tokens(text):
        w = display_width(token)
        if used + w > width and current.strip():
            lines.append(current.rstrip())
            token = token.lstrip()
            current, used = hanging, display_width(hanging)
            w = display_width(token)
        current += token
        used += w
    if current.strip():
        lines.append(current.rstrip())
    return lines or [indent.rstrip()]


def _tokens(text: str) -> Iterator[str]:
    """Single CJK characters (each a break point), or Latin words with their space."""
    word = ""
    for ch in text:
        if unicodedata.east_asian_width(ch) in "WF":
            if word:
                yield word
                word = ""
            yield ch
        elif ch == " ":
            yield word + ch
            word = ""
        else:
            word += ch
    if word:
        yield word


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns (CJK counts two)."""
    return text + " " * max(0, width - display_width(text))
