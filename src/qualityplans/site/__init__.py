"""The static site as data: every page as a ``(path, markdown)`` pair, with no mkdocs import.

``pages()`` gathers the pages of every page module in ``PAGE_MODULES``; the
mkdocs-gen-files script (docs/gen_pages.py) writes them into the build, and
``write_tree`` writes the same files to a folder (snapshot tests, or another
generator). A page module defines ``pages() -> Iterable[Page]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Protocol, cast

__all__ = ["PAGE_MODULES", "Page", "pages", "write_tree"]

Page = tuple[str, str]  # (path relative to docs/, markdown)

# Page modules under qualityplans.site, each rendering one kind of page.
PAGE_MODULES: tuple[str, ...] = ("indicators", "departments", "regions", "themes")


class _PageModule(Protocol):
    def pages(self) -> Iterable[Page]: ...


def pages() -> Iterator[Page]:
    """Every generated page, module by module, in a stable order."""
    for name in PAGE_MODULES:
        module = cast(_PageModule, import_module(f"qualityplans.site.{name}"))
        yield from module.pages()


def write_tree(directory: Path) -> list[Path]:
    """Write every generated page under ``directory``; return the paths written."""
    written = []
    for rel, markdown in pages():
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(markdown, encoding="utf-8")
        written.append(path)
    return written
