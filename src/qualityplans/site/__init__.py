"""The static site as data: every page as a ``(path, markdown)`` pair, with no mkdocs import.

``pages()`` gathers the pages of every page module in ``PAGE_MODULES``; the
mkdocs-gen-files script (docs/gen_pages.py) writes them into the build, and
``write_tree`` writes the same files to a folder (snapshot tests, or another
generator). Both writers give a page that has no ``description`` in its front
matter one from its own content (``metadata.with_description``). A page module
defines ``pages() -> Iterable[Page]``, and may define
``files() -> Iterable[tuple[str, bytes]]`` for other files of the build
(downloads). A module named for a page kind (``department`` or ``departments``)
also turns on the links to that kind from every other page (``parts.linked``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Protocol, cast

from qualityplans.catalog import Catalog, default_catalog, use_catalog
from qualityplans.site.metadata import with_description

__all__ = ["PAGE_MODULES", "Page", "files", "pages", "write_tree"]

Page = tuple[str, str]  # (path relative to docs/, markdown)

# Page modules under qualityplans.site, each rendering one kind of page.
PAGE_MODULES: tuple[str, ...] = (
    "home",
    "plans",
    "plan",
    "block",
    "source",
    "downloads",
    "indicators",
    "departments",
    "regions",
    "themes",
    "compare",
    "status",
    "reference",
)


class _PageModule(Protocol):
    def pages(self) -> Iterable[Page]: ...


def _modules() -> Iterator[object]:
    for name in PAGE_MODULES:
        yield import_module(f"qualityplans.site.{name}")


def pages(catalog: Catalog | None = None) -> Iterator[Page]:
    """Every generated page, module by module, in a stable order, from ``catalog``
    (default: the default catalog), which is the default while the pages render."""
    with use_catalog(catalog or default_catalog()):
        for module in _modules():
            yield from cast(_PageModule, module).pages()


def files(catalog: Catalog | None = None) -> Iterator[tuple[str, bytes]]:
    """Every other generated file (downloads): its path relative to docs/ and its bytes."""
    with use_catalog(catalog or default_catalog()):
        for module in _modules():
            write = getattr(module, "files", None)
            if write is not None:
                yield from cast(Iterable[tuple[str, bytes]], write())


def write_tree(directory: Path, catalog: Catalog | None = None) -> list[Path]:
    """Write every generated page (each with a description) and file under ``directory``;
    return the paths written."""
    written = []
    for rel, markdown in pages(catalog):
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(with_description(markdown), encoding="utf-8")
        written.append(path)
    for rel, content in files(catalog):
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written
