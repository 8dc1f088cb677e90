"""Comparisons: a page for every pair of plans (from ``diff``), their index, and the
indicator × plan matrix (from ``matrix``) with its CSV.

``plan_diff`` computes each diff once per build; the measure pages
(:mod:`qualityplans.site.block`) read their aligned measures from it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import combinations, pairwise

from qualityplans.compare.diff import PlanDiff, diff
from qualityplans.compare.matrix import Matrix, matrix
from qualityplans.model import Department, Indicator, Measure, Plan, Target, Theme
from qualityplans.site import Page, links, parts
from qualityplans.site.diff_page import diff_body
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr, escape
from qualityplans.site.parts import en, html_table, indicator_link, plan_link

__all__ = [
    "INDEX",
    "MATRIX",
    "MATRIX_CSV",
    "compare_index_page",
    "compared_with",
    "files",
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


def files() -> Iterator[tuple[str, bytes]]:
    yield MATRIX_CSV, site_matrix().to_csv().encode("utf-8")


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


def _linker(page: str, d: PlanDiff) -> Callable[[object], str | None]:
    """The ``link`` callback of ``PlanDiff.to_markdown``: a Markdown (``.md``) link to the
    page of each record the diff names, relative to ``page``; None where no page is built."""
    owner = {id(m): d.a for m in d.a.measures} | {id(m): d.b for m in d.b.measures}

    def link(obj: object) -> str | None:
        if isinstance(obj, Plan):
            to = links.plan_path(obj)
        elif isinstance(obj, Measure):
            plan = owner.get(id(obj))
            if plan is None:
                return None
            to = links.block_path(plan, obj)
        elif isinstance(obj, Indicator) and parts.linked("indicator"):
            to = links.indicator_path(obj)
        elif isinstance(obj, Department) and parts.linked("department"):
            to = links.department_path(obj)
        elif isinstance(obj, Theme) and parts.linked("theme"):
            to = links.theme_path(obj)
        else:
            return None
        return links.href(page, to)

    return link


def _counts(d: PlanDiff) -> tuple[int, int, int, int, int]:
    """Indicators in both, of them changed, only in a, only in b; aligned measures."""
    changed = sum(1 for c in d.indicators if c.changed)  # related pairs are not changes
    return (
        len(d.indicators),
        changed,
        len(d.indicators_only_in_a),
        len(d.indicators_only_in_b),
        len(d.measures.pairs),
    )


def pair_page(a: Plan, b: Plan) -> str:
    """The Markdown of the comparison of plans ``a`` and ``b``."""
    page = links.compare_path(a, b)
    d = plan_diff(a.id, b.id)
    both, changed, only_a, only_b, aligned = _counts(d)
    label_a, label_b = parts.plan_label(a), parts.plan_label(b)
    index = attr(html_href(page, INDEX))
    summary = (
        f"共同指标 {both} 项（其中 {changed} 项目标有变化），仅见于 a 的 {only_a} 项，"
        f"仅见于 b 的 {only_b} 项；相近措施 {aligned} 对。"
    )
    summary_en = (
        f"{both} indicators with targets in both plans ({changed} changed), {only_a} only in a, "
        f"{only_b} only in b; {aligned} pairs of aligned measures."
    )
    out = [
        *parts.front_matter(f"{label_a} ↔ {label_b} · 对比 Compare"),
        f"# {escape(label_a)} ↔ {escape(label_b)}",
        "",
        f'<p class="qp-subtitle">{attr(a.title_en)} ↔ {attr(b.title_en)}</p>',
        "",
        f'<p class="qp-crumbs"><span class="qp-tag">对比 Compare</span> '
        f'<a href="{index}">所有对比 All comparisons</a></p>',
        "",
        '<div class="qp-diff" markdown="1">',
        "",
        diff_body(d, _linker(page, d), f"{summary}<br>{en(summary_en)}"),
        "</div>",
    ]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------- the index


def _plan_cell(page: str, p: Plan) -> str:
    """A plan by its short label (region, period, kind), its full title on hover."""
    return plan_link(page, p)


def compare_index_page() -> str:
    """Every pair of plans with its counts, each linking to its comparison."""
    page = INDEX
    rows = []
    for a, b in plan_pairs():
        both, changed, only_a, only_b, aligned = _counts(plan_diff(a.id, b.id))
        href = attr(html_href(page, links.compare_path(a, b)))
        rows.append(
            [
                _plan_cell(page, a),
                _plan_cell(page, b),
                str(both),
                str(changed),
                str(only_a),
                str(only_b),
                str(aligned),
                f'<a class="qp-compare" href="{href}">对比 Compare</a>',
            ]
        )
    header = [
        f"规划 a<br>{en('Plan a')}",
        f"规划 b<br>{en('Plan b')}",
        f"共同指标<br>{en('In both')}",
        f"有变化<br>{en('Changed')}",
        f"仅见于 a<br>{en('Only in a')}",
        f"仅见于 b<br>{en('Only in b')}",
        f"相近措施<br>{en('Aligned measures')}",
        f"对比<br>{en('Page')}",
    ]
    matrix_href = attr(html_href(page, MATRIX))
    n = len(parts.data().plans)
    scope = (
        []
        if n <= ALL_PAIRS_UP_TO
        else [
            f"共 {n} 份规划：本站对比同一地区的相继规划，以及区县规划与所在城市时间最近的规划；"
            "任意另外两份规划可用 <code>qualityplans diff A B</code> 对比。",
            en(
                f"With {n} plans, the site compares each plan with the next plan of its region "
                "and a district's plan with its city's nearest plan; diff any other two with "
                "qualityplans diff A B."
            ),
            "",
        ]
    )
    out = [
        *parts.front_matter("对比 Compare"),
        "# 对比 Compare",
        "",
        "任意两份规划逐项对比：两者都有目标的指标及其数值变化、只见于一方的指标、内容相近的措施、"
        "经机构改革对应的牵头单位，以及各主题的措施和目标数量。",
        en(
            "Any two plans side by side: indicators with targets in both and how they changed, "
            "indicators only one plan has, measures aligned one to one, lead units matched "
            "through the 2018-2019 reform, and measures and targets per theme."
        ),
        "",
        f'<p><a class="qp-also" href="{matrix_href}">指标 × 规划矩阵 '
        f"{en('The indicator × plan matrix')}</a>：每项指标在各规划中的目标。</p>",
        "",
        f"## 规划两两对比 Pairs of plans <small>{len(plan_pairs())}</small> {{#pairs}}",
        "",
        *scope,
        "指标数只计有目标的指标。 " + en("Indicators are counted where a plan states a target."),
        *html_table(header, rows, css="qp-pairs"),
    ]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ the matrix


def _matrix_cell(page: str, plan: Plan, targets: tuple[Target, ...]) -> str:
    from qualityplans.model.wording import value_zh
    from qualityplans.model.wording import when as when_of

    shown = []
    for t in targets:
        block = plan.parent_of(t.eid)
        href = attr(html_href(page, links.statement_path(plan, block, t)))
        when = when_of(t)
        text = value_zh(t) or t.qualitative or "—"
        label = f"{text}{' ' + when if when else ''}"
        title = attr(t.quote)
        shown.append(f'<a class="qp-value" href="{href}" title="{title}">{attr(label)}</a>')
    return "<br>".join(dict.fromkeys(shown))


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
    header = [f"指标<br>{en('Indicator')}", *(plan_link(page, plans[p.id]) for p in m.plans)]
    body = []
    for indicator, cells in matrix_rows(m):
        body.append(
            [
                indicator_link(page, indicator),
                *(_matrix_cell(page, plan, ts) if ts else en("—") for plan, ts in cells),
            ]
        )
    csv_href = attr(html_href(page, MATRIX_CSV))
    index = attr(html_href(page, INDEX))
    out = [
        *parts.front_matter("指标 × 规划 Indicators × plans", "toc"),
        "# 指标 × 规划 <small>Indicators × plans</small>",
        "",
        f'<p class="qp-crumbs"><span class="qp-tag">对比 Compare</span> '
        f'<a href="{index}">所有对比 All comparisons</a></p>',
        "",
        f"{len(body)} 项有目标的指标，按指标目录排列；"
        "每格是该规划的目标（比较符、数值、单位、年份），点击可到原文所在的措施页。",
        en(
            f"{len(body)} indicators with targets, in catalogue order; each cell holds a plan's "
            "targets (comparator, amount, unit, year), linked to the target on its measure page."
        ),
        "",
        f'<p><a href="{csv_href}" download>下载 CSV {en("Download CSV")}</a> '
        f"{en('(targets and reported figures, two columns per plan)')}</p>",
        *html_table(header, body, search=False, css="qp-matrix"),
    ]
    return "\n".join(out) + "\n"
