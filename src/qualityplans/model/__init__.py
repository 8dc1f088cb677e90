"""The typed plan model: frozen, slotted attrs classes for everything a plan holds.

A plan's body is a tree of *items* in document order: sections, which hold
further items, and *blocks* (paragraphs, measures, boxes, tables, form fields,
task groups, schedule phases). Every block carries verbatim text from the
plan's transcription, and the targets and observations stated in that text,
each with the shortest verbatim quote that holds its figure.

Chinese text is authoritative; every ``*_en`` field is this project's own
translation. The model imports nothing above it: its reprs and its one
formatter (``wording``) never consult a catalog.
"""

from __future__ import annotations

from qualityplans.docnumber import DocNumber as DocNumber
from qualityplans.model.blocks import Block as Block
from qualityplans.model.blocks import Body as Body
from qualityplans.model.blocks import Box as Box
from qualityplans.model.blocks import FormField as FormField
from qualityplans.model.blocks import Item as Item
from qualityplans.model.blocks import Measure as Measure
from qualityplans.model.blocks import Paragraph as Paragraph
from qualityplans.model.blocks import Phase as Phase
from qualityplans.model.blocks import Section as Section
from qualityplans.model.blocks import Table as Table
from qualityplans.model.blocks import TableNote as TableNote
from qualityplans.model.blocks import TableRow as TableRow
from qualityplans.model.blocks import TaskGroup as TaskGroup
from qualityplans.model.blocks import statements as statements
from qualityplans.model.blocks import walk_items as walk_items
from qualityplans.model.dataset import Dataset as Dataset
from qualityplans.model.enums import Better as Better
from qualityplans.model.enums import Commitment as Commitment
from qualityplans.model.enums import Comparator as Comparator
from qualityplans.model.enums import DateKind as DateKind
from qualityplans.model.enums import DepartmentKind as DepartmentKind
from qualityplans.model.enums import Dimension as Dimension
from qualityplans.model.enums import Direction as Direction
from qualityplans.model.enums import LedgerReason as LedgerReason
from qualityplans.model.enums import LineageKind as LineageKind
from qualityplans.model.enums import Numbering as Numbering
from qualityplans.model.enums import PlanKind as PlanKind
from qualityplans.model.enums import RegionLevel as RegionLevel
from qualityplans.model.enums import Role as Role
from qualityplans.model.enums import Unit as Unit
from qualityplans.model.enums import ValueKind as ValueKind
from qualityplans.model.plan import Adoption as Adoption
from qualityplans.model.plan import CitedDocument as CitedDocument
from qualityplans.model.plan import Discrepancy as Discrepancy
from qualityplans.model.plan import Erratum as Erratum
from qualityplans.model.plan import LedgerEntry as LedgerEntry
from qualityplans.model.plan import Person as Person
from qualityplans.model.plan import Plan as Plan
from qualityplans.model.plan import PlanDate as PlanDate
from qualityplans.model.plan import Redaction as Redaction
from qualityplans.model.plan import Source as Source
from qualityplans.model.records import Collective as Collective
from qualityplans.model.records import Department as Department
from qualityplans.model.records import Indicator as Indicator
from qualityplans.model.records import LineageEvent as LineageEvent
from qualityplans.model.records import Region as Region
from qualityplans.model.records import Theme as Theme
from qualityplans.model.results import Results as Results
from qualityplans.model.results import html_summary as html_summary
from qualityplans.model.results import html_table as html_table
from qualityplans.model.statements import Locality as Locality
from qualityplans.model.statements import Observation as Observation
from qualityplans.model.statements import Responsibility as Responsibility
from qualityplans.model.statements import Target as Target
from qualityplans.model.values import PartialDate as PartialDate
from qualityplans.model.values import Period as Period
from qualityplans.model.values import Quantity as Quantity

__all__ = [
    "Adoption",
    "Better",
    "Block",
    "Body",
    "Box",
    "CitedDocument",
    "Collective",
    "Commitment",
    "Comparator",
    "Dataset",
    "DateKind",
    "Department",
    "DepartmentKind",
    "Dimension",
    "Direction",
    "Discrepancy",
    "DocNumber",
    "Erratum",
    "FormField",
    "Indicator",
    "Item",
    "LedgerEntry",
    "LedgerReason",
    "LineageEvent",
    "LineageKind",
    "Locality",
    "Measure",
    "Numbering",
    "Observation",
    "Paragraph",
    "PartialDate",
    "Period",
    "Person",
    "Phase",
    "Plan",
    "PlanDate",
    "PlanKind",
    "Quantity",
    "Redaction",
    "Region",
    "RegionLevel",
    "Responsibility",
    "Results",
    "Role",
    "Section",
    "Source",
    "Table",
    "TableNote",
    "TableRow",
    "Target",
    "TaskGroup",
    "Theme",
    "Unit",
    "ValueKind",
    "html_summary",
    "html_table",
    "statements",
    "walk_items",
]
