"""The flat tables: one row builder per table, shared by every tabular export.

``CSV_TABLES`` maps each table (plans, measures, responsibilities, targets,
observations, departments, indicators, ledger) to its columns and the function
that builds its rows from a Dataset; ``KEYS`` gives each table's primary and
foreign keys (used by the SQLite and Data Package exports); ``records(table)``
returns the rows of the curated dataset as plain dicts, so
``pandas.DataFrame(qualityplans.records("targets"))`` works. Amounts are exact
decimal strings, never floats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from attrs import frozen

from qualityplans.model import (
    Block,
    Dataset,
    DateKind,
    Measure,
    Observation,
    Plan,
    Quantity,
    Responsibility,
    Section,
    Target,
    TaskGroup,
)

__all__ = ["CSV_TABLES", "KEYS", "Keys", "Row", "records"]

Row = dict[str, object]


# --------------------------------------------------------------- row builders


def _section_of(plan: Plan) -> dict[str, str]:
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


def _plan_rows(data: Dataset) -> Iterator[Row]:
    issuers = {d.id: d for d in data.departments}
    for p in data.plans:
        issuer = issuers.get(p.issuer or "")
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


def _measure_rows(data: Dataset) -> Iterator[Row]:
    for p in data.plans:
        sections = _section_of(p)
        for m in p.measures:
            yield {
                "plan": p.id,
                "eid": m.eid,
                "section": sections.get(m.eid),
                "number": m.number,
                "label": m.label,
                "title_zh": m.title_zh,
                "title_en": m.title_en,
                "text": m.text,
                "responsibility_text": m.responsibility_text,
                "leads": [r.written for r in m.leads],
                "themes": m.themes,
                "localities": [loc.region for loc in m.localities],
                "targets": len(m.targets),
                "observations": len(m.observations),
            }


def _responsibility_rows(data: Dataset) -> Iterator[Row]:
    names = {d.id: d for d in data.departments}

    def row(plan: Plan, holder: str, order: int, r: Responsibility, standing: bool) -> Row:
        dept = names.get(r.department or "")
        return {
            "plan": plan.id,
            "holder": holder,
            "order": order,
            "role": r.role.value,
            "written": r.written,
            "department": r.department,
            "department_zh": dept.name_zh if dept else None,
            "department_en": dept.name_en if dept else None,
            "collective": r.collective,
            "standing": standing,
        }

    for p in data.plans:
        for block in p.blocks:
            if isinstance(block, Measure | TaskGroup):
                for order, r in enumerate(block.responsibilities, start=1):
                    yield row(p, block.eid, order, r, False)
        for order, r in enumerate(p.standing_responsibilities, start=1):
            yield row(p, "plan", order, r, True)


def _value_columns(q: Quantity | None) -> Row:
    return {
        "comparator": q.comparator.value if q else None,
        "amount": str(q.amount) if q else None,
        "upper": str(q.upper) if q and q.upper is not None else None,
        "unit": q.unit.value if q else None,
        "written": q.written if q else None,
    }


def _statement_rows(
    data: Dataset, pick: Callable[[Block], Sequence[Target | Observation]]
) -> Iterator[Row]:
    names = {i.id: i for i in data.indicators}
    for p in data.plans:
        for block in p.blocks:
            for s in pick(block):
                indicator = names.get(s.indicator or "")
                row: Row = {
                    "plan": p.id,
                    "eid": s.eid,
                    "block": block.eid,
                    "kind": s.kind.value,
                    "indicator": s.indicator,
                    "indicator_zh": indicator.name_zh if indicator else None,
                    **_value_columns(s.value),
                    "year": s.year,
                    "period_start": s.period.start if s.period else None,
                    "period_end": s.period.end if s.period else None,
                    "base_year": s.base_year,
                    "direction": s.direction.value if s.direction else None,
                }
                if isinstance(s, Target):
                    row |= {"commitment": s.commitment.value, "modal": s.modal}
                else:
                    row |= {"period_label": s.period_label}
                row |= {"qualitative": s.qualitative, "quote": s.quote, "note": s.note}
                yield row


def _target_rows(data: Dataset) -> Iterator[Row]:
    return _statement_rows(data, lambda b: b.targets)


def _observation_rows(data: Dataset) -> Iterator[Row]:
    return _statement_rows(data, lambda b: b.observations)


def _department_rows(data: Dataset) -> Iterator[Row]:
    for d in data.departments:
        yield {
            "id": d.id,
            "name_zh": d.name_zh,
            "name_en": d.name_en,
            "region": d.region,
            "kind": d.kind.value,
            "names": d.names,
            "successors": sorted(
                {s for e in data.lineage if d.id in e.sources for s in e.successors}
            ),
            "note": d.note,
        }


def _indicator_rows(data: Dataset) -> Iterator[Row]:
    for i in data.indicators:
        yield {
            "id": i.id,
            "name_zh": i.name_zh,
            "name_en": i.name_en,
            "unit": i.unit.value if i.unit else None,
            "better": i.better.value,
            "themes": i.themes,
            "aliases": i.aliases,
            "related": i.related,
            "definition": i.definition,
        }


def _ledger_rows(data: Dataset) -> Iterator[Row]:
    for p in data.plans:
        for e in p.ledger:
            yield {
                "plan": p.id,
                "figure": e.figure,
                "quote": e.quote,
                "reason": e.reason.value,
                "note": e.note,
                "occurrences": e.occurrences,
            }


def _dataset_rows(data: Dataset) -> Iterator[Row]:
    """One row naming the dataset and its citable version, so every table set carries it."""
    from qualityplans.version import dataset_hash, dataset_version, package_version

    yield {
        "name": "qualityplans",
        "dataset_version": dataset_version(),
        "release": package_version(),
        "data_sha256": dataset_hash(),
        "plans": len(data.plans),
    }


_VALUE = ["comparator", "amount", "upper", "unit", "written", "year", "period_start", "period_end"]
_STATEMENT = [
    "plan",
    "eid",
    "block",
    "kind",
    "indicator",
    "indicator_zh",
    *_VALUE,
    "base_year",
    "direction",
]

CSV_TABLES: dict[str, tuple[list[str], Callable[[Dataset], Iterator[Row]]]] = {
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
        _plan_rows,
    ),
    "measures": (
        [
            "plan",
            "eid",
            "section",
            "number",
            "label",
            "title_zh",
            "title_en",
            "text",
            "responsibility_text",
            "leads",
            "themes",
            "localities",
            "targets",
            "observations",
        ],
        _measure_rows,
    ),
    "responsibilities": (
        [
            "plan",
            "holder",
            "order",
            "role",
            "written",
            "department",
            "department_zh",
            "department_en",
            "collective",
            "standing",
        ],
        _responsibility_rows,
    ),
    "targets": (
        [*_STATEMENT, "commitment", "modal", "qualitative", "quote", "note"],
        _target_rows,
    ),
    "observations": (
        [*_STATEMENT, "period_label", "qualitative", "quote", "note"],
        _observation_rows,
    ),
    "departments": (
        ["id", "name_zh", "name_en", "region", "kind", "names", "successors", "note"],
        _department_rows,
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
            "definition",
        ],
        _indicator_rows,
    ),
    "ledger": (["plan", "figure", "quote", "reason", "note", "occurrences"], _ledger_rows),
    "dataset": (["name", "dataset_version", "release", "data_sha256", "plans"], _dataset_rows),
}


@frozen
class Keys:
    """A table's primary key and its foreign keys (column -> (table, column))."""

    primary: tuple[str, ...] = ()
    foreign: tuple[tuple[str, str, str], ...] = ()


_PLAN = ("plan", "plans", "id")
_INDICATOR = ("indicator", "indicators", "id")
KEYS: dict[str, Keys] = {
    "plans": Keys(("id",), (("issuer", "departments", "id"),)),
    "measures": Keys(("plan", "eid"), (_PLAN,)),
    "responsibilities": Keys(
        ("plan", "holder", "order"), (_PLAN, ("department", "departments", "id"))
    ),
    "targets": Keys(("plan", "eid"), (_PLAN, _INDICATOR)),
    "observations": Keys(("plan", "eid"), (_PLAN, _INDICATOR)),
    "departments": Keys(("id",)),
    "indicators": Keys(("id",)),
    "ledger": Keys((), (_PLAN,)),
    "dataset": Keys(("name",)),
}


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple | list) else value


def records(table: str) -> list[dict[str, object]]:
    """The rows of one flat table of the curated dataset, as plain dicts.

    The same rows, columns and order as the CSV export (contact details
    withheld), with lists as lists and missing values as None. Amounts are
    exact decimal strings. Raises ValueError naming the tables for an unknown one.
    """
    from qualityplans.catalog import dataset
    from qualityplans.privacy import publishable

    if table not in CSV_TABLES:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(CSV_TABLES)}")
    columns, rows = CSV_TABLES[table]
    return [
        {column: _plain(row.get(column)) for column in columns}
        for row in rows(publishable(dataset()))
    ]
