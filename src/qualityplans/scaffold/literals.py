"""Strings from a document or an option, written into generated code as data only.

Every string the scaffold takes from a transcription or a command-line option
enters the generated module through ``literal()``: a one-line Python string
literal that evaluates to exactly that string, in the form ``ruff format``
keeps. It never stands in a docstring, an f-string or a comment as it is: a
comment quotes it through ``literal()`` too (``said()``), so a carriage return,
a NUL, a line separator or three quotes in a document cannot end a comment or a
string and become code.
"""

from __future__ import annotations

__all__ = ["literal", "said"]


def literal(text: str) -> str:
    """``text`` as a Python string literal: one line, exact, ruff-format clean.

    Printable characters stand as they are (Chinese stays readable); the
    backslash, the chosen quote and every character that is not printable
    (NUL, ``\\r``, U+2028/U+2029, other controls, lone surrogates) are escaped
    as ``repr`` escapes them. Double quotes unless the text holds more double
    than single quotes: ruff's rule, so formatting changes nothing.
    """
    quote = "'" if text.count('"') > text.count("'") else '"'
    out = []
    for char in text:
        if char == "\\" or char == quote:
            out.append("\\" + char)
        elif char.isprintable():
            out.append(char)
        else:
            out.append(repr(char)[1:-1])
    return quote + "".join(out) + quote


def said(text: str, limit: int = 60) -> str:
    """``text`` (cut to ``limit`` characters, with …) quoted for a comment."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return literal(short)
