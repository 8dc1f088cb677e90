"""Everything the project curates, as one value."""

from __future__ import annotations

from attrs import frozen

from qualityplans.model.plan import Plan
from qualityplans.model.records import (
    Collective,
    Department,
    Indicator,
    LineageEvent,
    Region,
    Theme,
)

__all__ = ["Dataset"]


@frozen
class Dataset:
    """Everything the project curates, as one value (what ``export`` writes)."""

    plans: tuple[Plan, ...]  # every plan
    departments: tuple[Department, ...]  # every department
    lineage: tuple[LineageEvent, ...]  # reform events between departments
    regions: tuple[Region, ...]  # every region
    indicators: tuple[Indicator, ...]  # every indicator
    themes: tuple[Theme, ...]  # every theme
    collectives: tuple[Collective, ...]  # every collective

    def __repr__(self) -> str:
        return (
            f"<Dataset {len(self.plans)} plans, {len(self.indicators)} indicators, "
            f"{len(self.departments)} departments>"
        )
