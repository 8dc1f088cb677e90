"""Shared fixtures: the curated dataset and helpers to break it on purpose.

Hypothesis profiles. ``ci`` is the default (and what CI runs): derandomized, so
every run tries the same examples and a failure reproduces, with no deadline
and no example database; each property test runs the number of examples it
names (``examples(n)``). ``fuzz`` is for hunting locally: random, and each test
runs ``FUZZ_FACTOR`` times as many examples, remembering failures in
``.hypothesis/``::

    HYPOTHESIS_PROFILE=fuzz pytest -q tests/test_fuzz.py tests/test_properties.py
"""

from __future__ import annotations

import os
from collections.abc import Callable

import attrs
import pytest
from hypothesis import settings

from qualityplans.catalog import dataset, default_catalog, get_plan
from qualityplans.model import Dataset, Item, Observation, Plan, Section, Target

CI_EXAMPLES = 100  # the ci profile's max_examples: examples(n) gives n under it
FUZZ_FACTOR = 20
settings.register_profile(
    "ci", max_examples=CI_EXAMPLES, derandomize=True, deadline=None, database=None
)
settings.register_profile("fuzz", max_examples=CI_EXAMPLES * FUZZ_FACTOR, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "ci")


def examples(n: int) -> int:
    """``n`` examples under the ci profile, proportionally more under fuzz."""
    return max(1, n * settings.default.max_examples // CI_EXAMPLES)


@pytest.fixture(scope="session", autouse=True)
def _files_named_from_the_root() -> None:
    """Build the default catalog before any test runs: it names files relative to the
    folder it is built in (src/qualityplans/data/…), whatever a test later chdirs to."""
    default_catalog()


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


def _only(
    found: list[Target] | list[Observation], what: str, quote_part: str, indicator: str | None
) -> Target | Observation:
    matches = [s for s in found if quote_part in s.quote and indicator in (None, s.indicator)]
    about = f" for {indicator}" if indicator else ""
    assert len(matches) == 1, (
        f"expected one {what} quoting {quote_part!r}{about}, found {len(matches)}"
    )
    return matches[0]


def the_target(plan: Plan, quote_part: str, indicator: str | None = None) -> Target:
    """The one target of ``plan`` whose quote contains ``quote_part`` (and measures ``indicator``)."""
    found = _only(list(plan.targets), "target", quote_part, indicator)
    assert isinstance(found, Target)
    return found


def the_observation(plan: Plan, quote_part: str, indicator: str | None = None) -> Observation:
    """The one observation of ``plan`` whose quote contains ``quote_part``."""
    found = _only(list(plan.observations), "observation", quote_part, indicator)
    assert isinstance(found, Observation)
    return found


def unlabelled(page: str) -> str:
    """``page`` with the phone cards' column labels (``<td data-label="…">``) taken out,
    for tests that read a table's cells as ``<td>…</td>``; the labels themselves are
    tested in tests/test_site_entities.py."""
    import re

    return re.sub(r'<td data-label="[^"]*">', "<td>", page)
