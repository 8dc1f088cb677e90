from decimal import Decimal

import pytest

from qualityplans.text.figures import find_figures, label_spans, read_amounts


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


TASK = "1、明确城市质量发展战略规划。经费数额占比达到1%。\n专栏2：首席质量官\n"


def test_a_label_heading_its_item_is_structure() -> None:
    assert label_spans(TASK, "1、", "明确城市质量发展战略规划", 1) == [(0, 1)]
    # Punctuation between label and title (专栏2：) is allowed.
    box = TASK.index("专栏2")
    assert label_spans(TASK, "专栏2", "首席质量官", 2) == [(box + 2, box + 3)]


@pytest.mark.parametrize(
    ("label", "title", "number"),
    [
        ("1、", "明确城市质量发展战略规划", 2),  # the label does not read as the item's number
        ("1、", "经费数额", 1),  # not heading the item
        ("1、", "", 1),  # no title to anchor on
        ("一、", "明确城市质量发展战略规划", "一"),  # no digits: nothing to cover
    ],
)
def test_other_numerals_are_not_labels(label: str, title: str, number: object) -> None:
    assert label_spans(TASK, label, title, number) == []
