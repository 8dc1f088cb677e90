"""Where every record lives on the site: stable paths from ids, and links between pages.

Paths are relative to docs/ and end in ``.md`` (the site uses
``use_directory_urls: false`` so it works from a folder or a zip, offline).
A link is always written relative to the page that holds it: use ``href``.
"""

from __future__ import annotations

import functools
import posixpath

from qualityplans.model import (
    Block,
    Collective,
    Department,
    Indicator,
    Observation,
    Plan,
    Region,
    Target,
    Theme,
)

__all__ = [
    "block_path",
    "collective_path",
    "compare_path",
    "department_path",
    "href",
    "html_href",
    "indicator_path",
    "indicator_statement_anchor",
    "json_path",
    "plan_path",
    "region_path",
    "source_path",
    "statement_anchor",
    "statement_path",
    "theme_path",
]


def plan_path(plan: Plan | str) -> str:
    """A plan's page: ``plans/<plan>/index.md``."""
    return f"plans/{_id(plan)}/index.md"


def source_path(plan: Plan | str) -> str:
    """The annotated transcription of a plan: ``plans/<plan>/source.md``."""
    return f"plans/{_id(plan)}/source.md"


def block_path(plan: Plan | str, block: Block | str) -> str:
    """The page of a measure (or any other block holding figures): ``plans/<plan>/<eid>.md``."""
    eid = block if isinstance(block, str) else block.eid
    return f"plans/{_id(plan)}/{eid}.md"


def statement_anchor(statement: Target | Observation) -> str:
    """A target's or observation's anchor on its block's page: its eid."""
    return statement.eid


def statement_path(plan: Plan | str, block: Block | str, statement: Target | Observation) -> str:
    """A target or observation, cited by URL: its block's page and its anchor."""
    return f"{block_path(plan, block)}#{statement_anchor(statement)}"


def indicator_statement_anchor(plan: Plan | str, statement: Target | Observation) -> str:
    """A target's or observation's anchor on its indicator's page: ``<plan>--<eid>``."""
    return f"{_id(plan)}--{statement.eid}"


def indicator_path(indicator: Indicator | str) -> str:
    return f"indicators/{_id(indicator)}.md"


def department_path(department: Department | str) -> str:
    return f"departments/{_id(department)}.md"


def collective_path(collective: Collective | str) -> str:
    """A collective's page (各成员单位): ``collectives/<collective>.md``."""
    return f"collectives/{_id(collective)}.md"


def json_path(page: str) -> str:
    """The JSON beside an entity's page, same name: ``indicators/<id>.json``,
    ``departments/<id>.json``, ``collectives/<id>.json``, ``plans/<plan>/index.json``."""
    return page.removesuffix(".md") + ".json"


def region_path(region: Region | str) -> str:
    return f"regions/{_id(region)}.md"


def theme_path(theme: Theme | str) -> str:
    return f"themes/{_id(theme)}.md"


def compare_path(a: Plan | str, b: Plan | str) -> str:
    """The comparison of two plans: ``compare/<a>--<b>.md``."""
    return f"compare/{_id(a)}--{_id(b)}.md"


@functools.lru_cache(maxsize=65536)
def href(from_page: str, to: str) -> str:
    """``to`` (a docs-relative path, optionally with ``#anchor``) as seen from ``from_page``."""
    path, _, anchor = to.partition("#")
    if path == from_page:
        return f"#{anchor}" if anchor else posixpath.basename(path)
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return f"{rel}#{anchor}" if anchor else rel


@functools.lru_cache(maxsize=65536)
def html_href(from_page: str, to: str) -> str:
    """``href`` for a raw-HTML link: mkdocs rewrites ``.md`` links only in Markdown
    syntax, so an ``<a href>`` must point at the built ``.html`` file."""
    path, _, anchor = href(from_page, to).partition("#")
    if path.endswith(".md"):
        path = path[: -len(".md")] + ".html"
    return f"{path}#{anchor}" if anchor else (path or f"#{anchor}")


def _id(record: Plan | Indicator | Department | Collective | Region | Theme | str) -> str:
    return record if isinstance(record, str) else record.id
