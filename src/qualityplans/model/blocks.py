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

    eid: str
    text: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()
    localities: tuple[Locality, ...] = ()

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

    eid: str
    number: int
    label: str
    title_zh: str
    title_en: str
    text: str
    responsibility_text: str | None = None
    responsibilities: tuple[Responsibility, ...] = ()
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()
    themes: tuple[str, ...] = ()
    localities: tuple[Locality, ...] = ()

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

    eid: str
    number: int
    label: str  # 专栏1
    title_zh: str
    title_en: str
    text: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.text,)

    def __repr__(self) -> str:
        return f"<Box {self.eid} {self.label} {self.title_zh}>"


@frozen
class TableRow:
    """One row of a table: its cells and the transcription line it comes from."""

    number: int | None
    category: str | None
    cells: tuple[str, ...]
    line: str
    indicator: str | None = None


@frozen
class TableNote:
    """A note under a table and the row numbers it speaks of."""

    text: str
    rows: tuple[int, ...] = ()


@frozen
class Table:
    """A table, one transcription line per row, with the figures its rows hold."""

    eid: str
    title_zh: str
    title_en: str
    header: tuple[str, ...]
    header_line: str
    rows: tuple[TableRow, ...]
    notes: tuple[TableNote, ...] = ()
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.header_line, *(row.line for row in self.rows), *(n.text for n in self.notes))

    def __repr__(self) -> str:
        return f"<Table {self.eid} {self.title_zh} ({len(self.rows)} rows)>"


@frozen
class FormField:
    """One field of a report form: its label and the value filled in."""

    eid: str
    group_zh: str
    label_zh: str
    label_en: str
    value: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.value,)

    def __repr__(self) -> str:
        return f"<FormField {self.eid} {self.label_zh}>"


@frozen
class TaskGroup:
    """A working group (专责小组) with lead and member units and its duties."""

    eid: str
    number: int
    label: str
    name_zh: str
    name_en: str
    lead_text: str
    member_text: str
    duties: str
    responsibilities: tuple[Responsibility, ...] = ()
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()
    themes: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.lead_text, self.member_text, self.duties)

    def __repr__(self) -> str:
        return f"<TaskGroup {self.eid} {self.label}{self.name_zh}>"


@frozen
class Phase:
    """A schedule phase (进度安排) with its date range."""

    eid: str
    number: int
    label: str
    title_zh: str
    title_en: str
    range_text: str
    start: PartialDate
    end: PartialDate
    text: str
    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.range_text, self.text)

    def __repr__(self) -> str:
        return f"<Phase {self.eid} {self.label}{self.title_zh}>"


Block: TypeAlias = Paragraph | Measure | Box | Table | FormField | TaskGroup | Phase


@frozen
class Section:
    """A heading of the document (一、…) and the items under it, in order."""

    eid: str
    number: str  # as written: 一, 二 … ("" for an unnumbered part such as 序言)
    label: str  # 一、 / （一） / 序言
    heading_zh: str
    heading_en: str
    items: tuple[Item, ...] = ()

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
