"""Every page of ``qualityplans.site.pages()`` rendered, per page, the data loaded first.

Run: ``python scripts/bench_programs/site_pages.py``.
"""

from __future__ import annotations

import time

from shared import done, since

import qualityplans
from qualityplans.site import pages

qualityplans.dataset()
t = time.perf_counter()
n = sum(1 for _ in pages())
ms = since(t)
done(ms=ms, pages=n, per_page=ms / n if n else 0.0)
