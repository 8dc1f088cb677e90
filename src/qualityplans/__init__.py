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
    from qualityplans.compare.diff import PlanDiff, diff
    from qualityplans.compare.discrepancies import (
        DiscrepancyReport,
        discrepancies,
        found_discrepancies,
    )
    from qualityplans.compare.matrix import Matrix, matrix
    from qualityplans.compare.outcomes import Outcome, Status, outcomes
    from qualityplans.errors import (
        AmbiguousLookupError,
        DepartmentNotFoundError,
        IndicatorNotFoundError,
        NotFoundError,
        PlanNotFoundError,
        RegionNotFoundError,
        ThemeNotFoundError,
    )
    from qualityplans.export import load_json, records, write_csv, write_json
    from qualityplans.history import HistoryEntry, history, related_indicators
    from qualityplans.model import (
        Better,
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
    from qualityplans.query.filters import Found, FoundMeasure, measures, observations, targets
    from qualityplans.query.responsibilities import Assignment, responsibilities
    from qualityplans.query.search import Hit, search
    from qualityplans.reform import line_of, predecessors, successors
    from qualityplans.reprs import Results
    from qualityplans.serialize import from_dict, from_json, to_dict, to_json
    from qualityplans.sources import read_source
    from qualityplans.validate import Problem, Severity, validate
    from qualityplans.version import __version__, dataset_version

__all__ = [
    "AmbiguousLookupError",
    "Assignment",
    "Better",
    "Box",
    "Commitment",
    "Comparator",
    "Dataset",
    "Department",
    "DepartmentNotFoundError",
    "DiscrepancyReport",
    "DocNumber",
    "Found",
    "FoundMeasure",
    "HistoryEntry",
    "Hit",
    "Indicator",
    "IndicatorNotFoundError",
    "LedgerEntry",
    "Matrix",
    "Measure",
    "NotFoundError",
    "Observation",
    "Outcome",
    "Plan",
    "PlanDiff",
    "PlanNotFoundError",
    "Problem",
    "Quantity",
    "Region",
    "RegionNotFoundError",
    "Responsibility",
    "Results",
    "Role",
    "Section",
    "Severity",
    "Status",
    "Target",
    "Theme",
    "ThemeNotFoundError",
    "Unit",
    "ValueKind",
    "__version__",
    "dataset",
    "dataset_version",
    "departments",
    "diff",
    "discrepancies",
    "found_discrepancies",
    "from_dict",
    "from_json",
    "get_department",
    "get_indicator",
    "get_plan",
    "get_region",
    "get_theme",
    "history",
    "indicators",
    "line_of",
    "lineage",
    "load_json",
    "matrix",
    "measures",
    "observations",
    "outcomes",
    "plans",
    "predecessors",
    "read_source",
    "records",
    "regions",
    "related_indicators",
    "responsibilities",
    "search",
    "successors",
    "targets",
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
    "compare.diff": "PlanDiff diff",
    "compare.discrepancies": "DiscrepancyReport discrepancies found_discrepancies",
    "compare.matrix": "Matrix matrix",
    "compare.outcomes": "Outcome Status outcomes",
    "errors": (
        "AmbiguousLookupError DepartmentNotFoundError IndicatorNotFoundError NotFoundError "
        "PlanNotFoundError RegionNotFoundError ThemeNotFoundError"
    ),
    "export": "load_json records write_csv write_json",
    "history": "HistoryEntry history related_indicators",
    "model": (
        "Box Commitment Comparator Dataset Department DocNumber Indicator LedgerEntry Measure "
        "Observation Plan Quantity Region Responsibility Role Section Target Theme Unit ValueKind "
        "Better"
    ),
    "query.filters": "Found FoundMeasure measures observations targets",
    "query.responsibilities": "Assignment responsibilities",
    "query.search": "Hit search",
    "reform": "line_of predecessors successors",
    "reprs": "Results",
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
