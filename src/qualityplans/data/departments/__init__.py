"""Departments of every jurisdiction, one module per jurisdiction."""

from qualityplans.data.departments import suzhou, yancheng
from qualityplans.model import Department, LineageEvent

DEPARTMENTS: tuple[Department, ...] = (*suzhou.DEPARTMENTS, *yancheng.DEPARTMENTS)
LINEAGE: tuple[LineageEvent, ...] = (*suzhou.LINEAGE, *yancheng.LINEAGE)
