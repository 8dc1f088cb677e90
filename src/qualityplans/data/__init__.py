"""The curated dataset: plans, departments, regions, indicators, themes, collectives.

Importing this package loads every plan module. Add a plan by adding its module
to ``PLAN_MODULES`` (in chronological order of the documents) and its
transcription to ``sources/``.
"""

from importlib import import_module

from qualityplans.data.collectives import COLLECTIVES
from qualityplans.data.departments import DEPARTMENTS, LINEAGE
from qualityplans.data.indicators import INDICATORS
from qualityplans.data.regions import REGIONS
from qualityplans.data.themes import THEMES
from qualityplans.model import Plan

PLAN_MODULES: tuple[str, ...] = (
    "suzhou_2016",
    "xiangcheng_2017",
    "yancheng_2017_2018",
    "suzhou_14fyp",
    "pinzhi_suzhou_2025",
)

PLANS: tuple[Plan, ...] = tuple(
    import_module(f"qualityplans.data.plans.{name}").PLAN for name in PLAN_MODULES
)

__all__ = ["COLLECTIVES", "DEPARTMENTS", "INDICATORS", "LINEAGE", "PLANS", "REGIONS", "THEMES"]
