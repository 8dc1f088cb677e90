"""``matrix().to_csv()`` of every plan and indicator: best of 5 after a first call.

Run: ``python scripts/bench_programs/matrix_csv.py``.
"""

from __future__ import annotations

import time

from shared import done, since

import qualityplans
from qualityplans import matrix

qualityplans.dataset()
matrix()
times = []
for _ in range(5):
    t = time.perf_counter()
    matrix().to_csv()
    times.append(since(t))
done(ms=min(times))
