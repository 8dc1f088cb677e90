"""qualityplans: Chinese municipal quality-development plans as exact, typed data.

>>> import qualityplans
>>> plan = qualityplans.get_plan("苏府[2016]63号")
>>> plan.measures[13].title_zh
'加强工程质量安全监管'

Everything here is imported lazily, so ``import qualityplans`` is cheap and
the data modules load on the first lookup. The public names are listed once,
in ``_HOMES`` (name -> defining module); ``__all__`` is made from it, and a
test proves the type-checking imports below say the same.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qualityplans.catalog import Catalog as Catalog
    from qualityplans.catalog import DataConflictError as DataConflictError
    from qualityplans.catalog import DataLoadError as DataLoadError
    from qualityplans.catalog import collectives as collectives
    from qualityplans.catalog import dataset as dataset
    from qualityplans.catalog import dataset_version as dataset_version
    from qualityplans.catalog import default_catalog as default_catalog
    from qualityplans.catalog import departments as departments
    from qualityplans.catalog import get_collective as get_collective
    from qualityplans.catalog import get_department as get_department
    from qualityplans.catalog import get_indicator as get_indicator
    from qualityplans.catalog import get_plan as get_plan
    from qualityplans.catalog import get_region as get_region
    from qualityplans.catalog import get_theme as get_theme
    from qualityplans.catalog import indicators as indicators
    from qualityplans.catalog import lineage as lineage
    from qualityplans.catalog import plans as plans
    from qualityplans.catalog import read_source as read_source
    from qualityplans.catalog import regions as regions
    from qualityplans.catalog import themes as themes
    from qualityplans.catalog import use_catalog as use_catalog
    from qualityplans.compare.diff import PlanDiff as PlanDiff
    from qualityplans.compare.diff import diff as diff
    from qualityplans.compare.discrepancies import DiscrepancyReport as DiscrepancyReport
    from qualityplans.compare.discrepancies import discrepancies as discrepancies
    from qualityplans.compare.discrepancies import found_discrepancies as found_discrepancies
    from qualityplans.compare.matrix import Matrix as Matrix
    from qualityplans.compare.matrix import matrix as matrix
    from qualityplans.compare.outcomes import Outcome as Outcome
    from qualityplans.compare.outcomes import Status as Status
    from qualityplans.compare.outcomes import outcomes as outcomes
    from qualityplans.errors import AmbiguousLookupError as AmbiguousLookupError
    from qualityplans.errors import CollectiveNotFoundError as CollectiveNotFoundError
    from qualityplans.errors import DepartmentNotFoundError as DepartmentNotFoundError
    from qualityplans.errors import IndicatorNotFoundError as IndicatorNotFoundError
    from qualityplans.errors import NotFoundError as NotFoundError
    from qualityplans.errors import PlanNotFoundError as PlanNotFoundError
    from qualityplans.errors import RegionNotFoundError as RegionNotFoundError
    from qualityplans.errors import ThemeNotFoundError as ThemeNotFoundError
    from qualityplans.export import load_json as load_json
    from qualityplans.export import write_csv as write_csv
    from qualityplans.export import write_datapackage as write_datapackage
    from qualityplans.export import write_json as write_json
    from qualityplans.export import write_sqlite as write_sqlite
    from qualityplans.model import Better as Better
    from qualityplans.model import Box as Box
    from qualityplans.model import Collective as Collective
    from qualityplans.model import Commitment as Commitment
    from qualityplans.model import Comparator as Comparator
    from qualityplans.model import Dataset as Dataset
    from qualityplans.model import Department as Department
    from qualityplans.model import DocNumber as DocNumber
    from qualityplans.model import Indicator as Indicator
    from qualityplans.model import LedgerEntry as LedgerEntry
    from qualityplans.model import Measure as Measure
    from qualityplans.model import Observation as Observation
    from qualityplans.model import Plan as Plan
    from qualityplans.model import Quantity as Quantity
    from qualityplans.model import Region as Region
    from qualityplans.model import Responsibility as Responsibility
    from qualityplans.model import Results as Results
    from qualityplans.model import Role as Role
    from qualityplans.model import Section as Section
    from qualityplans.model import Target as Target
    from qualityplans.model import Theme as Theme
    from qualityplans.model import Unit as Unit
    from qualityplans.model import ValueKind as ValueKind
    from qualityplans.model.wording import Said as Said
    from qualityplans.model.wording import say as say
    from qualityplans.query.filters import Found as Found
    from qualityplans.query.filters import FoundMeasure as FoundMeasure
    from qualityplans.query.filters import measures as measures
    from qualityplans.query.filters import observations as observations
    from qualityplans.query.filters import targets as targets
    from qualityplans.query.history import HistoryEntry as HistoryEntry
    from qualityplans.query.history import history as history
    from qualityplans.query.history import related_indicators as related_indicators
    from qualityplans.query.reform import line_of as line_of
    from qualityplans.query.reform import predecessors as predecessors
    from qualityplans.query.reform import successors as successors
    from qualityplans.query.responsibilities import Assignment as Assignment
    from qualityplans.query.responsibilities import responsibilities as responsibilities
    from qualityplans.query.roles import DepartmentRoles as DepartmentRoles
    from qualityplans.query.roles import department_roles as department_roles
    from qualityplans.query.search import Hit as Hit
    from qualityplans.query.search import search as search
    from qualityplans.rows import records as records
    from qualityplans.serialize import from_dict as from_dict
    from qualityplans.serialize import from_json as from_json
    from qualityplans.serialize import to_dict as to_dict
    from qualityplans.serialize import to_json as to_json
    from qualityplans.validate import Problem as Problem
    from qualityplans.validate import Severity as Severity
    from qualityplans.validate import validate as validate
    from qualityplans.version import __version__ as __version__

# Which module defines each public name: the one list of the public API.
_HOMES = {
    "catalog": (
        "Catalog DataConflictError DataLoadError collectives dataset dataset_version "
        "default_catalog departments get_collective get_department get_indicator "
        "get_plan get_region get_theme indicators lineage plans read_source regions "
        "themes use_catalog"
    ),
    "compare.diff": "PlanDiff diff",
    "compare.discrepancies": "DiscrepancyReport discrepancies found_discrepancies",
    "compare.matrix": "Matrix matrix",
    "compare.outcomes": "Outcome Status outcomes",
    "errors": (
        "AmbiguousLookupError CollectiveNotFoundError DepartmentNotFoundError "
        "IndicatorNotFoundError NotFoundError PlanNotFoundError RegionNotFoundError "
        "ThemeNotFoundError"
    ),
    "export": "load_json write_csv write_datapackage write_json write_sqlite",
    "model": (
        "Better Box Collective Commitment Comparator Dataset Department DocNumber "
        "Indicator LedgerEntry Measure Observation Plan Quantity Region Responsibility "
        "Results Role Section Target Theme Unit ValueKind"
    ),
    "model.wording": "Said say",
    "query.filters": "Found FoundMeasure measures observations targets",
    "query.history": "HistoryEntry history related_indicators",
    "query.reform": "line_of predecessors successors",
    "query.responsibilities": "Assignment responsibilities",
    "query.roles": "DepartmentRoles department_roles",
    "query.search": "Hit search",
    "rows": "records",
    "serialize": "from_dict from_json to_dict to_json",
    "validate": "Problem Severity validate",
    "version": "__version__",
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names.split()}

__all__ = sorted(_MODULE_OF)  # made from the one list above


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'qualityplans' has no attribute {name!r}")
    value = getattr(import_module(f"qualityplans.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
