"""The data linter: every problem in the dataset, each with its location.

Modelled on openstates/people: nothing stops at the first error. Each problem
names where it is as ``plan-id/eid/field`` (``suzhou-2016/sec_2__item_6__tgt_1/quote``)
and the file a contributor edits to fix it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from attrs import frozen

from qualityplans.figures import find_figures, label_spans, read_amounts
from qualityplans.model import (
    Block,
    Box,
    Commitment,
    Comparator,
    Dataset,
    Measure,
    Numbering,
    Observation,
    Paragraph,
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
from qualityplans.planindex import check as check_index
from qualityplans.sources import read_source, sha256_text

__all__ = ["Problem", "Severity", "loading_problem", "validate"]

_ASPIRATIONAL_WORDS = ("力争", "争取")
# Words around unit names in a responsibility text that are not units themselves.
_ROLE_WORDS = re.compile(
    r"牵头单位|成员单位|按职责分工负责|按职责负责|牵头负责|牵头|配合|负责|以下均需.*?不再列出|等相关单位|等"
)
_PUNCTUATION = re.compile(r"[\s()（）、,，;；:：。<>〈〉]")


class Severity(StrEnum):
    """An error fails ``qualityplans validate``; a warning is printed but does not."""

    ERROR = "error"
    WARNING = "warning"


@frozen
class Problem:
    """One thing wrong with the data: where, what, and which file to edit."""

    location: str
    message: str
    file: str | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"

    @property
    def line(self) -> str:
        """The line a contributor sees: ``file: plan/eid/field: [warning: ]message``."""
        prefix = f"{self.file}: " if self.file else ""
        mark = "warning: " if self.severity is Severity.WARNING else ""
        return f"{prefix}{self.location}: {mark}{self.message}"


def validate(
    data: Dataset | None = None, *, texts: Mapping[str, str] | None = None
) -> list[Problem]:
    """Every problem in ``data`` (default: the curated dataset), in a stable order.

    ``texts`` maps transcription file names to text, in place of the shipped
    files (for checking a transcription before it is saved).
    """
    if data is None:
        from qualityplans.catalog import dataset

        data = dataset()
    return list(_Checker(data, texts or {}).run())


def loading_problem(error: BaseException) -> Problem:
    """The one-line problem for a data module that fails to load (a float for a Decimal).

    Names the innermost line in a data module (or, failing that, anywhere) that raised.
    """
    import traceback

    if isinstance(error, SyntaxError) and error.filename:
        return Problem(
            f"line {error.lineno}",
            f"cannot load: SyntaxError: {error.msg}: fix the Python syntax",
            error.filename,
        )
    frames = traceback.extract_tb(error.__traceback__)
    package = str(Path(__file__).parent)
    data = str(Path(__file__).parent / "data")
    # The contributor's line: in a data module, or else outside this package and attrs.
    ours = [f for f in frames if f.filename.startswith(data)] or [
        f for f in frames if not f.filename.startswith(package) and not f.filename.startswith("<")
    ]
    frame = ours[-1] if ours else frames[-1] if frames else None
    detail = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    if frame is None:
        return Problem("data", f"cannot load the dataset: {detail}")
    return Problem(f"line {frame.lineno}", f"cannot load: {detail}", frame.filename)


DATA_DIR = "src/qualityplans/data"
INDICATORS_FILE = f"{DATA_DIR}/indicators.py"
_CATALOG_FILES = {
    "department": f"{DATA_DIR}/departments/",
    "region": f"{DATA_DIR}/regions.py",
    "indicator": INDICATORS_FILE,
    "theme": f"{DATA_DIR}/themes.py",
    "collective": f"{DATA_DIR}/collectives.py",
}


def _department_file(department_id: str) -> str:
    """Departments live in one module per jurisdiction, named by the id's prefix."""
    return f"{DATA_DIR}/departments/{department_id.split('.')[0]}.py"


def _plan_file(plan: Plan) -> str:
    return f"src/qualityplans/data/plans/{plan.id.replace('-', '_')}.py"


def _source_file(plan: Plan) -> str:
    return f"src/qualityplans/data/sources/{plan.source.file}"


def _occurrences(text: str, part: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``part``."""
    if not part:
        return []
    found, start = [], text.find(part)
    while start != -1:
        found.append(start)
        start = text.find(part, start + 1)
    return found


def _duplicates(values: Iterable[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


class _Checker:
    def __init__(self, data: Dataset, texts: Mapping[str, str]) -> None:
        self.data = data
        self.texts = texts
        self.department_ids = {d.id for d in data.departments}
        self.region_ids = {r.id for r in data.regions}
        self.indicator_by_id = {i.id: i for i in data.indicators}
        self.theme_ids = {t.id for t in data.themes}
        self.collective_ids = {c.id for c in data.collectives}

    def run(self) -> Iterator[Problem]:
        yield from self.catalog()
        yield from check_index([p.id for p in self.data.plans])  # the plan index
        seen: set[str] = set()
        for plan in self.data.plans:
            if plan.id in seen:
                yield Problem(
                    f"{plan.id}/plan/id",
                    "duplicate plan id: give each plan its own id (and module and transcription)",
                    _plan_file(plan),
                )
            seen.add(plan.id)
            yield from _PlanChecker(self, plan).run()
        yield from self.found_discrepancies()

    def found_discrepancies(self) -> Iterator[Problem]:
        """Two amounts for one thing that no Discrepancy or note explains: a warning."""
        from qualityplans.compare.discrepancies import found_discrepancies

        for report in found_discrepancies(self.data):
            yield Problem(
                f"{report.first_plan.id}/{report.first.eid}/value",
                f"{report.message}: if both figures are as written, record a Discrepancy "
                "(or a note on either statement); else correct the figure",
                _plan_file(report.first_plan),
                Severity.WARNING,
            )

    # ------------------------------------------------------------- catalog

    def catalog_contacts(self) -> Iterator[Problem]:
        """Personal data is not shipped in the catalogs either."""
        from qualityplans.privacy import find_contact_details

        for kind, where, record in _catalog_records(self.data):
            for _, field, detail in find_contact_details(record):
                file = _CATALOG_FILES[kind]
                if kind == "department" and where.startswith("departments/"):
                    file = _department_file(where.split("/", 1)[1])
                yield Problem(
                    f"{where}/{field}",
                    f"holds the phone number or e-mail address {detail!r}: personal data is "
                    "not shipped; remove it",
                    file,
                )

    def catalog(self) -> Iterator[Problem]:
        d = self.data
        yield from self.catalog_contacts()
        for kind, ids in (
            ("department", [x.id for x in d.departments]),
            ("region", [x.id for x in d.regions]),
            ("indicator", [x.id for x in d.indicators]),
            ("theme", [x.id for x in d.themes]),
            ("collective", [x.id for x in d.collectives]),
        ):
            for dup in _duplicates(ids):
                yield Problem(f"{kind}s/{dup}", f"duplicate {kind} id", _CATALOG_FILES[kind])
        for r in d.regions:
            if r.parent is not None and r.parent not in self.region_ids:
                yield Problem(
                    f"regions/{r.id}/parent",
                    _unknown("region", r.parent),
                    _CATALOG_FILES["region"],
                )
        names: dict[tuple[str, str], list[str]] = {}
        for dept in d.departments:
            where = f"departments/{dept.id}"
            if dept.region not in self.region_ids:
                yield Problem(
                    f"{where}/region",
                    _unknown("region", dept.region),
                    _department_file(dept.id),
                )
            for name in {dept.name_zh, *dept.names}:
                names.setdefault((dept.region, name), []).append(dept.id)
        for (region, name), ids in sorted(names.items()):
            if len(ids) > 1:
                yield Problem(
                    f"departments/{ids[1]}/names",
                    f"name {name!r} is also used by {', '.join(ids[:1])} in region {region!r}",
                    _department_file(ids[1]),
                )
        for i, event in enumerate(d.lineage):
            for dept_id in (*event.sources, *event.successors):
                if dept_id not in self.department_ids:
                    yield Problem(
                        f"lineage/{i}",
                        _unknown("department", dept_id),
                        _department_file(event.sources[0]),
                    )
        indicator_names: dict[str, str] = {}
        for ind in d.indicators:
            where = f"indicators/{ind.id}"
            for theme in ind.themes:
                if theme not in self.theme_ids:
                    yield Problem(f"{where}/themes", f"unknown theme id {theme!r}", INDICATORS_FILE)
            for rel in ind.related:
                if rel not in self.indicator_by_id:
                    yield Problem(
                        f"{where}/related", f"unknown indicator id {rel!r}", INDICATORS_FILE
                    )
            for name in (ind.name_zh, *ind.aliases):
                other = indicator_names.setdefault(name, ind.id)
                if other != ind.id:
                    yield Problem(
                        f"{where}/aliases",
                        f"name {name!r} is also used by {other}",
                        INDICATORS_FILE,
                    )


def _catalog_records(data: Dataset) -> Iterator[tuple[str, str, object]]:
    """(kind, where, record) for every catalog record: departments, indicators, …"""
    for kind, records in (
        ("department", data.departments),
        ("region", data.regions),
        ("indicator", data.indicators),
        ("theme", data.themes),
        ("collective", data.collectives),
    ):
        for record in records:
            yield kind, f"{kind}s/{record.id}", record
    for i, event in enumerate(data.lineage):
        yield "department", f"lineage/{i}", event


class _PlanChecker:
    """The checks of one plan against its transcription."""

    def __init__(self, parent: _Checker, plan: Plan) -> None:
        self.c = parent
        self.plan = plan
        self.file = _plan_file(plan)
        self.text = ""
        # Spans of the transcription that targets, observations and ledger
        # entries account for; the completeness check compares figures to them.
        self.covered: list[tuple[int, int]] = []
        # Where each block's texts are in the transcription.
        self.block_spans: list[tuple[int, int, str]] = []
        self.located: dict[tuple[str, str], int] = {}
        self.cursor = 0

    def problem(self, eid: str, field: str, message: str, file: str | None = None) -> Problem:
        return Problem(f"{self.plan.id}/{eid}/{field}", message, file or self.file)

    def run(self) -> Iterator[Problem]:
        plan = self.plan
        try:
            self.text = self.c.texts.get(plan.source.file) or read_source(plan.source.file)
        except FileNotFoundError as error:
            yield self.problem("source", "file", str(error))
            return
        actual = sha256_text(self.text)
        if actual != plan.source.sha256:
            yield self.problem(
                "source",
                "sha256",
                f"transcription has sha256 {actual}, but {plan.source.sha256} is recorded: "
                "if the edit is intended, record the new sha256 in the plan's Source",
                _source_file(plan),
            )
        yield from self.metadata()
        yield from self.structure()
        for section in plan.sections:
            yield from self.in_text(
                section.eid, "heading_zh", f"{section.label}{section.heading_zh}"
            )
        for block in plan.blocks:
            yield from self.block(block)
        yield from self.ledger()
        yield from self.contacts()
        yield from self.todos()
        yield from self.discrepancies()
        self.labels()
        yield from self.completeness()

    # ------------------------------------------------------------- helpers

    def locate(self, eid: str, field: str, text: str) -> Iterator[Problem]:
        """Find a block text where the document order says it is.

        Blocks are searched in order, each after the end of the previous one, so a
        passage a document repeats (a form, then the plan restating it) is located
        at the right one of its occurrences.
        """
        at = self.text.find(text, self.cursor) if text else -1
        if at == -1:
            if text and text in self.text:
                yield self.problem(eid, field, f"out of document order: {_short(text)!r}")
            else:
                yield self.problem(
                    eid,
                    field,
                    f"not found in the transcription: {_short(text)!r}: copy it verbatim",
                )
            return
        self.located[(eid, text)] = at
        self.block_spans.append((at, at + len(text), eid))
        self.cursor = at + len(text)

    def in_text(self, eid: str, field: str, value: str | None) -> Iterator[Problem]:
        if value is not None and value not in self.text:
            yield self.problem(eid, field, f"not found in the transcription: {_short(value)!r}")

    def known(
        self, eid: str, field: str, value: str | None, ids: set[str], kind: str
    ) -> Iterator[Problem]:
        if value is not None and value not in ids:
            yield self.problem(eid, field, _unknown(kind, value))

    # ------------------------------------------------------------ metadata

    def metadata(self) -> Iterator[Problem]:
        p = self.plan
        c = self.c
        yield from self.known("plan", "region", p.region, c.region_ids, "region")
        yield from self.known("plan", "issuer", p.issuer, c.department_ids, "department")
        yield from self.in_text("plan", "title_zh", p.title_zh)
        if p.doc_number is not None:
            yield from self.in_text("plan", "doc_number", p.doc_number.raw)
        for field in ("notice_title_zh", "addressees", "notice_text", "standing_quote"):
            yield from self.in_text("plan", field, getattr(p, field))
        for i, cc in enumerate(p.copied_to):
            yield from self.in_text("plan", f"copied_to[{i}]", cc)
        for i, d in enumerate(p.dates):
            yield from self.in_text("plan", f"dates[{i}].quote", d.quote)
        for i, b in enumerate(p.basis):
            yield from self.in_text("plan", f"basis[{i}].quote", b.quote)
            if b.title_zh not in b.quote:
                yield self.problem("plan", f"basis[{i}].title_zh", "not found in its quote")
        if p.adoption is not None:
            yield from self.in_text("plan", "adoption.quote", p.adoption.quote)
            if p.adoption.meeting_zh not in p.adoption.quote:
                yield self.problem("plan", "adoption.meeting_zh", "not found in its quote")
        for i, person in enumerate(p.people):
            yield from self.in_text("plan", f"people[{i}].quote", person.quote)
            for field in ("name", "post"):
                if getattr(person, field) not in person.quote:
                    yield self.problem("plan", f"people[{i}].{field}", "not found in its quote")
        for i, r in enumerate(p.standing_responsibilities):
            yield from self.responsibility("plan", f"standing_responsibilities[{i}]", r)
            if p.standing_quote is None or r.written not in p.standing_quote:
                yield self.problem(
                    "plan", f"standing_responsibilities[{i}]", "not found in standing_quote"
                )
        for i, redaction in enumerate(p.source.redactions):
            if redaction.after not in self.text:
                yield self.problem(
                    "source",
                    f"redactions[{i}].after",
                    "redacted text not found in the transcription",
                    _source_file(p),
                )
        for i, erratum in enumerate(p.source.errata):
            if erratum.after not in self.text:
                yield self.problem(
                    "source", f"errata[{i}].after", "corrected text not found in the transcription"
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
        for dup in _duplicates(eids):
            yield self.problem(dup, "eid", "duplicate eid: give each item its own eid")
        if p.numbering is Numbering.DOCUMENT:
            yield from self.numbering(p.measures)
        else:
            for section in p.body:
                if isinstance(section, Section):
                    yield from self.numbering(section.measures)

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

    def block(self, block: Block) -> Iterator[Problem]:
        texts = block.texts()
        for i, text in enumerate(texts):
            field = "text" if len(texts) == 1 else f"texts[{i}]"
            yield from self.locate(block.eid, field, text)
        title = _title_line(block)
        if title is not None:
            yield from self.in_text(block.eid, "title_zh", title)
        if isinstance(block, Measure | Paragraph | Box | Phase):
            yield from self.whole(block)
        if isinstance(block, Measure):
            yield from self.measure(block)
        if isinstance(block, TaskGroup):
            for i, r in enumerate(block.responsibilities):
                yield from self.responsibility(block.eid, f"responsibilities[{i}]", r)
            yield from self.unaccounted_units(
                block.eid, f"{block.lead_text}{block.member_text}", block.responsibilities
            )
            yield from self.themes(block.eid, block.themes)
        if isinstance(block, Table):
            yield from self.table(block)
        for locality in getattr(block, "localities", ()):
            yield from self.known(
                block.eid, "localities", locality.region, self.c.region_ids, "region"
            )
            if locality.written not in "".join(texts):
                yield self.problem(
                    block.eid, "localities", f"{locality.written!r} not found in the text"
                )
        yield from self.figures(block, texts, "targets", block.targets)
        yield from self.figures(block, texts, "observations", block.observations)

    def whole(self, block: Block) -> Iterator[Problem]:
        """A measure, box, phase or paragraph text is the whole paragraph, not a part."""
        for i, text in enumerate(block.texts()):
            at = self.located.get((block.eid, text))
            if at is None:
                continue
            end = at + len(text)
            follows = getattr(block, "responsibility_text", None)
            if end == len(self.text) or self.text[end] == "\n":
                continue
            if follows and self.text.startswith(follows, end):
                continue
            field = "text" if len(block.texts()) == 1 else f"texts[{i}]"
            rest = self.text[end : self.text.find("\n", end) % (len(self.text) + 1)]
            yield self.problem(
                block.eid,
                field,
                f"stops mid-paragraph before {_short(rest, 20)!r}: give the whole paragraph",
            )

    def measure(self, m: Measure) -> Iterator[Problem]:
        if m.title_zh not in m.text:
            yield self.problem(m.eid, "title_zh", "not found in the measure text")
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
                m.eid, "responsibilities", "units given without a responsibility_text"
            )
        for i, r in enumerate(m.responsibilities):
            yield from self.responsibility(m.eid, f"responsibilities[{i}]", r)
        yield from self.themes(m.eid, m.themes)

    def themes(self, eid: str, themes: Iterable[str]) -> Iterator[Problem]:
        for theme in themes:
            yield from self.known(eid, "themes", theme, self.c.theme_ids, "theme")

    def responsibility(self, eid: str, field: str, r: Responsibility) -> Iterator[Problem]:
        if (r.department is None) == (r.collective is None):
            yield self.problem(eid, field, "give exactly one of department or collective")
        yield from self.known(
            eid, f"{field}.department", r.department, self.c.department_ids, "department"
        )
        yield from self.known(
            eid, f"{field}.collective", r.collective, self.c.collective_ids, "collective"
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
        for dup in _duplicates(str(n) for n in numbers):
            yield self.problem(table.eid, "rows", f"row number {dup} repeats")
        for i, row in enumerate(table.rows):
            yield from self.known(
                table.eid,
                f"rows[{i}].indicator",
                row.indicator,
                set(self.c.indicator_by_id),
                "indicator",
            )
            for cell in row.cells:
                if cell not in row.line:
                    yield self.problem(
                        table.eid, f"rows[{i}].cells", f"cell {cell!r} not in the row line"
                    )
        for i, note in enumerate(table.notes):
            for n in note.rows:
                if n not in numbers:
                    yield self.problem(table.eid, f"notes[{i}].rows", f"no row numbered {n}")

    # ------------------------------------------------- targets, observations

    def figures(
        self,
        block: Block,
        texts: Sequence[str],
        field: str,
        items: Sequence[Target] | Sequence[Observation],
    ) -> Iterator[Problem]:
        last: tuple[int, int] = (-1, -1)
        for item in items:
            if not item.eid.startswith(f"{block.eid}__"):
                yield self.problem(
                    item.eid, "eid", f"should start with its block's eid {block.eid}__"
                )
            holders = [(i, t) for i, t in enumerate(texts) if item.quote in t]
            if not holders:
                yield self.problem(
                    item.eid,
                    "quote",
                    f"not found in the text of {block.eid}: {item.quote!r}: "
                    "copy the words verbatim from the block's text",
                )
            else:
                index, holder = holders[0]
                spots = _occurrences(holder, item.quote)
                if len(spots) > 1:
                    yield self.problem(
                        item.eid,
                        "quote",
                        f"occurs {len(spots)} times in {block.eid}; quote more words",
                    )
                position = (index, spots[0])
                if position < last:
                    yield self.problem(
                        item.eid, "quote", f"{field} of {block.eid} are not in document order"
                    )
                last = position
                base = self.located.get((block.eid, holder))
                if base is not None:
                    self.covered.extend((base + s, base + s + len(item.quote)) for s in spots)
            yield from self.statement(item)

    def statement(self, item: Target | Observation) -> Iterator[Problem]:
        eid = item.eid
        if item.indicator is not None and item.indicator not in self.c.indicator_by_id:
            yield self.problem(eid, "indicator", _unknown("indicator", item.indicator))
        if item.kind is ValueKind.QUALITATIVE:
            if item.value is not None:
                yield self.problem(eid, "value", "a qualitative statement has no value")
            if item.qualitative is None:
                yield self.problem(eid, "qualitative", "a qualitative statement needs its words")
        elif item.value is None:
            yield self.problem(eid, "value", f"a {item.kind.value} statement needs a value")
        if item.qualitative is not None and item.qualitative not in item.quote:
            yield self.problem(eid, "qualitative", "not found in the quote")
        if item.kind is ValueKind.CHANGE and item.direction is None:
            yield self.problem(eid, "direction", "a change needs a direction")
        if item.base_year is not None and item.year is not None and item.base_year >= item.year:
            yield self.problem(
                eid, "base_year", f"base year {item.base_year} is not before {item.year}"
            )
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
            yield self.problem(eid, "value.upper", f"upper bound {q.upper} is not above {q.amount}")
        stated = read_amounts(q.written, q.unit.value)
        expected = [q.amount] if q.upper is None else [q.amount, q.upper]
        if not stated:
            yield self.problem(eid, "value.written", f"no figure in {q.written!r}")
        elif sorted(set(stated)) != sorted(set(expected)):
            said = ", ".join(str(a) for a in stated)
            yield self.problem(
                eid, "value.amount", f"{q.written!r} reads as {said}, not {_amounts(expected)}"
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
        indicator = self.c.indicator_by_id.get(item.indicator or "")
        relative_change = item.kind is ValueKind.CHANGE and q.unit in (
            Unit.PERCENT,
            Unit.PERCENTAGE_POINT,
        )
        if indicator is not None and not relative_change:
            if indicator.unit is None:
                yield self.problem(eid, "value.unit", f"indicator {indicator.id} is qualitative")
            elif indicator.unit.dimension is not q.unit.dimension:
                yield self.problem(
                    eid,
                    "value.unit",
                    f"{q.unit.value} ({q.unit.dimension.value}) does not fit indicator "
                    f"{indicator.id} ({indicator.unit.value}, {indicator.unit.dimension.value})",
                )

    def commitment(self, t: Target) -> Iterator[Problem]:
        if t.modal is not None and t.modal not in t.quote:
            yield self.problem(
                t.eid,
                "modal",
                f"{t.modal!r} not found in the quote: give the modal word as the quote writes it",
            )
        aspirational_word = next((w for w in _ASPIRATIONAL_WORDS if w in t.quote), None)
        if aspirational_word and t.commitment is Commitment.BINDING:
            yield self.problem(
                t.eid, "commitment", f"the quote says {aspirational_word} but commitment is binding"
            )
        if t.commitment is Commitment.ASPIRATIONAL and t.modal not in _ASPIRATIONAL_WORDS:
            yield self.problem(
                t.eid, "commitment", f"aspirational, but the modal word is {t.modal!r}"
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
        for i, entry in enumerate(self.plan.ledger):
            eid = f"ledger[{i}]"
            if entry.figure not in entry.quote:
                yield self.problem(eid, "figure", f"{entry.figure!r} not found in the quote")
            spots = _occurrences(self.text, entry.quote)
            if len(spots) != entry.occurrences:
                yield self.problem(
                    eid,
                    "occurrences",
                    f"quote occurs {len(spots)} times in the transcription, "
                    f"{entry.occurrences} recorded: quote more words, or record the count",
                )
            self.covered.extend((s, s + len(entry.quote)) for s in spots)

    def contacts(self) -> Iterator[Problem]:
        """Personal data is not shipped: no phone number or e-mail address anywhere."""
        from qualityplans.privacy import contact_details, find_contact_details

        for offset, detail in contact_details(self.text):
            self.covered.append((offset, offset + len(detail)))  # reported here, not as figures
            yield self.problem(
                "source",
                "text",
                f"line {_line_of(self.text, offset)} holds the phone number or e-mail address "
                f"{detail!r}: replace it with a redaction mark and record a Redaction",
                _source_file(self.plan),
            )
        for eid, field, detail in find_contact_details(self.plan, "plan"):
            yield self.problem(
                eid,
                field,
                f"holds the phone number or e-mail address {detail!r}: personal data is not "
                "shipped; remove it",
            )

    def todos(self) -> Iterator[Problem]:
        """What a scaffolded plan (``qualityplans new-plan``) still leaves to fill in."""
        from qualityplans.privacy import strings

        for eid, field, text in strings(self.plan, "plan"):
            if text.startswith("TODO"):
                yield self.problem(eid, field, f"still to fill in: {_short(text, 60)!r}")

    def discrepancies(self) -> Iterator[Problem]:
        known = {x.eid for block in self.plan.blocks for x in statements(block)}
        for d in self.plan.discrepancies:
            for field in ("first", "second"):
                ref = getattr(d, field)
                if ref not in known:
                    yield self.problem(d.eid, field, f"no target or observation {ref!r}")
            if d.first == d.second:
                yield self.problem(d.eid, "second", "a discrepancy needs two different statements")

    # -------------------------------------------------------- completeness

    def labels(self) -> None:
        """Item labels are structure: a numeral labelling a recorded item is covered."""
        for item in self.plan.walk():
            heads: list[tuple[str, str, object]] = []
            if isinstance(item, Section):
                heads.append((item.label, item.heading_zh, item.number))
            elif isinstance(item, Measure | Phase | Box):
                heads.append((item.label, item.title_zh, item.number))
            elif isinstance(item, TaskGroup):
                heads.append((item.label, item.name_zh, item.number))
            elif isinstance(item, Table):
                for row in item.rows:
                    if row.number is None:
                        continue
                    # The row number is a cell of its own in the row line.
                    cursor = 0
                    for cell in row.cells:
                        at = row.line.find(cell, cursor)
                        if at == -1:
                            break
                        if cell == str(row.number):
                            heads.append((cell, row.line[at + len(cell) :], row.number))
                            break
                        cursor = at + len(cell)
            for label, title, number in heads:
                self.covered.extend(label_spans(self.text, label, title, number))

    def completeness(self) -> Iterator[Problem]:
        """Every figure in the transcription lies inside a quote that accounts for it."""
        spans = sorted(self.covered)
        for figure in find_figures(self.text):
            if any(a <= figure.start and figure.end <= b for a, b in spans):
                continue
            holder = next(
                (eid for a, b, eid in self.block_spans if a <= figure.start < b), "source"
            )
            line = _line_of(self.text, figure.start)
            context = self.text[max(0, figure.start - 12) : figure.end + 12].replace("\n", " ")
            yield self.problem(
                holder,
                "figures",
                f"figure {figure.text} (line {line}: …{context}…) is neither captured nor "
                "ledgered: quote it in a target or observation, or add a LedgerEntry",
            )


def _unknown(kind: str, value: str | None) -> str:
    file = _CATALOG_FILES[kind]
    return f"unknown {kind} id {value!r}: use an id from {file}, or add one there"


def _title_line(block: Block) -> str | None:
    """The words a block's label and title stand as in the transcription."""
    if isinstance(block, Measure | Phase):
        return f"{block.label}{block.title_zh}"
    if isinstance(block, TaskGroup):
        return f"{block.label}{block.name_zh}"
    if isinstance(block, Box | Table):
        return block.title_zh
    return None


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _amounts(values: Sequence[Decimal]) -> str:
    return ", ".join(str(v) for v in values)
