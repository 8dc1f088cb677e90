"""The curated dataset: plans, departments, regions, indicators, themes, collectives.

Importing this package executes nothing else: each catalog (``DEPARTMENTS``,
``INDICATORS`` …) is imported on first access, and ``PLANS`` imports every plan
module. A single plan is loaded through ``qualityplans.planindex`` instead.
Add a plan by adding its module to ``PLAN_MODULES`` (in chronological order of
the documents) and its transcription to ``sources/``, then regenerate the plan
index with ``python -m qualityplans.planindex``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

PLAN_MODULES: tuple[str, ...] = (
    "suzhou_2016",
    "xiangcheng_2017",
    "yancheng_2017_2018",
    "suzhou_14fyp",
    "pinzhi_suzhou_2025",
)

# Each catalog name, and the module under this package that defines it.
_CATALOGS = {
    "COLLECTIVES": "collectives",
    "DEPARTMENTS": "departments",
    "INDICATORS": "indicators",
    "LINEAGE": "departments",
    "REGIONS": "regions",
    "THEMES": "themes",
}

__all__ = [
    "COLLECTIVES",
    "DEPARTMENTS",
    "INDICATORS",
    "LINEAGE",
    "PLANS",
    "PLAN_MODULES",
    "REGIONS",
    "THEMES",
]


def __getattr__(name: str) -> Any:
    """Import a catalog, or every indexed plan, on first access (PEP 562)."""
    if name == "PLANS":
        from qualityplans.planindex import entries, load

        value: Any = tuple(load(e) for e in entries())
    elif name in _CATALOGS:
        value = getattr(import_module(f"{__name__}.{_CATALOGS[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
