"""Shared fixtures: the curated dataset and helpers to break it on purpose."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

from qualityplans.catalog import dataset, get_plan
from qualityplans.model import Dataset, Item, Plan, Section


@pytest.fixture(scope="session")
def data() -> Dataset:
    return dataset()


@pytest.fixture(scope="session")
def suzhou_2016() -> Plan:
    return get_plan("suzhou-2016")


def replace_item(plan: Plan, eid: str, change: Callable[[Item], Item]) -> Plan:
    """A copy of ``plan`` with the item ``eid`` replaced by ``change(item)``."""

    def visit(items: tuple[Item, ...]) -> tuple[Item, ...]:
        out = []
        for item in items:
            if item.eid == eid:
                item = change(item)
            elif isinstance(item, Section):
                item = attrs.evolve(item, items=visit(item.items))
            out.append(item)
        return tuple(out)

    return attrs.evolve(plan, body=visit(plan.body))


def with_plan(data: Dataset, plan: Plan) -> Dataset:
    """``data`` with the plan of the same id replaced by ``plan``."""
    return attrs.evolve(data, plans=tuple(plan if p.id == plan.id else p for p in data.plans))
