"""Departments of every jurisdiction, one module per jurisdiction."""

from qualityplans.data.departments import suzhou, xiangcheng
from qualityplans.model import Department, LineageEvent

DEPARTMENTS: tuple[Department, ...] = (*suzhou.DEPARTMENTS, *xiangcheng.DEPARTMENTS)
LINEAGE: tuple[LineageEvent, ...] = (*suzhou.LINEAGE, *xiangcheng.LINEAGE)
