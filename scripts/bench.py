#!/usr/bin/env python3
"""Measure what users wait for: import, first lookup, validate, export, page rendering.

    .venv/bin/python scripts/bench.py            # print a table
    .venv/bin/python scripts/bench.py --markdown  # the table as Markdown, for docs/performance.md

Each step runs in a fresh interpreter (so caches do not flatter it) several
times; the best wall time and the peak memory (tracemalloc) are reported
against the goal for that step. Timings are for information: no test fails on
them, because they depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

# name, code to run, goal in milliseconds
STEPS: list[tuple[str, str, float]] = [
    ("import qualityplans", "import qualityplans", 50),
    (
        "first get_plan (loads all data)",
        "import qualityplans; qualityplans.get_plan('苏府〔2016〕63号')",
        500,
    ),
    ("validate() all plans", "import qualityplans; qualityplans.validate()", 2000),
    (
        "export JSON + CSV",
        "import qualityplans, pathlib, tempfile\n"
        "d = qualityplans.dataset(); out = pathlib.Path(tempfile.mkdtemp())\n"
        "qualityplans.write_json(d, out); qualityplans.write_csv(d, out)",
        2000,
    ),
    (
        "render every site page",
        "from qualityplans.site import pages\nlist(pages())",
        2000,
    ),
]

# Time and memory are measured in separate runs: tracemalloc slows code down.
_HARNESS = """
import json, time, tracemalloc
if {trace}:
    tracemalloc.start()
start = time.perf_counter()
exec(compile({code!r}, "<bench>", "exec"))
elapsed = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if {trace} else 0
print(json.dumps({{"ms": elapsed * 1000, "peak_mb": peak / 2**20}}))
"""


def _run(code: str, trace: bool, cwd: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _HARNESS.format(code=code, trace=trace)],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def measure(code: str, repeat: int) -> tuple[float, float]:
    """Best wall time over ``repeat`` fresh runs, and peak traced memory."""
    with tempfile.TemporaryDirectory() as tmp:
        best = min(_run(code, False, tmp)["ms"] for _ in range(repeat))
        peak = _run(code, True, tmp)["peak_mb"]
    return best, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    rows = []
    for name, code, goal in STEPS:
        ms, mb = measure(code, args.repeat)
        rows.append((name, ms, mb, goal))
    if args.markdown:
        print(f"| step | best of {args.repeat} (ms) | goal (ms) | peak memory (MiB) |")
        print("|---|--:|--:|--:|")
        for name, ms, mb, goal in rows:
            print(f"| {name} | {ms:.0f} | {goal:.0f} | {mb:.1f} |")
    else:
        for name, ms, mb, goal in rows:
            mark = "ok  " if ms <= goal else "SLOW"
            print(f"{mark} {name:36} {ms:8.1f} ms (goal {goal:.0f})  peak {mb:6.1f} MiB")
    return 0 if all(ms <= goal for _, ms, _, goal in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
