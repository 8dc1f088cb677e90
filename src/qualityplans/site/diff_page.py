"""A plan diff as the body of a comparison page, from the template ``diff.md``.

``compare/`` returns data and plain text; the site decides how a diff looks. Records
are shown by name and linked to their pages; values are said by the one formatter
(``compare.render.target_text``, from ``model.wording``). "Changed" means the same
indicator with a different target; related indicators (different measures) stand
in a section of their own; a figure over several years is never set beside a
yearly one without saying so; why two measures were paired is said in words.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from qualityplans.compare.changes import IndicatorChange, Side
from qualityplans.compare.diff import PlanDiff
from qualityplans.compare.render import FIELD_ZH, department_groups, reasons_zh, target_text
from qualityplans.model import Collective, Measure, Plan, Target, ValueKind
from qualityplans.model.wording import when
from qualityplans.site import links, parts
from qualityplans.site.links import html_href
from qualityplans.site.templating import Markup, en, render

__all__ = ["DiffSummary", "diff_body", "diff_summary"]


@frozen
class DiffSummary:
    """What a comparison page says first: the counts of each view of a diff."""

    both: int  # indicators with targets in both plans
    changed: int  # of them, with a different target
    spans_differ: int  # of them, a multi-year figure beside a yearly one
    related: int  # pairs of related, different indicators
    only_a: int
    only_b: int
    aligned: int  # pairs of aligned measures
    through_reform: int  # lines of responsibility matched through the reform

    @classmethod
    def of(cls, d: PlanDiff) -> DiffSummary:
        return cls(
            both=len(d.indicators),
            changed=sum(1 for c in d.indicators if c.changed),
            spans_differ=sum(1 for c in d.indicators if c.spans_differ),
            related=len(d.related),
            only_a=len(d.indicators_only_in_a),
            only_b=len(d.indicators_only_in_b),
            aligned=len(d.measures.pairs),
            through_reform=sum(1 for x in d.departments if x.through_lineage),
        )


def diff_summary(d: PlanDiff) -> tuple[str, str]:
    """The page's first paragraph, in Chinese and in English, from the diff's counts."""
    s = DiffSummary.of(d)
    zh = [
        f"两份规划都设有目标的同一指标 {s.both} 项，其中 {s.changed} 项的目标不同"
        "（数值、比较方式、单位、类型或承诺不同；只差年份不算）"
    ]
    en_ = [
        f"{_n(s.both, 'indicator')} with targets in both plans, {s.changed} of them with a "
        "different target (value, comparator, unit, kind or commitment; a different year alone "
        "is no change)"
    ]
    if s.spans_differ:
        zh.append(f"{s.spans_differ} 项一方为多年合计、一方为单年数值，不能直接比较")
        en_.append(f"{s.spans_differ} set a multi-year total beside a single year's figure")
    zh.append(
        f"另有相关但不同的指标 {s.related} 对，衡量的不是同一事项，不计为变化"
        if s.related
        else "没有相关但不同的指标"
    )
    en_.append(
        f"{_n(s.related, 'pair')} of related but different indicators, which are not changes"
        if s.related
        else "no related indicators"
    )
    zh.append(f"仅规划 a 有目标的指标 {s.only_a} 项，仅规划 b 有目标的 {s.only_b} 项")
    en_.append(f"{_n(s.only_a, 'indicator')} only in a, {s.only_b} only in b")
    zh.append(f"内容相近、一一对应的措施 {s.aligned} 对")
    en_.append(f"{_n(s.aligned, 'pair')} of aligned measures")
    if s.through_reform:
        zh.append(f"{s.through_reform} 条牵头或负责单位经2018—2019年机构改革对应")
        en_.append(
            f"{_n(s.through_reform, 'line')} of lead units matched through the 2018-2019 reform"
        )
    return "；".join(zh) + "。", "; ".join(en_) + "."


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


# ------------------------------------------------------------------ the cells


def _a(href: str, text: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def _measure(page: str, plan: Plan, m: Measure) -> Markup:
    return _a(html_href(page, links.block_path(plan, m)), m.label + m.title_zh)


def _targets(targets: Iterable[Target]) -> str:
    return "；".join(dict.fromkeys(target_text(t) for t in targets)) or "—"


def _multi_year(targets: Iterable[Target]) -> bool:
    return any(
        t.period is not None
        and t.kind in (ValueKind.NEW, ValueKind.CUMULATIVE)
        and t.period.end > t.period.start
        for t in targets
    )


def _spans_note(c: IndicatorChange) -> Markup:
    """Which side counts over several years, said where the two figures stand."""
    if not c.spans_differ:
        return Markup("")
    sides = [
        f"{label} 为{'、'.join(dict.fromkeys(when(t) for t in ts if when(t)))}多年合计"
        for label, ts in (("a", c.a_targets), ("b", c.b_targets))
        if _multi_year(ts)
    ]
    zh = "；".join(sides) or "统计期不同"
    return Markup(
        '<br><span class="qp-warn">⚠ 统计期不同：{}，另一方为单年数值，不能直接比较。 {}</span>'
    ).format(zh, en("Periods differ: a multi-year total beside a single year's figure."))


def _change(c: IndicatorChange) -> Markup:
    if not c.changed:
        return Markup("未变 {}").format(en("unchanged"))
    return Markup("{}<br>{}").format(
        "、".join(FIELD_ZH[f] for f in c.changed), en(", ".join(c.changed))
    )


def _indicator(page: str, c: IndicatorChange, side: str) -> Markup:
    found = c.a_indicator if side == "a" else c.b_indicator
    return Markup(parts.indicator_link(page, found))


def _body(page: str, record: object) -> Markup:
    if isinstance(record, Collective):
        return Markup(parts.collective_link(page, record))
    return Markup(parts.department_link(page, getattr(record, "id", str(record))))


def _side(page: str, side: Side) -> Markup:
    if not side:
        return Markup("—")
    return Markup("、").join(
        Markup("{}（{}）").format(_body(page, body), "，".join(f"{r.zh}×{n}" for r, n in roles))
        for body, roles in side
    )


# ------------------------------------------------------------------ the body

# department_groups' kinds, Chinese and English apart (for the heading and its tag).
_GROUPS = {
    "经机构改革对应 through the reform": ("经机构改革对应", "matched through the 2018-2019 reform"),
    "相同单位 same bodies": ("相同单位", "the same bodies"),
    "仅见于 a only in a": ("仅见于 a", "only in a"),
    "仅见于 b only in b": ("仅见于 b", "only in b"),
    "统称 collectives": ("统称", "collectives: groups of units, not one body"),
}


def diff_body(d: PlanDiff, page: str) -> str:
    """The comparison page's body below its summary: indicators (changed, unchanged),
    related indicators, indicators of one plan only, measures, departments, themes."""
    changed = [c for c in d.indicators if c.changed]
    same = [c for c in d.indicators if not c.changed]

    def row(c: IndicatorChange) -> list[object]:
        return [
            _indicator(page, c, "a") + _spans_note(c),
            _targets(c.a_targets),
            _targets(c.b_targets),
            _change(c),
        ]

    related = [
        [
            _indicator(page, c, "a"),
            _targets(c.a_targets),
            _indicator(page, c, "b"),
            Markup("{}{}").format(_targets(c.b_targets), _spans_note(c)),
        ]
        for c in d.related
    ]
    pairs = [
        [
            _measure(page, d.a, p.a),
            _measure(page, d.b, p.b),
            "；".join(reasons_zh(p.reasons, d.catalog)) or "—",
        ]
        for p in d.measures.pairs
    ]
    groups = [
        {
            "kind_zh": _GROUPS.get(kind, (kind, ""))[0],
            "kind_en": _GROUPS.get(kind, (kind, ""))[1],
            "rows": [[_side(page, line.a), _side(page, line.b)] for line in lines],
        }
        for kind, lines in department_groups(d.departments)
    ]
    themes = [
        [
            Markup(parts.theme_link(page, t.theme)),
            t.a_measures,
            t.b_measures,
            t.a_targets,
            t.b_targets,
        ]
        for t in d.themes
    ]
    return render(
        "diff.md",
        changed=[row(c) for c in changed],
        same=[row(c) for c in same],
        related=related,
        only_a=[Markup(parts.indicator_link(page, i)) for i in d.indicators_only_in_a],
        only_b=[Markup(parts.indicator_link(page, i)) for i in d.indicators_only_in_b],
        pairs=pairs,
        measures_only_a=[_measure(page, d.a, m) for m in d.measures.only_in_a],
        measures_only_b=[_measure(page, d.b, m) for m in d.measures.only_in_b],
        departments=groups,
        themes=themes,
        a=f"a · {parts.plan_short_label(d.a)}",
        b=f"b · {parts.plan_short_label(d.b)}",
    )
