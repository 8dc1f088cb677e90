"""Comparisons: a page for every pair of plans (from ``diff``), their index, and the
indicator × plan matrix (from ``matrix``) with its CSV.

``plan_diff`` computes each diff once per build; the measure pages
(:mod:`qualityplans.site.block`) read their aligned measures from it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, pairwise

from qualityplans.compare.diff import PlanDiff, diff
from qualityplans.compare.matrix import Matrix, matrix
from qualityplans.model import Indicator, Plan, Target
from qualityplans.model.wording import value_zh
from qualityplans.model.wording import when as when_of
from qualityplans.site import Page, links, parts
from qualityplans.site.diff_page import DiffSummary, diff_body, diff_summary
from qualityplans.site.links import html_href
from qualityplans.site.parts import indicator_link, plan_link
from qualityplans.site.templating import Markup, en, render

__all__ = [
    "BOM",
    "INDEX",
    "MATRIX",
    "MATRIX_CSV",
    "compare_index_page",
    "compared_with",
    "files",
    "matrix_csv",
    "matrix_page",
    "pages",
    "pair_page",
    "plan_diff",
    "plan_pairs",
]

INDEX = "compare/index.md"
MATRIX = "compare/matrix.md"
MATRIX_CSV = "downloads/matrix.csv"


def pages() -> Iterator[Page]:
    yield INDEX, compare_index_page()
    yield MATRIX, matrix_page()
    for a, b in plan_pairs():
        yield links.compare_path(a, b), pair_page(a, b)


BOM = "\ufeff"  # so Excel (Chinese Windows) opens a CSV as UTF-8


def files() -> Iterator[tuple[str, bytes]]:
    yield MATRIX_CSV, matrix_csv()


def matrix_csv() -> bytes:
    """The matrix as CSV (``Matrix.to_csv``), UTF-8 with a byte-order mark."""
    return (BOM + site_matrix().to_csv()).encode("utf-8")


ALL_PAIRS_UP_TO = 12  # plans; 66 comparison pages. Beyond, successive plans only.


def plan_pairs() -> tuple[tuple[Plan, Plan], ...]:
    """The pairs of plans the site compares, ``a`` before ``b`` in the dataset's order.

    Every pair while the corpus is small (up to ``ALL_PAIRS_UP_TO`` plans). Beyond, every
    pair would grow with the square of the corpus (124,750 pages at 500 plans), so the site
    compares what a reader follows from plan to plan: each plan with the next plan of the
    same region, and a district's plan with the nearest plan of its city. That is at most
    two pages per plan; any other pair is one ``qualityplans diff A B`` away.
    """
    return parts.memo("plan-pairs", _plan_pairs)


def _plan_pairs() -> tuple[tuple[Plan, Plan], ...]:
    plans = parts.data().plans
    if len(plans) <= ALL_PAIRS_UP_TO:
        return tuple(combinations(plans, 2))
    order = {p.id: n for n, p in enumerate(plans)}
    by_region: dict[str, list[Plan]] = {}
    for p in plans:
        by_region.setdefault(p.region, []).append(p)
    for line in by_region.values():
        line.sort(key=lambda p: (_start(p), order[p.id]))
    found: set[tuple[str, str]] = set()
    for line in by_region.values():
        found.update((a.id, b.id) for a, b in pairwise(line))
    for p in plans:
        region = parts.region(p.region)
        parent = region.parent if region is not None else None
        if parent is not None and parent in by_region:
            nearest = min(
                by_region[parent], key=lambda q: (abs(_start(q) - _start(p)), order[q.id])
            )
            found.add((p.id, nearest.id))
    pairs = {tuple(sorted(pair, key=order.__getitem__)) for pair in found}
    by_id = {p.id: p for p in plans}
    ordered = sorted(pairs, key=lambda pair: (order[pair[0]], order[pair[1]]))
    return tuple((by_id[a], by_id[b]) for a, b in ordered)


def compared_with(plan: Plan) -> tuple[Plan, ...]:
    """The plans ``plan`` has a comparison page with, in the dataset's order."""
    return _partners().get(plan.id, ())


def _partners() -> dict[str, tuple[Plan, ...]]:
    """Each plan's comparison partners, gathered once: every measure page asks."""
    return parts.memo("partners", _gather_partners)


def _gather_partners() -> dict[str, tuple[Plan, ...]]:
    found: dict[str, list[Plan]] = {}
    for a, b in plan_pairs():
        found.setdefault(a.id, []).append(b)
        found.setdefault(b.id, []).append(a)
    order = {p.id: n for n, p in enumerate(parts.data().plans)}
    return {k: tuple(sorted(v, key=lambda p: order[p.id])) for k, v in found.items()}


def _start(plan: Plan) -> int:
    """The first year a plan covers, for ordering plans in time."""
    if plan.period is not None:
        return plan.period.start
    return min((d.date.year for d in plan.dates), default=0)


def plan_diff(a: str, b: str) -> PlanDiff:
    """``diff(a, b)`` by plan ids, computed once per unordered pair in a build."""
    done: dict[tuple[str, str], PlanDiff] = parts.memo("diffs", dict)
    first, second = sorted((a, b))
    found = done.get((first, second))
    if found is None:
        found = done[(first, second)] = diff(first, second, catalog=parts.catalog())
    return found if a <= b else found.mirrored()


def site_matrix() -> Matrix:
    return parts.memo("matrix", lambda: matrix(catalog=parts.catalog()))


# ------------------------------------------------------------------- the pairs


def _fm(title: str, *hide: str, description: str) -> Markup:
    return Markup("\n".join(parts.front_matter(title, *hide, description=description)))


def pair_page(a: Plan, b: Plan) -> str:
    """The Markdown of the comparison of plans ``a`` and ``b``."""
    page = links.compare_path(a, b)
    d = plan_diff(a.id, b.id)
    label_a, label_b = parts.plan_label(a), parts.plan_label(b)
    summary_zh, summary_en = diff_summary(d)
    short_a, short_b = parts.plan_short_label(a), parts.plan_short_label(b)
    return render(
        "compare_pair.md",
        front_matter=_fm(
            f"{label_a} ↔ {label_b} · 对比 Compare",
            description=f"对比{short_a}与{short_b}：{summary_zh}",
        ),
        label_a=label_a,
        label_b=label_b,
        a=a,
        b=b,
        plan_a=Markup(plan_link(page, a, short=False)),
        plan_b=Markup(plan_link(page, b, short=False)),
        index=html_href(page, INDEX),
        summary_zh=summary_zh,
        summary_en=summary_en,
        body=Markup(diff_body(d, page)),
    )


# ------------------------------------------------------------------- the index


def compare_index_page() -> str:
    """Every pair of plans with its counts, each linking to its comparison."""
    page = INDEX
    rows: list[list[object]] = []
    for a, b in plan_pairs():
        s = DiffSummary.of(plan_diff(a.id, b.id))
        href = html_href(page, links.compare_path(a, b))
        rows.append(
            [
                Markup(plan_link(page, a)),
                Markup(plan_link(page, b)),
                s.both,
                s.changed,
                s.related,
                s.only_a,
                s.only_b,
                s.aligned,
                Markup('<a class="qp-compare" href="{}">对比 Compare</a>').format(href),
            ]
        )
    header = [
        Markup("规划 a<br>{}").format(en("Plan a")),
        Markup("规划 b<br>{}").format(en("Plan b")),
        Markup("共同指标<br>{}").format(en("In both")),
        Markup("目标不同<br>{}").format(en("Changed")),
        Markup("相关指标<br>{}").format(en("Related")),
        Markup("仅见于 a<br>{}").format(en("Only in a")),
        Markup("仅见于 b<br>{}").format(en("Only in b")),
        Markup("相近措施<br>{}").format(en("Aligned measures")),
        Markup("对比<br>{}").format(en("Page")),
    ]
    n = len(parts.data().plans)
    return render(
        "compare_index.md",
        front_matter=_fm(
            "对比 Compare",
            description=f"{len(plan_pairs())}组规划两两对比：共同指标的目标变化、相关但不同的指标、"
            "只见于一方的指标、内容相近的措施与经机构改革对应的牵头单位；以及指标×规划矩阵。",
        ),
        rows=rows,
        header=header,
        pairs=len(plan_pairs()),
        plans=n,
        all_pairs=n <= ALL_PAIRS_UP_TO,
        matrix=html_href(page, MATRIX),
    )


# ------------------------------------------------------------------ the matrix


def _matrix_cell(page: str, plan: Plan, targets: tuple[Target, ...]) -> Markup:
    shown = []
    for t in targets:
        block = plan.parent_of(t.eid)
        href = html_href(page, links.statement_path(plan, block, t))
        when = when_of(t)
        text = value_zh(t) or t.qualitative or "—"
        label = f"{text}{' ' + when if when else ''}"
        shown.append(
            Markup('<a class="qp-value" href="{}" title="{}">{}</a>').format(href, t.quote, label)
        )
    return Markup("<br>").join(dict.fromkeys(shown))


def matrix_rows(m: Matrix) -> list[tuple[Indicator, list[tuple[Plan, tuple[Target, ...]]]]]:
    """The matrix's indicators with at least one target, each with every plan's targets."""
    plans = {p.id: p for p in parts.data().plans}
    found = []
    for indicator, row in zip(m.indicators, m.cells, strict=True):
        if not any(c.targets for c in row):
            continue
        found.append(
            (indicator, [(plans[p.id], c.targets) for p, c in zip(m.plans, row, strict=True)])
        )
    return found


def matrix_page() -> str:
    """Indicators × plans: every target of every plan, each linked to its anchor."""
    page = MATRIX
    m = site_matrix()
    plans = {p.id: p for p in parts.data().plans}
    header = [
        Markup("指标<br>{}").format(en("Indicator")),
        *(Markup(plan_link(page, plans[p.id])) for p in m.plans),
    ]
    body: list[list[object]] = []
    for indicator, cells in matrix_rows(m):
        body.append(
            [
                Markup(indicator_link(page, indicator)),
                *(_matrix_cell(page, plan, ts) if ts else en("—") for plan, ts in cells),
            ]
        )
    return render(
        "matrix.md",
        front_matter=_fm(
            "指标 × 规划 Indicators × plans",
            "toc",
            description=f"{len(body)}项有目标的指标 × {len(m.plans)}份规划："
            "每格是该规划对该指标的目标（比较符、数值、单位、年份），链接到原文；可下载 CSV。",
        ),
        header=header,
        rows=body,
        count=len(body),
        plans=len(m.plans),
        csv=html_href(page, MATRIX_CSV),
        index=html_href(page, INDEX),
    )
