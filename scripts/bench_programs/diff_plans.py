"""``diff()`` of the two largest shipped plans: best of 5 after a first call.

Run: ``python scripts/bench_programs/diff_plans.py``.
"""

from __future__ import annotations

import time

from shared import done, since

import qualityplans
from qualityplans import diff

shipped = [p for p in qualityplans.plans() if not p.id.startswith("synth-")]
a, b = sorted(shipped, key=lambda p: len(tuple(p.walk())))[-2:]
diff(a, b)
times = []
for _ in range(5):
    t = time.perf_counter()
    diff(a, b)
    times.append(since(t))
done(ms=min(times))
