"""The data page, the data dictionary, and the downloads they describe, written into
the build.

``EXPORTS`` is the list of export writers: each writes files for the dataset into
a folder. Adding a format (SQLite, a Data Package, the JSON Schema) is one
``Export(...)`` line; the data page lists every file with its size and a one-line
example of loading it, the matrix CSV included. CSV tables carry a UTF-8
byte-order mark, so Excel on Chinese Windows reads them as UTF-8.

Beside each entity page lies its record as JSON, the same document the CLI's
``--json`` prints (``entity_json``): ``indicators/<id>.json`` (the indicator, its
related indicators and its history as rows), ``departments/<id>.json`` (the body,
its lineage and its work), ``collectives/<id>.json`` and ``plans/<id>/index.json``
(the plan and its targets and observations as rows).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from attrs import frozen

from qualityplans import dictionary
from qualityplans.catalog import Catalog
from qualityplans.model import Collective, Department, Indicator, Plan
from qualityplans.query.history import history, related_indicators
from qualityplans.query.responsibilities import department_document
from qualityplans.rows import KEYS, TABLES, column_type, statement_row
from qualityplans.serialize import jsonable, to_dict
from qualityplans.site import Page, links, parts
from qualityplans.site.compare import MATRIX, MATRIX_CSV, matrix_csv
from qualityplans.site.departments import collective_items
from qualityplans.site.links import html_href
from qualityplans.site.templating import Markup, en, render

__all__ = [
    "DICTIONARY",
    "DOWNLOADS",
    "EXPORTS",
    "Export",
    "data_page",
    "dictionary_page",
    "entity_json",
    "files",
    "pages",
]

DOWNLOADS = "downloads"  # folder of the site the files are written to
DATA = "data.md"
DICTIONARY = "dictionary.md"


def _json(data: Catalog, directory: Path) -> list[Path]:
    from qualityplans.export import write_json

    return [write_json(data, directory)]


def _csv(data: Catalog, directory: Path) -> list[Path]:
    """The tables, UTF-8 with a byte-order mark: Excel on Chinese Windows needs it."""
    from qualityplans.export.csv_files import write_csv

    return write_csv(data, directory / "csv", bom=True)


def _sqlite(data: Catalog, directory: Path) -> list[Path]:
    """The database and, beside it, its Datasette metadata (``datasette db -m metadata.json``)."""
    from qualityplans.export.sqlite_db import METADATA_FILE, write_sqlite

    database = write_sqlite(data, directory)
    return [database, directory / METADATA_FILE]


def _datapackage(data: Catalog, directory: Path) -> list[Path]:
    """Only ``datapackage.json``, beside the CSV tables it describes (``csv/``)."""
    from qualityplans.export.datapackage import write_descriptor

    return [write_descriptor(data, directory / "csv", bom=True)]  # the CSVs carry a BOM


def _schema(data: Catalog, directory: Path) -> list[Path]:
    from qualityplans.export.schema import write_schema

    return [write_schema(directory)]


@frozen
class Export:
    """One download format: a writer and how to load what it writes."""

    name_zh: str
    name_en: str
    write: Callable[[Catalog, Path], list[Path]]
    example: str  # one line loading a written file; {file} is its site path


EXPORTS: tuple[Export, ...] = (
    Export(
        "完整数据集", "Whole dataset (JSON)", _json, "qualityplans.export.load_json(Path('{file}'))"
    ),
    Export(
        "数据表（CSV，Excel 可直接打开）",
        "Tables (CSV, UTF-8 with BOM: Excel opens them as they are)",
        _csv,
        "pandas.read_csv('{file}')",
    ),
    Export(
        "数据包",
        "Data Package (the CSV tables with their types and keys)",
        _datapackage,
        "frictionless validate {file}",
    ),
    Export("SQLite 数据库", "SQLite database", _sqlite, "datasette {file}"),
    Export(
        "JSON 模式",
        "JSON Schema of the JSON file",
        _schema,
        "jsonschema.validate(json.load(open('downloads/qualityplans.json')), "
        "json.load(open('{file}')))",
    ),
)


def _written() -> tuple[tuple[Export, str, bytes], ...]:
    return parts.memo("downloads", _write)


def _write() -> tuple[tuple[Export, str, bytes], ...]:
    out = []
    with tempfile.TemporaryDirectory(prefix="qualityplans-downloads-") as tmp:
        for number, export in enumerate(EXPORTS):
            folder = Path(tmp) / str(number)
            for path in export.write(parts.catalog(), folder):
                rel = path.relative_to(folder).as_posix()
                out.append((export, f"{DOWNLOADS}/{rel}", path.read_bytes()))
    return tuple(out)


def files() -> Iterator[tuple[str, bytes]]:
    """Every download (its path in the site and its bytes), then each entity's JSON."""
    for _, path, content in _written():
        yield path, content
    for path, document in _entities():
        yield path, _dumps(document)


# ------------------------------------------------------------ per-entity JSON


def _dumps(document: Any) -> bytes:
    return (json.dumps(jsonable(document), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _entities() -> Iterator[tuple[str, dict[str, Any]]]:
    d = parts.data()
    for p in d.plans:
        yield links.json_path(links.plan_path(p)), entity_json(p)
    for i in d.indicators:
        yield links.json_path(links.indicator_path(i)), entity_json(i)
    for x in d.departments:
        yield links.json_path(links.department_path(x)), entity_json(x)
    for c in d.collectives:
        yield links.json_path(links.collective_path(c)), entity_json(c)


def entity_json(record: Plan | Indicator | Department | Collective) -> dict[str, Any]:
    """The JSON document beside an entity's page: the record (``to_dict``) with its rows,
    as the CLI's ``--json`` gives it, and the dataset version to cite."""
    cat = parts.catalog()
    out: dict[str, Any] = {"dataset_version": cat.dataset_version()}
    if isinstance(record, Plan):
        names = {i.id: i.name_zh for i in parts.data().indicators}
        rows = {
            kind: [
                statement_row(record, block, s, names.get(s.indicator or ""))
                for block in record.blocks
                for s in (block.targets if kind == "targets" else block.observations)
            ]
            for kind in ("targets", "observations")
        }
        return out | {"plan": to_dict(record), **rows}
    if isinstance(record, Indicator):
        return out | {
            "indicator": to_dict(record),
            "related": [i.id for i in related_indicators(record.id, catalog=cat)],
            "history": [e.record() for e in history(record.id, catalog=cat)],
        }
    if isinstance(record, Department):
        return out | department_document(record, catalog=cat)
    return out | {
        "collective": to_dict(record),
        "items": [
            {
                "plan": n.plan.id,
                "item": n.item.eid,
                "role": n.role.value,
                "written": n.written,
                "standing": n.standing,
            }
            for n in collective_items(record)
        ],
    }


# ------------------------------------------------------------------ the data page


def pages() -> Iterator[Page]:
    yield DATA, data_page()
    yield DICTIONARY, dictionary_page()


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def _download(page: str, path: str, content: bytes) -> Markup:
    name = path.rsplit("/", 1)[-1]
    return Markup('<a href="{}" download>{}</a> <small>{}</small>').format(
        html_href(page, path), name, _size(len(content))
    )


def data_page() -> str:
    """Every download with its size and how to load it; the per-record files; the
    dictionary, a query example and how to cite."""
    page = DATA
    groups = []
    for export in EXPORTS:
        mine = [(path, content) for e, path, content in _written() if e is export]
        groups.append(
            {
                "zh": export.name_zh,
                "en": export.name_en,
                "example": export.example.format(file=mine[0][0]),
                "files": [_download(page, path, content) for path, content in mine],
            }
        )
    groups.append(
        {
            "zh": "指标 × 规划矩阵（CSV）",
            "en": "The indicator × plan matrix (CSV, UTF-8 with BOM), as on the matrix page",
            "example": f"pandas.read_csv('{MATRIX_CSV}')",
            "files": [_download(page, MATRIX_CSV, matrix_csv())],
            "page": html_href(page, MATRIX),
        }
    )
    d = parts.data()
    examples: list[list[object]] = []
    for kind_zh, kind_en, found, path in (
        ("规划", "plan", d.plans, links.plan_path),
        ("指标", "indicator", d.indicators, links.indicator_path),
        ("部门", "department", d.departments, links.department_path),
        ("统称", "collective", d.collectives, links.collective_path),
    ):
        if not found:
            continue
        record = found[0]
        json_file = links.json_path(path(record.id))
        examples.append(
            [
                Markup("{} {}").format(kind_zh, en(kind_en)),
                Markup('<code>{}</code><br>例 {} <a href="{}" download>{}</a>').format(
                    json_file.replace(record.id, "<id>", 1),
                    en("e.g."),
                    html_href(page, json_file),
                    parts.plan_short_label(record) if isinstance(record, Plan) else record.name_zh,
                ),
                Markup("、").join(Markup("<code>{}</code>").format(k) for k in entity_json(record)),
            ]
        )
    return render(
        "data.md",
        front_matter=Markup(
            "\n".join(
                parts.front_matter(
                    "数据下载 Data",
                    description="下载全部数据：JSON、CSV（Excel 可直接打开）、数据包、SQLite 数据库"
                    "与 JSON 模式，每个文件注明大小；每条规划、指标、部门记录旁的 JSON；"
                    "数据字典与引用方法。",
                )
            )
        ),
        groups=groups,
        examples_rows=examples,
        dictionary=html_href(page, DICTIONARY),
        sql=_SQL,
        version=parts.catalog().dataset_version(),
    )


_SQL = (
    'sqlite3 downloads/qualityplans.db "SELECT t.plan, t.eid, t.indicator_zh, t.amount, t.unit\n'
    "  FROM targets_fts JOIN targets t ON t.rowid = targets_fts.rowid\n"
    "  WHERE targets_fts MATCH '合格率'\""
)


# ------------------------------------------------------------ the data dictionary


def dictionary_page() -> str:
    """Every table of the downloads and every column: its type and meaning, in Chinese
    and English (``qualityplans.dictionary``), its keys (``rows.KEYS``)."""
    page = DICTIONARY
    tables = []
    for name, (columns, _) in TABLES.items():
        short_zh, short_en, row_zh, row_en = dictionary.ROWS[name]
        about = {"zh": short_zh, "en": short_en, "row_zh": row_zh, "row_en": row_en}
        rows: list[list[object]] = []
        for column in columns:
            zh, english, note = dictionary.describe(name, column)
            type_zh, type_en = dictionary.TYPES[column_type(name, column)]
            meaning = Markup("{}<br>{}").format(zh, en(english))
            if note:
                meaning += Markup('<br><span class="qp-type">{}</span>').format(note)
            rows.append(
                [
                    Markup('<code>{}</code><br><span class="qp-type">{} {}</span>').format(
                        column, type_zh, en(type_en)
                    ),
                    meaning,
                ]
            )
        keys = KEYS[name]
        tables.append(
            {
                "name": name,
                "about": about,
                "csv": html_href(page, f"{DOWNLOADS}/csv/{name}.csv"),
                "primary": list(keys.primary),
                "foreign": [(c, f"{t}.{o}", t) for c, t, o in keys.foreign],
                "rows": rows,
            }
        )
    return render(
        "dictionary.md",
        front_matter=Markup(
            "\n".join(
                parts.front_matter(
                    "数据字典 Data dictionary",
                    description=f"数据字典：下载的{len(tables)}张数据表"
                    "（规划、措施、责任单位、目标、实绩、部门、指标、数字台账、数据集）"
                    "每一列的类型与含义，中英对照，以及主键与外键。",
                )
            )
        ),
        tables=tables,
        data=html_href(page, DATA),
    )
