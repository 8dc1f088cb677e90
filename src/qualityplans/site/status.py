"""The reporting-status page (like Open SDG's): per plan, how many measures have quantified
targets, how many targets state an amount, and what became of them (``outcomes``); then
every judged outcome (met, missed, not comparable) with its target and report side by side.
"""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.compare.outcomes import Outcome, Report, Status, status_counts
from qualityplans.model import Observation, Plan, Target
from qualityplans.site import Page, links, parts
from qualityplans.site.links import html_href
from qualityplans.site.markup import attr
from qualityplans.site.parts import en, html_table, indicator_link, plan_link

__all__ = ["INDEX", "JUDGED", "STATUS_LABELS", "pages", "plan_status", "status_page"]

INDEX = "status/index.md"

# Every status, in the order the page shows them, with its Chinese and English label.
STATUS_LABELS: tuple[tuple[Status, str, str], ...] = (
    (Status.MET, Status.MET.zh, "met"),
    (Status.MISSED, Status.MISSED.zh, "missed"),
    (Status.PENDING, Status.PENDING.zh, "pending"),
    (Status.NO_REPORT, Status.NO_REPORT.zh, "no report"),
    (Status.NOT_COMPARABLE, Status.NOT_COMPARABLE.zh, "not comparable"),
)
# The statuses that carry a verdict, listed one by one.
JUDGED = (Status.MET, Status.MISSED, Status.NOT_COMPARABLE)


def pages() -> Iterator[Page]:
    yield INDEX, status_page()


def plan_status(p: Plan) -> tuple[int, int, int, int, dict[Status, int]]:
    """Measures with a quantified target, all measures, targets, targets with an amount,
    and the count of outcomes of each status."""
    quantified = sum(1 for m in p.measures if any(t.value is not None for t in m.targets))
    with_amount = sum(1 for t in p.targets if t.value is not None)
    counts = status_counts(parts.site_outcomes(plan=p.id))
    return quantified, len(p.measures), len(p.targets), with_amount, counts


def _where(page: str, plan: Plan, s: Target | Observation) -> str:
    """A link to the statement's anchor on its block's page."""
    return attr(html_href(page, links.statement_path(plan, plan.parent_of(s.eid), s)))


def _side(page: str, plan: Plan, s: Target | Observation, extra: str = "") -> str:
    from qualityplans.model.wording import value_zh
    from qualityplans.model.wording import when as when_of

    value = attr(" ".join(x for x in (value_zh(s), when_of(s)) if x)) or "—"
    return (
        f'<span class="qp-value">{value}</span>{extra}<br>{plan_link(page, plan)}<br>'
        f'<a class="qp-cite" href="{_where(page, plan, s)}">「{attr(s.quote)}」</a>'
    )


def _report(page: str, r: Report) -> str:
    extra = "" if r.region.value == "same" else f" {en(r.region.zh)}"
    return _side(page, r.plan, r.observation, extra)


def _outcome_rows(page: str, found: list[Outcome]) -> list[list[str]]:
    rows = []
    for o in found:
        plan = parts.plan(o.plan.id) or o.plan
        report = _report(page, o.report) if o.report is not None else "—"
        rows.append(
            [
                indicator_link(page, o.indicator.id),
                _side(page, plan, o.target),
                report,
                attr(o.reason),
            ]
        )
    return rows


def _context_rows(page: str, found: list[Outcome]) -> list[list[str]]:
    """Targets without a report for their year but with reports for later years."""
    rows = []
    for o in found:
        later = "<br>".join(_report(page, r) for r in o.context)
        plan = parts.plan(o.plan.id) or o.plan
        rows.append([indicator_link(page, o.indicator.id), _side(page, plan, o.target), later])
    return rows


def status_page() -> str:
    """The Markdown of the status page."""
    page = INDEX
    d = parts.data()
    header = [
        f"规划<br>{en('Plan')}",
        f"量化措施<br>{en('Measures with figures')}",
        f"数值目标<br>{en('Targets with amounts')}",
        *(f"{zh}<br>{en(label)}" for _, zh, label in STATUS_LABELS),
    ]
    rows = []
    for p in d.plans:
        quantified, measures, targets, with_amount, counts = plan_status(p)
        rows.append(
            [
                plan_link(page, p),
                f"{quantified} / {measures}",
                f"{with_amount} / {targets}",
                *(str(counts[s]) for s, _, _ in STATUS_LABELS),
            ]
        )
    every = parts.site_outcomes()
    out = [
        *parts.front_matter("进展 Status"),
        "# 进展 Status",
        "",
        "每份规划的目标是否已有后续报告，报告是否达到目标。只有当报告的年份正是目标的年份、"
        "且两者可比（同类数值、同一量纲）时才给出已实现或未实现的判断。",
        en(
            "For each plan: which targets a later report speaks to, and whether it met them. "
            "A target is judged met or missed only against a report for its own year, and only "
            "when the two are comparable (the same kind of value, units of one dimension)."
        ),
        "",
        '<ul class="qp-legend">',
        *(
            f"<li><strong>{zh}</strong> {en(label)}：{attr(_MEANING[s])}</li>"
            for s, zh, label in STATUS_LABELS
        ),
        "</ul>",
        "",
        "## 各规划 By plan {#plans}",
        "",
        "量化措施：有量化目标的措施 / 全部措施；数值目标：有数值的目标 / 全部目标；"
        "结果按 `outcomes()` 计数，"
        "一项目标对照两份同年报告时计两次。",
        en(
            "Measures with a quantified target / all measures; targets with an amount / all "
            "targets; outcomes as outcomes() counts them "
            "(a target judged against two reports for its year counts twice)."
        ),
        *html_table(header, rows, css="qp-status"),
    ]
    for status in JUDGED:
        zh, label = next((z, lab) for s, z, lab in STATUS_LABELS if s is status)
        found = [o for o in every if o.status is status]
        out += [f"## {zh} {label.capitalize()} <small>{len(found)}</small> {{#{status.value}}}", ""]
        if not found:
            out += [f"目前没有结果为{zh}的目标。 {en(f'No outcome is {label} yet.')}", ""]
            continue
        header = ["指标 Indicator", "目标 Target", "报告 Report", "理由 Reason"]
        out += html_table(header, _outcome_rows(page, found), search=False, css="qp-outcomes")
    later = [o for o in every if o.report is None and o.context]
    if later:
        out += [
            "## 有后续年份报告的目标 Targets with reports for later years "
            f"<small>{len(later)}</small> {{#later}}",
            "",
            "这些目标没有同年的报告，但有之后年份的报告，仅供参考，不作判断。",
            en("No report for the target's own year, but reports for later years: context only."),
            *html_table(
                ["指标 Indicator", "目标 Target", "后续报告 Later reports"],
                _context_rows(page, later),
                search=False,
                css="qp-outcomes",
            ),
        ]
    return "\n".join(out) + "\n"


_MEANING = {
    Status.MET: "同年报告达到目标 a report for the target's year meets it",
    Status.MISSED: "同年报告未达到目标 a report for the target's year falls short",
    Status.PENDING: "目标年份晚于数据中最新的报告 due after the latest report in the dataset",
    Status.NO_REPORT: "没有目标年份的报告 no report for the target's year",
    Status.NOT_COMPARABLE: (
        "有同年报告，但数值类型或单位不可比 a report for its year, but not comparable"
    ),
}
