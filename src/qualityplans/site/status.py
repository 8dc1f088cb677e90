"""The reporting-status page (like Open SDG's): a sentence saying what became of every
target as of the build date, then per plan how many measures have quantified targets,
how many targets state an amount, and what became of them (``outcomes``); then every
judged outcome (met, missed, not comparable) with its target and report side by side.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from qualityplans.compare.outcomes import Outcome, Report, Status, status_counts
from qualityplans.model import Observation, Plan, Target
from qualityplans.model.wording import value_zh
from qualityplans.site import Page, parts
from qualityplans.site.entity import StatementView, statement_view
from qualityplans.site.templating import Markup, render

__all__ = [
    "INDEX",
    "JUDGED",
    "STATUS_LABELS",
    "Side",
    "pages",
    "plan_status",
    "reason_zh",
    "status_page",
    "summary",
]

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

_MEANING = {
    Status.MET: ("同年报告达到目标", "a report for the target's year meets it"),
    Status.MISSED: ("同年报告未达到目标", "a report for the target's year falls short"),
    Status.PENDING: ("目标年份尚未结束", "its year is not over yet"),
    Status.NO_REPORT: ("目标年份已过，但没有该年的报告", "its year is over, with no report for it"),
    Status.NOT_COMPARABLE: (
        "有同年报告，但数值类型或单位不可比",
        "a report for its year, but not comparable",
    ),
}


def pages() -> Iterator[Page]:
    yield INDEX, status_page()


def plan_status(p: Plan) -> tuple[int, int, int, int, dict[Status, int]]:
    """Measures with a quantified target, all measures, targets, targets with an amount,
    and the count of outcomes of each status."""
    quantified = sum(1 for m in p.measures if any(t.value is not None for t in m.targets))
    with_amount = sum(1 for t in p.targets if t.value is not None)
    counts = status_counts(parts.site_outcomes(plan=p.id))
    return quantified, len(p.measures), len(p.targets), with_amount, counts


def summary(every: list[Outcome] | None = None) -> tuple[str, str]:
    """One sentence in Chinese and one in English: what became of every target with an
    amount, as of the build date."""
    found = list(parts.site_outcomes()) if every is None else every
    counts = status_counts(found)
    plans = len(parts.data().plans)
    targets = len({(o.plan.id, o.target.eid) for o in found})
    day = parts.build_date().isoformat()
    twice = len(found) != targets
    zh = (
        f"截至{day}，已收录的{plans}份规划共有{targets}项带数值的目标：已实现"
        f"{counts[Status.MET]}项，未实现{counts[Status.MISSED]}项，不可比"
        f"{counts[Status.NOT_COMPARABLE]}项，未到期{counts[Status.PENDING]}项，"
        f"已到期但无报告{counts[Status.NO_REPORT]}项"
        + ("（一项目标对照两份同年报告时计两次）" if twice else "")
        + "。"
    )
    english = (
        f"As of {day}, the {plans} plans collected state {targets} targets with an amount: "
        f"{counts[Status.MET]} met, {counts[Status.MISSED]} missed, "
        f"{counts[Status.NOT_COMPARABLE]} not comparable, {counts[Status.PENDING]} pending "
        f"and {counts[Status.NO_REPORT]} past due with no report"
        + (" (a target judged against two reports for its year counts twice)" if twice else "")
        + "."
    )
    return zh, english


@frozen
class Side:
    """A target or a report: its value and year, plan, quote, and how its region relates."""

    view: StatementView
    region: str = ""  # 上级市的报告 where the report is the parent city's


def _side(plan: Plan, s: Target | Observation, region: str = "") -> Side:
    return Side(statement_view(INDEX, plan, plan.parent_of(s.eid), s), region)


def _report(r: Report) -> Side:
    return _side(r.plan, r.observation, "" if r.region.value == "same" else r.region.zh)


def reason_zh(o: Outcome) -> str:
    """Why a judged outcome is what it is, in Chinese, from the one formatter's words
    (the library's reason, in English, is shown after it)."""
    if o.report is None:
        return ""
    report, target = value_zh(o.report.observation), value_zh(o.target)
    if o.status is Status.MET:
        return f"报告{report}，达到目标{target}"
    if o.status is Status.MISSED:
        return f"报告{report}，未达到目标{target}"
    return f"报告{report}与目标{target}的数值类型或单位不可比"


@frozen
class OutcomeRow:
    indicator: Markup
    target: Side
    report: Side | None
    reason: str
    reason_zh: str = ""
    later: tuple[Side, ...] = ()


def _row(o: Outcome) -> OutcomeRow:
    plan = parts.plan(o.plan.id) or o.plan
    return OutcomeRow(
        indicator=Markup(parts.indicator_link(INDEX, o.indicator.id)),
        target=_side(plan, o.target),
        report=_report(o.report) if o.report is not None else None,
        reason=o.reason,
        reason_zh=reason_zh(o),
        later=tuple(_report(r) for r in o.context),
    )


def status_page() -> str:
    """The Markdown of the status page."""
    page = INDEX
    rows = []
    ids = []
    for p in parts.data().plans:
        quantified, measures, targets, with_amount, counts = plan_status(p)
        rows.append(
            [
                Markup(parts.plan_link(page, p)),
                f"{quantified} / {measures}",
                f"{with_amount} / {targets}",
                *(str(counts[s]) for s, _, _ in STATUS_LABELS),
            ]
        )
        ids.append(f"plan-{p.id}")
    every = list(parts.site_outcomes())
    zh, english = summary(every)
    judged = [
        (status, zh_, label, [_row(o) for o in every if o.status is status])
        for status, zh_, label in STATUS_LABELS
        if status in JUDGED
    ]
    return render(
        "status.md",
        front_matter=Markup("\n".join(parts.front_matter("进展 Status", "toc"))),
        summary_zh=zh,
        summary_en=english,
        legend=[(zh_, label, *_MEANING[s]) for s, zh_, label in STATUS_LABELS],
        columns=[
            ("规划", "Plan"),
            ("量化措施", "Measures with figures"),
            ("数值目标", "Targets with amounts"),
            *((zh_, label) for _, zh_, label in STATUS_LABELS),
        ],
        rows=rows,
        ids=ids,
        judged=judged,
        later=[_row(o) for o in every if o.report is None and o.context],
    )
