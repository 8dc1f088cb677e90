"""Checks of one plan against its transcription and the catalogs.

The transcription is located once (``qualityplans.text.locate``); every check
below then reads the plan and that located value and yields its problems. No
check keeps state or depends on another having run, so their order only
decides the order problems are listed in: document order within each check.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from attrs import frozen

from qualityplans.catalog.shapes import shape_problems
from qualityplans.model import (
    Block,
    Box,
    Commitment,
    Comparator,
    Department,
    Measure,
    Numbering,
    Observation,
    Paragraph,
    PartialDate,
    Phase,
    Plan,
    Quantity,
    Responsibility,
    Section,
    Table,
    Target,
    TaskGroup,
    Unit,
    ValueKind,
    statements,
)
from qualityplans.text.figures import find_figures, read_amounts
from qualityplans.text.locate import Located, Quote, locate
from qualityplans.text.privacy import (
    contact_details,
    contact_kind,
    is_hotline_entry,
    service_numbers,
    strings,
)
from qualityplans.validate.catalog_checks import duplicates, not_in_chinese
from qualityplans.validate.context import Context, unknown
from qualityplans.validate.problems import Problem
from qualityplans.validate.readings import (
    comparators_stated,
    dates_stated,
    marker_words,
    years_stated,
)
from qualityplans.version import sha256_text

__all__ = ["PlanCheck", "check_plan"]

_ASPIRATIONAL_WORDS = ("力争", "争取")
# Words around unit names in a responsibility text that are not units themselves.
_ROLE_WORDS = re.compile(
    r"牵头单位|成员单位|按职责分工负责|按职责负责|牵头负责|牵头|配合|负责|以下均需.*?不再列出|等相关单位|等"
)
_AS_QUOTED = "give it as the quote writes it"
_PUNCTUATION = re.compile(r"[\s()（）、,，;；:：。<>〈〉]")
# Brackets a collective's name is written with: 各县级市<区>人民政府<管委会>.
_BRACKETS = str.maketrans("<〈《[【（>〉》]】）", "(((((())))))")


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _title_line(block: Block) -> str | None:
    """The words a block's label and title stand as in the transcription."""
    if isinstance(block, Measure | Phase):
        return f"{block.label}{block.title_zh}"
    if isinstance(block, TaskGroup):
        return f"{block.label}{block.name_zh}"
    if isinstance(block, Box | Table):
        return block.title_zh
    return None


@frozen
class PlanCheck:
    """One plan, its located transcription, and the context: what every check reads."""

    ctx: Context
    plan: Plan
    located: Located
    file: str
    source_file: str
    lines: Mapping[str, int]  # the transcription line of each eid that has a place in it
    strings: Sequence[tuple[str, str, str]]  # (eid, field, text) of every string of the plan

    @property
    def text(self) -> str:
        return self.located.text

    def problem(
        self,
        eid: str,
        field: str,
        message: str,
        file: str | None = None,
        *,
        line: int | None = None,
    ) -> Problem:
        """A problem at ``eid``/``field``, on the transcription line of ``eid`` unless
        ``line`` says otherwise."""
        return Problem(
            f"{self.plan.id}/{eid}/{field}",
            message,
            file or self.file,
            line_number=line if line is not None else self.lines.get(eid),
        )

    def in_text(self, eid: str, field: str, value: str | None) -> Iterator[Problem]:
        if value is not None and value not in self.text:
            yield self.problem(
                eid, field, f"not found in the transcription: {short(value)!r}: copy it verbatim"
            )

    def date_stated(
        self,
        eid: str,
        field: str,
        date: PartialDate,
        words: str,
        which: int,
        line: int | None = None,
    ) -> Iterator[Problem]:
        """``date`` is the date ``words`` state (the first, or with ``which=-1`` the last)."""
        stated = dates_stated(words)
        if not stated:
            yield self.problem(
                eid,
                field,
                f"no date in {short(words)!r}: quote the date as the document writes it",
                line=line,
            )
            return
        said, written = stated[which]
        if said != date:
            yield self.problem(
                eid,
                field,
                f"{date} disagrees with {written!r} in the quote ({said}): set "
                f"PartialDate({', '.join(str(x) for x in (said.year, said.month, said.day) if x)})",
                line=line,
            )

    def known(
        self, eid: str, field: str, value: str | None, ids: Iterable[str], kind: str
    ) -> Iterator[Problem]:
        if value is not None and value not in ids:
            yield self.problem(eid, field, unknown(self.ctx, kind, value))

    # ------------------------------------------------------------- source

    def source(self) -> Iterator[Problem]:
        actual = sha256_text(self.text)
        if actual != self.plan.source.sha256:
            yield self.problem(
                "source",
                "sha256",
                f"transcription has sha256 {actual}, but {self.plan.source.sha256} is recorded: "
                "if the edit is intended, record the new sha256 in the plan's Source",
                self.source_file,
            )

    # ------------------------------------------------------------ metadata

    def metadata(self) -> Iterator[Problem]:
        p = self.plan
        yield from self.known("plan", "region", p.region, self.ctx.regions, "region")
        yield from self.known("plan", "issuer", p.issuer, self.ctx.departments, "department")
        yield from self.in_text("plan", "title_zh", p.title_zh)
        if p.doc_number is not None:
            yield from self.in_text("plan", "doc_number", p.doc_number.raw)
        for field in ("notice_title_zh", "addressees", "notice_text", "standing_quote"):
            yield from self.in_text("plan", field, getattr(p, field))
        for i, cc in enumerate(p.copied_to):
            yield from self.in_text("plan", f"copied_to[{i}]", cc)
        for i, d in enumerate(p.dates):
            yield from self.in_text("plan", f"dates[{i}].quote", d.quote)
            at = self.text.find(d.quote) if d.quote else -1
            line = _line_of(self.text, at) if at != -1 else None
            yield from self.date_stated("plan", f"dates[{i}].date", d.date, d.quote, 0, line)
        for i, b in enumerate(p.basis):
            yield from self.in_text("plan", f"basis[{i}].quote", b.quote)
            if b.title_zh not in b.quote:
                yield self.problem(
                    "plan", f"basis[{i}].title_zh", f"not found in its quote: {_AS_QUOTED}"
                )
        if p.adoption is not None:
            yield from self.in_text("plan", "adoption.quote", p.adoption.quote)
            meeting = p.adoption.meeting_zh  # None: approved without a meeting (同意)
            if meeting is not None and meeting not in p.adoption.quote:
                yield self.problem(
                    "plan", "adoption.meeting_zh", f"not found in its quote: {_AS_QUOTED}"
                )
        for i, person in enumerate(p.people):
            yield from self.in_text("plan", f"people[{i}].quote", person.quote)
            for field in ("name", "post"):
                if getattr(person, field) not in person.quote:
                    yield self.problem(
                        "plan", f"people[{i}].{field}", f"not found in its quote: {_AS_QUOTED}"
                    )
        for i, r in enumerate(p.standing_responsibilities):
            yield from self.responsibility(
                "plan", f"standing_responsibilities[{i}]", r, self.ctx.places(p.region)
            )
            if p.standing_quote is None or r.written not in p.standing_quote:
                yield self.problem(
                    "plan",
                    f"standing_responsibilities[{i}]",
                    "not found in standing_quote: give each unit as the quote writes it",
                )
        for i, redaction in enumerate(p.source.redactions):
            if redaction.after not in self.text:
                yield self.problem(
                    "source",
                    f"redactions[{i}].after",
                    "redacted text not found in the transcription: give the words as they now "
                    "stand, with the redaction mark",
                    self.source_file,
                )
        for i, erratum in enumerate(p.source.errata):
            if erratum.after not in self.text:
                yield self.problem(
                    "source",
                    f"errata[{i}].after",
                    "corrected text not found in the transcription: give the words as they now "
                    "stand",
                )

    # ----------------------------------------------------------- structure

    def structure(self) -> Iterator[Problem]:
        p = self.plan
        eids: list[str] = []
        for item in p.walk():
            eids.append(item.eid)
            if not isinstance(item, Section):
                eids.extend(x.eid for x in statements(item))
        eids.extend(d.eid for d in p.discrepancies)
        for dup in duplicates(eids):
            yield self.problem(dup, "eid", "duplicate eid: give each item its own eid")
        if p.numbering is Numbering.DOCUMENT:
            yield from self.numbering(p.measures)
        else:
            for section in p.body:
                if isinstance(section, Section):
                    yield from self.numbering(section.measures)
        for section in p.sections:
            yield from self.in_text(
                section.eid, "heading_zh", f"{section.label}{section.heading_zh}"
            )

    def numbering(self, measures: Sequence[Measure]) -> Iterator[Problem]:
        seen: set[int] = set()
        for expected, measure in enumerate(measures, start=1):
            if measure.number in seen:
                yield self.problem(
                    measure.eid,
                    "number",
                    f"measure number {measure.number} repeats: number measures as the document "
                    "does",
                )
            elif measure.number != expected:
                yield self.problem(
                    measure.eid,
                    "number",
                    f"measure numbering has a gap or is out of order: expected {expected}, "
                    f"found {measure.number}: is a measure missing or misnumbered?",
                )
            seen.add(measure.number)

    # -------------------------------------------------------------- blocks

    def blocks(self) -> Iterator[Problem]:
        for position, block in enumerate(self.plan.blocks):
            yield from self.block(position, block)

    def block(self, position: int, block: Block) -> Iterator[Problem]:
        texts = block.texts()
        for spot in self.located.texts_of(position):
            if spot.start is not None:
                continue
            if spot.elsewhere:
                yield self.problem(
                    block.eid,
                    spot.field,
                    f"out of document order: {short(spot.text)!r}: order the blocks as the "
                    "transcription does",
                )
            else:
                yield self.problem(
                    block.eid,
                    spot.field,
                    f"not found in the transcription: {short(spot.text)!r}: copy it verbatim",
                )
        title = _title_line(block)
        if title is not None:
            yield from self.in_text(block.eid, "title_zh", title)
        if isinstance(block, Measure | Paragraph | Box | Phase):
            yield from self.whole(position, block)
        if isinstance(block, Measure):
            yield from self.measure(block)
        if isinstance(block, TaskGroup):
            for i, r in enumerate(block.responsibilities):
                yield from self.responsibility(
                    block.eid, f"responsibilities[{i}]", r, self.places(block)
                )
            yield from self.unaccounted_units(
                block.eid, f"{block.lead_text}{block.member_text}", block.responsibilities
            )
            yield from self.themes(block.eid, block.themes)
        if isinstance(block, Table):
            yield from self.table(block)
        if isinstance(block, Phase):
            yield from self.date_stated(block.eid, "start", block.start, block.range_text, 0)
            yield from self.date_stated(block.eid, "end", block.end, block.range_text, -1)
        for locality in getattr(block, "localities", ()):
            yield from self.known(
                block.eid, "localities", locality.region, self.ctx.regions, "region"
            )
            if locality.written not in "".join(texts):
                yield self.problem(
                    block.eid,
                    "localities",
                    f"{locality.written!r} not found in the text: give the place as the text "
                    "writes it",
                )
        quotes = self.located.quotes_of(position)
        yield from self.figures(block, "targets", quotes[: len(block.targets)])
        yield from self.figures(block, "observations", quotes[len(block.targets) :])

    def whole(self, position: int, block: Block) -> Iterator[Problem]:
        """A measure, box, phase or paragraph text is the whole paragraph, not a part."""
        for spot in self.located.texts_of(position):
            if spot.start is None:
                continue
            end = spot.start + len(spot.text)
            follows = getattr(block, "responsibility_text", None)
            if end == len(self.text) or self.text[end] == "\n":
                continue
            if follows and self.text.startswith(follows, end):
                continue
            rest = self.text[end : self.text.find("\n", end) % (len(self.text) + 1)]
            yield self.problem(
                block.eid,
                spot.field,
                f"stops mid-paragraph before {short(rest, 20)!r}: give the whole paragraph",
            )

    def measure(self, m: Measure) -> Iterator[Problem]:
        if m.title_zh not in m.text:
            yield self.problem(
                m.eid,
                "title_zh",
                "not found in the measure text: give the title as the text writes it",
            )
        if m.responsibility_text is not None:
            if f"{m.text}{m.responsibility_text}" not in self.text:
                yield self.problem(
                    m.eid,
                    "responsibility_text",
                    "does not follow the measure text in the transcription: the text must "
                    "end where the list of units begins",
                )
            yield from self.unaccounted_units(m.eid, m.responsibility_text, m.responsibilities)
        elif m.responsibilities:
            yield self.problem(
                m.eid,
                "responsibilities",
                "units given without a responsibility_text: give the words that name them",
            )
        for i, r in enumerate(m.responsibilities):
            yield from self.responsibility(m.eid, f"responsibilities[{i}]", r, self.places(m))
        yield from self.themes(m.eid, m.themes)

    def themes(self, eid: str, themes: Iterable[str]) -> Iterator[Problem]:
        for theme in themes:
            yield from self.known(eid, "themes", theme, self.ctx.themes, "theme")

    def places(self, block: Block) -> tuple[str, ...]:
        """Where a block's units may belong: the plan's region, the regions above it,
        and the places the block names (its localities)."""
        named = tuple(loc.region for loc in getattr(block, "localities", ()))
        return (*self.ctx.places(self.plan.region), *named)

    def responsibility(
        self, eid: str, field: str, r: Responsibility, places: Collection[str]
    ) -> Iterator[Problem]:
        if (r.department is None) == (r.collective is None):
            yield self.problem(
                eid,
                field,
                "give exactly one of department or collective: the body the words name, "
                "or the collective (各成员单位) they stand for",
            )
        yield from self.known(
            eid, f"{field}.department", r.department, self.ctx.departments, "department"
        )
        yield from self.known(
            eid, f"{field}.collective", r.collective, self.ctx.collectives, "collective"
        )
        if r.department is not None and r.collective is not None:
            return  # which of the two the words mean is the contributor's to say
        department = self.ctx.departments.get(r.department or "")
        if department is not None:
            yield from self.department(eid, f"{field}.department", r.written, department, places)
        collective = next((c for c in self.ctx.data.collectives if c.id == r.collective), None)
        if collective is not None:
            where = f"{field}.collective"
            if (
                collective.region is not None
                and collective.region not in places
                and self.plan.region in self.ctx.regions
            ):
                yield self.problem(
                    eid,
                    where,
                    f"{collective.id} gathers the units of "
                    f"{self.ctx.region_name(collective.region)}, not of this plan's "
                    f"{self.ctx.region_name(self.plan.region)}: use the collective the words "
                    "name here",
                )
            names = (collective.name_zh, *collective.names)
            written = r.written.translate(_BRACKETS)
            if not any(n.translate(_BRACKETS) in written for n in names):
                yield self.problem(
                    eid,
                    where,
                    f"{r.written!r} does not name {collective.id} ({collective.name_zh}): use "
                    f"the collective the words name, or add the wording to {collective.id}'s "
                    "names",
                )

    def department(
        self, eid: str, field: str, written: str, d: Department, places: Collection[str]
    ) -> Iterator[Problem]:
        """The department is a body of the plan's places and goes by the words written."""
        here = self.ctx.named(written, places)
        instead = f"use {', '.join(x.id for x in here)}" if here else ""
        known = self.plan.region in self.ctx.regions  # else plan/region says so
        if known and d.region not in places:
            fix = instead or "use the body of this plan's region that the words name"
            yield self.problem(
                eid,
                field,
                f"{d.id} ({d.name_zh}) is a body of {self.ctx.region_name(d.region)}, not of "
                f"this plan's {self.ctx.region_name(self.plan.region)} or a place the block "
                f"names: {fix}",
            )
        elif written != d.name_zh and written not in d.names:
            yield self.problem(
                eid,
                field,
                f"{written!r} is not a name of {d.id} ({d.name_zh}): "
                f"{instead or 'use the department the words name'}, or add {written!r} to "
                f"{d.id}'s names if it is one",
            )

    def unaccounted_units(
        self, eid: str, written: str, responsibilities: Sequence[Responsibility]
    ) -> Iterator[Problem]:
        """Every unit named in the text is captured, in order, and nothing else is left."""
        gaps, cursor = [], 0
        for i, r in enumerate(responsibilities):
            at = written.find(r.written, cursor)
            if at == -1:
                yield self.problem(
                    eid,
                    f"responsibilities[{i}].written",
                    f"{r.written!r} not found (in order) in {written!r}: give each unit "
                    "as written, in the order the text names them",
                )
                continue
            gaps.append(written[cursor:at])
            cursor = at + len(r.written)
        gaps.append(written[cursor:])
        # Each uncaptured name once, separated as the text separates them.
        words = _PUNCTUATION.split(_ROLE_WORDS.sub("、", "、".join(gaps)))
        leftover = "、".join(w for w in words if w)
        if leftover:
            yield self.problem(
                eid,
                "responsibilities",
                f"units named but not captured: {leftover!r}: add a Responsibility for each",
            )

    def table(self, table: Table) -> Iterator[Problem]:
        numbers = [r.number for r in table.rows if r.number is not None]
        for dup in duplicates(str(n) for n in numbers):
            yield self.problem(
                table.eid, "rows", f"row number {dup} repeats: number rows as the table does"
            )
        for i, row in enumerate(table.rows):
            yield from self.known(
                table.eid, f"rows[{i}].indicator", row.indicator, self.ctx.indicators, "indicator"
            )
            for cell in row.cells:
                if cell not in row.line:
                    yield self.problem(
                        table.eid,
                        f"rows[{i}].cells",
                        f"cell {cell!r} not in the row line: copy the cell from the row line",
                    )
        for i, note in enumerate(table.notes):
            for n in note.rows:
                if n not in numbers:
                    yield self.problem(
                        table.eid,
                        f"notes[{i}].rows",
                        f"no row numbered {n}: give a row number the table has",
                    )

    # ------------------------------------------------- targets, observations

    def figures(self, block: Block, field: str, quotes: Sequence[Quote]) -> Iterator[Problem]:
        last: tuple[int, int] = (-1, -1)
        for spot in quotes:
            item = spot.statement
            if not item.eid.startswith(f"{block.eid}__"):
                yield self.problem(
                    item.eid,
                    "eid",
                    f"should start with its block's eid {block.eid}__: rename it {block.eid}__…",
                )
            if spot.holder is None:
                yield self.problem(
                    item.eid,
                    "quote",
                    f"not found in the text of {block.eid}: {item.quote!r}: "
                    "copy the words verbatim from the block's text",
                )
            else:
                if len(spot.in_holder) > 1:
                    yield self.problem(
                        item.eid,
                        "quote",
                        f"occurs {len(spot.in_holder)} times in {block.eid}; quote more words",
                    )
                position = (spot.holder, spot.in_holder[0])
                if position < last:
                    yield self.problem(
                        item.eid,
                        "quote",
                        f"{field} of {block.eid} are not in document order: list them in the order "
                        "the text states them",
                    )
                last = position
                if isinstance(item, Target):
                    yield from self.governing(item, spot)
            yield from self.statement(item)

    def governing(self, t: Target, spot: Quote) -> Iterator[Problem]:
        """Words outside the quote that hold its modal stand in the block text before it."""
        if t.governing is None:
            return
        if spot.start is not None and spot.governing is None:
            yield self.problem(
                t.eid,
                "governing",
                f"{short(t.governing)!r} not found before the quote in its block's text: give "
                "the words that hold the modal verbatim",
            )

    def statement(self, item: Target | Observation) -> Iterator[Problem]:
        eid = item.eid
        if item.indicator is not None and item.indicator not in self.ctx.indicators:
            yield self.problem(eid, "indicator", unknown(self.ctx, "indicator", item.indicator))
        if item.kind is ValueKind.QUALITATIVE:
            if item.value is not None:
                yield self.problem(
                    eid,
                    "value",
                    "a qualitative statement has no value: drop the value, or give the kind the "
                    "figure states",
                )
            if item.qualitative is None:
                yield self.problem(
                    eid,
                    "qualitative",
                    "a qualitative statement needs its words: give qualitative= as the quote "
                    "writes them",
                )
        elif item.value is None:
            yield self.problem(
                eid,
                "value",
                f"a {item.kind.value} statement needs a value: give the figure as written, or "
                "kind=ValueKind.QUALITATIVE",
            )
        if item.qualitative is not None and item.qualitative not in item.quote:
            yield self.problem(
                eid,
                "qualitative",
                "not found in the quote: give the words as the quote writes them",
            )
        if item.kind is ValueKind.CHANGE and item.direction is None:
            yield self.problem(
                eid,
                "direction",
                "a change needs a direction: set direction= as the quote says (up or down)",
            )
        if item.base_year is not None and item.year is not None and item.base_year >= item.year:
            yield self.problem(
                eid,
                "base_year",
                f"base year {item.base_year} is not before {item.year}: set the year the "
                "change is measured from",
            )
        yield from self.years(item)
        if item.value is not None:
            yield from self.quantity(item, item.value)
        if isinstance(item, Target):
            yield from self.commitment(item)
        elif item.year is None and item.period is None:
            yield self.problem(
                eid,
                "year",
                "an observation needs a year or a period: read the sentence (a 十三五 result "
                "is for 2020) and set year= or period=",
            )

    def years(self, item: Target | Observation) -> Iterator[Problem]:
        """Every year the quote states (2016年) is the statement's year, base year, or an
        end of its period."""
        if isinstance(item, Observation) and item.year is None and item.period is None:
            return  # an observation needs a year or a period: the statement check says so
        recorded = {item.year, item.base_year}
        if item.period is not None:
            recorded |= {item.period.start, item.period.end}
        for year in years_stated(item.quote):
            if year in recorded:
                continue
            has = [
                f"{name} {value}"
                for name, value in (
                    ("year", item.year),
                    ("period", item.period),
                    ("base_year", item.base_year),
                )
                if value is not None
            ]
            what = f"{', '.join(has)} is recorded" if has else "no year is recorded"
            yield self.problem(
                item.eid,
                "year",
                f"the quote states {year}年, but {what}: set year= (or period=, base_year=) "
                "to the year the quote states",
            )
            return

    def comparator(self, item: Target | Observation, q: Quantity) -> Iterator[Problem]:
        """The comparator is what the words beside the figure say (以上 ≥, 不足 <, 2～3 a
        range), and = where none bounds it."""
        stated, words = comparators_stated(item.quote, q.written)
        if not stated and q.comparator is not Comparator.EQ:
            yield self.problem(
                item.eid,
                "value.comparator",
                f"{q.comparator.value} but nothing beside {q.written!r} in the quote bounds it "
                f"({marker_words()}): set comparator=Comparator.EQ, or put the bounding "
                "word in written",
            )
        elif stated and q.comparator not in stated:
            wanted = sorted(stated, key=list(Comparator).index)
            yield self.problem(
                item.eid,
                "value.comparator",
                f"{q.comparator.value} but {words!r} beside {q.written!r} in the quote means "
                f"{' or '.join(c.value for c in wanted)}: set comparator="
                f"{' or '.join(f'Comparator.{c.name}' for c in wanted)}",
            )

    def quantity(self, item: Target | Observation, q: Quantity) -> Iterator[Problem]:
        eid = item.eid
        if q.written not in item.quote:
            yield self.problem(
                eid,
                "value.written",
                f"{q.written!r} not found in the quote: give the figure as the quote writes it",
            )
        if (q.comparator is Comparator.RANGE) != (q.upper is not None):
            yield self.problem(
                eid, "value.upper", "a range needs an upper bound, and only a range has one"
            )
        if q.upper is not None and q.upper <= q.amount:
            yield self.problem(
                eid,
                "value.upper",
                f"upper bound {q.upper} is not above {q.amount}: give the range's bounds in order",
            )
        if q.written in item.quote:
            yield from self.comparator(item, q)
        stated = read_amounts(q.written, q.unit.value)
        expected = [q.amount] if q.upper is None else [q.amount, q.upper]
        if not stated:
            yield self.problem(
                eid,
                "value.written",
                f"no figure in {q.written!r}: give the figure as the quote writes it",
            )
        elif sorted(set(stated)) != sorted(set(expected)):
            said = ", ".join(str(a) for a in stated)
            wanted = ", ".join(str(v) for v in expected)
            yield self.problem(
                eid,
                "value.amount",
                f"{q.written!r} reads as {said}, not {wanted}: set the amount as written",
            )
        if q.unit is Unit.PERCENT and item.kind is ValueKind.LEVEL:
            for amount in expected:
                if not Decimal(0) <= amount <= Decimal(100):
                    yield self.problem(
                        eid,
                        "value.amount",
                        f"percent level {amount} is outside 0-100: check the amount, the unit "
                        "and the kind",
                    )
        indicator = self.ctx.indicators.get(item.indicator or "")
        relative_change = item.kind is ValueKind.CHANGE and q.unit in (
            Unit.PERCENT,
            Unit.PERCENTAGE_POINT,
        )
        if indicator is not None and not relative_change:
            if indicator.unit is None:
                yield self.problem(
                    eid,
                    "value.unit",
                    f"indicator {indicator.id} is qualitative: choose an indicator measured in "
                    f"{q.unit.value}, or drop the value",
                )
            elif indicator.unit.dimension is not q.unit.dimension:
                yield self.problem(
                    eid,
                    "value.unit",
                    f"{q.unit.value} ({q.unit.dimension.value}) does not fit indicator "
                    f"{indicator.id} ({indicator.unit.value}, {indicator.unit.dimension.value}): "
                    "check the unit, or choose the indicator the figure measures",
                )

    def commitment(self, t: Target) -> Iterator[Problem]:
        said = f"{t.governing or ''}{t.quote}"
        if t.modal is not None and t.modal not in said:
            yield self.problem(
                t.eid,
                "modal",
                f"{t.modal!r} not found in the quote: give the modal word as the quote writes it",
            )
        aspirational_word = next((w for w in _ASPIRATIONAL_WORDS if w in said), None)
        if aspirational_word and t.commitment is Commitment.BINDING:
            yield self.problem(
                t.eid,
                "commitment",
                f"the quote says {aspirational_word} but commitment is binding: set "
                "commitment=Commitment.ASPIRATIONAL",
            )
        if t.commitment is Commitment.ASPIRATIONAL and t.modal not in _ASPIRATIONAL_WORDS:
            yield self.problem(
                t.eid,
                "commitment",
                f"aspirational, but the modal word is {t.modal!r}: give the 力争 or 争取 the "
                "quote says, or commitment=Commitment.BINDING",
            )
        period = self.plan.period
        if t.year is not None and period is not None and t.year < period.start:
            yield self.problem(
                t.eid,
                "year",
                f"target year {t.year} is before the plan's period {period}: "
                "check the year, or record the figure as an observation",
            )

    # ---------------------------------------------------- ledger, discrepancy

    def ledger(self) -> Iterator[Problem]:
        for spot, entry in zip(self.located.ledger, self.plan.ledger, strict=True):
            eid = f"ledger[{spot.index}]"
            if entry.figure not in entry.quote:
                yield self.problem(
                    eid,
                    "figure",
                    f"{entry.figure!r} not found in the quote: give the figure as the quote "
                    "writes it",
                )
            if len(spot.starts) != entry.occurrences:
                yield self.problem(
                    eid,
                    "occurrences",
                    f"quote occurs {len(spot.starts)} times in the transcription, "
                    f"{entry.occurrences} recorded: quote more words, or record the count",
                )

    def hotlines(self) -> list[tuple[int, int]]:
        """The spans of the transcription that hotline ledger entries cover."""
        return [
            span
            for spot, entry in zip(self.located.ledger, self.plan.ledger, strict=True)
            if is_hotline_entry(entry)
            for span in spot.spans
        ]

    def contacts(self) -> Iterator[Problem]:
        """Personal data is not shipped: no phone number, e-mail address or ID number
        anywhere; a public service number only where a ledger entry says it is a hotline."""
        for offset, detail in self.located.contacts:
            line = _line_of(self.text, offset)
            yield self.problem(
                "source",
                "text",
                f"line {line} holds the {contact_kind(detail)} {detail!r}: replace it with a "
                "redaction mark and record a Redaction",
                self.source_file,
                line=line,
            )
        covered = self.hotlines()
        for offset, number in service_numbers(self.text):
            if any(a <= offset < b for a, b in covered):
                continue
            line = _line_of(self.text, offset)
            yield self.problem(
                "source",
                "text",
                f"line {line} holds the public service number {number!r}: if the document "
                f"states a public hotline, record a LedgerEntry (reason name) whose note says "
                "it is a public hotline; else redact it",
                self.source_file,
                line=line,
            )
        for eid, field, text in self.strings:
            for _, detail in contact_details(text):
                if detail in self.text:
                    continue  # the transcription's, said once above: redact it there
                yield self.problem(
                    eid,
                    field,
                    f"holds the {contact_kind(detail)} {detail!r}: personal data is not "
                    "shipped; remove it",
                )
            for _, number in service_numbers(text):
                if number not in self.text:  # else the transcription's check decides
                    yield self.problem(
                        eid,
                        field,
                        f"holds the public service number {number!r}, which the transcription "
                        "does not state: remove it",
                    )

    def todos(self) -> Iterator[Problem]:
        """What a scaffolded plan (``qualityplans new-plan``) still leaves to fill in."""
        for eid, field, text in self.strings:
            if text.startswith("TODO"):
                yield self.problem(eid, field, f"still to fill in: {short(text, 60)!r}")

    def chinese(self) -> Iterator[Problem]:
        """Readers read Chinese first: every English note of the plan has its Chinese
        beside it (a target's or observation's ``note_zh``, a ledger entry's ``note_zh``,
        an erratum's ``reason_zh``, a discrepancy's ``note_zh``), in document order. A
        scaffold's ``TODO`` note is left to ``todos``: it goes once it is resolved."""

        def check(eid: str, field: str, english: str | None, zh: str | None) -> Iterator[Problem]:
            if english is not None and english.startswith("TODO"):
                return
            what = "reason" if field.endswith("reason_zh") else "note"
            message = not_in_chinese(english, zh, what)
            if message:
                yield self.problem(eid, field, message)

        for block in self.plan.blocks:
            for s in statements(block):
                yield from check(s.eid, "note_zh", s.note, s.note_zh)
        for i, entry in enumerate(self.plan.ledger):
            yield from check(f"ledger[{i}]", "note_zh", entry.note, entry.note_zh)
        for i, erratum in enumerate(self.plan.source.errata):
            yield from check("source", f"errata[{i}].reason_zh", erratum.reason, erratum.reason_zh)
        for d in self.plan.discrepancies:
            yield from check(d.eid, "note_zh", d.note, d.note_zh)

    def discrepancies(self) -> Iterator[Problem]:
        known = {x.eid for block in self.plan.blocks for x in statements(block)}
        for d in self.plan.discrepancies:
            for field in ("first", "second"):
                ref = getattr(d, field)
                if ref not in known:
                    yield self.problem(
                        d.eid,
                        field,
                        f"no target or observation {ref!r}: give the eid of one of this plan's",
                    )
            if d.first == d.second:
                yield self.problem(
                    d.eid, "second", "a discrepancy needs two different statements: give two eids"
                )

    # -------------------------------------------------------- completeness

    def completeness(self) -> Iterator[Problem]:
        """Every figure in the transcription lies inside a quote that accounts for it."""
        spans = self.located.covered()
        # A public service number is the contact check's (ledgered as a hotline, or not).
        spans += [(at, at + len(n)) for at, n in service_numbers(self.text)]
        for figure in find_figures(self.text):
            if any(a <= figure.start and figure.end <= b for a, b in spans):
                continue
            holder = self.located.holder_at(figure.start) or "source"
            line = _line_of(self.text, figure.start)
            context = self.text[max(0, figure.start - 12) : figure.end + 12].replace("\n", " ")
            yield self.problem(
                holder,
                "figures",
                f"figure {figure.text} (line {line}: …{context}…) is neither captured nor "
                "ledgered: quote it in a target or observation, or add a LedgerEntry",
                line=line,
            )


# The checks of a plan, in the order their problems are listed.
_CHECKS = (
    PlanCheck.source,
    PlanCheck.metadata,
    PlanCheck.structure,
    PlanCheck.blocks,
    PlanCheck.ledger,
    PlanCheck.contacts,
    PlanCheck.todos,
    PlanCheck.chinese,
    PlanCheck.discrepancies,
    PlanCheck.completeness,
)


def lines_of(plan: Plan, located: Located) -> dict[str, int]:
    """The transcription line where each section, block, target, observation and ledger
    entry of ``plan`` stands (where it is found)."""
    text = located.text
    lines: dict[str, int] = {}
    cursor = 0
    for section in plan.sections:
        at = text.find(f"{section.label}{section.heading_zh}", cursor)
        if at != -1:
            lines[section.eid] = _line_of(text, at)
            cursor = at
    for spot in located.blocks:
        if spot.start is not None and spot.eid not in lines:
            lines[spot.eid] = _line_of(text, spot.start)
    for quote in located.quotes:
        if quote.start is not None:
            lines[quote.eid] = _line_of(text, quote.start)
        elif quote.block in lines:
            lines.setdefault(quote.eid, lines[quote.block])
    for entry in located.ledger:
        if entry.starts:
            lines[f"ledger[{entry.index}]"] = _line_of(text, entry.starts[0])
    return lines


def check_plan(ctx: Context, plan: Plan) -> Iterator[Problem]:
    """Every problem of ``plan``: its fields' shapes first (nothing below may iterate a
    string where a tuple belongs), its transcription located once, then each check."""
    file = ctx.plan_file(plan) if isinstance(plan.id, str) else ctx.catalog.roots[0].name
    misshapen = shape_problems(plan, "plan")
    if misshapen:
        for eid, field, message in misshapen:
            yield Problem(f"{plan.id}/{eid}/{field}", message, file)
        return
    try:
        text = ctx.source(plan)
    except FileNotFoundError as error:
        yield Problem(f"{plan.id}/source/file", str(error), file)
        return
    located = locate(plan, text)
    every = tuple(strings(plan, "plan"))
    check = PlanCheck(
        ctx, plan, located, file, ctx.source_file(plan), lines_of(plan, located), every
    )
    for run in _CHECKS:
        yield from run(check)
