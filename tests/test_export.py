import csv
from pathlib import Path

import pytest

from qualityplans.cli import main
from qualityplans.export import TABLES, load_json
from qualityplans.model import Dataset
from qualityplans.text.privacy import publishable


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    assert main(["export", "--output", str(out)]) == 0
    return out


def test_json_export_reads_back_equal(exported: Path, data: Dataset) -> None:
    # Equal to the dataset as published: contact details (Yancheng's form) are withheld.
    assert load_json(exported / "qualityplans.json") == publishable(data)


def test_csv_tables_are_written_with_headers(exported: Path) -> None:
    names = sorted(p.name for p in exported.glob("*.csv"))
    assert names == [
        "dataset.csv",
        "departments.csv",
        "indicators.csv",
        "ledger.csv",
        "measures.csv",
        "observations.csv",
        "plans.csv",
        "regions.csv",
        "responsibilities.csv",
        "targets.csv",
    ]
    header = (exported / "targets.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == ",".join(TABLES["targets"][0])
    assert header.startswith("plan,region,eid,block,statement,kind,indicator,indicator_zh,")


def test_plans_table(exported: Path) -> None:
    [row] = [r for r in read_csv(exported / "plans.csv") if r["id"] == "suzhou-2016"]
    assert row["doc_number"] == "苏府〔2016〕63号"
    assert row["date_signed"] == "2016-04-25"
    assert (row["measures"], row["targets"]) == ("18", "15")


def test_measures_and_responsibilities_tables(exported: Path) -> None:
    measures = [r for r in read_csv(exported / "measures.csv") if r["plan"] == "suzhou-2016"]
    assert [int(r["number"]) for r in measures] == list(range(1, 19))
    assert measures[16]["leads"] == "市质监局;市工商局;市食药监局;市农委;市住建局;市旅游局"
    units = [
        r
        for r in read_csv(exported / "responsibilities.csv")
        if (r["plan"], r["holder"]) == ("suzhou-2016", "sec_3__item_18")
    ]
    assert [(r["order"], r["role"], r["written"]) for r in units] == [
        ("1", "lead", "市工商局"),
        ("2", "lead", "市质监局"),
        ("3", "lead", "市食药监局"),
        ("4", "lead", "市卫生计生委"),
        ("5", "cooperating", "各成员单位"),
    ]
    assert units[3]["department_en"] == "Suzhou Municipal Health and Family Planning Commission"
    assert units[4]["collective"] == "member-units"


def test_targets_table_keeps_exact_decimals(exported: Path) -> None:
    rows = {r["eid"]: r for r in read_csv(exported / "targets.csv") if r["plan"] == "suzhou-2016"}
    share = rows["sec_2__item_6__tgt_4"]
    assert (share["amount"], share["unit"], share["kind"], share["direction"]) == (
        "0.1",
        "%",
        "change",
        "up",
    )
    noise = rows["sec_3__item_16__tgt_2"]
    # comparators as words: no cell starts with "=" (spreadsheets would read a formula)
    assert (noise["comparator"], noise["amount"], noise["unit"]) == ("lt", "55", "分贝")
    pm25 = rows["sec_3__item_16__tgt_1"]
    assert (pm25["kind"], pm25["direction"], pm25["base_year"]) == ("change", "down", "2013")
    assert (pm25["value_zh"], pm25["value_en"]) == ("较2013年下降13%", "−13% vs 2013")
    assert noise["quote"] == "城市区域环境噪声平均值小于55分贝"


def test_only_the_requested_format(tmp_path: Path) -> None:
    assert main(["export", "--format", "json", "--output", str(tmp_path)]) == 0
    # the JSON document and its JSON Schema
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "qualityplans.json",
        "qualityplans.schema.json",
    ]


def test_bom_for_excel(tmp_path: Path) -> None:
    assert main(["export", "--format", "csv", "--bom", "-o", str(tmp_path)]) == 0
    assert (tmp_path / "plans.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
