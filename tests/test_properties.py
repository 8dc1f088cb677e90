"""Properties of the data's travel: any valid object round-trips exactly.

JSON keeps Decimals as strings (trailing zeros and exponents included), dates as
ISO text, enums by value and tuples as lists, and reading it back gives the
same object. An export holds what the Dataset holds, in JSON and in CSV alike.
"""

from __future__ import annotations

import csv
import json
import tempfile
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qualityplans.catalog import dataset
from qualityplans.export import load_json, write_csv, write_json
from qualityplans.model import (
    Commitment,
    Comparator,
    Dataset,
    Direction,
    Measure,
    Observation,
    Period,
    Plan,
    Quantity,
    Target,
    Unit,
    ValueKind,
)
from qualityplans.serialize import from_json, to_json
from qualityplans.text.privacy import contact_details
from tests.conftest import examples, replace_item, with_plan

PROPERTY = settings(max_examples=examples(60), suppress_health_check=[HealthCheck.too_slow])

TEXT = st.text(min_size=1, max_size=30).filter(lambda s: not contact_details(s))
# Decimals as curators write them: "80", "96.76", "0.50", "1E+3", "-2.5".
DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12)
YEARS = st.integers(1949, 2100)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    comparator = draw(st.sampled_from(Comparator))
    amount = draw(DECIMALS)
    upper = (
        amount + draw(DECIMALS.filter(lambda d: d > 0)) if comparator is Comparator.RANGE else None
    )
    return Quantity(amount, draw(st.sampled_from(Unit)), draw(TEXT), comparator, upper)


def _periods() -> st.SearchStrategy[Period | None]:
    return st.none() | st.builds(
        lambda start, length: Period(start, start + length), YEARS, st.integers(0, 15)
    )


def targets(eid: st.SearchStrategy[str] = TEXT) -> st.SearchStrategy[Target]:
    return st.builds(
        Target,
        eid=eid,
        quote=TEXT,
        kind=st.sampled_from(ValueKind),
        indicator=st.none() | TEXT,
        value=st.none() | quantities(),
        year=st.none() | YEARS,
        period=_periods(),
        base_year=st.none() | YEARS,
        direction=st.none() | st.sampled_from(Direction),
        commitment=st.sampled_from(Commitment),
        modal=st.none() | TEXT,
        qualitative=st.none() | TEXT,
        note=st.none() | TEXT,
    )


def observations() -> st.SearchStrategy[Observation]:
    return st.builds(
        Observation,
        eid=TEXT,
        quote=TEXT,
        kind=st.sampled_from(ValueKind),
        indicator=st.none() | TEXT,
        value=st.none() | quantities(),
        year=st.none() | YEARS,
        period=_periods(),
        period_label=st.none() | TEXT,
        base_year=st.none() | YEARS,
        direction=st.none() | st.sampled_from(Direction),
        qualitative=st.none() | TEXT,
        note=st.none() | TEXT,
    )


def _exact(value: Quantity | None) -> tuple[str, str] | None:
    """A quantity's amounts as written digits: Decimal('80.0') != '80'."""
    if value is None:
        return None
    return str(value.amount), str(value.upper)


@PROPERTY
@given(q=quantities())
def test_a_quantity_round_trips_digit_for_digit(q: Quantity) -> None:
    back = from_json(to_json(q), Quantity)
    assert back == q
    assert _exact(back) == _exact(q)


@PROPERTY
@given(t=targets())
def test_a_target_round_trips_exactly(t: Target) -> None:
    back = from_json(to_json(t), Target)
    assert back == t
    assert _exact(back.value) == _exact(t.value)


@PROPERTY
@given(o=observations())
def test_an_observation_round_trips_exactly(o: Observation) -> None:
    back = from_json(to_json(o), Observation)
    assert back == o
    assert _exact(back.value) == _exact(o.value)


@pytest.mark.parametrize("plan", dataset().plans, ids=lambda p: p.id)
def test_every_real_plan_round_trips_exactly(plan: Plan) -> None:
    text = to_json(plan)
    back = from_json(text, Plan)
    assert back == plan
    assert to_json(back) == text  # tuples stay tuples, enums stay enums: same JSON again
    assert [_exact(t.value) for t in back.targets] == [_exact(t.value) for t in plan.targets]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


MEASURE = "sec_2__item_6"


@settings(PROPERTY, max_examples=examples(5))  # each example writes the whole dataset
@given(found=st.lists(targets(), min_size=1, max_size=4))
# A bare carriage return in any text: the CSV writer must quote it (hypothesis found it).
@example(found=[Target("x", "a", ValueKind.LEVEL, indicator="\r", note="b\rc")])
def test_random_targets_survive_export_and_import(found: list[Target]) -> None:
    data = dataset()
    plan = next(p for p in data.plans if p.id == "suzhou-2016")
    numbered = tuple(
        attrs.evolve(t, eid=f"{MEASURE}__tgt_{i}") for i, t in enumerate(found, start=1)
    )

    def put(measure: object) -> object:
        assert isinstance(measure, Measure)
        return attrs.evolve(measure, targets=numbered)

    changed = with_plan(data, replace_item(plan, MEASURE, put))  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        loaded = load_json(write_json(changed, directory))
        write_csv(changed, directory)
        rows = [
            r
            for r in _read_csv(directory / "targets.csv")
            if r["plan"] == "suzhou-2016" and r["eid"].startswith(f"{MEASURE}__")
        ]
    assert loaded == changed
    back = next(p for p in loaded.plans if p.id == "suzhou-2016").measure(6).targets
    assert [_exact(t.value) for t in back] == [_exact(t.value) for t in numbered]
    # CSV amounts are exact decimal text (never in exponent notation), equal to the Decimal
    assert [(r["eid"], Decimal(r["amount"]) if r["amount"] else None) for r in rows] == [
        (t.eid, t.value.amount if t.value else None) for t in numbered
    ]
    assert all("E" not in r["amount"] for r in rows)


# ----------------------------------------------------- CSV holds the JSON's rows


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, Path]:
    directory = tmp_path_factory.mktemp("export")
    data = dataset()
    loaded = load_json(write_json(data, directory))
    write_csv(data, directory)
    return loaded, directory


def _statement_rows(data: Dataset, kind: str) -> list[tuple[str, ...]]:
    rows = []
    for plan in data.plans:
        for s in plan.targets if kind == "targets" else plan.observations:
            v = s.value
            rows.append(
                (
                    plan.id,
                    s.eid,
                    s.kind.value,
                    s.indicator or "",
                    str(v.amount) if v else "",
                    str(v.upper) if v and v.upper is not None else "",
                    v.unit.value if v else "",
                    str(s.year) if s.year is not None else "",
                    s.quote,
                )
            )
    return rows


CSV_COLUMNS = ("plan", "eid", "kind", "indicator", "amount", "upper", "unit", "year", "quote")


@pytest.mark.parametrize("kind", ["targets", "observations"])
def test_csv_statements_are_the_json_statements(exported: tuple[Dataset, Path], kind: str) -> None:
    loaded, directory = exported
    csv_rows = [tuple(r[c] for c in CSV_COLUMNS) for r in _read_csv(directory / f"{kind}.csv")]
    assert csv_rows == _statement_rows(loaded, kind)
    assert len(csv_rows) == sum(len(getattr(p, kind)) for p in loaded.plans)


def test_csv_plans_measures_and_ledger_are_the_json_ones(exported: tuple[Dataset, Path]) -> None:
    loaded, directory = exported
    plans = _read_csv(directory / "plans.csv")
    assert [(r["id"], r["source_sha256"]) for r in plans] == [
        (p.id, p.source.sha256) for p in loaded.plans
    ]
    measures = _read_csv(directory / "measures.csv")
    assert [(r["plan"], r["eid"], r["number"], r["text"]) for r in measures] == [
        (p.id, m.eid, str(m.number), m.text) for p in loaded.plans for m in p.measures
    ]
    ledger = _read_csv(directory / "ledger.csv")
    assert [(r["plan"], r["figure"], r["quote"]) for r in ledger] == [
        (p.id, e.figure, e.quote) for p in loaded.plans for e in p.ledger
    ]


def test_json_keeps_decimal_digits_as_written(exported: tuple[Dataset, Path]) -> None:
    _, directory = exported
    document = json.loads((directory / "qualityplans.json").read_text(encoding="utf-8"))
    amounts = [
        t["value"]["amount"]
        for p in document["dataset"]["plans"]
        for t in _walk_statements(p["body"])
        if t.get("value")
    ]
    assert all(isinstance(a, str) for a in amounts)
    assert "96.76" in amounts  # the 14th FYP table's 十三五末 pass rate, as printed
    assert Decimal("76.069") in {Decimal(a) for a in amounts}


def _walk_statements(items: list[dict[str, object]]) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for item in items:
        found += item.get("targets", []) + item.get("observations", [])  # type: ignore[operator]
        found += _walk_statements(item.get("items", []))  # type: ignore[arg-type]
    return found
