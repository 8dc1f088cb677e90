from decimal import Decimal

import pytest

from qualityplans.figures import find_figures, read_amounts


def test_find_figures_finds_every_number_with_decimals() -> None:
    found = [f.text for f in find_figures("2016年PM2.5年均浓度较2013年下降比例达到13%")]
    assert found == ["2016", "2.5", "2013", "13"]


@pytest.mark.parametrize(
    ("written", "unit", "amounts"),
    [
        ("98%以上", "%", ["98"]),
        ("6万人", "人", ["60000"]),
        ("1.5万亿元", "亿元", ["15000"]),
        ("200亿元", "亿元", ["200"]),
        ("2～3家", "家", ["2", "3"]),
        ("10.5万余张", "张", ["105000"]),
        ("93%（含93%）以上", "%", ["93", "93"]),
        ("≥97", "%", ["97"]),
        ("７６.０６９", "指数", ["76.069"]),
    ],
)
def test_read_amounts(written: str, unit: str, amounts: list[str]) -> None:
    assert read_amounts(written, unit) == [Decimal(a) for a in amounts]
