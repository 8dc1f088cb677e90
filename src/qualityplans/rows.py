"""The flat tables: one row builder per kind of record, behind every tabular surface.

``statement_row`` is the one row of a target or observation: CSV, SQLite,
``records()``, JSON rows, the CLI's ``--json``, result collections'
``records()`` and the site's tables are all built from it, so every surface
carries the same kind, direction, base year and period, and the same words for
the value (``value_zh`` / ``value_en`` from the one formatter).

``TABLES`` maps each table (plans, measures, responsibilities, targets,
observations, departments, regions, indicators, ledger, dataset) to its
columns and the function that builds its rows from a catalog's data; ``KEYS``
gives each table's primary and foreign keys; ``COLUMN_TYPES`` each column's
type; ``records(table)`` returns the rows as plain dicts, so
``pandas.DataFrame(qualityplans.records("targets"))`` works.

Values are typed the same way everywhere: years and counts ``int``, flags
``bool``, lists ``list``, and amounts exact ``Decimal`` in Python (never
float). The exports write an amount as exact decimal text in CSV and JSON, and
as a number (REAL) in SQLite with the exact text beside it (``amount_exact``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypeAlias

from attrs import frozen

from qualityplans.catalog import Catalog, default_catalog
from qualityplans.model import (
    Block,
    Dataset,
    DateKind,
    Department,
    LineageEvent,
    Measure,
    Observation,
    Plan,
    Quantity,
    Responsibility,
    Section,
    Target,
    TaskGroup,
)
from qualityplans.model.wording import COMPARATOR_WORD, say
from qualityplans.text.privacy import publishable
from qualityplans.version import package_version

__all__ = [
    "COLUMN_TYPES",
    "KEYS",
    "OBSERVATION_COLUMNS",
    "STATEMENT_COLUMNS",
    "TABLES",
    "TARGET_COLUMNS",
    "ColumnType",
    "Keys",
    "Row",
    "Tables",
    "column_type",
    "current_body",
    "integer_columns",
    "measure_row",
    "records",
    "responsibility_row",
    "section_of",
    "statement_row",
    "table_rows",
]

Row = dict[str, Any]


# --------------------------------------------------------------- row builders


def section_of(plan: Plan) -> dict[str, str]:
    """Block eid -> eid of the innermost section that holds it."""
    owner: dict[str, str] = {}

    def visit(items: Iterable[Any], section: str) -> None:
        for item in items:
            if isinstance(item, Section):
                visit(item.items, item.eid)
            else:
                owner[item.eid] = section

    visit(plan.body, "")
    return owner


def current_body(department: str, lineage: Iterable[LineageEvent]) -> str:
    """The body ``department``'s line of responsibility runs into today: its successor
    through the reform's events, followed to the end (市质监局 → 市市场监管局); itself
    when it has none, or when the line forks into several bodies."""
    forward: dict[str, list[str]] = {}
    for event in lineage:
        for source in event.sources:
            for successor in event.successors:
                forward.setdefault(source, []).append(successor)
    seen = {department}
    body = department
    while len(nexts := sorted(set(forward.get(body, ())))) == 1 and nexts[0] not in seen:
        body = nexts[0]
        seen.add(body)
    return body


def _value_columns(q: Quantity | None) -> Row:
    return {
        "comparator": COMPARATOR_WORD[q.comparator] if q else None,
        "amount": q.amount if q else None,
        "upper": q.upper if q else None,
        "unit": q.unit.value if q else None,
        "written": q.written if q else None,
    }


def statement_row(
    plan: Plan, block: Block, s: Target | Observation, indicator_zh: str | None = None
) -> Row:
    """The one row of a target or observation: what it is, its value in both languages,
    when, how firmly it is promised, and the verbatim quote."""
    said = say(s)
    row: Row = {
        "plan": plan.id,
        "region": plan.region,
        "eid": s.eid,
        "block": block.eid,
        "statement": "target" if isinstance(s, Target) else "observation",
        "kind": s.kind.value,
        "indicator": s.indicator,
        "indicator_zh": indicator_zh,
        **_value_columns(s.value),
        "year": s.year,
        "period_start": s.period.start if s.period else None,
        "period_end": s.period.end if s.period else None,
        "base_year": s.base_year,
        "direction": s.direction.value if s.direction else None,
        "value_zh": said.value_zh,
        "value_en": said.value_en,
        "when": said.when,
    }
    if isinstance(s, Target):
        row |= {
            "commitment": s.commitment.value,
            "commitment_zh": said.commitment_zh,
            "modal": s.modal,
            "governing": s.governing,
        }
    else:
        row |= {"period_label": s.period_label}
    row |= {
        "qualitative": s.qualitative,
        "quote": s.quote,
        "note_zh": s.note_zh,
        "note": s.note,
    }
    return row


def measure_row(
    plan: Plan, m: Measure, section: str | None, names: Mapping[str, str] | None = None
) -> Row:
    """The one row of a measure: its plan and region, text, lead units as written and as
    department ids and full names (``names``: department id -> name; an id stands in for
    a name it lacks)."""
    lead_ids = list(dict.fromkeys(r.department for r in m.leads if r.department))
    return {
        "plan": plan.id,
        "region": plan.region,
        "eid": m.eid,
        "section": section,
        "number": m.number,
        "label": m.label,
        "title_zh": m.title_zh,
        "title_en": m.title_en,
        "text": m.text,
        "responsibility_text": m.responsibility_text,
        "leads": [r.written for r in m.leads],
        "lead_ids": lead_ids,
        "lead_names": [(names or {}).get(d, d) for d in lead_ids],
        "themes": list(m.themes),
        "localities": [loc.region for loc in m.localities],
        "targets": len(m.targets),
        "observations": len(m.observations),
    }


def responsibility_row(
    plan: Plan,
    holder: str,
    order: int,
    r: Responsibility,
    standing: bool,
    department: Department | None,
    line: Department | None,
) -> Row:
    """The one row of a unit named for a measure or task group (``holder``: its eid, or
    ``plan`` for the units a plan names for every measure); ``line`` is the body the
    department's line runs into after the reform (``current_body``)."""
    return {
        "plan": plan.id,
        "region": plan.region,
        "holder": holder,
        "order": order,
        "role": r.role.value,
        "written": r.written,
        "department": r.department,
        "department_zh": department.name_zh if department else None,
        "department_en": department.name_en if department else None,
        "collective": r.collective,
        "standing": standing,
        "line": line.id if line else None,
        "line_zh": line.name_zh if line else None,
    }


class Tables:
    """The rows of every table, built from one catalog's data (contact details withheld)."""

    def __init__(self, data: Dataset, stamp: tuple[str, str] | None = None) -> None:
        self.data = data
        self.stamp = stamp
        self.indicator_zh = {i.id: i.name_zh for i in data.indicators}
        self.departments = {d.id: d for d in data.departments}
        self._current: dict[str, str] = {}

    def current(self, department: str) -> str:
        """``current_body`` of ``department``, computed once."""
        if department not in self._current:
            self._current[department] = current_body(department, self.data.lineage)
        return self._current[department]

    def plans(self) -> Iterator[Row]:
        for p in self.data.plans:
            issuer = self.departments.get(p.issuer or "")
            yield {
                "id": p.id,
                "title_zh": p.title_zh,
                "title_en": p.title_en,
                "kind": p.kind.value,
                "doc_number": p.doc_number.canonical if p.doc_number else None,
                "issuer": p.issuer,
                "issuer_zh": issuer.name_zh if issuer else None,
                "region": p.region,
                "period_start": p.period.start if p.period else None,
                "period_end": p.period.end if p.period else None,
                **{f"date_{k.value}": (d.iso if (d := p.date(k)) else None) for k in DateKind},
                "sections": len(p.sections),
                "measures": len(p.measures),
                "targets": len(p.targets),
                "observations": len(p.observations),
                "source_file": p.source.file,
                "source_sha256": p.source.sha256,
            }

    def measures(self) -> Iterator[Row]:
        names = {d.id: d.name_zh for d in self.data.departments}
        for p in self.data.plans:
            sections = section_of(p)
            for m in p.measures:
                yield measure_row(p, m, sections.get(m.eid), names)

    def responsibilities(self) -> Iterator[Row]:
        def row(plan: Plan, holder: str, order: int, r: Responsibility, standing: bool) -> Row:
            dept = self.departments.get(r.department or "")
            line = self.departments.get(self.current(r.department)) if r.department else None
            return responsibility_row(plan, holder, order, r, standing, dept, line)

        for p in self.data.plans:
            for block in p.blocks:
                if isinstance(block, Measure | TaskGroup):
                    for order, r in enumerate(block.responsibilities, start=1):
                        yield row(p, block.eid, order, r, False)
            for order, r in enumerate(p.standing_responsibilities, start=1):
                yield row(p, "plan", order, r, True)

    def _statements(self, pick: Callable[[Block], Sequence[Target | Observation]]) -> Iterator[Row]:
        for p in self.data.plans:
            for block in p.blocks:
                for s in pick(block):
                    yield statement_row(p, block, s, self.indicator_zh.get(s.indicator or ""))

    def targets(self) -> Iterator[Row]:
        return self._statements(lambda b: b.targets)

    def observations(self) -> Iterator[Row]:
        return self._statements(lambda b: b.observations)

    def departments_(self) -> Iterator[Row]:
        for d in self.data.departments:
            yield {
                "id": d.id,
                "name_zh": d.name_zh,
                "name_en": d.name_en,
                "region": d.region,
                "kind": d.kind.value,
                "names": d.names,
                "successors": sorted(
                    {s for e in self.data.lineage if d.id in e.sources for s in e.successors}
                ),
                "current": self.current(d.id),
                "note_zh": d.note_zh,
                "note": d.note,
            }

    def regions(self) -> Iterator[Row]:
        for r in self.data.regions:
            yield {
                "id": r.id,
                "name_zh": r.name_zh,
                "name_en": r.name_en,
                "level": r.level.value,
                "parent": r.parent,
                "code": r.code,
                "names": r.names,
                "note_zh": r.note_zh,
                "note": r.note,
            }

    def indicators(self) -> Iterator[Row]:
        for i in self.data.indicators:
            yield {
                "id": i.id,
                "name_zh": i.name_zh,
                "name_en": i.name_en,
                "unit": i.unit.value if i.unit else None,
                "better": i.better.value,
                "themes": i.themes,
                "aliases": i.aliases,
                "related": i.related,
                "definition_zh": i.definition_zh,
                "definition": i.definition,
            }

    def ledger(self) -> Iterator[Row]:
        for p in self.data.plans:
            for e in p.ledger:
                yield {
                    "plan": p.id,
                    "figure": e.figure,
                    "quote": e.quote,
                    "reason": e.reason.value,
                    "note_zh": e.note_zh,
                    "note": e.note,
                    "occurrences": e.occurrences,
                }


_VALUE = [
    "comparator",
    "amount",
    "upper",
    "unit",
    "written",
    "year",
    "period_start",
    "period_end",
]
STATEMENT_COLUMNS = [
    "plan",
    "region",
    "eid",
    "block",
    "statement",
    "kind",
    "indicator",
    "indicator_zh",
    *_VALUE,
    "base_year",
    "direction",
    "value_zh",
    "value_en",
    "when",
]
TARGET_COLUMNS = [
    *STATEMENT_COLUMNS,
    "commitment",
    "commitment_zh",
    "modal",
    "governing",
    "qualitative",
    "quote",
    "note_zh",
    "note",
]
OBSERVATION_COLUMNS = [
    *STATEMENT_COLUMNS,
    "period_label",
    "qualitative",
    "quote",
    "note_zh",
    "note",
]


def _dataset_rows(tables: Tables, catalog: Catalog) -> Iterator[Row]:
    """One row naming the dataset and its citable version, so every table set carries it."""
    version, digest = tables.stamp or (catalog.dataset_version(), catalog.dataset_hash())
    yield {
        "name": "qualityplans",
        "dataset_version": version,
        "release": package_version(),
        "data_sha256": digest,
        "plans": len(tables.data.plans),
    }


TABLES: dict[str, tuple[list[str], Callable[[Tables, Catalog], Iterator[Row]]]] = {
    "plans": (
        [
            "id",
            "title_zh",
            "title_en",
            "kind",
            "doc_number",
            "issuer",
            "issuer_zh",
            "region",
            "period_start",
            "period_end",
            *(f"date_{k.value}" for k in DateKind),
            "sections",
            "measures",
            "targets",
            "observations",
            "source_file",
            "source_sha256",
        ],
        lambda t, _: t.plans(),
    ),
    "measures": (
        [
            "plan",
            "region",
            "eid",
            "section",
            "number",
            "label",
            "title_zh",
            "title_en",
            "text",
            "responsibility_text",
            "leads",
            "lead_ids",
            "lead_names",
            "themes",
            "localities",
            "targets",
            "observations",
        ],
        lambda t, _: t.measures(),
    ),
    "responsibilities": (
        [
            "plan",
            "region",
            "holder",
            "order",
            "role",
            "written",
            "department",
            "department_zh",
            "department_en",
            "collective",
            "standing",
            "line",
            "line_zh",
        ],
        lambda t, _: t.responsibilities(),
    ),
    "targets": (TARGET_COLUMNS, lambda t, _: t.targets()),
    "observations": (OBSERVATION_COLUMNS, lambda t, _: t.observations()),
    "departments": (
        [
            "id",
            "name_zh",
            "name_en",
            "region",
            "kind",
            "names",
            "successors",
            "current",
            "note_zh",
            "note",
        ],
        lambda t, _: t.departments_(),
    ),
    "regions": (
        ["id", "name_zh", "name_en", "level", "parent", "code", "names", "note_zh", "note"],
        lambda t, _: t.regions(),
    ),
    "indicators": (
        [
            "id",
            "name_zh",
            "name_en",
            "unit",
            "better",
            "themes",
            "aliases",
            "related",
            "definition_zh",
            "definition",
        ],
        lambda t, _: t.indicators(),
    ),
    "ledger": (
        ["plan", "figure", "quote", "reason", "note_zh", "note", "occurrences"],
        lambda t, _: t.ledger(),
    ),
    "dataset": (["name", "dataset_version", "release", "data_sha256", "plans"], _dataset_rows),
}


@frozen
class Keys:
    """A table's primary key and its foreign keys (column -> (table, column))."""

    primary: tuple[str, ...] = ()
    foreign: tuple[tuple[str, str, str], ...] = ()


_PLAN = ("plan", "plans", "id")
_INDICATOR = ("indicator", "indicators", "id")
_REGION = ("region", "regions", "id")
KEYS: dict[str, Keys] = {
    "plans": Keys(("id",), (("issuer", "departments", "id"), _REGION)),
    "measures": Keys(("plan", "eid"), (_PLAN, _REGION)),
    "responsibilities": Keys(
        ("plan", "holder", "order"),
        (_PLAN, _REGION, ("department", "departments", "id"), ("line", "departments", "id")),
    ),
    "targets": Keys(("plan", "eid"), (_PLAN, _REGION, _INDICATOR)),
    "observations": Keys(("plan", "eid"), (_PLAN, _REGION, _INDICATOR)),
    "departments": Keys(("id",), (_REGION, ("current", "departments", "id"))),
    "regions": Keys(("id",), (("parent", "regions", "id"),)),
    "indicators": Keys(("id",)),
    "ledger": Keys((), (_PLAN,)),
    "dataset": Keys(("name",)),
}

ColumnType: TypeAlias = Literal["string", "integer", "decimal", "boolean", "list"]

_COUNTS = ("sections", "measures", "targets", "observations")


def _each(columns: Iterable[str], kind: ColumnType) -> dict[str, ColumnType]:
    return dict.fromkeys(columns, kind)


_STATEMENT_TYPES: dict[str, ColumnType] = {
    "amount": "decimal",
    "upper": "decimal",
    "year": "integer",
    "period_start": "integer",
    "period_end": "integer",
    "base_year": "integer",
}
COLUMN_TYPES: dict[str, dict[str, ColumnType]] = {
    "plans": {
        "period_start": "integer",
        "period_end": "integer",
        **_each(_COUNTS, "integer"),
    },
    "measures": {
        "number": "integer",
        "targets": "integer",
        "observations": "integer",
        **_each(("leads", "lead_ids", "lead_names", "themes", "localities"), "list"),
    },
    "responsibilities": {"order": "integer", "standing": "boolean"},
    "targets": dict(_STATEMENT_TYPES),
    "observations": dict(_STATEMENT_TYPES),
    "departments": {"names": "list", "successors": "list"},
    "regions": {"names": "list"},
    "indicators": {"themes": "list", "aliases": "list", "related": "list"},
    "ledger": {"occurrences": "integer"},
    "dataset": {"plans": "integer"},
}
"""Each table's columns that are not text (a column not listed is a string)."""


def integer_columns(table: str) -> frozenset[str]:
    """The columns of ``table`` that hold integers (years, counts, numbers)."""
    return frozenset(c for c, kind in COLUMN_TYPES.get(table, {}).items() if kind == "integer")


def column_type(table: str, column: str) -> ColumnType:
    """The type of ``column`` in ``table``: string, integer, decimal, boolean or list."""
    return COLUMN_TYPES.get(table, {}).get(column, "string")


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple | list) else value


def table_rows(
    name: str,
    catalog: Catalog,
    data: Dataset | None = None,
    *,
    stamp: tuple[str, str] | None = None,
) -> Iterator[Row]:
    """The rows of table ``name``, every column present, from ``data`` (default: the
    catalog's data), contact details withheld; ``stamp`` is the (version, sha256) the
    ``dataset`` table records (default: the catalog's)."""
    columns, build = TABLES[name]
    if data is None or data is catalog.dataset:
        # The catalog's own data: withheld once per catalog, not once per table.
        clean = catalog.memo("rows:publishable", lambda: publishable(catalog.dataset))
    else:
        clean = publishable(data)
    tables = Tables(clean, stamp)
    for row in build(tables, catalog):
        yield {column: _plain(row.get(column)) for column in columns}


def records(table: str, *, catalog: Catalog | None = None) -> list[dict[str, object]]:
    """The rows of one flat table, as plain dicts: the CSV export's rows.

    Lists are lists, missing values None, amounts exact ``Decimal``, years ``int``.
    Raises ValueError naming the tables for an unknown one.
    """
    if table not in TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    return list(table_rows(table, catalog or default_catalog()))
