"""The plan page (``site.plan.plan_page``) of every synthetic plan, per page.

Run: ``python scripts/bench_programs/plan_pages.py``.
"""

from __future__ import annotations

import time

from shared import done, since

import qualityplans
from qualityplans.site.plan import plan_page

ps = [p for p in qualityplans.plans() if p.id.startswith("synth-")]
t = time.perf_counter()
n = sum(1 for p in ps if plan_page(p))
ms = since(t)
done(ms=ms, pages=n, per_page=ms / n)
