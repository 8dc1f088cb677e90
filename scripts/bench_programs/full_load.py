"""``dataset()`` of the synthetic plans, per plan. The shipped plans and the catalogs, a
fixed cost, are loaded first (and timed as ``fixed_ms``).

Run: ``python scripts/bench_programs/full_load.py``.
"""

from __future__ import annotations

import time

from shared import done, since

import qualityplans
from qualityplans.catalog import default_catalog

catalog = default_catalog()
t = time.perf_counter()
catalog.records()
shipped = [catalog.load_entry(e) for e in catalog.entries() if not e.id.startswith("synth-")]
fixed = since(t)
t = time.perf_counter()
d = qualityplans.dataset()
ms = since(t)
extra = len(d.plans) - len(shipped)
done(ms=ms, per_plan=ms / extra, plans=len(d.plans), fixed_ms=fixed)
