"""The data page and the downloads it offers, written into the build.

``EXPORTS`` is the list of export writers: each writes files for the dataset
into a folder. Adding a format (SQLite, a Data Package, the JSON Schema) is one
``Export(...)`` line; the page lists every file with its size and a one-line
example of loading it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from attrs import frozen

from qualityplans.catalog import Catalog
from qualityplans.site import Page, parts
from qualityplans.site.markup import attr

__all__ = ["DOWNLOADS", "EXPORTS", "Export", "data_page", "files", "pages"]

DOWNLOADS = "downloads"  # folder of the site the files are written to


def _json(data: Catalog, directory: Path) -> list[Path]:
    from qualityplans.export import write_json

    return [write_json(data, directory)]


def _csv(data: Catalog, directory: Path) -> list[Path]:
    from qualityplans.export import write_csv

    return write_csv(data, directory / "csv")


def _sqlite(data: Catalog, directory: Path) -> list[Path]:
    from qualityplans.export.sqlite_db import write_sqlite

    return [write_sqlite(data, directory)]


def _datapackage(data: Catalog, directory: Path) -> list[Path]:
    """Only ``datapackage.json``, beside the CSV tables it describes (``csv/``)."""
    from qualityplans.export.datapackage import write_descriptor

    return [write_descriptor(data, directory / "csv")]


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
    Export("数据表", "Tables (CSV)", _csv, "pandas.read_csv('{file}')"),
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
    """Every download: its path in the site and its bytes."""
    for _, path, content in _written():
        yield path, content


def pages() -> Iterator[Page]:
    yield "data.md", data_page()


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def data_page() -> str:
    out = [
        "# 数据下载 Data",
        "",
        "全部数据可自由下载，与本站同一次构建生成。联系方式已隐去。"
        "Every record on this site, from the same build, ready to load. "
        "Contact details are withheld.",
        "",
    ]
    current: Export | None = None
    for export, path, content in _written():
        if export is not current:
            current = export
            out.extend([f"## {attr(export.name_zh)} {attr(export.name_en)}", ""])
            example = export.example.format(file=path)
            out.extend([f"<p>载入示例 Load it: <code>{attr(example)}</code></p>", ""])
            out.append('<ul class="qp-downloads">')
        name = path.rsplit("/", 1)[-1]
        out.append(
            f'<li><a href="{attr(path)}" download>{attr(name)}</a> '
            f"<small>{_size(len(content))}</small></li>"
        )
        if path == _last_of(export):
            out.extend(["</ul>", ""])
    out.extend(
        [
            "## 查询示例 Query example",
            "",
            "数据库含全文索引（三字组分词，可查中文词语）。"
            "The database has full-text indexes (trigram, so Chinese words match):",
            "",
            f"<pre><code>{attr(_SQL)}</code></pre>",
            "",
            "## 引用 Cite",
            "",
            f"数据版本 Dataset version: <code>{attr(parts.catalog().dataset_version())}</code>",
            "",
            "版本号由软件版本与数据内容的哈希组成，上列每个文件都写有此版本"
            "（JSON 的 <code>dataset_version</code>、<code>dataset</code> 表、数据包的 "
            "<code>version</code>）。The release plus a hash of the data; every file above "
            "carries it (the JSON's <code>dataset_version</code>, the <code>dataset</code> "
            "table, the Data Package's <code>version</code>), so a citation names exactly "
            "the figures it used.",
            "",
        ]
    )
    return "\n".join(out) + "\n"


_SQL = (
    'sqlite3 downloads/qualityplans.db "SELECT t.plan, t.eid, t.indicator_zh, t.amount, t.unit\n'
    "  FROM targets_fts JOIN targets t ON t.rowid = targets_fts.rowid\n"
    "  WHERE targets_fts MATCH '合格率'\""
)


def _last_of(export: Export) -> str:
    return [path for e, path, _ in _written() if e is export][-1]
