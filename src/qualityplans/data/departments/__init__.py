"""Departments of every jurisdiction, one module per jurisdiction.

Each module of this package defines ``DEPARTMENTS`` (and ``LINEAGE``, its
reform events) and is named for the prefix of its department ids:
``suzhou.py`` holds ``suzhou.market-regulation``. The modules are found here,
in the order of their names, so a new jurisdiction is one new file and needs
no registration.
"""

import pkgutil
from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

from qualityplans.model import Department, LineageEvent


def _modules() -> Iterator[ModuleType]:
    for found in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not found.name.startswith("_"):
            yield import_module(f"{__name__}.{found.name}")


_MODULES = tuple(_modules())

DEPARTMENTS: tuple[Department, ...] = tuple(
    d for module in _MODULES for d in getattr(module, "DEPARTMENTS", ())
)
LINEAGE: tuple[LineageEvent, ...] = tuple(
    e for module in _MODULES for e in getattr(module, "LINEAGE", ())
)
