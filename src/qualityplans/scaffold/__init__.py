"""A new plan's first draft: its transcription, a data module that reads the document, its
registration.

``scaffold("wujiang-2026", Path("wujiang.txt"), region="wujiang")`` refuses a
source that is not a transcription (``scaffold.source``), reads the document
(``scaffold.document``: cover notice, title, body, basis), copies the
normalized text to ``data/sources/wujiang-2026.txt``, writes
``data/plans/wujiang_2026.py`` (``scaffold.module``: the notice fields, 文号,
dates, issuer, basis and adoption filled in; every heading and numbered item
listed with its units, each unit matched to a department of the region by
name or given the closest candidates; each figure drafted as a Target to check
or ledgered where the document makes it certain) and adds the plan to the plan
index (``data/plans/index.py``). ``qualityplans validate --plan wujiang-2026``
then names exactly what is left.

Scaffolding writes data, never code: every string from the document or an
option enters the module as a ``literal()`` (``scaffold.literals``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from qualityplans.catalog import Catalog
from qualityplans.catalog.registry import append_row
from qualityplans.catalog.roots import FolderRoot, extra_roots, shipped_root
from qualityplans.model import DocNumber
from qualityplans.scaffold.document import Document, Heading, read_document
from qualityplans.scaffold.literals import literal
from qualityplans.scaffold.module import TODO, plan_module
from qualityplans.scaffold.source import SourceError, read_source
from qualityplans.scaffold.suggest import UnknownRegionError, region_of

__all__ = [
    "TODO",
    "Document",
    "Heading",
    "SourceError",
    "UnknownRegionError",
    "literal",
    "outline",
    "plan_module",
    "read_document",
    "read_source",
    "scaffold",
]

_PLAN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def outline(text: str) -> list[Heading]:
    """The body of ``text`` as the skeleton lists it: headings (一、), numbered items
    (（一）, 1、) with their units, and other paragraphs, after the notice and title."""
    return list(read_document(text).body)


def _option(name: str, value: str | None) -> str | None:
    """An option's text, refused in one line if it is no text (a lone surrogate from
    undecodable command-line bytes) or spans lines."""
    if value is None:
        return None
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise ValueError(f"--{name} is not valid text (undecodable bytes): {literal(value)}")
    if "\n" in value or "\r" in value:
        raise ValueError(f"--{name} must be one line: {literal(value)}")
    return value


def _catalog(data_dir: Path | None) -> Catalog:
    """The default catalog, with ``data_dir`` as a root if it is not one of its roots."""
    roots: list[FolderRoot] = [shipped_root(), *extra_roots()]
    if data_dir is not None and all(
        os.path.realpath(r.path) != os.path.realpath(data_dir) for r in roots
    ):
        roots.append(FolderRoot(data_dir))
    return Catalog(roots)


def scaffold(
    plan_id: str,
    source: Path,
    *,
    title: str | None = None,
    doc_number: str | None = None,
    region: str | None = None,
    data_dir: Path | None = None,
    catalog: Catalog | None = None,
) -> list[Path]:
    """Write the transcription and the module skeleton, register the plan; the paths written.

    Raises ValueError for a malformed id, option or 文号, an unknown region
    (UnknownRegionError) or a source that is no transcription (SourceError);
    FileExistsError if the plan exists.
    """
    if not _PLAN_ID.fullmatch(plan_id):
        raise ValueError(
            f"plan id {plan_id!r} must be lower-case words and digits joined by '-', "
            "e.g. wujiang-2026"
        )
    title = _option("title", title)
    doc_number = _option("doc-number", doc_number)
    if doc_number is not None:
        DocNumber.parse(doc_number)  # a ValueError names what is wrong with it
    if data_dir is None:
        import qualityplans.data

        data_dir = Path(qualityplans.data.__file__).parent
    if catalog is None:
        catalog = _catalog(data_dir)
    region_id = region_of(catalog, region).id if region is not None else None
    module = plan_id.replace("-", "_")
    transcription = data_dir / "sources" / f"{plan_id}.txt"
    module_path = data_dir / "plans" / f"{module}.py"
    index = data_dir / "plans" / "index.py"
    for path in (transcription, module_path):
        if path.exists():
            raise FileExistsError(f"plan {plan_id!r} exists already ({path}): not overwritten")
    if index.exists() and f'"{module}"' in index.read_text(encoding="utf-8"):
        raise FileExistsError(f"plan {plan_id!r} is already in the plan index ({index})")
    text = read_source(source)
    doc = read_document(text, title)
    title = doc.title or text.split("\n", 1)[0]
    doc_number = doc_number or doc.notice.doc_number
    source_text = plan_module(
        plan_id,
        doc,
        title=title,
        doc_number=doc_number,
        region=region_id,
        catalog=catalog,
    )
    transcription.parent.mkdir(parents=True, exist_ok=True)
    module_path.parent.mkdir(parents=True, exist_ok=True)
    transcription.write_text(text, encoding="utf-8")
    module_path.write_text(source_text, encoding="utf-8")
    number = DocNumber.parse(doc_number).canonical if doc_number else None
    append_row(index, (module, plan_id, number, title, ()))
    return [transcription, module_path, index]
