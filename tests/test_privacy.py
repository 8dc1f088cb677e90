from pathlib import Path

import attrs

from qualityplans.export import load_json, write_csv, write_json
from qualityplans.model import Dataset, LedgerEntry, LedgerReason, Plan
from qualityplans.privacy import WITHHELD, publishable, withhold
from qualityplans.site.source import source_page
from qualityplans.sources import read_source

PHONE = LedgerEntry(
    "0515-86665066", "联系方式： 0515-86665066", LedgerReason.CONTACT, "Office phone."
)


def test_withhold_masks_only_contact_entries() -> None:
    masked = withhold(PHONE)
    assert masked.figure == WITHHELD
    assert masked.quote == "联系方式： ××××-××××××××"
    date = LedgerEntry("2016年4月25日", "2016年4月25日", LedgerReason.DATE, "Date.")
    assert withhold(date) is date


def test_exports_and_pages_never_carry_a_contact(
    tmp_path: Path, data: Dataset, suzhou_2016: Plan
) -> None:
    plan = attrs.evolve(suzhou_2016, ledger=(*suzhou_2016.ledger, PHONE))
    with_phone = attrs.evolve(data, plans=(plan,))
    write_json(with_phone, tmp_path)
    write_csv(with_phone, tmp_path)
    for path in tmp_path.iterdir():
        assert "86665066" not in path.read_text(encoding="utf-8"), path.name
    text = read_source(plan.source.file) + "\n联系方式： 0515-86665066\n"
    page = source_page(plan, text)
    assert "86665066" not in page
    assert "联系方式： ××××-××××××××" in page
    assert load_json(tmp_path / "qualityplans.json") == publishable(with_phone)


def test_publishable_leaves_a_dataset_without_contacts_unchanged(data: Dataset) -> None:
    without = attrs.evolve(
        data,
        plans=tuple(
            p for p in data.plans if all(e.reason is not LedgerReason.CONTACT for e in p.ledger)
        ),
    )
    assert without.plans
    assert publishable(without) == without
