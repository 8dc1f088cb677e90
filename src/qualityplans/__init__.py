"""qualityplans: Chinese municipal quality-development plans as exact, typed data.

>>> import qualityplans
>>> plan = qualityplans.get_plan("苏府[2016]63号")
>>> plan.measures[13].title_zh
'加强工程质量安全监管'

Everything here is imported lazily, so ``import qualityplans`` is cheap and
the data modules load on the first lookup.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qualityplans.catalog import (
        dataset,
        departments,
        get_department,
        get_indicator,
        get_plan,
        get_region,
        get_theme,
        indicators,
        lineage,
        plans,
        regions,
        themes,
    )
    from qualityplans.errors import (
        AmbiguousLookupError,
        DepartmentNotFoundError,
        IndicatorNotFoundError,
        NotFoundError,
        PlanNotFoundError,
        RegionNotFoundError,
        ThemeNotFoundError,
    )
    from qualityplans.export import load_json, write_csv, write_json
    from qualityplans.history import HistoryEntry, history, related_indicators
    from qualityplans.model import (
        Box,
        Commitment,
        Comparator,
        Dataset,
        Department,
        DocNumber,
        Indicator,
        LedgerEntry,
        Measure,
        Observation,
        Plan,
        Quantity,
        Region,
        Responsibility,
        Role,
        Section,
        Target,
        Theme,
        Unit,
        ValueKind,
    )
    from qualityplans.serialize import from_dict, from_json, to_dict, to_json
    from qualityplans.sources import read_source
    from qualityplans.validate import Problem, Severity, validate
    from qualityplans.version import __version__, dataset_version

__all__ = [
    "AmbiguousLookupError",
    "Box",
    "Commitment",
    "Comparator",
    "Dataset",
    "Department",
    "DepartmentNotFoundError",
    "DocNumber",
    "HistoryEntry",
    "Indicator",
    "IndicatorNotFoundError",
    "LedgerEntry",
    "Measure",
    "NotFoundError",
    "Observation",
    "Plan",
    "PlanNotFoundError",
    "Problem",
    "Quantity",
    "Region",
    "RegionNotFoundError",
    "Responsibility",
    "Role",
    "Section",
    "Severity",
    "Target",
    "Theme",
    "ThemeNotFoundError",
    "Unit",
    "ValueKind",
    "__version__",
    "dataset",
    "dataset_version",
    "departments",
    "from_dict",
    "from_json",
    "get_department",
    "get_indicator",
    "get_plan",
    "get_region",
    "get_theme",
    "history",
    "indicators",
    "lineage",
    "load_json",
    "plans",
    "read_source",
    "regions",
    "related_indicators",
    "themes",
    "to_dict",
    "to_json",
    "validate",
    "write_csv",
    "write_json",
]

# Which module defines each public name.
_HOMES = {
    "catalog": (
        "dataset departments get_department get_indicator get_plan get_region get_theme "
        "indicators lineage plans regions themes"
    ),
    "errors": (
        "AmbiguousLookupError DepartmentNotFoundError IndicatorNotFoundError NotFoundError "
        "PlanNotFoundError RegionNotFoundError ThemeNotFoundError"
    ),
    "export": "load_json write_csv write_json",
    "history": "HistoryEntry history related_indicators",
    "model": (
        "Box Commitment Comparator Dataset Department DocNumber Indicator LedgerEntry Measure "
        "Observation Plan Quantity Region Responsibility Role Section Target Theme Unit ValueKind"
    ),
    "serialize": "from_dict from_json to_dict to_json",
    "sources": "read_source",
    "validate": "Problem Severity validate",
    "version": "__version__ dataset_version",
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names.split()}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'qualityplans' has no attribute {name!r}")
    value = getattr(import_module(f"qualityplans.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
