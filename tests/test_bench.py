"""scripts/bench.py --quick: every figure is produced (timings are never asserted)."""

from __future__ import annotations

import functools
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def load_bench() -> ModuleType:
    """scripts/bench.py as a module, for its SPEC (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = bench  # dataclasses look their module up while being made
    spec.loader.exec_module(bench)
    return bench


def quick_figures() -> set[tuple[str, int | None]]:
    """Every figure of bench.SPEC, and where it depends on corpus size, the sizes of a
    quick run."""
    bench = load_bench()
    return {(f.name, size) for f in bench.SPEC for size, _ in f.at.sizes((5, 50))}


def test_every_program_is_measured() -> None:
    """Each program of scripts/bench_programs/ is run by some figure (shared.py is their
    common module), and every figure's program exists."""
    bench = load_bench()
    used = {f.child.name for f in bench.SPEC if isinstance(f.child, bench.Program)}
    used |= {
        f.reference.child.name
        for f in bench.SPEC
        if isinstance(f.reference, bench.Beside) and isinstance(f.reference.child, bench.Program)
    }
    files = {p.stem for p in (ROOT / "scripts" / "bench_programs").glob("*.py")}
    assert used == files - {"shared"}


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
    figures = quick_figures()
    assert {(r["name"], r["size"]) for r in rows} == figures
    for row in rows:
        assert isinstance(row["value"], float), row
        assert isinstance(row["reference_value"], float), row
        assert isinstance(row["ratio"], float), row
        assert isinstance(row["ok"], bool), row
    for name, _size in figures:
        assert name in done.stdout
    svg = chart.read_text(encoding="utf-8")
    assert svg.startswith("<?xml")
    assert "first get_plan" in svg
