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
QUALITYPLANS_EXTRA_DATA. No test fails on a timing: tests/test_bench.py only
checks that every figure was produced.

How it is built:

- The measuring is done by small programs, one per measured thing, in
  ``scripts/bench_programs/`` (``first_get_plan.py``, ``site_build.py``, ...). Each
  runs in a fresh interpreter (caches do not flatter it) as
  ``python scripts/bench_programs/<name>.py [--option value ...]`` and prints one
  JSON object: ``peak_mib`` and its figures. What they share (their options, peak
  memory, the JSON line, the local server and headless Chromium for the first
  search result) is ``bench_programs/shared.py``. The folder is not named
  ``scripts/bench/``: a package ``bench`` would clash with this module ``bench``
  (for mypy, and for ``import bench``). A whole command timed from outside,
  start-up included (``import qualityplans``, ``validate --plan``), is a ``Command``.
- ``SPEC`` says what the report holds: one ``Figure`` per row, naming the program,
  the corpus sizes it runs at, the value it reports, its reference (a budget, the
  same figure at the smallest size, or another program measured beside it) and
  its goal (the highest acceptable ratio). ``run`` measures every program the
  chosen figures need, in rounds that run each (program, size) once, so load on
  the machine (which drifts over minutes) falls on all of them alike; the best of
  ``--repeat`` runs (``builds`` for the site builds) is kept. A new figure is a new
  ``Figure`` and, if it measures something new, a new program.
"""

from __future__ import annotations

import argparse
import enum
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "scripts" / "bench_programs"
SHIPPED = 5  # plans in the package; a size is the synthetic plans added beside them
KEY = "synth-0-0001"  # the plan every size looks up first
CHROMIUM = "/usr/bin/chromium"

Result = dict[str, float]  # what one run of a program printed


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


class Runs(enum.Enum):
    """How many fresh runs a program gets, of which the best is kept."""

    REPEAT = "--repeat"
    TWICE = "2 × --repeat"  # the few-ms start-up figures, the noisiest
    BUILDS = "builds"  # a site build: 3, or 1 with --quick


@dataclass(frozen=True)
class Program:
    """``scripts/bench_programs/<name>.py`` with ``args``; it prints one JSON object."""

    name: str
    args: tuple[str, ...] = ()
    runs: Runs = Runs.REPEAT
    in_root: bool = False  # run from the repository root (mkdocs.yml, docs/)

    def run(self, env: dict[str, str]) -> Result:
        argv = [sys.executable, str(PROGRAMS / f"{self.name}.py"), *self.args]
        done = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT if self.in_root else tempfile.gettempdir(),
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"bench program failed: {' '.join(argv)}\n{done.stderr[-2000:]}")
        result: Result = json.loads(done.stdout.splitlines()[-1])
        return result


@dataclass(frozen=True)
class Command:
    """``python *args`` timed from outside, start-up included: its wall time as ``ms``."""

    args: tuple[str, ...]
    runs: Runs = Runs.REPEAT

    def run(self, env: dict[str, str]) -> Result:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, *self.args],
            env=env,
            check=True,
            capture_output=True,
            cwd=tempfile.gettempdir(),
        )
        return {"ms": (time.perf_counter() - start) * 1000}


Child = Program | Command


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


# -------------------------------------------------------------------- the spec


class At(enum.Enum):
    """The corpus sizes a figure is measured at."""

    ANY = "any"  # the shipped plans; the figure does not depend on size (its size is None)
    REAL = "real"  # the shipped plans alone (size 0)
    LARGEST = "largest"  # the largest size of the run
    EACH = "each"  # every size of the run

    def sizes(self, sizes: Sequence[int]) -> list[tuple[int | None, int]]:
        """(the row's size, the corpus measured) for each row."""
        if self is At.ANY:
            return [(None, 0)]
        if self is At.REAL:
            return [(0, 0)]
        if self is At.LARGEST:
            return [(sizes[-1], sizes[-1])]
        return [(n, n) for n in sizes]


@dataclass(frozen=True)
class Budget:
    """An absolute budget: the reference value itself. ``text`` may read the kept run."""

    value: float
    text: str | Callable[[Result], str]


@dataclass(frozen=True)
class Smallest:
    """The same figure at the smallest size of the run: does it grow with the corpus?"""


@dataclass(frozen=True)
class Beside:
    """The same value of another child, measured at the same size in the same rounds."""

    child: Child
    text: str


Reference = Budget | Smallest | Beside
Extra = Callable[[Result, Result], dict[str, float]]  # (kept run, kept run at smallest size)
Part = Literal["core", "site-build", "site-search"]  # what --only selects


def nothing(result: Result, smallest: Result) -> dict[str, float]:
    return {}


def all_but(key: str) -> Extra:
    """Every other value of the run beside the figure."""
    return lambda r, _: {k: v for k, v in r.items() if k != key}


def keep(**names: str) -> Extra:
    """The run's values ``names.values()`` beside the figure, as ``names.keys()``."""
    return lambda r, _: {out: r[key] for out, key in names.items()}


@dataclass(frozen=True)
class Figure:
    """One line of the report per size it is measured at."""

    name: str
    child: Child
    at: At
    value: str | Callable[[Result], float | None]  # a key of the run, or computed from it
    unit: str
    reference: Reference
    goal: float  # the highest acceptable ratio of value to reference
    best_by: str = ""  # the run kept is the one lowest in this key (default: ``value``)
    extra: Extra = nothing
    note: Callable[[Result], str] | None = None
    part: Part = "core"

    def of(self, result: Result) -> float | None:
        return result[self.value] if isinstance(self.value, str) else self.value(result)

    def best(self, runs: Sequence[Result]) -> Result:
        key = self.best_by or self.value
        if not isinstance(key, str):
            raise TypeError(f"{self.name}: a computed value needs best_by")
        return min(runs, key=lambda r: r[key])


def seconds(result: Result) -> float:
    return result["ms"] / 1000


def engine(result: Result) -> str:
    return "Pagefind" if result.get("pagefind") else "lunr"


# What the browser downloads to search, compressed. Material: search_index.json,
# gzipped. Pagefind: the files of site/pagefind/ fetched for the first query (stored
# compressed), with the whole bundle on disk beside it.
def index_mib(r: Result) -> float:
    return r["pagefind_loaded_mib"] if r.get("pagefind") else r["index_gz_mib"]


def index_budget(r: Result) -> str:
    if r.get("pagefind"):
        return (
            f"budget 5 MB; Pagefind, fetched for 合格率 ({r['pagefind_disk_mib']:.1f} MiB on disk)"
        )
    return "budget 5 MB, lunr: search_index.json"


def index_extra(r: Result, _: Result) -> dict[str, float]:
    if r.get("pagefind"):
        return {
            "pagefind": 1.0,
            "loaded_mib": r["pagefind_loaded_mib"],
            "disk_mib": r["pagefind_disk_mib"],
        }
    return {"pagefind": 0.0, "raw_mib": r["index_mib"]}


def build_extra(r: Result, smallest: Result) -> dict[str, float]:
    """The cost of each page past the smallest build: fixed costs left out."""
    marginal = (r["ms"] - smallest["ms"]) / max(r["pages"] - smallest["pages"], 1)
    return {"pages": r["pages"], "marginal_ms_per_page": marginal}


def first_result(r: Result) -> float | None:
    return r["search_ms"] if r["search_ms"] >= 0 else None


def first_result_note(r: Result) -> str:
    return "" if r["search_ms"] >= 0 else f"not measured: no {CHROMIUM}"


SAME_AT_SMALLEST = Smallest()
SEARCH = Program("search_queries")
LOOKUPS = Program("lookups", ("--key", KEY))
BUILD = Program("site_build", ("--mode", "gen", "--chromium", CHROMIUM), Runs.BUILDS, True)
WRITTEN = Program("site_build", ("--mode", "written", "--chromium", CHROMIUM), Runs.BUILDS, True)


def validate_plan(plan: str) -> Command:
    """The contributor's loop (issue 21): the whole command for one plan."""
    return Command(("-m", "qualityplans", "validate", "--plan", plan, "--quiet"))


# Every row of the report, in its order.
SPEC: tuple[Figure, ...] = (
    Figure(
        "import qualityplans",
        Command(("-c", "import qualityplans"), Runs.TWICE),
        At.ANY,
        "ms",
        "ms",
        Beside(Command(("-c", "pass"), Runs.TWICE), "python -c pass"),
        3,
    ),
    Figure(
        "first get_plan",
        Program("first_get_plan", ("--key", KEY)),
        At.EACH,
        "ms",
        "ms",
        SAME_AT_SMALLEST,
        2,
        extra=all_but("ms"),
    ),
    # dataset() of the synthetic plans: the shipped plans and the catalogs are a fixed cost.
    Figure(
        "full load, per plan",
        Program("full_load"),
        At.EACH,
        "per_plan",
        "ms",
        SAME_AT_SMALLEST,
        1.5,
        extra=all_but("per_plan"),
    ),
    Figure(
        "validate(), per plan",
        Program("validate_plans"),
        At.EACH,
        "per_plan",
        "ms",
        SAME_AT_SMALLEST,
        1.5,
        extra=all_but("per_plan"),
    ),
    # The largest real plan alone, and a synthetic one beside the most.
    Figure(
        "validate --plan (whole command)",
        validate_plan("suzhou-14fyp"),
        At.REAL,
        "ms",
        "ms",
        Budget(1000.0, "budget 1 s"),
        1,
    ),
    Figure(
        "validate --plan (whole command)",
        validate_plan(KEY),
        At.LARGEST,
        "ms",
        "ms",
        Budget(1000.0, "budget 1 s"),
        1,
    ),
    *(
        Figure(
            f"exact lookup {name}()",
            LOOKUPS,
            At.LARGEST,
            name,
            "µs",
            Budget(5.0, "budget 5 µs"),
            1,
            extra=keep(dict_lookup_us="dict"),
        )
        for name in ("get_plan", "get_department", "get_indicator")
    ),
    # Search: the five real plans (issue 8's budgets) and the largest corpus (issue 11's).
    Figure("search() median", SEARCH, At.REAL, "ms", "ms", Budget(2.0, "budget 2 ms"), 1),
    Figure(
        "search index build (first call)",
        SEARCH,
        At.REAL,
        "build_ms",
        "ms",
        Budget(100.0, "budget 100 ms"),
        1,
        best_by="ms",
    ),
    Figure("search() median", SEARCH, At.LARGEST, "ms", "ms", Budget(20.0, "budget 20 ms"), 1),
    Figure(
        "matrix() of every plan and indicator",
        Program("matrix_csv"),
        At.REAL,
        "ms",
        "ms",
        Budget(50.0, "budget 50 ms"),
        1,
    ),
    Figure(
        "diff() of the two largest real plans",
        Program("diff_plans"),
        At.REAL,
        "ms",
        "ms",
        Budget(50.0, "budget 50 ms"),
        1,
    ),
    Figure(
        "site.pages() rendering, per page",
        Program("site_pages"),
        At.EACH,
        "per_page",
        "ms",
        SAME_AT_SMALLEST,
        1.5,
        best_by="ms",
        extra=keep(pages="pages"),
    ),
    Figure(
        "plan page (site.plan.plan_page), per page",
        Program("plan_pages"),
        At.EACH,
        "per_page",
        "ms",
        SAME_AT_SMALLEST,
        1.5,
        extra=all_but("per_page"),
    ),
    Figure(
        "site build, real data",
        BUILD,
        At.REAL,
        seconds,
        "s",
        Budget(15.0, "budget 15 s"),
        1,
        best_by="ms",
        extra=keep(pages="pages"),
        part="site-build",
    ),
    Figure(
        "site build from data vs pages on disk",
        BUILD,
        At.REAL,
        "ms",
        "ms",
        Beside(WRITTEN, "mkdocs on written pages"),
        1.2,
        part="site-build",
    ),
    Figure(
        "site build, per page",
        BUILD,
        At.EACH,
        "per_page",
        "ms",
        SAME_AT_SMALLEST,
        1.5,
        best_by="ms",
        extra=build_extra,
        part="site-search",
    ),
    Figure(
        "site build peak memory",
        BUILD,
        At.EACH,
        "peak_mib",
        "MiB",
        Budget(4096.0, "budget 4 GiB"),
        1,
        best_by="ms",
        part="site-search",
    ),
    Figure(
        "search index, gzip",
        BUILD,
        At.EACH,
        index_mib,
        "MiB",
        Budget(5e6 / 2**20, index_budget),
        1,
        best_by="ms",
        extra=index_extra,
        part="site-search",
    ),
    # From the home page's load event to the first result for 合格率 typed at once; 质量,
    # a word of nearly every page, is the slowest query (docs/performance.md).
    Figure(
        "first search result in Chromium",
        BUILD,
        At.EACH,
        first_result,
        "ms",
        Budget(1000.0, lambda r: f"budget 1 s, {engine(r)}"),
        1,
        best_by="ms",
        extra=lambda r, _: {"pagefind": r["pagefind"], "common_word_ms": r.get("common_ms", -1.0)},
        note=first_result_note,
        part="site-search",
    ),
)


# ------------------------------------------------------------------- figures


def jobs(figure: Figure, sizes: Sequence[int]) -> list[tuple[Child, int]]:
    """The (child, corpus size) runs a figure reads."""
    measured = [n for _, n in figure.at.sizes(sizes)]
    out = [(figure.child, n) for n in measured]
    if isinstance(figure.reference, Smallest):
        out.append((figure.child, sizes[0]))
    if isinstance(figure.reference, Beside):
        out += [(figure.reference.child, n) for n in measured]
    return out


def measure(
    todo: Sequence[tuple[Child, int]], envs: dict[int, dict[str, str]], runs: dict[Runs, int]
) -> dict[tuple[Child, int], list[Result]]:
    """Every run of every (child, size), in rounds that run each of them once, so that
    load on the machine (which drifts over minutes) falls on all of them alike."""
    results: dict[tuple[Child, int], list[Result]] = {job: [] for job in todo}
    for i in range(max((runs[child.runs] for child, _ in todo), default=0)):
        for child, size in results:
            if i < runs[child.runs]:
                results[child, size].append(child.run(envs[size]))
    return results


def rows_of(
    figure: Figure, sizes: Sequence[int], results: dict[tuple[Child, int], list[Result]]
) -> list[Row]:
    """The figure's rows from the kept runs: the best of each (child, size)."""
    ref = figure.reference
    smallest = (
        figure.best(results[figure.child, sizes[0]]) if (figure.child, sizes[0]) in results else {}
    )
    rows = []
    for size, n in figure.at.sizes(sizes):
        kept = figure.best(results[figure.child, n])
        match ref:
            case Budget(value, text):
                reference = text if isinstance(text, str) else text(kept)
                reference_value: float | None = value
            case Smallest():
                reference = f"same at {SHIPPED} + {sizes[0]}"
                reference_value = figure.of(smallest)
            case Beside(child, text):
                reference = text
                reference_value = figure.of(figure.best(results[child, n]))
        rows.append(
            Row(
                figure.name,
                size,
                figure.of(kept),
                figure.unit,
                reference,
                reference_value,
                figure.goal,
                note=figure.note(kept) if figure.note else "",
                extra=figure.extra(kept, smallest or kept),
            )
        )
    return rows


def run(sizes: Sequence[int], repeat: int, builds: int, only: str | None = None) -> list[Row]:
    """Every figure of ``SPEC``, or with ``only="site-search"`` the site builds and search
    alone, or with ``only="site-build"`` the build from data against the same pages on disk."""
    figures = [f for f in SPEC if only is None or f.part == only]
    todo = list(dict.fromkeys(job for f in figures for job in jobs(f, sizes)))
    runs = {Runs.REPEAT: repeat, Runs.TWICE: repeat * 2, Runs.BUILDS: builds}
    with tempfile.TemporaryDirectory(prefix="qp-bench-") as tmp:
        results = measure(todo, corpora(sizes, Path(tmp)), runs)
    return [row for f in figures for row in rows_of(f, sizes, results)]


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
