"""Build the site into a folder, optionally from a hostile copy of the dataset.

    python tests/site/build.py SITE_DIR [--hostile]

Runs the build in this process (the mkdocs core's Python API, as the CLI would),
so ``--hostile`` can build from a hostile catalog: a Catalog made from the real
data whose every text field, and every transcription, holds script tags, event
handlers, ``javascript:`` links, Markdown control characters and template syntax.
The build uses it as the default catalog (``use_catalog``), so plans, their text
and quotes are hostile exactly as a contributor's data would be. Used by the site
tests through a subprocess.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent.parent

PAYLOAD = (
    '<script>alert(1)</script>"><img src=x onerror=alert(1)> '
    '[x](javascript:alert(1)) <a href="javascript:alert(1)">y</a> | * _ `tick` '
    "{{ 7*7 }} {% raw %} "
)

# Fields that refer to other records (ids), not text shown to a reader.
REFERENCES = frozenset(
    {
        "id",
        "eid",
        "region",
        "issuer",
        "indicator",
        "department",
        "collective",
        "file",
        "sha256",
        "plan",
        "first",
        "second",
        "parent",
        "code",
        "themes",
        "related",
        "sources",
        "successors",
    }
)


def hostile(value: Any, name: str = "") -> Any:
    """``value`` with every text field (not ids) replaced by the payload, recursively."""
    if name in REFERENCES or isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return PAYLOAD + value
    if isinstance(value, tuple):
        return tuple(hostile(v, name) for v in value)
    if attrs.has(type(value)) and type(value).__name__ not in {"DocNumber", "PartialDate"}:
        changes = {
            a.name: hostile(getattr(value, a.name), a.name)
            for a in attrs.fields(type(value))
            if a.init
        }
        return attrs.evolve(value, **changes)
    return value


def hostile_catalog() -> Any:
    """A catalog of the real data with every text field and transcription made hostile."""
    from qualityplans.catalog import Catalog

    real = Catalog.shipped()
    data = hostile(real.dataset)
    texts = {p.source.file: PAYLOAD + "\n" + real.source(p) for p in real.plans()}
    return Catalog.of(data, texts)


def build(site_dir: Path) -> None:
    import logging

    from mkdocs.commands.build import build as run_build
    from mkdocs.config import load_config

    # What the mkdocs CLI would print: warnings and errors, one line each.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    os.chdir(ROOT)
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        run_build(config)
    finally:
        config.plugins.on_shutdown()


if __name__ == "__main__":
    if "--hostile" in sys.argv:
        from qualityplans.catalog import use_catalog

        with use_catalog(hostile_catalog()):
            build(Path(sys.argv[1]))
    else:
        build(Path(sys.argv[1]))
