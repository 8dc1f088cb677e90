"""Personal contact data (phone numbers, e-mail addresses) is never shipped.

Such data is redacted in the transcription itself, with a visible mark recorded
in ``Source.redactions``; ``validate()`` refuses a contact detail anywhere in a
transcription or a data field. Publishing surfaces (exports, site pages) call
``publishable`` / ``withhold`` as a last guard: they raise rather than mask,
because there is nothing left to mask in valid data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

import attrs

from qualityplans.model import Dataset, LedgerEntry

__all__ = [
    "ContactDetailError",
    "contact_details",
    "find_contact_details",
    "publishable",
    "strings",
    "withhold",
]

_FULL_WIDTH = str.maketrans("０１２３４５６７８９－＋＠．", "0123456789-+@.")
# Mainland mobile numbers (1[3-9] and 9 more digits), landlines with an area
# code (0512-12345678, 010 12345678) and e-mail addresses. Digits around the
# match must not be digits, so amounts and years never match.
_CONTACT = re.compile(
    r"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])"
    r"|(?<![0-9])0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}(?![0-9])"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


# Hex digests are not text: a run of their digits can look like a phone number.
_DIGESTS = frozenset({"sha256"})


class ContactDetailError(ValueError):
    """Data about to be published holds a phone number or e-mail address."""


def contact_details(text: str) -> list[tuple[int, str]]:
    """Every phone number or e-mail address in ``text``: (offset, as written)."""
    normal = text.translate(_FULL_WIDTH)  # same length, so offsets carry over
    return [(m.start(), text[m.start() : m.end()]) for m in _CONTACT.finditer(normal)]


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
    elif attrs.has(type(obj)):
        own = getattr(obj, "eid", None)
        if isinstance(own, str):
            eid, field = own, ""
        for a in attrs.fields(cast("type[attrs.AttrsInstance]", type(obj))):
            if a.name not in _DIGESTS:
                yield from strings(getattr(obj, a.name), eid, f"{field}.{a.name}".lstrip("."))


def find_contact_details(
    obj: object, eid: str = "", field: str = ""
) -> Iterator[tuple[str, str, str]]:
    """(eid, field, detail) for every contact detail in any string of ``obj``."""
    for at, path, text in strings(obj, eid, field):
        for _, detail in contact_details(text):
            yield at, path, detail


def _refuse(obj: object, prefix: str, eid: str) -> None:
    for at, field, _ in find_contact_details(obj, eid):
        raise ContactDetailError(
            f"{prefix}{at}/{field}: holds a phone number or e-mail address; redact it in the "
            "transcription and run qualityplans validate"
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
