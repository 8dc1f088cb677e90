"""The first ``get_plan(--key)`` after ``import qualityplans``: the plan's module is loaded
and compiled on demand, the other plans left alone.

Run: ``python scripts/bench_programs/first_get_plan.py --key synth-0-0001``.
"""

from __future__ import annotations

import time

from shared import done, options, since

import qualityplans

key = options("key")["key"]
t = time.perf_counter()
qualityplans.get_plan(key)
done(ms=since(t))
