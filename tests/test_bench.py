"""scripts/bench.py --quick: every figure is produced (timings are never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Every figure, and where it depends on corpus size, the sizes of a quick run.
FIGURES = {
    ("import qualityplans", None),
    ("first get_plan", 5),
    ("first get_plan", 50),
    ("full load, per plan", 5),
    ("full load, per plan", 50),
    ("validate(), per plan", 5),
    ("validate(), per plan", 50),
    ("validate --plan (whole command)", 0),
    ("validate --plan (whole command)", 50),
    ("exact lookup get_plan()", 50),
    ("exact lookup get_department()", 50),
    ("exact lookup get_indicator()", 50),
    ("search() median", 0),
    ("search index build (first call)", 0),
    ("search() median", 50),
    ("matrix() of every plan and indicator", 0),
    ("diff() of the two largest real plans", 0),
    ("plan page (site.plan.plan_page), per page", 5),
    ("plan page (site.plan.plan_page), per page", 50),
    ("site build, real data", 0),
    ("site build from data vs pages on disk", 0),
    ("site build, per page", 5),
    ("site build, per page", 50),
    ("site build peak memory", 5),
    ("site build peak memory", 50),
    ("search index, gzip", 5),
    ("search index, gzip", 50),
    ("first search result in Chromium", 5),
    ("first search result in Chromium", 50),
}


def test_quick_bench_produces_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    chart = tmp_path / "chart.svg"
    done = subprocess.run(
        [sys.executable, "scripts/bench.py", "--quick", "--json", out, "--chart", chart],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["sizes"] == [5, 50]
    rows = report["rows"]
    site_pages = [r for r in rows if r["name"] == "site.pages() rendering, per page"]
    rows = [r for r in rows if r["name"] != "site.pages() rendering, per page"]
    assert {(r["name"], r["size"]) for r in rows} == FIGURES
    for row in rows:
        assert isinstance(row["value"], float), row
        assert isinstance(row["reference_value"], float), row
        assert isinstance(row["ratio"], float), row
        assert isinstance(row["ok"], bool), row
    assert {r["size"] for r in site_pages} == {5, 50}
    assert all(isinstance(r["ratio"], float) for r in site_pages)
    for name, _size in FIGURES:
        assert name in done.stdout
    svg = chart.read_text(encoding="utf-8")
    assert svg.startswith("<?xml")
    assert "first get_plan" in svg
