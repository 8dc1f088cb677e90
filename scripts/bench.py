#!/usr/bin/env python3
"""Measure what users and contributors wait for, at 5, 50 and 500 plans, in one run.

    .venv/bin/python scripts/bench.py                      # table; JSON to bench.json
    .venv/bin/python scripts/bench.py --json out.json      # choose where the JSON goes
    .venv/bin/python scripts/bench.py --quick              # sizes 5 and 50, about a minute
    .venv/bin/python scripts/bench.py --markdown           # the table as Markdown
    .venv/bin/python scripts/bench.py --chart docs/performance-scaling.svg
    .venv/bin/python scripts/bench.py --only site-search --sizes 500   # builds and search only
    .venv/bin/python scripts/bench.py --only site-build   # build from data vs from disk only

Every figure is measured in this run next to its reference and reported as a
ratio, so the verdicts hold on any machine: ``import qualityplans`` against a
bare ``python -c pass``, each figure at 50 and 500 plans against the same
figure at 5, a build from data against mkdocs building the same pages already
on disk. Where only an absolute budget exists (an exact lookup ≤ 5 µs, a search
≤ 20 ms) the reference is the budget. Sizes above 5 add a synthetic corpus
(qualityplans.testing.synth) beside the shipped plans via
QUALITYPLANS_EXTRA_DATA. Each measurement runs in a fresh interpreter (caches
do not flatter it); the best of ``--repeat`` runs is kept. No test fails on a
timing: tests/test_bench.py only checks that every figure was produced.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = 5  # plans in the package; a size is the synthetic plans added beside them
KEY = "synth-0-0001"  # the plan every size looks up first
NOT_AVAILABLE = "not available"


@dataclass
class Row:
    """One figure, its reference and their ratio against the goal."""

    name: str
    size: int | None  # synthetic plans beside the shipped ones, where it matters
    value: float | None
    unit: str
    reference: str = ""
    reference_value: float | None = None
    goal: float | None = None  # the highest acceptable ratio
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.reference_value:
            return None
        return self.value / self.reference_value

    @property
    def ok(self) -> bool | None:
        ratio = self.ratio
        return None if ratio is None or self.goal is None else ratio <= self.goal

    def as_json(self) -> dict[str, object]:
        return {**asdict(self), "ratio": self.ratio, "ok": self.ok}


# ------------------------------------------------------------ child processes


def _child(code: str, env: dict[str, str], cwd: Path | None = None) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or tempfile.gettempdir(),
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench child failed:\n{code}\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def _best(code: str, env: dict[str, str], repeat: int, cwd: Path | None = None) -> dict[str, float]:
    """The run with the lowest ``ms`` of ``repeat`` fresh runs."""
    return min((_child(code, env, cwd) for _ in range(repeat)), key=lambda r: r["ms"])


def _wall(argv: Sequence[str], env: dict[str, str], repeat: int) -> float:
    """Best wall time in ms of running ``argv`` (a whole process, start-up included)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True, cwd=tempfile.gettempdir())
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


_PRELUDE = """
import json, resource, statistics, sys, time
def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def done(**values):
    print(json.dumps({"peak_mib": peak_mib(), **values}))
"""

FIRST_GET_PLAN = (
    _PRELUDE
    + """
import qualityplans
t = time.perf_counter(); qualityplans.get_plan(KEY); ms = (time.perf_counter() - t) * 1000
done(ms=ms)
"""
)

# dataset() of the synthetic plans: the shipped plans and the catalogs, a fixed
# cost, are loaded first (and timed as ``fixed_ms``).
FULL_LOAD = (
    _PRELUDE
    + """
import qualityplans
from qualityplans.catalog import default_catalog
catalog = default_catalog()
t = time.perf_counter()
catalog.records()
shipped = [catalog.load_entry(e) for e in catalog.entries() if not e.id.startswith("synth-")]
fixed = (time.perf_counter() - t) * 1000
t = time.perf_counter(); d = qualityplans.dataset(); ms = (time.perf_counter() - t) * 1000
extra = len(d.plans) - len(shipped)
done(ms=ms, per_plan=ms / extra, plans=len(d.plans), fixed_ms=fixed)
"""
)

# validate() of the synthetic plans, less the fixed cost of the catalog checks.
VALIDATE = (
    _PRELUDE
    + """
import attrs, qualityplans
d = qualityplans.dataset()
extra = attrs.evolve(d, plans=tuple(p for p in d.plans if p.id.startswith("synth-")))
empty = attrs.evolve(d, plans=())
qualityplans.validate(empty)  # the first call imports and compiles what validate needs
t = time.perf_counter(); qualityplans.validate(empty); fixed = time.perf_counter() - t
t = time.perf_counter(); problems = qualityplans.validate(extra)
ms = (time.perf_counter() - t) * 1000
assert not problems, problems[:3]
done(ms=ms, per_plan=(ms - fixed * 1000) / len(extra.plans), plans=len(d.plans))
"""
)

LOOKUPS = (
    _PRELUDE
    + f"""
import timeit
from qualityplans import catalog
d = catalog.dataset()
dept, ind = d.departments[0].id, d.indicators[0].id
calls = {{
    "get_plan": lambda: catalog.get_plan({KEY!r}),
    "get_department": lambda: catalog.get_department(dept),
    "get_indicator": lambda: catalog.get_indicator(ind),
}}
table = {{{KEY!r}: d.plans[0]}}
def best_us(fn):
    fn()
    return min(timeit.repeat(fn, number=2000, repeat=5)) / 2000 * 1e6
out = {{name: best_us(fn) for name, fn in calls.items()}}
out["dict"] = best_us(lambda: table[{KEY!r}])
done(ms=0.0, **out)
"""
)

# Queries a reader types: a department, an indicator, a theme, a phrase, a 文号.
SEARCH = (
    _PRELUDE
    + """
import qualityplans
from qualityplans import search
qualityplans.dataset()
queries = ["市场监管局", "标准化", "质量强市", "品牌", "食品安全", "检验检测", "苏府〔2016〕63号",
           "合格率", "pass rate", "hegelv", "hgl", "制造业产品质量合個率"]
t = time.perf_counter(); list(search(queries[0])); build = (time.perf_counter() - t) * 1000
times = []
for _ in range(5):
    for q in queries:
        t = time.perf_counter(); list(search(q)); times.append((time.perf_counter() - t) * 1000)
done(ms=statistics.median(times), first=max(times), build_ms=build)
"""
)

MATRIX = (
    _PRELUDE
    + """
import qualityplans
from qualityplans import matrix
qualityplans.dataset()
matrix()
times = []
for _ in range(5):
    t = time.perf_counter(); matrix().to_csv(); times.append((time.perf_counter() - t) * 1000)
done(ms=min(times))
"""
)

DIFF = (
    _PRELUDE
    + """
import qualityplans
from qualityplans import diff
shipped = [p for p in qualityplans.plans() if not p.id.startswith("synth-")]
a, b = sorted(shipped, key=lambda p: len(tuple(p.walk())))[-2:]
diff(a, b)
times = []
for _ in range(5):
    t = time.perf_counter(); diff(a, b); times.append((time.perf_counter() - t) * 1000)
done(ms=min(times))
"""
)

SITE_PAGES = (
    _PRELUDE
    + """
import qualityplans
from qualityplans.site import pages
qualityplans.dataset()
t = time.perf_counter(); n = sum(1 for _ in pages()); ms = (time.perf_counter() - t) * 1000
done(ms=ms, pages=n, per_page=ms / n if n else 0.0)
"""
)

PLAN_PAGES = (
    _PRELUDE
    + """
import qualityplans
from qualityplans.site.plan import plan_page
ps = [p for p in qualityplans.plans() if p.id.startswith("synth-")]
t = time.perf_counter(); n = sum(1 for p in ps if plan_page(p))
ms = (time.perf_counter() - t) * 1000
done(ms=ms, pages=n, per_page=ms / n)
"""
)

CHROMIUM = "/usr/bin/chromium"

# In headless Chromium: from the home page's load event to the first search result
# for a query typed at once. Pagefind (docs/hooks.py) fetches its entry, the index
# chunks and the fragments the query needs from site/pagefind/. Two queries, each in a
# fresh page: 合格率 (a word of some pages) and 质量 (a word of nearly every page, the
# slowest: Pagefind's ranking work grows with the pages a word is on). Returns both
# times and the bytes fetched from site/pagefind/ for 合格率 (as stored: compressed).
FIRST_RESULT = """
def first_result_ms(site, query="合格率"):
    import functools, threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
    from playwright.sync_api import sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True
            )
            page = browser.new_page()
            fetched = set()
            page.on("request", lambda r: fetched.add(r.url.split("?")[0]))
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
"""

# mkdocs build from the data (gen-files runs docs/gen_pages.py), or of the same
# pages written to a copy of docs/ first, with gen-files left out.
BUILD = (
    _PRELUDE
    + f"CHROMIUM = {CHROMIUM!r}\n"
    + FIRST_RESULT
    + """
import gzip, pathlib, runpy, shutil, tempfile
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import Files
from mkdocs.utils import yaml_load
mode = MODE  # noqa: F821 (set by the parent)
out = pathlib.Path(tempfile.mkdtemp())
if mode == "written":
    from mkdocs_gen_files.editor import FilesEditor
    docs = out / "docs"
    shutil.copytree("docs", docs)
    with open("mkdocs.yml", encoding="utf-8") as f:
        plugins = yaml_load(f).get("plugins", [])
    keep = [p for p in plugins if "gen-files" not in (p if isinstance(p, dict) else {p: 0})]
    config = load_config("mkdocs.yml", site_dir=str(out / "site"))
    with FilesEditor(Files([]), config, str(docs)):
        runpy.run_path("docs/gen_pages.py")
    config = load_config(
        "mkdocs.yml", site_dir=str(out / "site"), docs_dir=str(docs), plugins=keep
    )
else:
    config = load_config("mkdocs.yml", site_dir=str(out / "site"))
t = time.perf_counter(); build(config); ms = (time.perf_counter() - t) * 1000
pages = sum(1 for _ in (out / "site").rglob("*.html"))
index = out / "site" / "search" / "search_index.json"
raw = index.read_bytes() if index.exists() else b""
bundle = out / "site" / "pagefind"
pagefind = bundle.is_dir()
disk = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()) if pagefind else 0
search_ms, loaded, common_ms = -1.0, 0, -1.0
if mode == "gen" and pathlib.Path(CHROMIUM).exists():
    search_ms, loaded = first_result_ms(out / "site")
    common_ms, _ = first_result_ms(out / "site", "质量")
shutil.rmtree(out)
done(ms=ms, pages=pages, per_page=ms / pages, index_mib=len(raw) / 2**20,
     index_gz_mib=len(gzip.compress(raw)) / 2**20, search_ms=search_ms, common_ms=common_ms,
     pagefind=float(pagefind), pagefind_loaded_mib=loaded / 2**20,
     pagefind_disk_mib=disk / 2**20)
"""
)


# ------------------------------------------------------------------- corpora


def corpora(sizes: Sequence[int], work: Path) -> dict[int, dict[str, str]]:
    """The environment for each size (0: the shipped plans alone): ``size`` synthetic
    plans beside the shipped ones, each corpus a prefix of the largest."""
    sys.path.insert(0, str(ROOT / "src"))
    from qualityplans.testing import synth

    largest = synth.generate(max(sizes), seed=0)
    envs = {}
    for size in (0, *sizes):
        env = {k: v for k, v in os.environ.items() if k != "QUALITYPLANS_EXTRA_DATA"}
        env["PYTHONPATH"] = str(ROOT / "src")
        # No cached bytecode: every run compiles the plan modules, as a fresh
        # checkout in CI does (the worst case; an installed package has .pyc files).
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        if size:
            folder = synth.write(work / f"corpus-{size}", largest[:size])
            env["QUALITYPLANS_EXTRA_DATA"] = str(folder)
        envs[size] = env
    return envs


# ------------------------------------------------------------------- figures


def scaling(
    rows: list[Row],
    name: str,
    sizes: Sequence[int],
    goal: float,
    results: dict[int, dict[str, float]],
    key: str,
    unit: str,
) -> None:
    """The figure ``key`` of ``results`` at each size, as a ratio to the smallest size."""
    base = results[sizes[0]][key]
    for size in sizes:
        r = results[size]
        rows.append(
            Row(
                name,
                size,
                r[key],
                unit,
                f"same at {SHIPPED} + {sizes[0]}",
                base,
                goal,
                extra={k: v for k, v in r.items() if k != key},
            )
        )


def _engine(r: dict[str, float]) -> str:
    return "Pagefind" if r.get("pagefind") else "lunr"


def search_index_row(size: int, r: dict[str, float]) -> Row:
    """What the browser downloads to search, compressed. Material: search_index.json,
    gzipped. Pagefind: the files of site/pagefind/ fetched for the first query (stored
    compressed), with the whole bundle on disk beside it."""
    if r.get("pagefind"):
        return Row(
            "search index, gzip",
            size,
            r["pagefind_loaded_mib"],
            "MiB",
            f"budget 5 MB; Pagefind, fetched for 合格率 ({r['pagefind_disk_mib']:.1f} MiB on disk)",
            5e6 / 2**20,
            1,
            extra={
                "pagefind": 1.0,
                "loaded_mib": r["pagefind_loaded_mib"],
                "disk_mib": r["pagefind_disk_mib"],
            },
        )
    return Row(
        "search index, gzip",
        size,
        r["index_gz_mib"],
        "MiB",
        "budget 5 MB, lunr: search_index.json",
        5e6 / 2**20,
        1,
        extra={"pagefind": 0.0, "raw_mib": r["index_mib"]},
    )


def run(sizes: Sequence[int], repeat: int, builds: int, only: str | None = None) -> list[Row]:
    """Every figure, or with ``only="site-search"`` the site builds and search alone, or
    with ``only="site-build"`` the build from data against the same pages on disk."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="qp-bench-") as tmp:
        envs = corpora(sizes, Path(tmp))
        bare = _wall([sys.executable, "-c", "pass"], envs[0], repeat * 2)
        imported = _wall([sys.executable, "-c", "import qualityplans"], envs[0], repeat * 2)
        if only is None:
            rows.append(Row("import qualityplans", None, imported, "ms", "python -c pass", bare, 3))

        def child(code: str, size: int, times: int = repeat, cwd: Path | None = None) -> dict:
            return _best(f"KEY = {KEY!r}\n{code}", envs[size], times, cwd)

        def each(code: str, key: str, times: int = repeat, cwd: Path | None = None) -> dict:
            """The best run at every size, the sizes taking turns so that load on the
            machine (which drifts over minutes) falls on all of them alike."""
            best: dict[int, dict[str, float]] = {}
            for _ in range(times):
                for n in sizes:
                    r = _child(f"KEY = {KEY!r}\n{code}", envs[n], cwd)
                    if n not in best or r[key] < best[n][key]:
                        best[n] = r
            return best

        def build_vs_disk() -> None:
            """The real-data build and the same pages on disk, interleaved so load
            on the machine falls on both alike."""
            pairs = [
                (
                    child('MODE = "gen"' + BUILD, 0, 1, ROOT),
                    child('MODE = "written"' + BUILD, 0, 1, ROOT),
                )
                for _ in range(builds)
            ]
            real = min((g for g, _ in pairs), key=lambda r: r["ms"])
            written = min((w for _, w in pairs), key=lambda r: r["ms"])
            rows.append(
                Row(
                    "site build, real data",
                    0,
                    real["ms"] / 1000,
                    "s",
                    "budget 15 s",
                    15.0,
                    1,
                    extra={"pages": real["pages"]},
                )
            )
            rows.append(
                Row(
                    "site build from data vs pages on disk",
                    0,
                    real["ms"],
                    "ms",
                    "mkdocs on written pages",
                    written["ms"],
                    1.2,
                )
            )

        if only == "site-build":
            build_vs_disk()
            return rows

        if only != "site-search":
            scaling(rows, "first get_plan", sizes, 2, each(FIRST_GET_PLAN, "ms"), "ms", "ms")
            scaling(
                rows,
                "full load, per plan",
                sizes,
                1.5,
                each(FULL_LOAD, "per_plan"),
                "per_plan",
                "ms",
            )
            scaling(
                rows,
                "validate(), per plan",
                sizes,
                1.5,
                each(VALIDATE, "per_plan"),
                "per_plan",
                "ms",
            )

            # The contributor's loop (issue 21): the whole command for one plan, start-up
            # included: the largest real plan alone, and a synthetic one beside the most.
            for size, plan in ((0, "suzhou-14fyp"), (sizes[-1], KEY)):
                argv = [sys.executable, "-m", "qualityplans", "validate", "--plan", plan]
                ms = _wall([*argv, "--quiet"], envs[size], repeat)
                rows.append(
                    Row("validate --plan (whole command)", size, ms, "ms", "budget 1 s", 1000.0, 1)
                )

            lookups = child(LOOKUPS, sizes[-1])
            for name in ("get_plan", "get_department", "get_indicator"):
                rows.append(
                    Row(
                        f"exact lookup {name}()",
                        sizes[-1],
                        lookups[name],
                        "µs",
                        "budget 5 µs",
                        5.0,
                        1,
                        extra={"dict_lookup_us": lookups["dict"]},
                    )
                )

            # Search: the five real plans (issue 8's budgets) and the largest corpus (issue 11's).
            real = child(SEARCH, 0)
            rows.append(Row("search() median", 0, real["ms"], "ms", "budget 2 ms", 2.0, 1))
            rows.append(
                Row(
                    "search index build (first call)",
                    0,
                    real["build_ms"],
                    "ms",
                    "budget 100 ms",
                    100.0,
                    1,
                )
            )
            found = child(SEARCH, sizes[-1])
            rows.append(
                Row("search() median", sizes[-1], found["ms"], "ms", "budget 20 ms", 20.0, 1)
            )
            found = child(MATRIX, 0)
            rows.append(
                Row(
                    "matrix() of every plan and indicator",
                    0,
                    found["ms"],
                    "ms",
                    "budget 50 ms",
                    50.0,
                    1,
                )
            )
            found = child(DIFF, 0)
            rows.append(
                Row(
                    "diff() of the two largest real plans",
                    0,
                    found["ms"],
                    "ms",
                    "budget 50 ms",
                    50.0,
                    1,
                )
            )

            site = each(SITE_PAGES, "ms")
            if all(r["pages"] for r in site.values()):
                base = site[sizes[0]]["per_page"]
                rows += [
                    Row(
                        "site.pages() rendering, per page",
                        n,
                        r["per_page"],
                        "ms",
                        f"same at {SHIPPED} + {sizes[0]}",
                        base,
                        1.5,
                        extra={"pages": r["pages"]},
                    )
                    for n, r in site.items()
                ]
            else:
                rows.append(
                    Row(
                        "site.pages() rendering, per page",
                        None,
                        None,
                        "ms",
                        note=f"{NOT_AVAILABLE}: qualityplans.site.pages() yields no pages "
                        "(no page modules yet)",
                    )
                )
            scaling(
                rows,
                "plan page (site.plan.plan_page), per page",
                sizes,
                1.5,
                each(PLAN_PAGES, "per_page"),
                "per_page",
                "ms",
            )

            build_vs_disk()
        built = each('MODE = "gen"' + BUILD, "ms", builds, ROOT)
        base = built[sizes[0]]
        for n, r in built.items():
            # The cost of each page past the smallest build: fixed costs left out.
            marginal = (r["ms"] - base["ms"]) / max(r["pages"] - base["pages"], 1)
            rows.append(
                Row(
                    "site build, per page",
                    n,
                    r["per_page"],
                    "ms",
                    f"same at {SHIPPED} + {sizes[0]}",
                    base["per_page"],
                    1.5,
                    extra={"pages": r["pages"], "marginal_ms_per_page": marginal},
                )
            )
        rows += [
            Row("site build peak memory", n, r["peak_mib"], "MiB", "budget 4 GiB", 4096.0, 1)
            for n, r in built.items()
        ]
        rows += [search_index_row(n, r) for n, r in built.items()]
        rows += [
            Row(
                "first search result in Chromium",
                n,
                r["search_ms"] if r["search_ms"] >= 0 else None,
                "ms",
                f"budget 1 s, {_engine(r)}",
                1000.0,
                1,
                note="" if r["search_ms"] >= 0 else f"not measured: no {CHROMIUM}",
                # 质量, a word of nearly every page: the slowest query (docs/performance.md).
                extra={"pagefind": r["pagefind"], "common_word_ms": r.get("common_ms", -1.0)},
            )
            for n, r in built.items()
        ]
    return rows


# -------------------------------------------------------------------- output


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.3g}" if value < 100 else f"{value:.0f}"


def table(rows: Sequence[Row], markdown: bool) -> str:
    head = ("figure", "plans (real + synthetic)", "value", "reference", "ratio", "goal", "")
    lines = []
    for r in rows:
        ref = f"{r.reference} ({_fmt(r.reference_value)} {r.unit})" if r.reference_value else ""
        verdict = {True: "ok", False: "MISSED", None: ""}[r.ok]
        value = f"{_fmt(r.value)} {r.unit}" if r.value is not None else r.note
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        goal = f"≤ {r.goal:g}×" if r.goal is not None else ""
        size = "" if r.size is None else f"{SHIPPED} + {r.size}" if r.size else f"{SHIPPED}"
        lines.append((r.name, size, value, ref, ratio, goal, verdict))
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|---|--:|--:|---|--:|--:|---|"]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(x[i]) for x in [head, *lines]) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(x, widths, strict=True)) for x in lines)


def chart(rows: Sequence[Row], path: Path) -> None:
    """The per-plan and per-page figures against corpus size, as a reproducible SVG."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "qualityplans"
    plt.rcParams["font.family"] = "DejaVu Sans"
    series: dict[str, list[tuple[int, float]]] = {}
    for r in rows:
        if r.size and r.value is not None and r.reference.startswith("same at"):
            series.setdefault(r.name, []).append((r.size, r.value))
    fig, ax = plt.subplots(figsize=(7, 4))
    for name, points in series.items():
        xs, ys = zip(*points, strict=True)
        ax.plot(xs, ys, marker="o", label=name)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel(f"synthetic plans beside the {SHIPPED} shipped ones")
    ax.set_ylabel("ms (per plan, per page, or per lookup)")
    ax.set_title("Scaling: flat lines mean linear total cost")
    ax.legend(fontsize=7)
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 5 and 50, fewer repeats")
    parser.add_argument("--repeat", type=int, default=None, help="fresh runs per figure")
    parser.add_argument("--json", type=Path, default=Path("bench.json"), help="JSON output path")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--chart", type=Path, help="write the scaling chart (SVG) here")
    parser.add_argument(
        "--only",
        choices=["site-search", "site-build"],
        help="site-search: only the site builds (per page, memory, search index, first result); "
        "site-build: only the build from data against the same pages on disk",
    )
    parser.add_argument(
        "--sizes",
        type=lambda text: tuple(int(n) for n in text.split(",")),
        help="synthetic plans per corpus, comma-separated (default 5,50,500; --quick 5,50)",
    )
    args = parser.parse_args(argv)
    sizes = args.sizes or ((5, 50) if args.quick else (5, 50, 500))
    repeat = args.repeat or (1 if args.quick else 3)
    start = time.perf_counter()
    rows = run(sizes, repeat, builds=1 if args.quick else 3, only=args.only)
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join(["scripts/bench.py", *(argv if argv is not None else sys.argv[1:])]),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "seconds": round(time.perf_counter() - start, 1),
        "sizes": list(sizes),
    }
    args.json.write_text(
        json.dumps({**meta, "rows": [r.as_json() for r in rows]}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    print(table(rows, args.markdown))
    print(f"\n{meta['machine']}, Python {meta['python']}, {meta['date']}, {meta['seconds']} s")
    if args.chart:
        chart(rows, args.chart)
    return 0


if __name__ == "__main__":
    sys.exit(main())
