"""Writing the dataset out: one JSON document, and flat CSV tables for spreadsheets.

The JSON holds everything and reads back (``load_json``) into an equal
``Dataset``, except contact details, which are withheld (see ``privacy``).
The CSV tables flatten what researchers tabulate: plans, measures,
responsibilities, targets, observations, plus departments, indicators and the
figure ledger. All files are UTF-8 with a header row.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

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
from qualityplans.privacy import publishable
from qualityplans.serialize import from_dict, to_dict

__all__ = ["CSV_TABLES", "JSON_FILE", "load_json", "write_csv", "write_json"]

JSON_FILE = "qualityplans.json"
FORMAT = "qualityplans-dataset"
FORMAT_VERSION = 1

Row = dict[str, object]


def write_json(data: Dataset, directory: Path) -> Path:
    """Write the whole dataset as one JSON file; return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / JSON_FILE
    document = {"format": FORMAT, "version": FORMAT_VERSION, "dataset": to_dict(publishable(data))}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def load_json(path: Path) -> Dataset:
    """Read a file written by ``write_json`` back into a Dataset."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{path} is not a qualityplans dataset export")
    if document.get("version") != FORMAT_VERSION:
        raise ValueError(
            f"{path} has export version {document.get('version')}, expected {FORMAT_VERSION}"
        )
    return from_dict(document["dataset"], Dataset, path="$.dataset")


def write_csv(data: Dataset, directory: Path, *, bom: bool = False) -> list[Path]:
    """Write one CSV table per entry of ``CSV_TABLES``; return their paths.

    ``bom`` prefixes a byte-order mark, which Excel needs to read UTF-8.
    """
    directory.mkdir(parents=True, exist_ok=True)
    data = publishable(data)
    written = []
    for name, (columns, rows) in CSV_TABLES.items():
        path = directory / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            for row in rows(data):
                writer.writerow({k: _cell(v) for k, v in row.items()})
        written.append(path)
    return written


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


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
        ["id", "name_zh", "name_en", "unit", "themes", "aliases", "related", "definition"],
        _indicator_rows,
    ),
    "ledger": (["plan", "figure", "quote", "reason", "note", "occurrences"], _ledger_rows),
}
