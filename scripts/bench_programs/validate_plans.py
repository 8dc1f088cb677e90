"""``validate()`` of the synthetic plans, per plan, less the fixed cost of the catalog
checks (``validate`` of no plans, timed after a first call that imports and compiles
what validate needs).

Run: ``python scripts/bench_programs/validate_plans.py``.
"""

from __future__ import annotations

import time

import attrs
from shared import done, since

import qualityplans

d = qualityplans.dataset()
extra = attrs.evolve(d, plans=tuple(p for p in d.plans if p.id.startswith("synth-")))
empty = attrs.evolve(d, plans=())
qualityplans.validate(empty)  # the first call imports and compiles what validate needs
t = time.perf_counter()
qualityplans.validate(empty)
fixed = since(t)
t = time.perf_counter()
problems = qualityplans.validate(extra)
ms = since(t)
if problems:
    raise SystemExit(f"validate found problems in the synthetic plans: {problems[:3]}")
done(ms=ms, per_plan=(ms - fixed) / len(extra.plans), plans=len(d.plans))
