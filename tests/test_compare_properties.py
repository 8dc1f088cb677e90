"""Properties of diff(): empty against itself, mirrored when reversed, for real and altered plans."""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualityplans.catalog import default_catalog, plans
from qualityplans.compare.diff import PlanDiff, _diff, diff
from qualityplans.model import Measure, Plan, Section, Target

PLANS = plans()
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _facts(d: PlanDiff) -> tuple[object, ...]:
    """What a diff says, as sets, in terms of plan a and plan b."""
    return (
        {(c.a_indicator.id, c.b_indicator.id, c.changed) for c in d.indicators},
        {i.id for i in d.indicators_only_in_a},
        {i.id for i in d.indicators_only_in_b},
        {
            (
                frozenset(x.id for x in line.a_departments),
                frozenset(x.id for x in line.b_departments),
            )
            for line in d.departments
        },
        {(t.theme.id, t.a_measures, t.b_measures, t.a_targets, t.b_targets) for t in d.themes},
    )


def _swapped(d: PlanDiff) -> tuple[object, ...]:
    ind, only_a, only_b, lines, themes = _facts(d)
    return (
        {(b, a, ch) for a, b, ch in ind},  # type: ignore[attr-defined]
        only_b,
        only_a,
        {(b, a) for a, b in lines},  # type: ignore[attr-defined]
        {(t, mb, ma, tb, ta) for t, ma, mb, ta, tb in themes},  # type: ignore[attr-defined]
    )


def _check(a: Plan, b: Plan) -> None:
    forward, backward = diff(a, b), diff(b, a)
    assert backward == forward.mirrored()
    assert forward.mirrored().mirrored() == forward
    # Computed afresh in both orders (not through mirrored()), the views agree.
    catalog = default_catalog()
    assert _facts(_diff(b, a, catalog)) == _swapped(_diff(a, b, catalog))
    assert {(p.a.eid, p.b.eid, p.score) for p in forward.measures.pairs} == {
        (p.b.eid, p.a.eid, p.score) for p in backward.measures.pairs
    }
    assert len(forward.only_in_a) == len(backward.only_in_b)
    assert diff(a, a).is_empty
    assert diff(b, b).is_empty


@SETTINGS
@given(st.sampled_from(PLANS), st.sampled_from(PLANS))
def test_real_pairs(a: Plan, b: Plan) -> None:
    _check(a, b)


def _alter_targets(plan: Plan, factor: Decimal, drop_every: int) -> Plan:
    def target(t: Target) -> Target:
        if t.value is None:
            return t
        return attrs.evolve(t, value=attrs.evolve(t.value, amount=t.value.amount * factor))

    def visit(items: tuple[object, ...]) -> tuple[object, ...]:
        out: list[object] = []
        for n, item in enumerate(items):
            if isinstance(item, Section):
                out.append(attrs.evolve(item, items=visit(item.items)))
            elif isinstance(item, Measure) and drop_every and n % drop_every == 0:
                continue
            elif isinstance(item, Measure):
                out.append(
                    attrs.evolve(
                        item,
                        title_zh=item.title_zh[::-1] if n % 2 else item.title_zh,
                        targets=tuple(target(t) for t in item.targets),
                    )
                )
            else:
                out.append(item)
        return tuple(out)

    return attrs.evolve(plan, body=visit(plan.body))  # type: ignore[arg-type]


@SETTINGS
@given(
    st.sampled_from(PLANS),
    st.sampled_from(PLANS),
    st.sampled_from([Decimal(1), Decimal(2), Decimal("0.5")]),
    st.integers(min_value=0, max_value=4),
)
def test_altered_plans(a: Plan, b: Plan, factor: Decimal, drop_every: int) -> None:
    altered = _alter_targets(a, factor, drop_every)
    _check(altered, b)
    _check(a, altered)
    if factor == 1 and drop_every == 0:
        # Only some titles were reversed: the targets are unchanged.
        d = diff(a, altered)
        assert not any(c.changed for c in d.indicators if not c.related)
        assert not d.indicators_only_in_a
        assert not d.indicators_only_in_b
    scaled = [t for m in a.measures for t in m.targets if t.value is not None and t.indicator]
    if factor != 1 and drop_every == 0 and scaled:
        assert any("amount" in c.changed for c in diff(a, altered).indicators)
