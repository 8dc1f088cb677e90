"""Personal contact data is refused, never masked: see qualityplans.text.privacy."""

import attrs
import pytest

from qualityplans.catalog import get_plan
from qualityplans.model import Dataset, LedgerEntry, LedgerReason, Plan
from qualityplans.text.privacy import ContactDetailError, contact_details, publishable, withhold
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
        "suzhou-2016/plan/people[0].post: holds the phone number or e-mail address "
        "'13800000000': personal data is not shipped; remove it"
    ) in found


def test_validate_refuses_a_contact_detail_in_a_catalog(data: Dataset) -> None:
    first = attrs.evolve(data.departments[0], note="联系邮箱 office@example.gov.cn")
    broken = attrs.evolve(data, departments=(first, *data.departments[1:]))
    [problem] = validate(broken)
    assert problem.line == (
        f"src/qualityplans/data/departments/{first.id.split('.')[0]}.py: "
        f"departments/{first.id}/note: holds the phone number or e-mail address "
        "'office@example.gov.cn': personal data is not shipped; remove it"
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
