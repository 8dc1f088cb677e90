"""Outcomes: each target with an amount, set against the reports of its indicator.

A verdict (met / missed) is given only when a report is for the target's own
year (or its period's last year), and only when the two are comparable: the
same kind of value (a level, a change against the same base, new items over the
same period), units of one dimension (a ``%`` target against a ``个百分点``
change is *not comparable*, never a guess), and a report whose amount, or
bound (``10.5万余``), decides the comparator. ``Indicator.better`` says which way
an ``=`` target (合格率达到98%) may be exceeded.

Without a report for its year a target is judged against the date asked about
(``as_of``, default today; the site uses its build date): *pending* while its year
is not yet over, *no report* (已到期·无报告) once it is. Later reports are
attached as context, without a verdict: the 2016 plan's 100 % acceptance rate
and the 14th Five-Year plan's 97 % for 2020.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from attrs import frozen

from qualityplans.catalog import Catalog
from qualityplans.catalog.keys import (
    CatalogLike,
    IndicatorLike,
    PlanLike,
    RegionLike,
    catalog_of,
    indicator_of,
    plan_of,
    region_of,
)
from qualityplans.model import (
    Better,
    Comparator,
    Direction,
    Indicator,
    Observation,
    Plan,
    Results,
    Target,
    ValueKind,
)
from qualityplans.model.wording import value_en, value_zh
from qualityplans.rows import Row, integer_columns, statement_row
from qualityplans.serialize import jsonable

__all__ = [
    "Outcome",
    "RegionMatch",
    "Report",
    "Status",
    "judge",
    "outcomes",
    "status_counts",
]


class Status(StrEnum):
    """What became of a target."""

    MET = "met"
    MISSED = "missed"
    NOT_COMPARABLE = "not-comparable"
    PENDING = "pending"
    NO_REPORT = "no-report"

    @property
    def zh(self) -> str:
        return _STATUS_ZH[self]


_STATUS_ZH = {
    Status.MET: "已实现",
    Status.MISSED: "未实现",
    Status.NOT_COMPARABLE: "不可比",
    Status.PENDING: "未到期",
    Status.NO_REPORT: "已到期·无报告",
}


class RegionMatch(StrEnum):
    """How a report's region relates to the target's."""

    SAME = "same"  # the same region
    PARENT = "parent"  # the city's report for a district's (or county's) plan

    @property
    def zh(self) -> str:
        return "同一地区" if self is RegionMatch.SAME else "上级市的报告"


@frozen(repr=False)
class Report:
    """An observation with the plan that reports it and how its region matches."""

    plan: Plan
    observation: Observation
    region: RegionMatch

    @property
    def year(self) -> int | None:
        return _year(self.observation)

    def __repr__(self) -> str:
        o = self.observation
        return f"<Report {self.plan.id}/{o.eid} {value_en(o)} {self.year} ({self.region.value})>"


@frozen(repr=False)
class Outcome:
    """One target, the report it is judged against (if any), and the verdict.

    ``target_quote`` and ``report_quote`` are the verbatim sentences; ``plan``
    and ``report.plan`` the documents they come from. ``context`` holds reports
    for later years, attached without a verdict.
    """

    status: Status
    reason: str  # one line: why this status
    plan: Plan
    target: Target
    indicator: Indicator
    report: Report | None = None
    context: tuple[Report, ...] = ()

    @property
    def target_quote(self) -> str:
        return self.target.quote

    @property
    def report_quote(self) -> str | None:
        return self.report.observation.quote if self.report is not None else None

    @property
    def year(self) -> int | None:
        """The year the target is due (its period's last year)."""
        return _year(self.target)

    COLUMNS: ClassVar[tuple[str, ...]] = ("status", "plan", "indicator", "target", "due", "reason")
    INTEGER_COLUMNS: ClassVar[frozenset[str]] = integer_columns("targets") | {"due"}

    def row(self) -> tuple[object, ...]:
        return (
            f"{self.status.zh} {self.status.value}",
            self.plan.id,
            self.indicator.name_zh,
            value_zh(self.target),
            self.year,
            self.reason,
        )

    def record(self) -> Row:
        """One flat row: the verdict, then the target's row (``rows.statement_row``) and
        the judged report's plan, value and quote."""
        target = statement_row(
            self.plan, self.plan.parent_of(self.target.eid), self.target, self.indicator.name_zh
        )
        report = self.report.observation if self.report is not None else None
        return {
            "status": self.status.value,
            "status_zh": self.status.zh,
            "reason": self.reason,
            "due": self.year,
            **target,
            "report_plan": self.report.plan.id if self.report is not None else None,
            "report_eid": report.eid if report is not None else None,
            "report_value_zh": value_zh(report) if report is not None else None,
            "report_region": self.report.region.value if self.report is not None else None,
            "report_quote": report.quote if report is not None else None,
        }

    def to_dict(self) -> dict[str, Any]:
        """The outcome with the target's and every report's one row, JSON-ready."""

        def report(r: Report) -> dict[str, Any]:
            o = r.observation
            return {
                "plan": r.plan.id,
                "region": r.region.value,
                "observation": statement_row(
                    r.plan, r.plan.parent_of(o.eid), o, self.indicator.name_zh
                ),
            }

        document: dict[str, Any] = jsonable(
            {
                "status": self.status.value,
                "status_zh": self.status.zh,
                "reason": self.reason,
                "plan": self.plan.id,
                "indicator": self.indicator.id,
                "target": statement_row(
                    self.plan,
                    self.plan.parent_of(self.target.eid),
                    self.target,
                    self.indicator.name_zh,
                ),
                "report": None if self.report is None else report(self.report),
                "context": [report(r) for r in self.context],
            }
        )
        return document

    def __repr__(self) -> str:
        seen = f" vs {value_en(self.report.observation)}" if self.report is not None else ""
        return (
            f"<Outcome {self.status.value}: {self.plan.id}/{self.target.eid} "
            f"{self.indicator.id} {value_en(self.target)} {self.year}{seen}>"
        )


def _year(s: Target | Observation) -> int | None:
    if s.year is not None:
        return s.year
    return s.period.end if s.period is not None else None


# ---------------------------------------------------------------------- judging

# An interval of values: (low, low is open, high, high is open); None is unbounded.
_Interval = tuple[Decimal | None, bool, Decimal | None, bool]


def _signed(s: Target | Observation) -> tuple[Decimal, Decimal | None, Comparator]:
    """Amount, upper bound and comparator, negated for a stated decrease (下降13%)."""
    assert s.value is not None
    q = s.value
    if s.direction is not Direction.DOWN:
        return q.amount, q.upper, q.comparator
    flip = {
        Comparator.GE: Comparator.LE,
        Comparator.GT: Comparator.LT,
        Comparator.LE: Comparator.GE,
        Comparator.LT: Comparator.GT,
    }
    if q.comparator is Comparator.RANGE and q.upper is not None:
        return -q.upper, -q.amount, Comparator.RANGE
    return -q.amount, None, flip.get(q.comparator, q.comparator)


def _reported(o: Observation) -> _Interval:
    amount, upper, comparator = _signed(o)
    if comparator is Comparator.GE:
        return amount, False, None, False
    if comparator is Comparator.GT:
        return amount, True, None, False
    if comparator is Comparator.LE:
        return None, False, amount, False
    if comparator is Comparator.LT:
        return None, False, amount, True
    if comparator is Comparator.RANGE:
        return amount, False, upper, False
    return amount, False, amount, False


def _wanted(t: Target, better: Better) -> _Interval:
    amount, upper, comparator = _signed(t)
    # Signed changes keep the indicator's direction: a larger fall in PM2.5 is lower.
    if comparator is Comparator.GE:
        return amount, False, None, False
    if comparator is Comparator.GT:
        return amount, True, None, False
    if comparator is Comparator.LE:
        return None, False, amount, False
    if comparator is Comparator.LT:
        return None, False, amount, True
    low, high = amount, (upper if comparator is Comparator.RANGE and upper is not None else amount)
    if better is Better.HIGHER:
        return low, False, None, False
    if better is Better.LOWER:
        return None, False, high, False
    return low, False, high, False


def _above(x: Decimal | None, x_open: bool, low: Decimal | None, low_open: bool) -> bool:
    """Whether a lower end ``x`` lies at or above the lower end ``low``."""
    if low is None:
        return True
    if x is None:
        return False
    return x > low or (x == low and (x_open or not low_open))


def _below(x: Decimal | None, x_open: bool, high: Decimal | None, high_open: bool) -> bool:
    """Whether an upper end ``x`` lies at or below the upper end ``high``."""
    if high is None:
        return True
    if x is None:
        return False
    return x < high or (x == high and (x_open or not high_open))


def _disjoint(a: _Interval, b: _Interval) -> bool:
    a_lo, a_lo_open, a_hi, a_hi_open = a
    b_lo, b_lo_open, b_hi, b_hi_open = b

    def before(hi: Decimal | None, hi_open: bool, lo: Decimal | None, lo_open: bool) -> bool:
        if hi is None or lo is None:
            return False
        return hi < lo or (hi == lo and (hi_open or lo_open))

    return before(a_hi, a_hi_open, b_lo, b_lo_open) or before(b_hi, b_hi_open, a_lo, a_lo_open)


def _kinds_match(t: Target, o: Observation) -> str | None:
    """Why the two values are of different kinds, or None if they are alike."""
    stock = {ValueKind.LEVEL, ValueKind.CUMULATIVE}
    if t.kind in stock and o.kind in stock:
        return None
    if t.kind is not o.kind:
        return f"a {t.kind.value} target against a {o.kind.value} report"
    if t.kind is ValueKind.CHANGE and t.base_year != o.base_year:
        return f"changes against different base years ({t.base_year} and {o.base_year})"
    if t.kind is ValueKind.NEW and t.period != o.period:
        return f"new items over different periods ({t.period} and {o.period})"
    return None


def judge(target: Target, observation: Observation, better: Better) -> tuple[Status, str]:
    """Whether ``observation`` meets ``target``, ignoring years: met, missed or not
    comparable, with a one-line reason. ``better`` is the indicator's direction."""
    if target.value is None or observation.value is None:
        return Status.NOT_COMPARABLE, "the report states no amount"
    tu, ou = target.value.unit, observation.value.unit
    if tu.dimension is not ou.dimension:
        return Status.NOT_COMPARABLE, f"units of different dimension ({tu.value} and {ou.value})"
    why = _kinds_match(target, observation)
    if why is not None:
        return Status.NOT_COMPARABLE, why
    wanted, seen = _wanted(target, better), _reported(observation)
    lo, lo_open, hi, hi_open = seen
    if _above(lo, lo_open, wanted[0], wanted[1]) and _below(hi, hi_open, wanted[2], wanted[3]):
        return Status.MET, f"reported {value_zh(observation)} meets {value_zh(target)}"
    if _disjoint(seen, wanted):
        return Status.MISSED, f"reported {value_zh(observation)} falls short of {value_zh(target)}"
    return Status.NOT_COMPARABLE, f"the report's bound ({value_zh(observation)}) does not decide"


# --------------------------------------------------------------------- outcomes


def _region_match(target_region: str, report_region: str, catalog: Catalog) -> RegionMatch | None:
    if target_region == report_region:
        return RegionMatch.SAME
    if catalog.get_region(target_region).parent == report_region:
        return RegionMatch.PARENT
    return None


def outcomes(
    plan: PlanLike | None = None,
    indicator: IndicatorLike | None = None,
    region: RegionLike | None = None,
    *,
    as_of: date | int | None = None,
    catalog: CatalogLike = None,
) -> Results[Outcome]:
    """Every target with an amount, judged against the reports of its indicator.

    ``plan``, ``indicator`` and ``region`` (each a record or any key) keep the
    targets of that plan, that indicator, or plans of that region. ``as_of`` (a
    date or a year; default today) is when they are judged: a target due in a
    year not yet over is pending, one due earlier with no report has none.
    Ordered by plan, then document order; a target judged against two reports for
    its year gives two outcomes.
    """
    today = _as_of(as_of)
    cat = catalog_of(catalog)
    only_plan = None if plan is None else plan_of(plan, catalog=cat).id
    only_indicator = None if indicator is None else indicator_of(indicator, catalog=cat).id
    only_region = None if region is None else region_of(region, catalog=cat).id
    data = cat.dataset
    reports: dict[str, list[tuple[Plan, Observation]]] = {}
    for p in data.plans:
        for o in p.observations:
            if o.indicator is not None:
                reports.setdefault(o.indicator, []).append((p, o))
    found: list[Outcome] = []
    for p in data.plans:
        if only_plan is not None and p.id != only_plan:
            continue
        if only_region is not None and p.region != only_region:
            continue
        for t in p.targets:
            if t.value is None or t.indicator is None:
                continue
            if only_indicator is not None and t.indicator != only_indicator:
                continue
            found.extend(_outcomes(p, t, cat.get_indicator(t.indicator), reports, today, cat))
    return Results(found)


def _outcomes(
    plan: Plan,
    target: Target,
    indicator: Indicator,
    reports: dict[str, list[tuple[Plan, Observation]]],
    today: date,
    catalog: Catalog,
) -> list[Outcome]:
    due = _year(target)
    same_year: list[Report] = []
    later: list[Report] = []
    for rp, o in reports.get(indicator.id, ()):
        match = _region_match(plan.region, rp.region, catalog)
        if match is None:
            continue
        report = Report(rp, o, match)
        if due is not None and report.year == due:
            same_year.append(report)
        elif due is not None and report.year is not None and report.year > due:
            later.append(report)
    later.sort(key=lambda r: r.year or 0)
    context = tuple(later)
    if same_year:
        judged = []
        for report in same_year:
            status, reason = judge(target, report.observation, indicator.better)
            if report.region is RegionMatch.PARENT:
                reason += f" (the city's report, {report.plan.region})"
            judged.append(Outcome(status, reason, plan, target, indicator, report, context))
        return judged
    if due is None:
        return [Outcome(Status.NO_REPORT, "the target names no year", plan, target, indicator)]
    if due >= today.year:
        reason = f"due {due}; not yet over on {today.isoformat()}"
        return [Outcome(Status.PENDING, reason, plan, target, indicator, None, context)]
    reason = f"due {due}, past; no report for {due}"
    if context:
        seen = ", ".join(
            f"{r.year}" + (" by the city" if r.region is RegionMatch.PARENT else "")
            for r in context
        )
        reason += f"; reported for {seen} (context only)"
    return [Outcome(Status.NO_REPORT, reason, plan, target, indicator, None, context)]


def _as_of(value: date | int | None) -> date:
    if value is None:
        return date.today()
    if isinstance(value, bool) or not isinstance(value, date | int):
        raise TypeError(f"as_of must be a date or a year, not {type(value).__name__}")
    return value if isinstance(value, date) else date(value, 12, 31)


def status_counts(found: Iterable[Outcome]) -> dict[Status, int]:
    """How many outcomes have each status, every status listed."""
    counts = dict.fromkeys(Status, 0)
    for o in found:
        counts[o.status] += 1
    return counts
