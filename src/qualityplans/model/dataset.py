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

    plans: tuple[Plan, ...]
    departments: tuple[Department, ...]
    lineage: tuple[LineageEvent, ...]
    regions: tuple[Region, ...]
    indicators: tuple[Indicator, ...]
    themes: tuple[Theme, ...]
    collectives: tuple[Collective, ...]

    def __repr__(self) -> str:
        return (
            f"<Dataset {len(self.plans)} plans, {len(self.indicators)} indicators, "
            f"{len(self.departments)} departments>"
        )
