"""The catalog: plans and catalog records from data roots, looked up by any name.

``Catalog`` is the object (pycountry's ``Database`` idea); the functions here
(``get_plan``, ``plans``, ``dataset`` …) are thin wrappers over the default
catalog, the shipped data plus ``QUALITYPLANS_EXTRA_DATA``'s folders.
"""

from __future__ import annotations

from qualityplans.catalog.catalog import Catalog as Catalog
from qualityplans.catalog.catalog import normalize as normalize
from qualityplans.catalog.default import collectives as collectives
from qualityplans.catalog.default import dataset as dataset
from qualityplans.catalog.default import dataset_version as dataset_version
from qualityplans.catalog.default import default_catalog as default_catalog
from qualityplans.catalog.default import departments as departments
from qualityplans.catalog.default import get_collective as get_collective
from qualityplans.catalog.default import get_department as get_department
from qualityplans.catalog.default import get_indicator as get_indicator
from qualityplans.catalog.default import get_plan as get_plan
from qualityplans.catalog.default import get_region as get_region
from qualityplans.catalog.default import get_theme as get_theme
from qualityplans.catalog.default import indicators as indicators
from qualityplans.catalog.default import lineage as lineage
from qualityplans.catalog.default import plans as plans
from qualityplans.catalog.default import read_source as read_source
from qualityplans.catalog.default import regions as regions
from qualityplans.catalog.default import reset_default_catalog as reset_default_catalog
from qualityplans.catalog.default import themes as themes
from qualityplans.catalog.default import use_catalog as use_catalog
from qualityplans.catalog.roots import DataConflictError as DataConflictError
from qualityplans.catalog.roots import DataLoadError as DataLoadError

__all__ = [
    "Catalog",
    "DataConflictError",
    "DataLoadError",
    "collectives",
    "dataset",
    "dataset_version",
    "default_catalog",
    "departments",
    "get_collective",
    "get_department",
    "get_indicator",
    "get_plan",
    "get_region",
    "get_theme",
    "indicators",
    "lineage",
    "normalize",
    "plans",
    "read_source",
    "regions",
    "reset_default_catalog",
    "themes",
    "use_catalog",
]
