"""Personal contact data (phone numbers, e-mail addresses, ID numbers) is never shipped.

Such data is redacted in the transcription itself, with a visible mark recorded
in ``Source.redactions``; ``validate()`` refuses a contact detail anywhere in a
transcription or a data field. Publishing surfaces (exports, site pages) call
``publishable`` / ``withhold`` as a last guard: they raise rather than mask,
because there is nothing left to mask in valid data.

Formats found (``contact_details``), each also with full-width digits and
letters, an ideographic space, ``—``/``–``/``－`` for the hyphen and a ``+86``
or ``0086`` prefix:

- mobiles: ``13812345678``, ``138 1234 5678``, ``138-1234-5678``;
- landlines: ``0512-12345678``, ``（0512）12345678``, ``0512—12345678``,
  ``010 8765432``, ``+86 512 1234 5678``, with an extension (``-801``,
  ``转801``, ``ext. 801``, ``分机801``);
- e-mail addresses: ``zhang@example.com``, ``zhang＠example．com``,
  ``zhang[at]example.com``, ``zhang(at)example(dot)com``,
  ``zhang AT example DOT com``;
- ID numbers: 18 characters (17 digits and a digit or ``X``) or the old 15
  digits, with a real month and day where the birth date stands.

Public service numbers (``service_numbers``: the 123xx government hotlines such
as 12345 and 12315, and 400/800 numbers) are not personal, but a document
states them only as hotlines: ``validate`` accepts one only where a ledger
entry (reason ``name`` or ``contact``) says in its note that it is a public
hotline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from functools import cache, lru_cache
from typing import Any, cast

import attrs

from qualityplans.model import Dataset, LedgerEntry, LedgerReason

__all__ = [
    "ContactDetailError",
    "contact_details",
    "contact_kind",
    "digits_of",
    "find_contact_details",
    "find_service_numbers",
    "is_hotline_entry",
    "publishable",
    "service_numbers",
    "strings",
    "withhold",
]

# One character for one, so offsets in the normal form are offsets in the text:
# full-width ASCII (０-９, Ａ-Ｚ, ＠, ．, （）, ＋, －), the ideographic space, and the
# dashes a document puts between the parts of a number.
_NORMAL = str.maketrans(
    {
        **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
        "\u3000": " ",
        "\u00a0": " ",
        "—": "-",
        "–": "-",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "―": "-",
        "−": "-",
    }
)
_DASH = r"(?:-{1,2})"
_SEP = rf"(?:\s?{_DASH}\s?|\s)"  # between the parts of a number: one dash or one space
_CC = r"(?:(?:\+|00)\s?86\s?-?\s?|\(\s?\+?86\s?\)\s?|86-)"  # the country code, as written
_EXTENSION = r"(?:\s?(?:-|转|分机|ext\.?|x)\s?[0-9]{1,6}(?![0-9]))?"

_PERSONAL = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Mobiles: 1[3-9] and 9 more digits, grouped 3-4-4 with one separator throughout.
        rf"(?<![0-9.]){_CC}?1[3-9][0-9](?P<s>(?:{_SEP}|\.)?)[0-9]{{4}}(?P=s)[0-9]{{4}}(?![0-9])",
        # Landlines with an area code: 0512-12345678, (0512)12345678, +86 512 1234 5678.
        rf"(?<![0-9.])(?:{_CC}\(?0?[1-9][0-9]{{1,2}}\)?|\(\s?0[1-9][0-9]{{1,2}}\s?\)|0[1-9][0-9]{{1,2}})"
        rf"{_SEP}?[0-9]{{3,4}}{_SEP}?[0-9]{{4}}(?![0-9]){_EXTENSION}",
        # E-mail addresses: @ or a spelled-out [at] / (at), dots or [dot] / (dot).
        r"[A-Za-z0-9._%+-]+\s?(?:@|[\[(<{]\s?at\s?[\])>}])\s?[A-Za-z0-9-]+"
        r"(?:\s?(?:\.|[\[(<{]\s?dot\s?[\])>}])\s?[A-Za-z0-9-]+)*"
        r"\s?(?:\.|[\[(<{]\s?dot\s?[\])>}])\s?[A-Za-z]{2,}(?![A-Za-z0-9])",
        # ... and written out in words: zhang at example dot com.
        r"(?<![A-Za-z0-9])[A-Za-z0-9._%+-]+\s+at\s+[A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)+"
        r"(?![A-Za-z0-9])",
        # ID numbers: six digits of place, a birth date, three digits and a check character.
        r"(?<![0-9.])[1-9][0-9]{5}\s?(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
        r"\s?[0-9]{3}[0-9X](?![0-9A-Za-z])",
        r"(?<![0-9.])[1-9][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}"
        r"(?![0-9A-Za-z])",
    )
)
# A unit after a five-digit figure makes it an amount (12350个), not a hotline.
_UNIT_AFTER = "个家项件人元万亿千百台张户次年月日起批种亩吨米条所座辆"
_SERVICE = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?<![0-9.])123[0-9]{{2}}(?![0-9.%])(?!\s?[{_UNIT_AFTER}])",
        rf"(?<![0-9.])[48]00(?P<s>{_SEP}?)(?:[0-9]{{3}}(?P=s)[0-9]{{4}}|[0-9]{{4}}(?P=s)[0-9]{{3}})"
        r"(?![0-9])",
    )
)
_PHONES = _PERSONAL[:2] + _PERSONAL[4:]  # the patterns of digits: phones, ID numbers
_MAILS = _PERSONAL[2:4]

# Hex digests are not text: a run of their digits can look like a phone number.
_DIGESTS = frozenset({"sha256"})
# What a ledger note says of a public service number.
_HOTLINE_WORDS = ("hotline", "public service number", "热线", "服务号码")


class ContactDetailError(ValueError):
    """Data about to be published holds a phone number, e-mail address or ID number."""


# Cheap first looks: a run of digits a number could be made of, a sign of an e-mail.
_DIGITS = re.compile(r"[0-9][0-9 ()+\-.]{5,}[0-9]|[0-9]{5}")
_MAIL = re.compile(r"@|\bat\b", re.IGNORECASE)
_RAW = re.compile(r"[0-9０-９@＠]|\bat\b", re.IGNORECASE)


def _find(patterns: tuple[re.Pattern[str], ...], normal: str, text: str) -> list[tuple[int, str]]:
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        spans.extend(m.span() for m in pattern.finditer(normal))
    found: list[tuple[int, str]] = []
    end = -1
    for start, stop in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start >= end:  # the longest of overlapping matches, once
            found.append((start, text[start:stop].strip()))
            end = stop
    return found


@lru_cache(maxsize=1 << 16)
def _scan(text: str) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """(personal contact details, public service numbers) in ``text``, each as
    (offset, as written); a service number inside a personal detail is not one."""
    if not _RAW.search(text):
        return (), ()
    normal = text.translate(_NORMAL)
    numbers = _DIGITS.search(normal) is not None
    mails = _MAIL.search(normal) is not None
    if not (numbers or mails):
        return (), ()
    patterns = (_PHONES if numbers else ()) + (_MAILS if mails else ())
    personal = _find(patterns, normal, text)
    service = _find(_SERVICE, normal, text) if numbers else []
    taken = [(at, at + len(d)) for at, d in personal]
    service = [(at, n) for at, n in service if not any(a <= at < b for a, b in taken)]
    return tuple(personal), tuple(service)


def contact_details(text: str) -> list[tuple[int, str]]:
    """Every personal phone number, e-mail address or ID number in ``text``:
    (offset, as written)."""
    return list(_scan(text)[0])


def service_numbers(text: str) -> list[tuple[int, str]]:
    """Every public service number (12345, 12315, 400-123-4567) in ``text`` that is
    not part of a personal contact detail: (offset, as written)."""
    return list(_scan(text)[1])


def contact_kind(detail: str) -> str:
    """What a contact detail is: ``phone number``, ``e-mail address`` or ``ID number``."""
    normal = detail.translate(_NORMAL)
    if "@" in normal or re.search(r"\bat\b", normal, re.IGNORECASE):
        return "e-mail address"
    if any(p.fullmatch(normal) for p in _PERSONAL[-2:]):
        return "ID number"
    return "phone number"


def digits_of(number: str) -> str:
    """The digits of a number as written (full-width digits read as ASCII)."""
    return "".join(c for c in number.translate(_NORMAL) if c.isdigit())


def is_hotline_entry(entry: LedgerEntry) -> bool:
    """A ledger entry that records a public service number a document states: reason
    ``name`` or ``contact`` and a note saying it is a public hotline."""
    note = entry.note.casefold()
    return entry.reason in (LedgerReason.NAME, LedgerReason.CONTACT) and any(
        word in note for word in _HOTLINE_WORDS
    )


def strings(obj: object, eid: str = "", field: str = "") -> Iterator[tuple[str, str, str]]:
    """(eid, field, text) for every string in a model object, however deep.

    ``eid`` is the nearest enclosing record that has one; ``field`` the path
    from it (``people[0].quote``).
    """
    if isinstance(obj, str):
        yield eid, field, obj
    elif isinstance(obj, tuple | list):
        for i, item in enumerate(obj):
            yield from strings(item, eid, f"{field}[{i}]")
    elif hasattr(type(obj), "__attrs_attrs__"):
        own = getattr(obj, "eid", None)
        if isinstance(own, str):
            eid, field = own, ""
        cls: Any = type(obj)
        for name in _text_fields(cls):
            value = getattr(obj, name)
            path = f"{field}.{name}" if field else name
            if isinstance(value, str):
                yield eid, path, value
            elif value is not None and not isinstance(value, int | Enum | Decimal):
                yield from strings(value, eid, path)


@cache
def _text_fields(cls: Any) -> tuple[str, ...]:
    """The fields of an attrs class, less the digests (their hex is not text)."""
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    return tuple(a.name for a in fields if a.name not in _DIGESTS)


def find_contact_details(
    obj: object, eid: str = "", field: str = ""
) -> Iterator[tuple[str, str, str]]:
    """(eid, field, detail) for every personal contact detail in any string of ``obj``."""
    for at, path, text in strings(obj, eid, field):
        for _, detail in contact_details(text):
            yield at, path, detail


def find_service_numbers(
    obj: object, eid: str = "", field: str = ""
) -> Iterator[tuple[str, str, str]]:
    """(eid, field, number) for every public service number in any string of ``obj``."""
    for at, path, text in strings(obj, eid, field):
        for _, number in service_numbers(text):
            yield at, path, number


def _refuse(obj: object, prefix: str, eid: str) -> None:
    for at, field, _ in find_contact_details(obj, eid):
        raise ContactDetailError(
            f"{prefix}{at}/{field}: holds a phone number, e-mail address or ID number; redact "
            "it in the transcription and run qualityplans validate"
        )


def publishable(data: Dataset) -> Dataset:
    """``data`` itself, once checked to hold no contact detail (else ContactDetailError)."""
    for plan in data.plans:
        _refuse(plan, f"{plan.id}/", "plan")
    return data


def withhold(entry: LedgerEntry) -> LedgerEntry:
    """``entry`` itself, once checked to hold no contact detail (else ContactDetailError)."""
    _refuse(entry, "", "ledger")
    return entry
