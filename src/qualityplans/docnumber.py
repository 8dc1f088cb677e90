"""Document numbers (文号): 苏府〔2016〕63号 parsed into agency, year and sequence.

Documents and web pages write the year bracket several ways (〔〕, [], (),
（）, 【】) and sometimes with spaces; all denote the same number, whose
canonical form uses 〔〕 as GB/T 9704 prescribes.
"""

from __future__ import annotations

import re

from attrs import frozen

__all__ = ["DocNumber"]

_OPEN = "〔[(（【"
_CLOSE = "〕])）】"
_PATTERN = re.compile(
    rf"""^\s*
    (?P<agency>[^\s{re.escape(_OPEN)}]+?)\s*
    [{re.escape(_OPEN)}]\s*(?P<year>\d{{4}})\s*[{re.escape(_CLOSE)}]\s*
    (?P<seq>\d+)\s*号\s*$""",
    re.VERBOSE,
)


@frozen
class DocNumber:
    """A parsed 文号. ``raw`` keeps the form the source document uses."""

    agency: str  # the issuing agency's abbreviation: 苏府
    year: int  # the year in the brackets
    seq: int  # the sequence number
    raw: str  # the 文号 exactly as the document writes it

    @classmethod
    def parse(cls, text: str) -> DocNumber:
        """Parse any bracket style; raise ValueError naming the text otherwise."""
        match = _PATTERN.match(text)
        if match is None:
            raise ValueError(f"not a document number (文号): {text!r}")
        return cls(
            agency=match["agency"],
            year=int(match["year"]),
            seq=int(match["seq"]),
            raw=text,
        )

    @classmethod
    def try_parse(cls, text: str) -> DocNumber | None:
        try:
            return cls.parse(text)
        except ValueError:
            return None

    @property
    def canonical(self) -> str:
        """The standard written form: 苏府〔2016〕63号."""
        return f"{self.agency}〔{self.year}〕{self.seq}号"

    def __str__(self) -> str:
        return self.canonical
