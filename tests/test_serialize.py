import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualityplans.model import Comparator, Dataset, PartialDate, Plan, Quantity, Unit
from qualityplans.serialize import from_dict, from_json, to_dict, to_json


def test_dataset_round_trips_through_json_exactly(data: Dataset) -> None:
    assert from_json(to_json(data), Dataset) == data


def test_decimals_are_strings_and_dates_iso(suzhou_2016: Plan) -> None:
    document = json.loads(to_json(suzhou_2016))
    assert document["dates"][0] == {
        "kind": "signed",
        "date": "2016-04-25",
        "quote": "2016年4月25日",
    }
    measure = document["body"][2]["items"][0]
    assert measure["type"] == "measure"
    assert measure["targets"][0]["value"]["amount"] == "80"
    assert document["body"][1]["type"] == "section"


def test_a_float_amount_is_refused() -> None:
    data = {"amount": 0.1, "unit": "%", "written": "0.1%", "comparator": "=", "upper": None}
    with pytest.raises(ValueError, match="written as a string") as error:
        from_dict(data, Quantity)
    assert (
        str(error.value)
        == 'invalid Quantity: $.amount: a decimal must be written as a string, not 0.1: write "0.1"'
    )


def test_quantity_refuses_a_float_at_construction() -> None:
    with pytest.raises(TypeError, match="must be a Decimal"):
        Quantity(0.1, Unit.PERCENT, "0.1%")  # type: ignore[arg-type]


decimals = st.decimals(
    allow_nan=False, allow_infinity=False, places=4, min_value=0, max_value=10**9
)


@given(amount=decimals, unit=st.sampled_from(Unit), comparator=st.sampled_from(Comparator))
def test_quantities_round_trip(amount: Decimal, unit: Unit, comparator: Comparator) -> None:
    upper = amount + 1 if comparator is Comparator.RANGE else None
    q = Quantity(amount, unit, "written", comparator, upper)
    back = from_dict(json.loads(json.dumps(to_dict(q))), Quantity)
    assert back == q
    assert str(back.amount) == str(amount)


@given(year=st.integers(1900, 2100), month=st.none() | st.integers(1, 12), day=st.integers(1, 28))
def test_partial_dates_round_trip(year: int, month: int | None, day: int) -> None:
    date = PartialDate(year, month, day if month else None)
    assert PartialDate.from_iso(date.iso) == date
    assert from_dict(to_dict(date), PartialDate) == date
