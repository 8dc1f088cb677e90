"""The items of a plan's body: sections and the blocks that carry verbatim text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeAlias

import attrs
from attrs import frozen

from qualityplans.model.enums import Role
from qualityplans.model.statements import Locality, Observation, Responsibility, Target
from qualityplans.model.values import PartialDate

__all__ = [
    "Block",
    "Body",
    "Box",
    "FormField",
    "Item",
    "Measure",
    "Paragraph",
    "Phase",
    "Section",
    "Table",
    "TableNote",
    "TableRow",
    "TaskGroup",
    "statements",
    "walk_items",
]


# ------------------------------------------------------------------------ blocks


@frozen
class Paragraph:
    """Running text that is not a numbered item (preambles, closing words)."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    text: str  # the paragraph, verbatim from the transcription
    targets: tuple[Target, ...] = ()  # the targets its text states, in text order
    # the reported actuals its text states, in text order
    observations: tuple[Observation, ...] = ()
    localities: tuple[Locality, ...] = ()  # places the text names (张家港市、吴江区…)

    def texts(self) -> tuple[str, ...]:
        return (self.text,)

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 24 else self.text[:23] + "…"
        return f"<Paragraph {self.eid} {text}>"


@frozen
class Measure:
    """A numbered item that assigns work: （六）加大品牌培育力度。…

    ``text`` is the full paragraph (or paragraphs, joined by newlines) after
    the label and without the trailing parenthesised list of units, which is
    kept verbatim in ``responsibility_text`` and parsed into
    ``responsibilities``.
    """

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    number: int  # the number the document gives it
    label: str  # the label as written: （一）, 1、, 专栏1
    title_zh: str  # the title as written
    title_en: str  # the title in English (this project's translation)
    text: str  # the whole paragraph after the label, verbatim, without the trailing list of units
    # the trailing list of units, verbatim: （市质监局牵头，各成员单位配合）
    responsibility_text: str | None = None
    # one per unit of responsibility_text, in order
    responsibilities: tuple[Responsibility, ...] = ()
    targets: tuple[Target, ...] = ()  # the targets its text states, in text order
    # the reported actuals its text states, in text order
    observations: tuple[Observation, ...] = ()
    themes: tuple[str, ...] = ()  # Theme ids
    localities: tuple[Locality, ...] = ()  # places the text names (张家港市、吴江区…)

    def texts(self) -> tuple[str, ...]:
        return (self.text,)

    @property
    def leads(self) -> tuple[Responsibility, ...]:
        return tuple(r for r in self.responsibilities if r.role is Role.LEAD)

    def __repr__(self) -> str:
        return f"<Measure {self.eid} {self.label}{self.title_zh}>"


@frozen
class Box:
    """A boxed explanation (专栏) printed beside the tasks."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    number: int  # the number the document gives it
    label: str  # 专栏1
    title_zh: str  # the title as written
    title_en: str  # the title in English (this project's translation)
    text: str  # the box's text, verbatim
    targets: tuple[Target, ...] = ()  # the targets its text states, in text order
    # the reported actuals its text states, in text order
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.text,)

    def __repr__(self) -> str:
        return f"<Box {self.eid} {self.label} {self.title_zh}>"


@frozen
class TableRow:
    """One row of a table: its cells and the transcription line it comes from."""

    number: int | None  # the row's number as the table gives it, if any
    category: str | None  # the row's category (a merged first cell), if any
    cells: tuple[str, ...]  # the cells, each as written in the line
    line: str  # the transcription line of the row
    indicator: str | None = None  # the Indicator id the row measures


@frozen
class TableNote:
    """A note under a table and the row numbers it speaks of."""

    text: str  # the note, verbatim
    rows: tuple[int, ...] = ()  # the row numbers it speaks of


@frozen
class Table:
    """A table, one transcription line per row, with the figures its rows hold."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    title_zh: str  # the title as written
    title_en: str  # the title in English (this project's translation)
    header: tuple[str, ...]  # the header cells
    header_line: str  # the transcription line of the header
    rows: tuple[TableRow, ...]  # the rows, in order
    notes: tuple[TableNote, ...] = ()  # the notes under the table
    targets: tuple[Target, ...] = ()  # the targets its text states, in text order
    # the reported actuals its text states, in text order
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.header_line, *(row.line for row in self.rows), *(n.text for n in self.notes))

    def __repr__(self) -> str:
        return f"<Table {self.eid} {self.title_zh} ({len(self.rows)} rows)>"


@frozen
class FormField:
    """One field of a report form: its label and the value filled in."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    group_zh: str  # the part of the form it belongs to, as written
    label_zh: str  # the field's label, as written
    label_en: str  # the label in English
    value: str  # what is filled in, verbatim
    targets: tuple[Target, ...] = ()  # the targets its text states, in text order
    # the reported actuals its text states, in text order
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.value,)

    def __repr__(self) -> str:
        return f"<FormField {self.eid} {self.label_zh}>"


@frozen
class TaskGroup:
    """A working group (专责小组) with lead and member units and its duties."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    number: int  # the number the document gives it
    label: str  # the label as written: （一）, 1、, 专栏1
    name_zh: str  # the name as written, in Chinese
    name_en: str  # the name in English (the established one where it exists)
    lead_text: str  # the 牵头单位 line, verbatim
    member_text: str  # the 成员单位 line, verbatim
    duties: str  # the 工作职责 text, verbatim
    # one per unit of lead_text and member_text, in order
    responsibilities: tuple[Responsibility, ...] = ()
    targets: tuple[Target, ...] = ()  # the targets its text states, in text order
    # the reported actuals its text states, in text order
    observations: tuple[Observation, ...] = ()
    themes: tuple[str, ...] = ()  # Theme ids

    def texts(self) -> tuple[str, ...]:
        return (self.lead_text, self.member_text, self.duties)

    def __repr__(self) -> str:
        return f"<TaskGroup {self.eid} {self.label}{self.name_zh}>"


@frozen
class Phase:
    """A schedule phase (进度安排) with its date range."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    number: int  # the number the document gives it
    label: str  # the label as written: （一）, 1、, 专栏1
    title_zh: str  # the title as written
    title_en: str  # the title in English (this project's translation)
    range_text: str  # the date range as written
    start: PartialDate  # when the phase starts
    end: PartialDate  # when the phase ends
    text: str  # what the phase does, verbatim
    targets: tuple[Target, ...] = ()  # the targets its text states, in text order
    # the reported actuals its text states, in text order
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.range_text, self.text)

    def __repr__(self) -> str:
        return f"<Phase {self.eid} {self.label}{self.title_zh}>"


Block: TypeAlias = Paragraph | Measure | Box | Table | FormField | TaskGroup | Phase


@frozen
class Section:
    """A heading of the document (一、…) and the items under it, in order."""

    eid: str  # stable id of the element, unique in the plan: sec_2__item_5
    number: str  # as written: 一, 二 … ("" for an unnumbered part such as 序言)
    label: str  # 一、 / （一） / 序言
    heading_zh: str  # the heading as written, without its label
    heading_en: str  # the heading in English
    items: tuple[Item, ...] = ()  # the items under it, in document order

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The measures under this section, at any depth, in document order."""
        return tuple(i for i in walk_items(self.items) if isinstance(i, Measure))

    def __repr__(self) -> str:
        return f"<Section {self.eid} {self.label}{self.heading_zh}>"


Item: TypeAlias = Section | Paragraph | Measure | Box | Table | FormField | TaskGroup | Phase
Body: TypeAlias = tuple[Item, ...]


def statements(block: Block) -> tuple[Target | Observation, ...]:
    """A block's targets and then its observations."""
    found: tuple[Target | Observation, ...] = (*block.targets, *block.observations)
    return found


def walk_items(items: tuple[Item, ...]) -> Iterator[Item]:
    for item in items:
        yield item
        if isinstance(item, Section):
            yield from walk_items(item.items)


attrs.resolve_types(Section)
