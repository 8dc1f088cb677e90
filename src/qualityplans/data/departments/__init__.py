"""Departments of every jurisdiction, one module per jurisdiction."""

from qualityplans.data.departments import suzhou
from qualityplans.model import Department, LineageEvent

DEPARTMENTS: tuple[Department, ...] = (*suzhou.DEPARTMENTS,)
LINEAGE: tuple[LineageEvent, ...] = (*suzhou.LINEAGE,)
