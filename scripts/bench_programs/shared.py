"""What every bench program shares: its options, the clock, peak memory, the one JSON line.

A bench program is run by ``scripts/bench.py`` in a fresh interpreter, as
``python scripts/bench_programs/<name>.py [--option value ...]``, and prints one JSON
object on its last line: ``peak_mib`` and the figures it measured. This module imports
exactly what the programs' common prelude imported when they were strings run with
``python -c`` (json, resource, statistics, sys, time), so every timer starts with the
same modules loaded as before and the figures stay comparable with docs/performance.md.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: the timers start with the old prelude's modules
    from pathlib import Path


def since(start: float) -> float:
    """Milliseconds since ``start``, a reading of ``time.perf_counter()``."""
    return (time.perf_counter() - start) * 1000


def median(values: list[float]) -> float:
    return statistics.median(values)


def options(*names: str) -> dict[str, str]:
    """The ``--name value`` pairs of the command line, every one of ``names`` given once;
    anything else stops the program with a one-line usage message (exit 1)."""
    values: dict[str, str] = {}
    args = sys.argv[1:]
    while len(args) >= 2 and args[0].startswith("--") and args[0][2:] in names:
        values[args[0][2:]], args = args[1], args[2:]
    if args or set(values) != set(names):
        sys.exit(f"usage: {sys.argv[0]} {' '.join(f'--{n} VALUE' for n in names)}".rstrip())
    return values


def peak_mib() -> float:
    """The peak resident memory of this process so far, in MiB (Linux: ru_maxrss is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def done(**values: float) -> None:
    """Print the one JSON line bench.py reads: the peak memory and ``values``."""
    print(json.dumps({"peak_mib": peak_mib(), **values}))


def first_result_ms(chromium: str, site: Path, query: str = "合格率") -> tuple[float, int]:
    """In headless ``chromium``: from the home page's load event to the first search result
    for ``query`` typed at once, on ``site`` served over local HTTP; and the bytes fetched
    from site/pagefind/ (as stored: compressed) for it.

    Pagefind (docs/hooks.py) fetches its entry, the index chunks and the fragments the
    query needs from site/pagefind/. Imports stay inside: only the site build needs them.
    """
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from playwright.sync_api import Request, sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=chromium, args=["--no-sandbox", "--disable-gpu"], headless=True
            )
            page = browser.new_page()
            fetched: set[str] = set()

            def fetching(request: Request) -> None:
                fetched.add(request.url.split("?")[0])

            page.on("request", fetching)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html")
            start = time.perf_counter()
            box = page.locator("input.md-search__input")
            box.click()
            box.fill(query)
            box.dispatch_event("keyup")
            page.wait_for_function(
                "document.querySelectorAll('.md-search-result__item').length > 0", timeout=120000
            )
            ms = (time.perf_counter() - start) * 1000
            browser.close()
    finally:
        server.shutdown()
    loaded = sum(
        (site / "pagefind" / u.split("/pagefind/", 1)[1]).stat().st_size
        for u in fetched
        if "/pagefind/" in u
    )
    return ms, loaded
