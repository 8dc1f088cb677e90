from qualityplans.text.terminal import display_width, wrap


def test_cjk_characters_are_two_columns() -> None:
    assert display_width("质量abc") == 7


def test_wrap_breaks_between_cjk_characters_within_the_width() -> None:
    lines = wrap("质量强市" * 10, 21, indent="  ")
    assert all(display_width(line) <= 21 for line in lines)
    assert "".join(line.strip() for line in lines) == "质量强市" * 10


def test_wrap_keeps_latin_words_whole() -> None:
    assert wrap("Strengthen supervision of key consumer goods", 20) == [
        "Strengthen",
        "supervision of key",
        "consumer goods",
    ]
