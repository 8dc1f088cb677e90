"""Exact lookups by id, in µs each (best of 5 × 2000 calls after a first call), beside a
plain dict lookup of the same plan for scale.

Run: ``python scripts/bench_programs/lookups.py --key synth-0-0001``.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable

from shared import done, options

from qualityplans import catalog

key = options("key")["key"]
d = catalog.dataset()
dept, ind = d.departments[0].id, d.indicators[0].id
calls: dict[str, Callable[[], object]] = {
    "get_plan": lambda: catalog.get_plan(key),
    "get_department": lambda: catalog.get_department(dept),
    "get_indicator": lambda: catalog.get_indicator(ind),
}
table = {key: d.plans[0]}


def best_us(fn: Callable[[], object]) -> float:
    fn()
    return min(timeit.repeat(fn, number=2000, repeat=5)) / 2000 * 1e6


out = {name: best_us(fn) for name, fn in calls.items()}
out["dict"] = best_us(lambda: table[key])
done(ms=0.0, **out)
