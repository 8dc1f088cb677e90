"""One curated document: its metadata, its body and the records about its text."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import field, frozen

from qualityplans.docnumber import DocNumber
from qualityplans.model.blocks import (
    Block,
    Body,
    Box,
    FormField,
    Item,
    Measure,
    Phase,
    Section,
    Table,
    TaskGroup,
    statements,
)
from qualityplans.model.enums import AdoptionKind, DateKind, LedgerReason, Numbering, PlanKind
from qualityplans.model.results import html_summary
from qualityplans.model.statements import Observation, Responsibility, Target
from qualityplans.model.values import PartialDate, Period

__all__ = [
    "Adoption",
    "CitedDocument",
    "Discrepancy",
    "Erratum",
    "LedgerEntry",
    "Person",
    "Plan",
    "PlanDate",
    "Redaction",
    "Source",
]


# ------------------------------------------------------------- measure numbers

_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _chinese_number(text: str) -> int | None:
    """一 … 九十九 (and 一百 …) as an int; None if ``text`` is not such a numeral."""
    if not text or any(c not in _DIGITS and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for c in text:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[c]
    return total + current


def _measure_number(number: int | str) -> int:
    """A measure number as the document's int: 14, "14", "十四", "（十四）", "(十四)"."""
    if isinstance(number, bool):
        raise TypeError("a measure number must be an int or text such as 14 or （十四）, not bool")
    if isinstance(number, int):
        return number
    if not isinstance(number, str):
        raise TypeError(
            f"a measure number must be an int or text such as 14 or （十四）, "
            f"not {type(number).__name__}"
        )
    text = number.strip().strip("（）()、.．").strip()
    if text.isdigit() and text.isascii():
        return int(text)
    value = _chinese_number(text)
    if value is None:
        raise KeyError(f'not a measure number: {number!r}; give 14, "14" or "（十四）"')
    return value


def _ranges(numbers: list[int]) -> str:
    """1-18 for a run, 1-3, 5 for a gap."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


# ------------------------------------------------------------- plan-level records


@frozen
class Erratum:
    """One correction made while transcribing: what the seed had, what we wrote."""

    before: str  # what the seed text had
    after: str  # what the transcription has instead
    reason: str  # why: the artifact corrected
    reason_zh: str | None = None  # the reason in Chinese, the reader's language


@frozen
class Redaction:
    """Personal data removed from the transcription: the mark left, what it replaced, why."""

    after: str  # the transcription's words with the visible redaction mark
    removed: str  # what was removed, described (never the removed text itself)
    reason: str  # why it was removed


@frozen
class Source:
    """The shipped transcription a plan is curated from."""

    file: str  # file name under qualityplans/data/sources/
    sha256: str  # sha256 of the transcription file
    origin: str  # where the text came from
    errata: tuple[Erratum, ...] = ()  # each correction made while transcribing
    redactions: tuple[Redaction, ...] = ()  # each piece of personal data removed


@frozen
class LedgerEntry:
    """A figure in the transcription that is deliberately not a target.

    ``quote`` is located everywhere it occurs in the transcription;
    ``occurrences`` must equal that count, so that a short quote cannot
    silently cover figures it was not meant for.
    """

    figure: str  # the figure as written: 2016, 苏府〔2016〕63号
    quote: str  # words around it, verbatim, located everywhere they occur
    reason: LedgerReason  # date, document number, name, ordinal, scope …
    note: str  # one line saying what the figure is
    # the note in Chinese, the reader's language (a keyword: occurrences stays fifth)
    note_zh: str | None = field(default=None, kw_only=True)
    occurrences: int = 1  # how often the quote occurs in the transcription


@frozen
class PlanDate:
    kind: DateKind  # signed 成文, issued 印发, published 发布 or filled 填表
    date: PartialDate  # the date, to the day where the text gives it
    quote: str  # the words that state it, verbatim


@frozen
class CitedDocument:
    """A document the plan names as its basis (贯彻落实《…》, 根据《…》)."""

    title_zh: str  # the cited title as written, without 《》
    title_en: str  # the title in English
    quote: str  # the words that cite it: 为贯彻落实《…》（…〔2011〕58号）
    # its 文号, where the citation gives one (also a ledger entry)
    doc_number: DocNumber | None = None
    plan: str | None = None  # the plan id, where the cited document is in the dataset


@frozen
class Adoption:
    """How the government made the plan its own before issuing it, as the notice says.

    Adopted at a meeting (已经市政府第89次常务会议审议通过: ``meeting_zh`` names it), or
    approved without one (已经市政府同意: ``kind=AdoptionKind.APPROVED``, no meeting).
    """

    meeting_zh: str | None = None  # the meeting as written; None for an approval without one
    meeting_en: str | None = None  # the meeting in English
    quote: str = field(kw_only=True)  # the words that say it: 已经市政府同意
    # adopted at a meeting (审议通过), or approved without one (同意)
    kind: AdoptionKind = field(default=AdoptionKind.ADOPTED, kw_only=True)


@frozen
class Person:
    """A named office holder on a form (行政负责人). Contact details are never kept."""

    role_zh: str  # the role on the form, as written: 行政负责人
    role_en: str  # the role in English
    name: str  # the person's name, as written
    post: str  # the post held, as written
    quote: str  # the words that state it, verbatim from the transcription


@frozen
class Discrepancy:
    """One document giving two different figures for what reads as the same thing."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    subject_zh: str  # what the two figures are about
    subject_en: str  # the same in English
    first: str  # eid of a target or observation
    second: str  # eid of the other target or observation
    note: str  # how the two differ, in English
    note_zh: str | None = None  # the note in Chinese, the reader's language


@frozen
class Plan:
    """One curated document."""

    id: str  # short stable slug: suzhou-2016
    title_zh: str  # the title as issued
    title_en: str  # the title in English (this project's translation)
    kind: PlanKind  # 行动计划, 工作方案, 五年规划 …
    region: str  # the Region id it is issued for
    source: Source  # the shipped transcription and its provenance
    body: Body  # sections and blocks, in document order
    aliases: tuple[str, ...] = ()  # popular names: 品质苏州, Quality Suzhou
    issuer: str | None = None  # Department id of the issuing body; None if the text names none
    doc_number: DocNumber | None = None  # its own 文号, parsed
    period: Period | None = None  # the years it covers
    # whether measure numbers run through the document or restart per section
    numbering: Numbering = Numbering.DOCUMENT
    dates: tuple[PlanDate, ...] = ()  # the dates the document states (成文, 印发, 发布)
    notice_title_zh: str | None = None  # the covering notice's title (…关于印发…的通知)
    addressees: str | None = None  # 主送, as written
    notice_text: str | None = None  # the covering notice's own words (现将…印发给你们)
    copied_to: tuple[str, ...] = ()  # 抄送, as written
    basis: tuple[CitedDocument, ...] = ()  # the documents it says it implements
    adoption: Adoption | None = None  # how the government adopted or approved it
    standing_responsibilities: tuple[Responsibility, ...] = ()  # units named for every measure
    standing_quote: str | None = None  # the words naming them, verbatim
    people: tuple[Person, ...] = ()  # office holders named on a form
    ledger: tuple[LedgerEntry, ...] = ()  # figures that are not targets or observations, with why
    discrepancies: tuple[Discrepancy, ...] = ()  # figures the document states twice, differently

    # Derived views, computed from ``body`` in document order.

    def walk(self) -> Iterator[Item]:
        """Every item of the body, depth first, in document order."""
        stack: list[Item] = list(reversed(self.body))
        while stack:
            item = stack.pop()
            yield item
            if isinstance(item, Section):
                stack.extend(reversed(item.items))

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Section))

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(i for i in self.walk() if not isinstance(i, Section))

    @property
    def measures(self) -> tuple[Measure, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Measure))

    @property
    def targets(self) -> tuple[Target, ...]:
        return tuple(t for b in self.blocks for t in b.targets)

    @property
    def observations(self) -> tuple[Observation, ...]:
        return tuple(o for b in self.blocks for o in b.observations)

    @property
    def boxes(self) -> tuple[Box, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Box))

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Table))

    @property
    def task_groups(self) -> tuple[TaskGroup, ...]:
        return tuple(i for i in self.walk() if isinstance(i, TaskGroup))

    @property
    def phases(self) -> tuple[Phase, ...]:
        return tuple(i for i in self.walk() if isinstance(i, Phase))

    @property
    def form_fields(self) -> tuple[FormField, ...]:
        return tuple(i for i in self.walk() if isinstance(i, FormField))

    def section(self, key: str) -> Section:
        """The section with this eid, or the shallowest section numbered ``key`` as
        written (一, 二 …), so a nested (三) never shadows chapter 三."""
        for s in self.sections:
            if s.eid == key:
                return s
        level = [i for i in self.body if isinstance(i, Section)]
        while level:
            for s in level:
                if s.number == key:
                    return s
            level = [i for s in level for i in s.items if isinstance(i, Section)]
        raise KeyError(f"{self.id} has no section {key!r}")

    def measure(self, number: int | str, section: str | None = None) -> Measure:
        """The measure the document numbers ``number``: 14, "14", "十四", "（十四）" or
        "(十四)". Pass ``section`` (eid or number) for plans whose numbering restarts
        in each section. A KeyError lists the numbers there are."""
        wanted = _measure_number(number)
        scope = self.measures if section is None else self.section(section).measures
        matches = [m for m in scope if m.number == wanted]
        if len(matches) == 1:
            return matches[0]
        where = f" in section {section}" if section is not None else ""
        if not matches:
            numbers = sorted({m.number for m in scope})
            listed = _ranges(numbers) if numbers else "none"
            raise KeyError(
                f"{self.id} has no measure {number!r}{where}; its measures are numbered {listed}"
            )
        raise KeyError(f"{self.id} has {len(matches)} measures numbered {wanted}; pass section")

    def find(self, eid: str) -> Item | Target | Observation:
        """The item, target or observation with this eid."""
        for item in self.walk():
            if item.eid == eid:
                return item
            if not isinstance(item, Section):
                for t in item.targets:
                    if t.eid == eid:
                        return t
                for o in item.observations:
                    if o.eid == eid:
                        return o
        raise KeyError(f"{self.id} has no element {eid!r}")

    def parent_of(self, eid: str) -> Block:
        """The block holding the target or observation ``eid``."""
        for block in self.blocks:
            if any(x.eid == eid for x in statements(block)):
                return block
        raise KeyError(f"{self.id} has no target or observation {eid!r}")

    def date(self, kind: DateKind) -> PartialDate | None:
        for d in self.dates:
            if d.kind is kind:
                return d.date
        return None

    def responsibilities_of(self, measure: Measure) -> tuple[Responsibility, ...]:
        """The units a measure names, followed by those the plan names for every
        measure (e.g. 各县级市<区>人民政府<管委会> in 品质苏州 2025) that the measure
        does not already name itself."""
        named = {(r.department, r.collective) for r in measure.responsibilities}
        standing = tuple(
            r for r in self.standing_responsibilities if (r.department, r.collective) not in named
        )
        return measure.responsibilities + standing

    def __repr__(self) -> str:
        return f"<Plan {self.id} {self.title_zh}>"

    def _repr_html_(self) -> str:
        """A summary for Jupyter: what the document is and what it holds (escaped)."""
        period = f"{self.period.start}–{self.period.end}" if self.period else None
        return html_summary(
            f"{self.title_zh} {self.title_en}",
            (
                ("id", self.id),
                ("文号 document number", self.doc_number.canonical if self.doc_number else None),
                ("类型 kind", f"{self.kind.zh} {self.kind.value}"),
                ("地区 region", self.region),
                ("发文机关 issuer", self.issuer),
                ("期间 period", period),
                *((f"日期 {d.kind.value}", d.date.iso) for d in self.dates),
                ("别名 aliases", "、".join(self.aliases)),
                ("措施 measures", len(self.measures)),
                ("目标 targets", len(self.targets)),
                ("实际值 observations", len(self.observations)),
                ("原文 source", self.source.file),
            ),
        )
