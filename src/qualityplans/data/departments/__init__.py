"""Departments of every jurisdiction, one module per jurisdiction."""

from qualityplans.data.departments import suzhou, xiangcheng, yancheng
from qualityplans.model import Department, LineageEvent

DEPARTMENTS: tuple[Department, ...] = (
    *suzhou.DEPARTMENTS,
    *xiangcheng.DEPARTMENTS,
    *yancheng.DEPARTMENTS,
)
LINEAGE: tuple[LineageEvent, ...] = (*suzhou.LINEAGE, *xiangcheng.LINEAGE, *yancheng.LINEAGE)
