"""Personal contact data is refused, never masked: see qualityplans.text.privacy."""

import attrs
import pytest

from qualityplans.catalog import get_plan
from qualityplans.model import Dataset, LedgerEntry, LedgerReason, Plan
from qualityplans.text.privacy import (
    ContactDetailError,
    contact_details,
    contact_kind,
    is_hotline_entry,
    publishable,
    service_numbers,
    withhold,
)
from qualityplans.validate import validate
from tests.conftest import with_plan

# Made-up numbers in the shapes a form prints them.
PHONE = LedgerEntry("0512-12345678", "联系电话：0512-12345678", LedgerReason.CONTACT, "test")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("联系方式：0512-12345678", ["0512-12345678"]),
        ("手机：13800000000。", ["13800000000"]),
        ("手机：１３８００００００００", ["１３８００００００００"]),
        ("电话 010 87654321", ["010 87654321"]),
        ("邮箱 zhiliang@example.gov.cn；", ["zhiliang@example.gov.cn"]),
        # Figures that merely look long are not contact data.
        ("“12345”、“12315”等质量投诉热线", []),
        ("《质量发展纲要(2011～2020年)》", []),
        ("总产值达到150000000000元", []),
        ("10-35蒸吨/小时", []),
        ("2016年4月25日", []),
    ],
)
def test_contact_details_finds_phones_and_mails_only(text: str, found: list[str]) -> None:
    assert [detail for _, detail in contact_details(text)] == found


def test_publishing_refuses_a_contact_detail(data: Dataset, suzhou_2016: Plan) -> None:
    plan = attrs.evolve(suzhou_2016, ledger=(*suzhou_2016.ledger, PHONE))
    n = len(suzhou_2016.ledger)
    with pytest.raises(ContactDetailError) as raised:
        publishable(with_plan(data, plan))
    assert str(raised.value) == (
        f"suzhou-2016/plan/ledger[{n}].figure: holds a phone number, e-mail address or ID "
        "number; redact it in the transcription and run qualityplans validate"
    )
    with pytest.raises(ContactDetailError, match=r"^ledger/figure: holds a phone number"):
        withhold(PHONE)


def test_valid_data_is_published_as_is(data: Dataset) -> None:
    assert publishable(data) is data
    entry = data.plans[0].ledger[0]
    assert withhold(entry) is entry


def test_yancheng_phones_are_redacted_with_a_record() -> None:
    plan = get_plan("yancheng-2017-2018")
    assert [r.after for r in plan.source.redactions] == [
        "行政负责人 | 戴源 | 职务：市长 | 联系方式：［已删除：个人电话号码］",
        "创建工作联系人 | 尹贵尧 | 职务：市质监局局长 | 联系方式（手机）：［已删除：个人电话号码］",
    ]
    assert all("Personal data is not shipped" in r.reason for r in plan.source.redactions)
    assert all(e.reason is not LedgerReason.CONTACT for e in plan.ledger)


def test_validate_refuses_a_contact_detail_in_any_data_field(
    data: Dataset, suzhou_2016: Plan
) -> None:
    person = attrs.evolve(get_plan("yancheng-2017-2018").people[0], post="市长 13800000000")
    broken = attrs.evolve(suzhou_2016, people=(person,))
    found = [str(p) for p in validate(with_plan(data, broken))]
    assert (
        "suzhou-2016/plan/people[0].post: holds the phone number '13800000000': personal "
        "data is not shipped; remove it"
    ) in found


def test_validate_refuses_a_contact_detail_in_a_catalog(data: Dataset) -> None:
    first = attrs.evolve(
        data.departments[0], note="联系邮箱 office@example.gov.cn", note_zh="联系方式见英文说明。"
    )
    broken = attrs.evolve(data, departments=(first, *data.departments[1:]))
    [problem] = validate(broken)
    assert problem.line == (
        f"src/qualityplans/data/departments/{first.id.split('.')[0]}.py: "
        f"departments/{first.id}/note: holds the e-mail address 'office@example.gov.cn': "
        "personal data is not shipped; remove it"
    )


def test_a_digest_is_not_a_phone_number() -> None:
    # A sha256 can hold a run of digits shaped like a mobile number (found by the synthetic corpus).
    from qualityplans.text.privacy import find_contact_details

    plan = get_plan("suzhou-2016")
    digest = "ab13912345678" + "0" * 51
    assert not list(
        find_contact_details(attrs.evolve(plan, source=attrs.evolve(plan.source, sha256=digest)))
    )
    assert list(find_contact_details(attrs.evolve(plan, title_en="call 13912345678"), "plan")) == [
        ("plan", "title_en", "13912345678")
    ]


# ------------------------------------------------ the formats a detail is written in

# Made-up details in the forms documents, forms and e-mails write them: each must be
# found whole, whatever surrounds it.
CONTACTS = (
    # Landlines: the official documents' （0512）, dashes of every width, +86, extensions.
    "0512-12345678",
    "0512 12345678",
    "051212345678",
    "（0512）12345678",
    "(0512)12345678",
    "（0512） 12345678",
    "0512—12345678",
    "0512－12345678",
    "0512–12345678",
    "0512——12345678",
    "010-87654321",
    "010-8765432",
    "0512-6512-3456",
    "0512-6512 3456",
    "+86-512-12345678",
    "+86 512 1234 5678",
    "+86 0512 12345678",
    "0086-512-12345678",
    "(+86)0512-12345678",
    "0512-12345678-8001",
    "0512-12345678转8001",
    "0512-12345678 ext. 8001",
    "0512-12345678分机801",
    "０５１２－１２３４５６７８",
    "（０５１２）１２３４５６７８",
    # Mobiles: grouped 3-4-4, dashed, dotted, with a country code, full-width.
    "13812345678",
    "138 1234 5678",
    "138-1234-5678",
    "138.1234.5678",
    "+86 138 1234 5678",
    "+8613812345678",
    "+86-13812345678",
    "0086 13812345678",
    "(+86)13812345678",
    "（＋86）13812345678",
    "＋８６　１３８１２３４５６７８",
    "１３８１２３４５６７８",
    "138—1234—5678",
    "86-13812345678",
    # E-mail addresses, spelled out or in full-width forms.
    "zhang@example.com",
    "zhang[at]example.com",
    "zhang(at)example.com",
    "zhang（at）example.com",
    "zhang[at]example[dot]com",
    "zhang@example.gov.cn",
    "zhang＠example．com",
    "ＺＨＡＮＧ＠ＥＸＡＭＰＬＥ．ＣＯＭ",
    "zhang AT example DOT com",
    "zhang at example dot gov dot cn",
    "zhang.san_01@mail.example.com.cn",
    "zhang @ example.com",
    # ID numbers: 18 characters (X as the check character), spaced, full-width, 15 digits.
    "320501198001011234",
    "32050119800101123X",
    "32050119800101123x",
    "320501 19800101 1234",
    "３２０５０１１９８００１０１１２３４",
    "320501800101123",
)


def test_the_corpus_is_large() -> None:
    assert len(CONTACTS) >= 40


@pytest.mark.parametrize("detail", CONTACTS)
@pytest.mark.parametrize("before", ["联系电话：", "（", "E-mail: ", ""])
def test_every_format_is_found_whole(detail: str, before: str) -> None:
    text = f"{before}{detail}。"
    assert contact_details(text) == [(len(before), detail)]


@pytest.mark.parametrize(
    ("detail", "kind"),
    [
        ("（0512）12345678", "phone number"),
        ("138 1234 5678", "phone number"),
        ("zhang[at]example.com", "e-mail address"),
        ("zhang＠example．com", "e-mail address"),
        ("32050119800101123X", "ID number"),
    ],
)
def test_each_detail_says_what_it_is(detail: str, kind: str) -> None:
    assert contact_kind(detail) == kind


# Figures of the real transcriptions and look-alikes that are not contact details.
NOT_CONTACTS = (
    "2016年",
    "2016年4月25日",
    "2025-07-28",
    "苏府〔2016〕63号",
    "相政办〔2017〕98号",
    "10-35蒸吨/小时",
    "150000000000元",
    "《质量发展纲要(2011～2020年)》",
    "2017年1月—2017年6月",
    "96.76%",
    "1.5万亿元",
    "| 578 | 800 |",
    "32567 | 55000",
    "55000、17000、11000",
    "6、7、8、9、10、17、19",
    "12350个",
    "12345.6",
    "第89次",
    "GB/T 19001-2016",
    "13800万元",
    "meet at Suzhou. The plan",
    "targets at 2025 levels",
)


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_figures_are_not_contact_details(text: str) -> None:
    assert (contact_details(text), service_numbers(text)) == ([], [])


def test_no_figure_of_a_real_transcription_is_a_contact_detail(data: Dataset) -> None:
    from qualityplans.catalog import read_source
    from qualityplans.text.figures import find_figures

    hotlines = []
    for plan in data.plans:
        text = read_source(plan.source.file)
        assert contact_details(text) == [], plan.id
        for figure in find_figures(text):
            assert contact_details(figure.text) == [], (plan.id, figure.text)
        # 文号 (the plan's and those it cites) and dates, as the documents write them.
        numbers = [plan.doc_number, *(b.doc_number for b in plan.basis)]
        for words in [n.raw for n in numbers if n] + [d.quote for d in plan.dates]:
            assert contact_details(words) == service_numbers(words) == [], (plan.id, words)
        hotlines += [(plan.id, number) for _, number in service_numbers(text)]
    # The one document that states public hotlines, each ledgered as one.
    assert ("yancheng-2017-2018", "12315") in hotlines
    assert {plan for plan, _ in hotlines} <= {"yancheng-2017-2018"}


@pytest.mark.parametrize(
    "number", ["12345", "12315", "12365", "400-123-4567", "4001234567", "400 123 4567", "800-820-8820", "４００－１２３－４５６７"]
)  # fmt: skip
def test_public_service_numbers_are_found(number: str) -> None:
    assert service_numbers(f"拨打{number}热线") == [(2, number)]
    assert contact_details(f"拨打{number}热线") == []


def test_a_hotline_passes_only_with_a_ledger_note_that_says_so() -> None:
    entry = LedgerEntry("12315", "12315热线", LedgerReason.NAME, "A public hotline.")
    assert is_hotline_entry(entry)
    assert not is_hotline_entry(attrs.evolve(entry, note="A number."))
    assert not is_hotline_entry(attrs.evolve(entry, reason=LedgerReason.SCOPE))
