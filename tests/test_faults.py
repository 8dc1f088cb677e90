"""The fault catalogue: every mistake a contributor can make, and the line they see.

Each test makes one mistake on the real data and asserts the exact
``file: plan/eid/field: message`` lines ``qualityplans validate`` prints, each
ending in what to do about it.
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest

from qualityplans.catalog import Catalog, DataLoadError, get_plan, read_source, use_catalog
from qualityplans.catalog.roots import FolderRoot, shipped_root
from qualityplans.cli import main
from qualityplans.model import (
    Collective,
    Comparator,
    Dataset,
    DateKind,
    Department,
    Indicator,
    Measure,
    PartialDate,
    Plan,
    PlanDate,
    PlanKind,
    Region,
    Source,
)
from qualityplans.validate import Problem, Severity, loading_problem, validate
from qualityplans.version import sha256_text
from tests.conftest import replace_item, with_plan

ROOT = Path(__file__).resolve().parent.parent
SUZHOU = "src/qualityplans/data/plans/suzhou_2016.py"
SUZHOU_TEXT = "src/qualityplans/data/sources/suzhou-2016.txt"
BRAND = "suzhou-2016/sec_2__item_6__tgt_1"

_R = TypeVar("_R", Collective, Department, Indicator, Region)


def lines(data: Dataset, texts: dict[str, str] | None = None) -> list[str]:
    """The error lines (warnings of two figures for one thing depend on what other plans,
    extra ones included, say: not the point of a fault)."""
    return [p.line for p in validate(data, texts=texts) if p.severity is Severity.ERROR]


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
        f"{SUZHOU}: suzhou-2016/sec_3__item_14__tgt_1/value.amount: '100%' reads as 100, not "
        "120: set the amount as written",
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
        f"{SUZHOU_TEXT}: suzhou-2016/source/text: line 3 holds the phone number "
        "'0512-12345678': replace it with a redaction mark and record a Redaction"
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


# ------------------------------------------------ what validate reads in the quotes

YANCHENG = "src/qualityplans/data/plans/yancheng_2017_2018.py"
YANCHENG_TEXT = "src/qualityplans/data/sources/yancheng-2017-2018.txt"
XIANGCHENG = "src/qualityplans/data/plans/xiangcheng_2017.py"


def test_another_citys_unit(data: Dataset) -> None:
    # Yancheng's 市质监局 mapped to Suzhou's: a body of another city.
    yancheng = get_plan("yancheng-2017-2018")
    group = yancheng.task_groups[0]
    suzhou_bureau = attrs.evolve(group.responsibilities[0], department="suzhou.quality-supervision")
    broken = replace_item(
        yancheng,
        group.eid,
        lambda g: attrs.evolve(g, responsibilities=(suzhou_bureau, *g.responsibilities[1:])),
    )
    assert lines(with_plan(data, broken)) == [
        f"{YANCHENG}: yancheng-2017-2018/sec_4__group_1/responsibilities[0].department: "
        "suzhou.quality-supervision (苏州市质量技术监督局) is a body of 苏州市 (suzhou), not of "
        "this plan's 盐城市 (yancheng) or a place the block names: use "
        "yancheng.quality-supervision"
    ]


def test_a_unit_mapped_to_a_body_of_another_name(data: Dataset, suzhou_2016: Plan) -> None:
    # 市经信委 as written, mapped to the finance bureau.
    measure = suzhou_2016.measure(6)
    finance = attrs.evolve(measure.responsibilities[0], department="suzhou.finance")
    broken = edit_measure(
        suzhou_2016, measure.eid, responsibilities=(finance, *measure.responsibilities[1:])
    )
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_2__item_6/responsibilities[0].department: '市经信委' is not "
        "a name of suzhou.finance (苏州市财政局): use suzhou.economy-it, or add '市经信委' to "
        "suzhou.finance's names if it is one"
    ]


def test_a_collective_the_words_do_not_name(data: Dataset, suzhou_2016: Plan) -> None:
    measure = suzhou_2016.measure(1)
    members = attrs.evolve(measure.responsibilities[2], collective="county-level-governments")
    broken = edit_measure(
        suzhou_2016, measure.eid, responsibilities=(*measure.responsibilities[:2], members)
    )
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_1__item_1/responsibilities[2].collective: '各成员单位' does "
        "not name county-level-governments (各县级市（区）人民政府（管委会）): use the collective the "
        "words name, or add the wording to county-level-governments's names"
    ]


def test_a_target_year_the_quote_contradicts(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_target(suzhou_2016, "sec_2__item_6", 0, year=2099)
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: {BRAND}/year: the quote states 2016年, but year 2099 is recorded: set year= "
        "(or period=, base_year=) to the year the quote states"
    ]


def test_a_comparator_no_word_in_the_quote_states(data: Dataset, suzhou_2016: Plan) -> None:
    # 2016年争创江苏名牌产品80个: nothing beside 80个 says "fewer than".
    target = suzhou_2016.measure(6).targets[0]
    assert target.value is not None
    value = attrs.evolve(target.value, comparator=Comparator.LT)
    broken = edit_target(suzhou_2016, "sec_2__item_6", 0, value=value)
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: {BRAND}/value.comparator: < but nothing beside '80个' in the quote bounds "
        "it (such as 以上, 不低于, 超过, 不足, 左右 or a range 2～3): set "
        "comparator=Comparator.EQ, or put the bounding word in written"
    ]


def test_a_comparator_against_the_word_beside_the_figure(data: Dataset, suzhou_2016: Plan) -> None:
    # 98%以上 recorded as at most 98%.
    target = suzhou_2016.measure(14).targets[2]
    assert target.value is not None
    value = attrs.evolve(target.value, comparator=Comparator.LE)
    broken = edit_target(suzhou_2016, "sec_3__item_14", 2, value=value)
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/sec_3__item_14__tgt_3/value.comparator: ≤ but '以上' beside "
        "'98%以上' in the quote means ≥: set comparator=Comparator.GE"
    ]


def test_a_date_its_quote_contradicts(data: Dataset, suzhou_2016: Plan) -> None:
    signed = attrs.evolve(suzhou_2016.dates[0], date=PartialDate(2016, 4, 26))
    broken = attrs.evolve(suzhou_2016, dates=(signed, *suzhou_2016.dates[1:]))
    assert lines(with_plan(data, broken)) == [
        f"{SUZHOU}: suzhou-2016/plan/dates[0].date: 2016-04-26 disagrees with '2016年4月25日' in "
        "the quote (2016-04-25): set PartialDate(2016, 4, 25)"
    ]


def test_a_date_written_in_chinese_numerals(data: Dataset) -> None:
    # 二〇一一年六月二十八日 recorded as the 29th, in a plan of one line.
    text = "某市质量工作计划\n二〇一一年六月二十八日\n"
    plan = Plan(
        id="tiny",
        title_zh="某市质量工作计划",
        title_en="A city's quality work plan",
        kind=PlanKind.ACTION_PLAN,
        region="suzhou",
        source=Source("tiny.txt", sha256_text(text), "a fault test"),
        body=(),
        dates=(PlanDate(DateKind.SIGNED, PartialDate(2011, 6, 29), "二〇一一年六月二十八日"),),
    )
    assert lines(attrs.evolve(data, plans=(plan,)), {"tiny.txt": text}) == [
        "src/qualityplans/data/plans/tiny.py: tiny/plan/dates[0].date: 2011-06-29 disagrees "
        "with '二〇一一年六月二十八日' in the quote (2011-06-28): set PartialDate(2011, 6, 28)"
    ]


def test_a_schedule_phase_its_range_contradicts(data: Dataset) -> None:
    yancheng = get_plan("yancheng-2017-2018")
    phase = yancheng.phases[0]  # （2017年1月—2017年6月）
    broken = replace_item(
        yancheng, phase.eid, lambda p: attrs.evolve(p, start=PartialDate(2017, 2))
    )
    assert lines(with_plan(data, broken)) == [
        f"{YANCHENG}: yancheng-2017-2018/sec_6__phase_1/start: 2017-02 disagrees with "
        "'2017年1月' in the quote (2017-01): set PartialDate(2017, 1)"
    ]


def test_one_文号_on_two_plans(data: Dataset, suzhou_2016: Plan) -> None:
    xiangcheng = get_plan("xiangcheng-2017")
    broken = attrs.evolve(xiangcheng, doc_number=suzhou_2016.doc_number)
    assert lines(with_plan(data, broken)) == [
        f"{XIANGCHENG}: xiangcheng-2017/plan/doc_number: not found in the transcription: "
        "'苏府〔2016〕63号': copy it verbatim",
        f"{XIANGCHENG}: xiangcheng-2017/plan/doc_number: 文号 '苏府〔2016〕63号' is also "
        f"suzhou-2016's ({SUZHOU}): give each plan the 文号 its document bears, and if both "
        "bear it, check that they are two documents",
    ]


def test_one_title_on_two_plans(data: Dataset, suzhou_2016: Plan) -> None:
    xiangcheng = get_plan("xiangcheng-2017")
    broken = attrs.evolve(xiangcheng, title_zh=suzhou_2016.title_zh)
    assert lines(with_plan(data, broken))[-1] == (
        f"{XIANGCHENG}: xiangcheng-2017/plan/title_zh: title '2016年苏州市质量强市工作行动计划' is "
        f"also suzhou-2016's ({SUZHOU}): give each plan the title its document bears, and if "
        "both bear it, check that they are two documents"
    )


@pytest.mark.parametrize(
    ("where", "change", "line"),
    [
        (
            "sec_1__item_4/themes",
            lambda p: replace_item(
                p, "sec_1__item_4", lambda m: attrs.evolve(m, themes=("quality-city"))
            ),
            "must be a tuple, not str 'quality-city': write ('quality-city',): a one-item "
            "tuple needs its trailing comma",
        ),
        (
            "plan/ledger",
            lambda p: attrs.evolve(p, ledger=(p.ledger[0])),
            "must be a tuple, not LedgerEntry: write (LedgerEntry(…),): a one-item tuple needs "
            "its trailing comma",
        ),
        (
            "sec_2__item_6/number",
            lambda p: replace_item(p, "sec_2__item_6", lambda m: attrs.evolve(m, number="6")),
            "must be int, not str '6': write 6 without quotes",
        ),
    ],
    ids=["themes", "ledger", "number"],
)
def test_a_field_of_the_wrong_shape_is_one_line(
    data: Dataset, suzhou_2016: Plan, where: str, change: Any, line: str
) -> None:
    # Not twelve "unknown theme id 'q'" lines, nor a traceback: the field, once.
    assert lines(with_plan(data, change(suzhou_2016))) == [f"{SUZHOU}: suzhou-2016/{where}: {line}"]


def test_a_catalog_record_of_the_wrong_shape(data: Dataset) -> None:
    first = attrs.evolve(data.indicators[0], themes=("quality-city"))
    broken = attrs.evolve(data, indicators=(first, *data.indicators[1:]))
    assert lines(broken) == [
        f"src/qualityplans/data/indicators.py: indicators/{first.id}/themes: must be a tuple, "
        "not str 'quality-city': write ('quality-city',): a one-item tuple needs its trailing "
        "comma"
    ]


# ------------------------------------------------------------- contact details


def test_an_official_documents_phone_format(data: Dataset) -> None:
    text = read_source("suzhou-2016.txt").replace(
        "苏州市人民政府", "苏州市人民政府（联系电话：（0512）12345678）", 1
    )
    assert lines(data, {"suzhou-2016.txt": text})[1:] == [
        f"{SUZHOU_TEXT}: suzhou-2016/source/text: line 3 holds the phone number "
        "'（0512）12345678': replace it with a redaction mark and record a Redaction"
    ]


def test_an_id_number_in_a_field(data: Dataset) -> None:
    yancheng = get_plan("yancheng-2017-2018")
    person = attrs.evolve(yancheng.people[0], post="市长 320501198001011234")
    broken = attrs.evolve(yancheng, people=(person, *yancheng.people[1:]))
    assert lines(with_plan(data, broken)) == [
        f"{YANCHENG}: yancheng-2017-2018/plan/people[0].post: not found in its quote: give it "
        "as the quote writes it",
        f"{YANCHENG}: yancheng-2017-2018/plan/people[0].post: holds the ID number "
        "'320501198001011234': personal data is not shipped; remove it",
    ]


def test_a_hotline_without_a_ledger_note_that_says_so(data: Dataset) -> None:
    yancheng = get_plan("yancheng-2017-2018")
    [index] = [i for i, e in enumerate(yancheng.ledger) if "12315" in e.figure]
    unsaid = attrs.evolve(yancheng.ledger[index], note="Numbers the document states.")
    ledger = (*yancheng.ledger[:index], unsaid, *yancheng.ledger[index + 1 :])
    found = lines(with_plan(data, attrs.evolve(yancheng, ledger=ledger)))
    assert found == [
        f"{YANCHENG_TEXT}: yancheng-2017-2018/source/text: line 38 holds the public service "
        f"number {number!r}: if the document states a public hotline, record a LedgerEntry "
        "(reason name) whose note says it is a public hotline; else redact it"
        for number in ("12345", "12315", "12365", "12331")
    ]


# ---------------------------------------------- extra data: shadowing, not loading

EXTRA_TEXT = "某市质量工作计划\n"
EXTRA_MODULE = """from decimal import Decimal

from qualityplans.model import LedgerEntry, LedgerReason, Plan, PlanKind, Quantity, Source, Unit

PLAN = Plan(
    id={plan_id!r},
    title_zh={title!r},
    title_en="A city's quality work plan",
    kind=PlanKind.ACTION_PLAN,
    region="suzhou",
    source=Source("extra-2020.txt", {sha!r}, "a fault test"),
    body=(),{extra}
)
"""
# What a contributor writes wrong, and where the module then stands wrong.
BROKEN = {
    "syntax": (
        '\n    kind=PlanKind.ACTION_PLAN\n    aliases=("某市计划",),',
        "line 13: cannot load: SyntaxError: invalid syntax. Perhaps you forgot a comma?: fix "
        "the Python syntax",
    ),
    "exception": (
        "\n    numbering=PlanKind.NUMBERED,",
        "line 13: cannot load: AttributeError: NUMBERED",
    ),
    "float": (
        '\n    ledger=(LedgerEntry("98.5%", str(Quantity(98.5, Unit.PERCENT, "98.5%")), '
        'LedgerReason.SCOPE, "x"),),',
        "line 13: cannot load: TypeError: amount must be a Decimal, not float: write "
        'Decimal("98.5") with the figure as a string',
    ),
    "tuple": (
        '\n    ledger=(LedgerEntry("2020", "2020年", LedgerReason.DATE, "the year")),',
        "line 13: cannot load: extra-2020/plan/ledger: must be a tuple, not LedgerEntry: write "
        "(LedgerEntry(…),): a one-item tuple needs its trailing comma",
    ),
}
SHADOWS = {
    "id": ({"plan_id": "suzhou-2016"}, "plan id 'suzhou-2016'"),
    "文号": ({"number": "苏府〔2016〕63号"}, "文号 '苏府〔2016〕63号'"),
    "title": (
        {"title": "2016年苏州市质量强市工作行动计划"},
        "title '2016年苏州市质量强市工作行动计划'",
    ),
}


def extra_root(
    folder: Path,
    *,
    plan_id: str = "extra-2020",
    number: str | None = None,
    title: str = "某市质量工作计划",
    extra: str = "",
) -> Path:
    """A folder for QUALITYPLANS_EXTRA_DATA with one plan: its index, module and source."""
    (folder / "plans").mkdir(parents=True)
    (folder / "sources").mkdir()
    (folder / "sources" / "extra-2020.txt").write_text(EXTRA_TEXT, encoding="utf-8")
    module = EXTRA_MODULE.format(
        plan_id=plan_id, title=title, sha=sha256_text(EXTRA_TEXT), extra=extra
    )
    (folder / "plans" / "extra_2020.py").write_text(module, encoding="utf-8")
    row = ("extra_2020", plan_id, number, title, ())
    (folder / "plans" / "index.py").write_text(f"PLANS = ({row!r},)\n", encoding="utf-8")
    return folder


# Every command a reader or contributor runs, each loading what it needs.
COMMANDS = (
    ["list"],
    ["show", "extra-2020"],
    ["search", "质量"],
    ["validate"],
    ["validate", "--plan", "extra-2020"],
)


def run_with(
    root: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    with use_catalog(Catalog((shipped_root(), FolderRoot(root)))):
        status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("kind", SHADOWS)
@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_extra_data_never_shadows_a_shipped_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, argv: list[str]
) -> None:
    fields, key = SHADOWS[kind]
    root = extra_root(tmp_path / "extra", **fields)
    if "extra-2020" in argv and kind == "id":
        argv = [a if a != "extra-2020" else "suzhou-2016" for a in argv]
    assert run_with(root, argv, capsys) == (
        1,
        "",
        f"qualityplans: {root}/plans/extra_2020.py: {key} is already defined in {SUZHOU}: "
        "extra data never shadows a shipped or earlier record; give it its own\n",
    )


@pytest.mark.parametrize("fault", BROKEN)
@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_an_extra_module_that_does_not_load_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fault: str, argv: list[str]
) -> None:
    extra, message = BROKEN[fault]
    root = extra_root(tmp_path / "extra", extra=extra)
    assert run_with(root, argv, capsys) == (
        1,
        "",
        f"qualityplans: {root}/plans/extra_2020.py: {message}\n",
    )


def test_a_float_where_a_decimal_is_required(tmp_path: Path) -> None:
    # The same line from the library, for a module of the extra data.
    extra, message = BROKEN["float"]
    root = extra_root(tmp_path / "extra", extra=extra)
    catalog = Catalog((shipped_root(), FolderRoot(root)))
    with pytest.raises(DataLoadError) as raised:
        catalog.get_plan("extra-2020")
    assert str(raised.value) == f"{root}/plans/extra_2020.py: {message}"
    assert loading_problem(raised.value).line == f"{root}/plans/extra_2020.py: {message}"


def test_the_extra_plan_itself_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The harness is not vacuous: without a fault, the same folder is a valid plan.
    root = extra_root(tmp_path / "extra")
    status, out, _ = run_with(root, ["validate", "--plan", "extra-2020"], capsys)
    assert (status, out.split(":")[0]) == (0, "ok")
    assert run_with(root, ["show", "extra-2020"], capsys)[0] == 0


SITE_FAULTS = [
    *((f"shadows by {kind}", fields, "", key) for kind, (fields, key) in SHADOWS.items()),
    *((fault, {}, extra, message) for fault, (extra, message) in BROKEN.items()),
]


@pytest.mark.parametrize(
    ("fields", "extra", "message"), [f[1:] for f in SITE_FAULTS], ids=[f[0] for f in SITE_FAULTS]
)
def test_the_site_build_stops_in_one_line(
    tmp_path: Path, fields: dict[str, str], extra: str, message: str
) -> None:
    root = extra_root(tmp_path / "extra", extra=extra, **fields)
    properdocs = Path(sys.executable).parent / "properdocs"
    done = subprocess.run(
        [
            str(properdocs),
            "build",
            "-f",
            "mkdocs.yml",
            "--strict",
            "--quiet",
            "--site-dir",
            str(tmp_path / "site"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QUALITYPLANS_EXTRA_DATA": str(root),
            "DISABLE_MKDOCS_2_WARNING": "true",
            "NO_MKDOCS_2_WARNING": "1",
        },
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    said = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
    if message.startswith("line"):
        what = f"{root}/plans/extra_2020.py: {message}"
    else:
        what = (
            f"{root}/plans/extra_2020.py: {message} is already defined in {SUZHOU}: extra data "
            "never shadows a shipped or earlier record; give it its own"
        )
    assert said == [f"ERROR   -  {what}"]


# ------------------------------------------- the contributor's loop: validate --plan


def test_validate_plan_walks_the_transcription(
    data: Dataset, suzhou_2016: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    # Five mistakes at once: listed by the line of the transcription they stand on,
    # the plan as a whole first, then a count of what is left by kind.
    broken = edit_target(suzhou_2016, "sec_2__item_6", 0, year=2099)
    measure = broken.measure(1)
    first = attrs.evolve(measure.responsibilities[0], department="suzhou.finance")
    broken = edit_measure(
        broken, measure.eid, responsibilities=(first, *measure.responsibilities[1:])
    )
    signed = attrs.evolve(broken.dates[0], date=PartialDate(2016, 4, 26))
    [number] = [i for i, e in enumerate(broken.ledger) if e.figure == "苏府〔2016〕63号"]
    broken = attrs.evolve(
        broken,
        title_en="TODO: the title in English",
        dates=(signed, *broken.dates[1:]),
        ledger=broken.ledger[:number] + broken.ledger[number + 1 :],
    )
    catalog = Catalog.of(with_plan(data, broken), sources_from=Catalog.shipped())
    with use_catalog(catalog):
        status = main(["validate", "--plan", "苏府〔2016〕63号"])
    out, err = capsys.readouterr()
    module = "memory/plans/suzhou_2016.py"
    assert status == 1
    assert out.splitlines() == [
        f"{module}: suzhou-2016/plan/title_en: still to fill in: 'TODO: the title in English'",
        f"{module}: suzhou-2016/source/figures: figure 2016 (line 5: …25日 政策文号:苏府〔2016〕63号 "
        "有效性:政策是…) is neither captured nor ledgered: quote it in a target or observation, "
        "or add a LedgerEntry",
        f"{module}: suzhou-2016/source/figures: figure 63 (line 5: …策文号:苏府〔2016〕63号 "
        "有效性:政策是否有效…) is neither captured nor ledgered: quote it in a target or "
        "observation, or add a LedgerEntry",
        f"{module}: suzhou-2016/plan/dates[0].date: line 10: 2016-04-26 disagrees with "
        "'2016年4月25日' in the quote (2016-04-25): set PartialDate(2016, 4, 25)",
        f"{module}: suzhou-2016/sec_1__item_1/responsibilities[0].department: line 15: "
        "'市政府办公室' is not a name of suzhou.finance (苏州市财政局): use "
        "suzhou.general-office, or add '市政府办公室' to suzhou.finance's names if it is one",
        f"{module}: {BRAND}/year: line 21: the quote states 2016年, but year 2099 is recorded: "
        "set year= (or period=, base_year=) to the year the quote states",
    ]
    assert err == "6 left: 2 figures, 1 TODO, 1 date, 1 unit, 1 year\n"


def test_validate_plan_on_clean_data_says_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--plan", "suzhou-2016"]) == 0
    out, err = capsys.readouterr()
    assert (out.startswith("ok: 1 plan, 18 measures, "), err) == (True, "")


# ------------------------------------------------------------- the command line


@pytest.mark.parametrize("command", ["show", "indicator", "department"])
def test_an_error_quotes_at_most_200_characters_of_an_argument(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    huge = "质" * 40_000  # 120 KB of UTF-8
    assert main([command, huge]) == 1
    _, err = capsys.readouterr()
    assert err.startswith(f"qualityplans: no {command if command != 'show' else 'plan'} ")
    assert f"'{'质' * 200}…'" in err
    assert len(err) < 400
    assert err.count("\n") == 1


def test_an_empty_output_folder_is_wrong_usage(capsys: pytest.CaptureFixture[str]) -> None:
    # -o "" would otherwise write into the current folder.
    assert main(["export", "-o", ""]) == 2
    assert capsys.readouterr().err == (
        "qualityplans export: -o/--output is empty: name a folder to write into\n"
    )


# ------------------------------------------------------- Chinese first


def _with(records: tuple[_R, ...], record_id: str, **changes: object) -> tuple[_R, ...]:
    """``records`` with the one of id ``record_id`` changed."""
    assert any(r.id == record_id for r in records), record_id
    return tuple(attrs.evolve(r, **changes) if r.id == record_id else r for r in records)


def test_an_indicator_without_a_chinese_definition(data: Dataset) -> None:
    indicators = _with(data.indicators, "pm25-annual-mean", definition_zh=None)
    assert lines(attrs.evolve(data, indicators=indicators)) == [
        "src/qualityplans/data/indicators.py: indicators/pm25-annual-mean/definition_zh: "
        "no Chinese definition: say in Chinese what it counts or measures, in the documents' "
        "own terms, in one or two plain sentences"
    ]


def test_an_indicator_defined_in_english_where_chinese_belongs(data: Dataset) -> None:
    indicators = _with(data.indicators, "pm25-annual-mean", definition_zh="Annual mean PM2.5.")
    assert lines(attrs.evolve(data, indicators=indicators)) == [
        "src/qualityplans/data/indicators.py: indicators/pm25-annual-mean/definition_zh: "
        "has no Chinese characters: write the definition in Chinese"
    ]


@pytest.mark.parametrize(
    ("kind", "record_id", "file"),
    [
        ("department", "suzhou.ciq", "departments/suzhou.py"),
        ("department", "xiangcheng.trade-union", "departments/xiangcheng.py"),
        ("region", "dafeng", "regions.py"),
        ("collective", "member-units", "collectives.py"),
    ],
)
def test_an_english_note_without_its_chinese(
    data: Dataset, kind: str, record_id: str, file: str
) -> None:
    field = f"{kind}s"
    broken = attrs.evolve(data, **{field: _with(getattr(data, field), record_id, note_zh=None)})
    assert lines(broken) == [
        f"src/qualityplans/data/{file}: {kind}s/{record_id}/note_zh: no Chinese note beside "
        "the English one: say the same in Chinese"
    ]


def test_a_record_without_an_english_note_needs_no_chinese_one(data: Dataset) -> None:
    departments = _with(data.departments, "suzhou.ciq", note=None, note_zh=None)
    assert lines(attrs.evolve(data, departments=departments)) == []


def test_a_lineage_event_without_its_chinese_basis(data: Dataset) -> None:
    index, event = next(
        (i, e) for i, e in enumerate(data.lineage) if e.sources == ("yancheng.supervision",)
    )
    lineage = list(data.lineage)
    lineage[index] = attrs.evolve(event, basis_zh=None, note_zh="Supervision bureau → commission.")
    assert lines(attrs.evolve(data, lineage=tuple(lineage))) == [
        f"src/qualityplans/data/departments/yancheng.py: lineage/{index}/basis_zh: no Chinese "
        "basis beside the English one: say the same in Chinese",
        f"src/qualityplans/data/departments/yancheng.py: lineage/{index}/note_zh: has no "
        "Chinese characters: write the note in Chinese",
    ]


def test_a_discrepancy_without_its_chinese_note(data: Dataset) -> None:
    plan = get_plan("suzhou-14fyp")
    first, *rest = plan.discrepancies
    broken = attrs.evolve(plan, discrepancies=(attrs.evolve(first, note_zh=None), *rest))
    assert lines(with_plan(data, broken)) == [
        f"src/qualityplans/data/plans/suzhou_14fyp.py: suzhou-14fyp/{first.eid}/note_zh: no "
        "Chinese note beside the English one: say the same in Chinese"
    ]
