"""The fault catalogue: every mistake a contributor can make, and the line they see.

Each test makes one mistake on the real data and asserts the exact
``file: plan/eid/field: message`` lines ``qualityplans validate`` prints, each
ending in what to do about it.
"""

from __future__ import annotations

import json
import runpy
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from qualityplans.catalog import get_plan, read_source
from qualityplans.cli import main
from qualityplans.model import Dataset, Measure, Plan
from qualityplans.validate import Problem, Severity, loading_problem, validate
from tests.conftest import replace_item, with_plan

SUZHOU = "src/qualityplans/data/plans/suzhou_2016.py"
SUZHOU_TEXT = "src/qualityplans/data/sources/suzhou-2016.txt"
BRAND = "suzhou-2016/sec_2__item_6__tgt_1"


def lines(data: Dataset, texts: dict[str, str] | None = None) -> list[str]:
    return [p.line for p in validate(data, texts=texts)]


def edit_target(plan: Plan, measure_eid: str, index: int, **changes: object) -> Plan:
    def change(measure: object) -> object:
        assert isinstance(measure, Measure)
        targets = list(measure.targets)
        targets[index] = attrs.evolve(targets[index], **changes)
        return attrs.evolve(measure, targets=tuple(targets))

    return replace_item(plan, measure_eid, change)  # type: ignore[arg-type]


def edit_measure(plan: Plan, item_eid: str, **changes: object) -> Plan:
    return replace_item(plan, item_eid, lambda m: attrs.evolve(m, **changes))


def test_quote_altered_by_one_character(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_target(suzhou_2016, "sec_2__item_6", 0, quote="2016年争创江苏名牌产品81个")
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: {BRAND}/quote: not found in the text of sec_2__item_6: "
        "'2016年争创江苏名牌产品81个': copy the words verbatim from the block's text",
        f"{SUZHOU}: {BRAND}/value.written: '80个' not found in the quote: give the figure as "
        "the quote writes it",
        f"{SUZHOU}: suzhou-2016/sec_2__item_6/figures: figure 2016 (line 21: …名牌、知名商标评定工作,"
        "2016年争创江苏名牌产品80个…) is neither captured nor ledgered: quote it in a target or "
        "observation, or add a LedgerEntry",
        f"{SUZHOU}: suzhou-2016/sec_2__item_6/figures: figure 80 (line 21: …016年争创江苏名牌产品80个,"
        "新增中国驰名商标5件…) is neither captured nor ledgered: quote it in a target or "
        "observation, or add a LedgerEntry",
    ]


def test_measure_text_truncated(data: Dataset, suzhou_2016: Plan) -> None:
    text = suzhou_2016.measure(1).text
    broken = edit_measure(suzhou_2016, "sec_1__item_1", text=text[:-6])
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_1__item_1/text: stops mid-paragraph before "
        "'效工作机制。(市政府办公室、市质监局牵…': give the whole paragraph",
        f"{SUZHOU}: suzhou-2016/sec_1__item_1/responsibility_text: does not follow the measure "
        "text in the transcription: the text must end where the list of units begins",
    ]


@pytest.mark.parametrize(
    ("kind", "catalog"),
    [
        ("department", "departments/"),
        ("indicator", "indicators.py"),
        ("region", "regions.py"),
        ("theme", "themes.py"),
    ],
)
def test_unknown_catalog_id(data: Dataset, suzhou_2016: Plan, kind: str, catalog: str) -> None:
    if kind == "department":
        measure = suzhou_2016.measure(1)
        first = attrs.evolve(measure.responsibilities[0], department="no-such")
        rest = measure.responsibilities[1:]
        broken = edit_measure(suzhou_2016, measure.eid, responsibilities=(first, *rest))
        where = "sec_1__item_1/responsibilities[0].department"
    elif kind == "indicator":
        broken = edit_target(suzhou_2016, "sec_2__item_6", 0, indicator="no-such")
        where = "sec_2__item_6__tgt_1/indicator"
    elif kind == "region":
        broken = attrs.evolve(suzhou_2016, region="no-such")
        where = "plan/region"
    else:
        broken = edit_measure(suzhou_2016, "sec_1__item_4", themes=("no-such",))
        where = "sec_1__item_4/themes"
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/{where}: unknown {kind} id 'no-such': use an id from "
        f"src/qualityplans/data/{catalog}, or add one there"
    ]


def test_duplicate_eid(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_measure(suzhou_2016, "sec_1__item_2", eid="sec_1__item_1")
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_1__item_1/eid: duplicate eid: give each item its own eid"
    ]


def test_duplicate_plan_id(data: Dataset, suzhou_2016: Plan) -> None:
    twice = attrs.evolve(data, plans=(suzhou_2016, suzhou_2016))
    assert lines(twice) == [
        f"{SUZHOU}: suzhou-2016/plan/id: duplicate plan id: give each plan its own id "
        "(and module and transcription)"
    ]


def test_gap_and_repeat_in_numbering(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_measure(suzhou_2016, "sec_1__item_3", number=4)
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_1__item_3/number: measure numbering has a gap or is out of "
        "order: expected 3, found 4: is a measure missing or misnumbered?",
        f"{SUZHOU}: suzhou-2016/sec_1__item_4/number: measure number 4 repeats: number measures "
        "as the document does",
    ]


def test_percent_level_120(data: Dataset, suzhou_2016: Plan) -> None:
    target = suzhou_2016.measure(14).targets[0]
    assert target.value is not None
    value = attrs.evolve(target.value, amount=Decimal("120"))
    broken = edit_target(suzhou_2016, "sec_3__item_14", 0, value=value)
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_3__item_14__tgt_1/value.amount: '100%' reads as 100, not 120",
        f"{SUZHOU}: suzhou-2016/sec_3__item_14__tgt_1/value.amount: percent level 120 is "
        "outside 0-100: check the amount, the unit and the kind",
    ]


def test_a_syntax_error_in_a_data_module(tmp_path: Path) -> None:
    module = tmp_path / "plan_with_a_typo.py"
    module.write_text('PLAN = Plan(\n    id="x",\n    title_zh="标题"\n    kind=1,\n)\n')
    with pytest.raises(SyntaxError) as raised:
        runpy.run_path(str(module))
    assert loading_problem(raised.value).line == (
        f"{module}: line 3: cannot load: SyntaxError: invalid syntax. Perhaps you forgot a "
        "comma?: fix the Python syntax"
    )


def test_a_float_in_a_json_export_names_its_path(tmp_path: Path, data: Dataset) -> None:
    from qualityplans.export import load_json, write_json

    write_json(data, tmp_path)
    path = tmp_path / "qualityplans.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    body = document["dataset"]["plans"][0]["body"]
    body[2]["items"][0]["targets"][0]["value"]["amount"] = 80.0
    document["dataset"]["plans"][1]["kind"] = "manifesto"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=r"^invalid Dataset: \$\.dataset\.") as raised:
        load_json(path)
    assert str(raised.value) == (
        "invalid Dataset: "
        "$.dataset.plans[0].body[2].items[0].targets[0].value.amount: a decimal must be "
        'written as a string, not 80.0: write "80.0"; '
        "$.dataset.plans[1].kind: invalid value for type, expected PlanKind"
    )


def test_a_figure_removed_from_the_ledger(data: Dataset, suzhou_2016: Plan) -> None:
    [index] = [i for i, e in enumerate(suzhou_2016.ledger) if e.figure == "苏府〔2016〕63号"]
    ledger = suzhou_2016.ledger[:index] + suzhou_2016.ledger[index + 1 :]
    broken = attrs.evolve(suzhou_2016, ledger=ledger)
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/source/figures: figure 2016 (line 5: …25日 政策文号:苏府〔2016〕63号 "
        "有效性:政策是…) is neither captured nor ledgered: quote it in a target or observation, "
        "or add a LedgerEntry",
        f"{SUZHOU}: suzhou-2016/source/figures: figure 63 (line 5: …策文号:苏府〔2016〕63号 "
        "有效性:政策是否有效…) is neither captured nor ledgered: quote it in a target or "
        "observation, or add a LedgerEntry",
    ]


def test_a_transcription_edited_without_its_checksum(data: Dataset, suzhou_2016: Plan) -> None:
    text = read_source("suzhou-2016.txt") + "附件略\n"
    [problem] = validate(data, texts={"suzhou-2016.txt": text})
    assert problem.line.startswith(
        f"{SUZHOU_TEXT}: suzhou-2016/source/sha256: transcription has sha256 "
    )
    assert problem.line.endswith(
        f", but {suzhou_2016.source.sha256} is recorded: "
        "if the edit is intended, record the new sha256 in the plan's Source"
    )


def test_a_target_year_before_the_plans_period(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_target(suzhou_2016, "sec_3__item_14", 0, year=2015)
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_3__item_14__tgt_1/year: the quote states 2016年, but year "
        "2015 is recorded: set year= (or period=, base_year=) to the year the quote states",
        f"{SUZHOU}: suzhou-2016/sec_3__item_14__tgt_1/year: target year 2015 is before the "
        "plan's period 2016: check the year, or record the figure as an observation",
    ]


def test_an_observation_without_a_year(data: Dataset) -> None:
    yancheng = get_plan("yancheng-2017-2018")
    [observation] = yancheng.observations
    undated = attrs.evolve(observation, year=None)
    broken = replace_item(
        yancheng, "form__analysis_results", lambda b: attrs.evolve(b, observations=(undated,))
    )
    assert lines(with_plan(data, broken)) == [
        "src/qualityplans/data/plans/yancheng_2017_2018.py: "
        f"yancheng-2017-2018/{observation.eid}/year: an observation needs a year or a period: "
        "read the sentence (a 十三五 result is for 2020) and set year= or period="
    ]


def test_a_unit_not_in_the_responsibility_text(data: Dataset, suzhou_2016: Plan) -> None:
    measure = suzhou_2016.measure(1)
    first = attrs.evolve(measure.responsibilities[0], written="市财政局")
    broken = edit_measure(
        suzhou_2016, measure.eid, responsibilities=(first, *measure.responsibilities[1:])
    )
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_1__item_1/responsibilities[0].written: '市财政局' not "
        "found (in order) in '(市政府办公室、市质监局牵头,各成员单位配合)': give each unit as "
        "written, in the order the text names them",
        f"{SUZHOU}: suzhou-2016/sec_1__item_1/responsibilities: units named but not captured: "
        "'市政府办公室': add a Responsibility for each",
        f"{SUZHOU}: suzhou-2016/sec_1__item_1/responsibilities[0].department: '市财政局' is not "
        "a name of suzhou.general-office (苏州市人民政府办公室): use suzhou.finance, or add "
        "'市财政局' to suzhou.general-office's names if it is one",
    ]


def test_a_phone_number_in_a_transcription(data: Dataset) -> None:
    text = read_source("suzhou-2016.txt").replace(
        "苏州市人民政府", "苏州市人民政府（联系电话：0512-12345678）", 1
    )
    found = validate(data, texts={"suzhou-2016.txt": text})
    assert [p.line for p in found][1:] == [
        f"{SUZHOU_TEXT}: suzhou-2016/source/text: line 3 holds the phone number or e-mail "
        "address '0512-12345678': replace it with a redaction mark and record a Redaction"
    ]


def test_warnings_are_printed_but_do_not_fail(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from qualityplans import validate as module

    warning = Problem("suzhou-2016/sec_2__item_6__tgt_1/value", "differs", SUZHOU, Severity.WARNING)
    monkeypatch.setattr(module, "validate", lambda data, **_: [warning])
    assert main(["validate"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == (
        f"{SUZHOU}: suzhou-2016/sec_2__item_6__tgt_1/value: warning: differs"
    )
    assert out.splitlines()[1].endswith("no errors, 1 warnings")
    assert err == "0 errors, 1 warning\n"


def test_every_message_says_what_to_do(data: Dataset, suzhou_2016: Plan) -> None:
    # A grab-bag of faults at once: each line ends in advice after the last ': '.
    broken = edit_measure(suzhou_2016, "sec_1__item_2", eid="sec_1__item_1", number=9)
    broken = edit_target(broken, "sec_2__item_6", 0, indicator="x", quote="y")
    for line in lines(with_plan(data, broken)):
        advice = line.rsplit(": ", 1)[1]
        assert advice.split()[0] in {"give", "use", "copy", "is", "quote", "number"}, line
