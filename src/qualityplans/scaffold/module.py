"""The source of a new plan's data module: what the document says, and TODOs for the rest.

``plan_module`` turns a read document (``scaffold.document``) into Python that
imports and type-checks as it stands and that ``ruff format`` leaves unchanged:
every call is exploded one argument a line with a trailing comma, every string
from the document or an option is a ``literal()``, every comment quotes
document words through ``said()``. It fills what the document states
(notice, 文号, dates, issuer, basis, adoption, ledger entries for dates,
document numbers and names) and suggests the rest as TODOs that ``qualityplans
validate`` lists until the contributor has decided them.
"""

from __future__ import annotations

import io
import re
import tokenize
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from itertools import pairwise

from qualityplans.catalog import Catalog
from qualityplans.model import DocNumber, LedgerReason, Role
from qualityplans.scaffold.amounts import Draft, draft, mentions
from qualityplans.scaffold.document import Document, Heading, NamedUnit
from qualityplans.scaffold.literals import literal, said
from qualityplans.scaffold.numerals import find_dates
from qualityplans.scaffold.suggest import (
    closest_indicators,
    closest_units,
    exact_unit,
    named_department,
)
from qualityplans.text.figures import find_figures, label_spans
from qualityplans.text.locate import occurrences
from qualityplans.version import sha256_text

__all__ = ["TODO", "plan_module"]

TODO = "TODO"
LINE_LENGTH = 100  # the project's ruff line-length
Span = tuple[int, int]

_KINDS = (
    ("工作方案", "WORK_SCHEME"),
    ("实施方案", "IMPLEMENTATION_SCHEME"),
    ("实施意见", "IMPLEMENTATION_OPINIONS"),
    ("行动方案", "ACTION_SCHEME"),
    ("纲要", "OUTLINE"),
    ("规划", "FIVE_YEAR_PLAN"),
    ("报告表", "CREATION_PLAN"),
    ("方案", "ACTION_SCHEME"),
    ("计划", "ACTION_PLAN"),
)
_HELPERS = {
    Role.LEAD: "lead",
    Role.COOPERATING: "cooperating",
    Role.RESPONSIBLE: "responsible",
    Role.MEMBER: "member",
}
_TITLE_YEARS = re.compile(r"((?:19|20)\d{2})\s*[-－~～—–至到]\s*((?:19|20)\d{2})\s*年")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_NAMED = re.compile(r"《[^《》]*\d[^《》]*》")
_QUOTED = re.compile(r"“[^“”\n]{0,18}\d[^“”\n]{0,18}”")
_ORDINAL = re.compile(r"第\d+[次届批][^，,。；;、\s]{0,6}")
_DOC_NUMBER = re.compile(r"[^\s，,。；;：:（）()《》、]{1,12}[〔\[【][0-9]{4}[〕\]】][0-9]+号")
_CHECK_NOTE = (
    f"{TODO}: check the quote, kind, value, year and modal; choose the indicator (closest in "
    "the comment above); then delete this note. Not a promise? Delete the Target and add a "
    "LedgerEntry (or make it an Observation)."
)


def _width(line: str) -> int:
    """The columns ``line`` takes as ruff counts them (the unicode-width rules): wide and
    full-width East Asian characters take two, combining marks none, the rest one (an
    ambiguous “ takes one)."""
    return sum(
        0
        if unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in line
    )


def _has_comment(line: str) -> bool:
    """Whether a generated line of code holds a comment (a ``#`` outside its strings)."""
    tokens = tokenize.generate_tokens(io.StringIO(line).readline)
    try:
        return any(token.type == tokenize.COMMENT for token in tokens)
    except (tokenize.TokenError, SyntaxError):
        return True


def _enum(member: Enum) -> str:
    return f"{type(member).__name__}.{member.name}"


class _Code:
    """Lines of Python at an indentation, and the names they import."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.opened: list[int] = []  # the line of each open bracket, innermost last
        self.depth = 0
        self.model: set[str] = set()
        self.helpers: set[str] = set()
        self.decimal = False

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    def comment(self, text: str) -> None:
        self.line(f"# {text}")

    def open(self, head: str) -> None:
        self.line(head)
        self.opened.append(len(self.lines) - 1)
        self.depth += 1

    def close(self, tail: str = "),") -> None:
        """End the innermost bracket as ruff format would: an empty one as ``()`` on the
        opening line; a tuple of one single-line element on one line where it fits (its
        comma is syntax, not a magic trailing comma); anything else exploded."""
        self.depth -= 1
        at = self.opened.pop()
        head, inner = self.lines[at], self.lines[at + 1 :]
        if not inner:
            self.lines[at] = f"{head}{tail}"
            return
        if head.endswith("=(") and len(inner) == 1:
            item = inner[0].strip()
            joined = f"{head}{item}{tail}"
            if not _has_comment(item) and _width(joined) <= LINE_LENGTH:
                self.lines[at:] = [joined]
                return
        self.line(tail)

    def uses(self, *names: str) -> None:
        self.model.update(names)

    def enum(self, member: Enum) -> str:
        self.uses(type(member).__name__)
        return _enum(member)

    def short_call(self, head: str, *args: str) -> None:
        """``head(arg, …),`` on one line where ruff format keeps it there, else exploded."""
        one = f"{head}({', '.join(args)}),"
        if _width("    " * self.depth + one) <= LINE_LENGTH:
            self.line(one)
        else:
            self.call(head, *args)

    def call(self, head: str, *args: str, **fields: str | None) -> None:
        """``head(arg, …, name=value, …)`` exploded one argument a line (None fields left out)."""
        self.open(f"{head}(")
        for arg in args:
            self.line(f"{arg},")
        for name, value in fields.items():
            if value is not None:
                self.line(f"{name}={value},")
        self.close()

    def doc_number(self, name: str, raw: str) -> None:
        self.uses("DocNumber")
        self.open(f"{name}=DocNumber.parse(")
        self.line(f"{literal(raw)},")
        self.close()

    def decimal_of(self, amount: Decimal) -> str:
        self.decimal = True
        return f"Decimal({literal(str(amount))})"

    def imports(self) -> list[str]:
        out = []
        if self.decimal:
            out += ["from decimal import Decimal", ""]
        if self.helpers:
            out.append(f"from qualityplans.data._build import {', '.join(sorted(self.helpers))}")
        out.append("from qualityplans.model import (")
        out += [f"    {name}," for name in sorted(self.model)]
        out.append(")")
        return out


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, char in enumerate(text):
        if char == "\n":
            starts.append(i + 1)
    return starts


def _covers(spans: Iterable[Span], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


# ------------------------------------------------------------------ ledger


# What each ledger entry the scaffold writes says, in English and in Chinese (note, note_zh).
_Note = tuple[str, str]
_NOTE_OWN_NUMBER: _Note = ("This document's number (文号).", "本文件的文号。")
_NOTE_OWN_TITLE: _Note = ("The plan's own title.", "本规划自身的标题。")
_NOTE_DATE_STATED: _Note = ("A date the text states.", "文中所写的一个日期。")
_NOTE_DOCUMENT_DATE: _Note = ("A date of the document.", "本文件的一个日期。")
_NOTE_BASIS_NUMBER: _Note = (
    "The number of a document the plan cites as its basis.",
    "本规划作为依据引用的一份文件的文号。",
)
_NOTE_NAMED_NUMBER: _Note = (
    "The number (文号) of a document the text names.",
    "文中提到的一份文件的文号。",
)
_NOTE_TITLE_PART: _Note = ("Part of the title of a document.", "一份文件标题的一部分。")
_NOTE_NAME_PART: _Note = ("Part of a name in quotation marks.", "引号中名称的一部分。")
_NOTE_ORDINAL: _Note = ("An ordinal, not an amount.", "序数，不是数量。")


class _Ledger:
    """Ledger entries the document makes certain: its own 文号, dates, numbers of cited
    documents, figures inside titles (《…》) and ordinals (第89次)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.entries: list[tuple[str, str, LedgerReason, _Note, int]] = []
        self.spans: list[Span] = []

    def add(self, figure: str, quote: str, reason: LedgerReason, note: _Note) -> None:
        starts = occurrences(self.text, quote)
        if not starts:
            return
        spans = [(s, s + len(quote)) for s in starts]
        digits = [(s + f.start, s + f.end) for s in starts for f in find_figures(quote)]
        if not digits or all(_covers(self.spans, a, b) for a, b in digits):
            return
        if any(q == quote for _, q, _, _, _ in self.entries):
            return
        self.entries.append((figure, quote, reason, note, len(starts)))
        self.spans += spans


def _ledger(doc: Document, number: str | None, cited: set[str]) -> _Ledger:
    text = doc.text
    ledger = _Ledger(text)
    if number:
        ledger.add(number, number, LedgerReason.DOC_NUMBER, _NOTE_OWN_NUMBER)
    if doc.title and (figures := list(find_figures(doc.title))):
        written = doc.title[figures[0].start : figures[-1].end]
        ledger.add(written, doc.title, LedgerReason.NAME, _NOTE_OWN_TITLE)
    for date in find_dates(text):
        if any(True for _ in find_figures(date.written)):
            ledger.add(date.written, date.written, LedgerReason.DATE, _NOTE_DATE_STATED)
    for line in doc.notice.dates:  # a portal's 发布时间:2025-07-28, a line …印发
        ledger.add(line.quote, line.quote, LedgerReason.DATE, _NOTE_DOCUMENT_DATE)
    for m in _DOC_NUMBER.finditer(text):
        if DocNumber.try_parse(m.group()) is None:
            continue
        note = _NOTE_BASIS_NUMBER if m.group() in cited else _NOTE_NAMED_NUMBER
        ledger.add(m.group(), m.group(), LedgerReason.DOC_NUMBER, note)
    for m in _NAMED.finditer(text):
        inside = list(find_figures(m.group()))
        written = m.group()[inside[0].start : inside[-1].end]
        ledger.add(written, m.group(), LedgerReason.NAME, _NOTE_TITLE_PART)
    for m in _QUOTED.finditer(text):
        inside = list(find_figures(m.group()))
        if inside:
            written = m.group()[inside[0].start : inside[-1].end]
            ledger.add(written, m.group(), LedgerReason.NAME, _NOTE_NAME_PART)
    for m in _ORDINAL.finditer(text):
        figure = re.match(r"第\d+[次届批]", m.group())
        if figure is not None:
            ledger.add(figure.group(), m.group(), LedgerReason.ORDINAL, _NOTE_ORDINAL)
    return ledger


# ------------------------------------------------------------------ the module


class _Writer:
    def __init__(
        self,
        plan_id: str,
        doc: Document,
        *,
        title: str,
        doc_number: str | None,
        region: str | None,
        origin: str | None,
        catalog: Catalog | None,
    ) -> None:
        self.plan_id = plan_id
        self.doc = doc
        self.text = doc.text
        self.title = title
        self.doc_number = doc_number
        self.region = region
        self.origin = origin
        self.catalog = catalog
        self.code = _Code()
        self.starts = _line_starts(doc.text)
        cited = {c.doc_number for c in doc.citations if c.doc_number}
        self.ledger = _ledger(doc, doc_number, cited)
        self.covered: list[Span] = list(self.ledger.spans)

    # ------------------------------------------------------------- header

    def write(self) -> str:
        c = self.code
        c.uses("Plan", "PlanKind", "Source", "Numbering")
        c.open("PLAN = Plan(")
        self.metadata()
        self.body()
        self.ledger_entries()
        c.close(")")
        head = [
            f'"""The plan ``{self.plan_id}``, scaffolded by ``qualityplans new-plan``.',
            "",
            f"{TODO}: say in two or three sentences what the document is and how it is built.",
            f"Fill in every {TODO}, then run ``qualityplans validate --plan {self.plan_id}``",
            "until it is clean.",
            '"""',
            "",
        ]
        return "\n".join([*head, *c.imports(), "", *c.lines]) + "\n"

    def metadata(self) -> None:
        c, doc, notice = self.code, self.doc, self.doc.notice
        c.line(f"id={literal(self.plan_id)},")
        c.line(f"title_zh={literal(self.title)},")
        c.line(f'title_en="{TODO}: the title in English",')
        kind = next((k for words, k in _KINDS if words in self.title), "ACTION_PLAN")
        words = next((w for w, k in _KINDS if k == kind and w in self.title), "")
        note = f"from the title's {said(words)}: check" if words else "check"
        c.line(f"kind=PlanKind.{kind},  # {note}")
        c.line(f"region={literal(self.region or f'{TODO}: a region id')},")
        if notice.issuer is not None:
            issuer = (
                named_department(self.catalog, notice.issuer, self.region) if self.catalog else None
            )
            if issuer is not None:
                c.line(f"issuer={literal(issuer)},  # {said(notice.issuer)}")
            else:
                c.line(
                    f"issuer={literal(f'{TODO}: the id of {notice.issuer}')},  # add the body "
                    "to the region's departments module if it is not there"
                )
        if self.doc_number:
            c.doc_number("doc_number", self.doc_number)
        self.period()
        restarts = self.restarts()
        c.line(f"numbering=Numbering.{'SECTION' if restarts else 'DOCUMENT'},")
        if notice.dates:
            c.uses("PlanDate", "PartialDate", "DateKind")
            c.open("dates=(")
            for d in notice.dates:
                parts = [str(d.date.year), str(d.date.month), str(d.date.day)]
                c.call(
                    "PlanDate",
                    _enum(d.kind),
                    f"PartialDate({', '.join(parts)})",
                    literal(d.quote),
                )
            c.close()
        for name, value in (
            ("notice_title_zh", notice.title),
            ("addressees", notice.addressees),
            ("notice_text", notice.text),
        ):
            if value is not None:
                c.line(f"{name}={literal(value)},")
        if notice.copied_to:
            c.open("copied_to=(")
            for copy in notice.copied_to:
                c.line(f"{literal(copy)},")
            c.close()
        if doc.citations:
            self.basis()
        if notice.adoption is not None:
            a = notice.adoption
            c.uses("Adoption", "AdoptionKind")
            meeting_en = f"{TODO}: the meeting in English" if a.meeting else None
            c.call(
                "adoption=Adoption",
                meeting_zh=literal(a.meeting) if a.meeting else None,
                meeting_en=literal(meeting_en) if meeting_en else None,
                quote=literal(a.quote),
                kind=_enum(a.kind),
            )
        c.open("source=Source(")
        c.line(f"file={literal(f'{self.plan_id}.txt')},")
        c.line(f"sha256={literal(sha256_text(self.text))},")
        origin = self.origin or f"{TODO}: where the text came from and how it was made"
        c.line(f"origin={literal(origin)},")
        c.close()

    def period(self) -> None:
        c = self.code
        if m := _TITLE_YEARS.search(self.title):
            c.uses("Period")
            c.line(f"period=Period({m[1]}, {m[2]}),  # from the title: check")
        elif (m := _TITLE_YEAR.search(self.title)) and "计划" in self.title:
            c.uses("Period")
            c.line(f"period=Period({m[1]}, {m[1]}),  # the title's year: check")
        else:
            c.comment(f"{TODO}: period=Period(START, END) if the document says which years")

    def restarts(self) -> bool:
        items = [h for h in self.doc.body if h.kind == "item"]
        return any(b.number <= a.number for a, b in pairwise(items))

    def basis(self) -> None:
        c = self.code
        c.uses("CitedDocument")
        known = {}
        if self.catalog is not None:
            for entry in self.catalog.entries():
                known[entry.title_zh] = entry.id
                if entry.doc_number:
                    known[entry.doc_number] = entry.id
        c.open("basis=(")
        for cited in self.doc.citations:
            c.open("CitedDocument(")
            c.line(f"title_zh={literal(cited.title)},")
            c.line(f'title_en="{TODO}: the title in English",')
            c.line(f"quote={literal(cited.quote)},")
            if cited.doc_number:
                c.doc_number("doc_number", cited.doc_number)
            number = DocNumber.try_parse(cited.doc_number or "")
            plan = known.get(cited.title) or (known.get(number.canonical) if number else None)
            if plan is not None:
                c.line(f"plan={literal(plan)},")
            c.close()
        c.close()

    # --------------------------------------------------------------- body

    def body(self) -> None:
        c = self.code
        c.open("body=(")
        section_eid = ""
        items = paragraphs = preambles = 0
        open_section = False
        restarts = self.restarts()
        for h in self.doc.body:
            if h.kind == "section":
                if open_section:
                    c.close()
                    c.close()
                section_eid = f"sec_{h.number}"
                c.uses("Section")
                c.open("Section(")
                c.line(f"eid={literal(section_eid)},")
                c.line(f"number={literal(h.label.rstrip('、'))},")
                c.line(f"label={literal(h.label)},")
                c.line(f"heading_zh={literal(h.title)},")
                c.line(f'heading_en="{TODO}: the heading in English",')
                c.open("items=(")
                open_section = True
                paragraphs = 0
                if restarts:
                    items = 0
                continue
            prefix = f"{section_eid}__" if section_eid else ""
            offset = self.starts[h.line - 1]
            if h.kind == "paragraph":
                if section_eid:
                    paragraphs += 1
                    eid = f"{prefix}para_{paragraphs}"
                else:
                    preambles += 1
                    eid = f"preamble_{preambles}"
                c.uses("Paragraph")
                c.open("Paragraph(")
                c.line(f"eid={literal(eid)},")
                c.line(f"text={literal(h.text)},")
                self.targets(eid, h.text, offset)
                c.close()
                continue
            items += 1
            eid = f"{prefix}item_{h.number if restarts else items}"
            c.uses("Measure")
            c.open("Measure(")
            c.line(f"eid={literal(eid)},")
            c.line(f"number={h.number},")
            c.line(f"label={literal(h.label)},")
            c.line(f"title_zh={literal(h.title)},")
            c.line(f'title_en="{TODO}: the title in English",')
            c.line(f"text={literal(h.text)},")
            if h.units is not None:
                c.line(f"responsibility_text={literal(h.units)},")
                self.responsibilities(h)
            self.targets(eid, h.text, offset + len(h.label))
            c.line("themes=(),")
            c.close()
        if open_section:
            c.close()
            c.close()
        c.close()

    def responsibilities(self, h: Heading) -> None:
        c = self.code
        c.open("responsibilities=(")
        for unit in h.named:
            self.unit(unit)
        c.close()

    def unit(self, unit: NamedUnit) -> None:
        c = self.code
        role = unit.role or Role.RESPONSIBLE
        found = exact_unit(self.catalog, unit.written, self.region) if self.catalog else None
        if found is not None and unit.role is not None:
            if found.collective:
                c.helpers.add("collective")
                c.uses("Role")
                c.short_call("collective", literal(unit.written), _enum(role), literal(found.id))
            else:
                c.helpers.add(_HELPERS[role])
                c.short_call(_HELPERS[role], literal(unit.written), literal(found.id))
            return
        where = self.region or "any region"
        said_role = f"{role.zh} {role.value}" if unit.role else "no role written: check"
        c.comment(
            f"{TODO} {said(unit.written)} ({said_role}): no body or collective of {where} has "
            "this name. Uncomment the one it is and add the name as written to its names "
            "(departments module or collectives.py), or add the body:"
        )
        candidates = closest_units(self.catalog, unit.written, self.region) if self.catalog else []
        for candidate in candidates:
            if candidate.collective:
                c.helpers.add("collective")
                c.uses("Role")
                call = (
                    f"collective({literal(unit.written)}, {_enum(role)}, {literal(candidate.id)}),"
                )
            else:
                c.helpers.add(_HELPERS[role])
                call = f"{_HELPERS[role]}({literal(unit.written)}, {literal(candidate.id)}),"
            c.comment(f"  {call}  # {said(candidate.name)} ({candidate.score})")

    def targets(self, eid: str, text: str, offset: int) -> None:
        c = self.code
        drafts: list[Draft] = []
        loose: list[tuple[int, str]] = []
        for m in mentions(text):
            if _covers(self.covered, offset + m.start, offset + m.end):
                continue
            if m.complete:
                drafts.append(draft(text, m))
        quoted = [
            (offset + s, offset + s + len(d.quote))
            for d in drafts
            for s in occurrences(text, d.quote)[:1]
        ]
        for f in find_figures(text):
            if not _covers(self.covered + quoted, offset + f.start, offset + f.end):
                loose.append((f.start, f.text))
        self.covered += quoted
        if not drafts and not loose:
            return
        c.open("targets=(")
        for start, figure in loose:
            context = text[max(0, start - 12) : start + len(figure) + 12]
            c.comment(
                f"{TODO} figure {said(figure)} in {said(context)}: a Target, an Observation "
                "or a LedgerEntry"
            )
        for n, d in enumerate(drafts, start=1):
            self.target(f"{eid}__tgt_{n}", d)
        c.close()

    def labels(self) -> list[Span]:
        spans: list[Span] = []
        for h in self.doc.body:
            if h.kind == "item":
                spans += label_spans(self.text, h.label, h.title, h.number)
        return spans

    def target(self, eid: str, d: Draft) -> None:
        c = self.code
        m = d.mention
        assert m.unit is not None
        assert m.amount is not None
        c.uses("Target", "Quantity", "Unit", "ValueKind")
        c.open("Target(")
        c.line(f"eid={literal(eid)},")
        c.line(f"quote={literal(d.quote)},")
        c.line(f"kind={_enum(d.kind)},")
        words = d.quote.replace(m.written, "")
        candidates = (
            closest_indicators(self.catalog, words, m.unit, near=d.near) if self.catalog else []
        )
        closest = ", ".join(f"{literal(x.id)} {said(x.name, 30)} ({x.score})" for x in candidates)
        c.comment(f"{TODO} indicator, closest: {closest or 'none in the catalog'}")
        c.line("indicator=None,")
        args = [self.code.decimal_of(m.amount), _enum(m.unit), literal(m.written)]
        if m.comparator.name != "EQ" or m.upper is not None:
            args.append(c.enum(m.comparator))
        if m.upper is not None:
            args.append(self.code.decimal_of(m.upper))
        c.call("value=Quantity", *args)
        if d.year is not None:
            c.line(f"year={d.year},")
        if d.direction is not None:
            c.line(f"direction={c.enum(d.direction)},")
        if d.commitment.name != "BINDING":
            c.line(f"commitment={c.enum(d.commitment)},")
        if d.modal is not None:
            c.line(f"modal={literal(d.modal)},")
        if d.governing is not None:
            c.line(f"governing={literal(d.governing)},  # the words before the quote: the modal")
        c.line(f"note={literal(_CHECK_NOTE)},")
        c.close()

    # ------------------------------------------------------------- ledger

    def ledger_entries(self) -> None:
        c = self.code
        c.open("ledger=(")
        c.comment("Every figure must end up in a Target or Observation quote, or here.")
        for figure, quote, reason, (note, note_zh), count in self.ledger.entries:
            c.uses("LedgerEntry", "LedgerReason")
            c.call(
                "LedgerEntry",
                literal(figure),
                literal(quote),
                _enum(reason),
                literal(note),
                note_zh=literal(note_zh),
                occurrences=str(count) if count != 1 else None,
            )
        labels = self.labels()
        lines = self.text.split("\n")
        for f in find_figures(self.text):
            if _covers(self.covered, f.start, f.end) or _covers(labels, f.start, f.end):
                continue
            if self._in_block(f.start):
                continue
            line = self.text.count("\n", 0, f.start) + 1
            c.comment(
                f"{TODO} figure {said(f.text)} (line {line}: {said(lines[line - 1], 40)}): "
                "a LedgerEntry, or a Target or Observation of a block"
            )
        c.close()

    def _in_block(self, offset: int) -> bool:
        for h in self.doc.body:
            if h.kind in ("paragraph", "item"):
                start = self.starts[h.line - 1] + len(h.label)
                if start <= offset < start + len(h.text):
                    return True
        return False


def plan_module(
    plan_id: str,
    doc: Document,
    *,
    title: str,
    doc_number: str | None = None,
    region: str | None = None,
    origin: str | None = None,
    catalog: Catalog | None = None,
) -> str:
    """The source of the plan's data module, every open question marked TODO."""
    return _Writer(
        plan_id,
        doc,
        title=title,
        doc_number=doc_number,
        region=region,
        origin=origin,
        catalog=catalog,
    ).write()
