import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualityplans.docnumber import DocNumber


@pytest.mark.parametrize(
    "text",
    [
        "苏府〔2016〕63号",
        "苏府[2016]63号",
        "苏府(2016)63号",
        "苏府（2016）63号",
        "苏府【2016】63号",
        " 苏府 〔2016〕 63 号 ",
    ],
)
def test_every_bracket_style_parses_to_the_same_number(text: str) -> None:
    number = DocNumber.parse(text)
    assert (number.agency, number.year, number.seq) == ("苏府", 2016, 63)
    assert number.canonical == "苏府〔2016〕63号"
    assert number.raw == text


def test_spaced_number_from_a_pdf_extraction() -> None:
    assert DocNumber.parse("相政办〔2017〕98 号").canonical == "相政办〔2017〕98号"


@pytest.mark.parametrize(
    "text", ["", "苏府2016年63号", "苏府〔16〕63号", "〔2016〕63号", "苏府〔2016〕号"]
)
def test_malformed_numbers_are_refused_with_the_text(text: str) -> None:
    with pytest.raises(ValueError, match="not a document number") as error:
        DocNumber.parse(text)
    assert repr(text) in str(error.value)
    assert DocNumber.try_parse(text) is None


agencies = st.text(alphabet="苏府办相政盐发质委", min_size=1, max_size=5)


@given(agency=agencies, year=st.integers(1949, 2100), seq=st.integers(1, 9999))
def test_canonical_form_parses_back_to_itself(agency: str, year: int, seq: int) -> None:
    number = DocNumber(agency, year, seq, f"{agency}[{year}]{seq}号")
    again = DocNumber.parse(number.canonical)
    assert (again.agency, again.year, again.seq) == (agency, year, seq)
