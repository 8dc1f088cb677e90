"""Breaking the data on purpose: validate() must name the exact location."""

from decimal import Decimal

import attrs
import pytest

from qualityplans.model import Commitment, Dataset, Plan, Responsibility, Results, Role
from qualityplans.validate import Problem, validate
from tests.conftest import replace_item, with_plan

BRAND_TARGET = "suzhou-2016/sec_2__item_6__tgt_1"


def problems(data: Dataset, **texts: str) -> list[str]:
    return [
        str(p)
        for p in validate(data, texts={f"{k.replace('_', '-')}.txt": v for k, v in texts.items()})
    ]


def edit_target(plan: Plan, measure_eid: str, index: int, **changes: object) -> Plan:
    def change(measure):  # type: ignore[no-untyped-def]
        targets = list(measure.targets)
        targets[index] = attrs.evolve(targets[index], **changes)
        return attrs.evolve(measure, targets=tuple(targets))

    return replace_item(plan, measure_eid, change)


def test_amount_that_disagrees_with_the_written_figure(data: Dataset, suzhou_2016: Plan) -> None:
    value = suzhou_2016.measure(6).targets[0].value
    assert value is not None
    broken = edit_target(
        suzhou_2016, "sec_2__item_6", 0, value=attrs.evolve(value, amount=Decimal("8"))
    )
    assert problems(with_plan(data, broken)) == [
        f"{BRAND_TARGET}/value.amount: '80个' reads as 80, not 8: set the amount as written"
    ]


def test_aspirational_words_with_a_binding_commitment(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_target(suzhou_2016, "sec_1__item_1", 0, commitment=Commitment.BINDING)
    assert problems(with_plan(data, broken)) == [
        "suzhou-2016/sec_1__item_1__tgt_1/commitment: the quote says 力争 but commitment is "
        "binding: set commitment=Commitment.ASPIRATIONAL"
    ]


def test_measure_text_not_in_the_transcription(data: Dataset, suzhou_2016: Plan) -> None:
    broken = replace_item(
        suzhou_2016,
        "sec_1__item_4",
        lambda m: attrs.evolve(m, text=m.text.replace("经费", "资金", 1)),
    )
    found = problems(with_plan(data, broken))
    assert found[0].startswith(
        "suzhou-2016/sec_1__item_4/text: not found in the transcription: '保障质量发展工作"
    )


def test_unit_named_in_the_parenthesis_but_not_captured(data: Dataset, suzhou_2016: Plan) -> None:
    dropped = replace_item(
        suzhou_2016,
        "sec_2__item_9",
        lambda m: attrs.evolve(m, responsibilities=m.responsibilities[1:]),
    )
    assert problems(with_plan(data, dropped)) == [
        "suzhou-2016/sec_2__item_9/responsibilities: units named but not captured: '市发改委': "
        "add a Responsibility for each"
    ]


def test_responsibility_with_both_department_and_collective(
    data: Dataset, suzhou_2016: Plan
) -> None:
    both = Responsibility(
        "市财政局", Role.LEAD, department="suzhou.finance", collective="member-units"
    )
    broken = replace_item(
        suzhou_2016,
        "sec_1__item_4",
        lambda m: attrs.evolve(m, responsibilities=(both, *m.responsibilities[1:])),
    )
    assert problems(with_plan(data, broken)) == [
        "suzhou-2016/sec_1__item_4/responsibilities[0]: give exactly one of department or "
        "collective: the body the words name, or the collective (各成员单位) they stand for"
    ]


def test_sha256_mismatch_and_an_unaccounted_figure(data: Dataset, suzhou_2016: Plan) -> None:
    from qualityplans.catalog import read_source

    text = read_source("suzhou-2016.txt") + "附件共3页\n"
    found = problems(data, suzhou_2016=text)
    assert found[0].startswith("suzhou-2016/source/sha256: transcription has sha256 ")
    assert found[1].startswith("suzhou-2016/source/figures: figure 3 (line 37: ")
    assert len(found) == 2


def test_ledger_occurrences_must_match(data: Dataset, suzhou_2016: Plan) -> None:
    entries = list(suzhou_2016.ledger)
    entries[0] = attrs.evolve(entries[0], occurrences=3)
    found = problems(with_plan(data, attrs.evolve(suzhou_2016, ledger=tuple(entries))))
    assert found == [
        "suzhou-2016/ledger[0]/occurrences: quote occurs 4 times in the transcription, "
        "3 recorded: quote more words, or record the count"
    ]


def test_every_problem_is_reported_not_just_the_first(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_target(suzhou_2016, "sec_2__item_6", 0, indicator="nope-1")
    broken = edit_target(broken, "sec_2__item_6", 1, indicator="nope-2")
    broken = attrs.evolve(broken, region="nowhere")
    found = problems(with_plan(data, broken))
    assert (
        "suzhou-2016/plan/region: unknown region id 'nowhere': use an id from src/qualityplans/data/regions.py, or add one there"
        in found
    )
    assert (
        f"{BRAND_TARGET}/indicator: unknown indicator id 'nope-1': use an id from src/qualityplans/data/indicators.py, or add one there"
        in found
    )
    assert (
        "suzhou-2016/sec_2__item_6__tgt_2/indicator: unknown indicator id 'nope-2'"
        ": use an id from src/qualityplans/data/indicators.py, or add one there"
    ) in found


def test_problems_name_the_file_to_edit(data: Dataset, suzhou_2016: Plan) -> None:
    broken = edit_target(suzhou_2016, "sec_2__item_6", 0, indicator="nope")
    [problem] = validate(with_plan(data, broken))
    assert problem == Problem(
        f"{BRAND_TARGET}/indicator",
        "unknown indicator id 'nope': use an id from src/qualityplans/data/indicators.py, or add one there",
        "src/qualityplans/data/plans/suzhou_2016.py",
        line_number=21,  # where the target's quote stands in the transcription
    )


def test_catalog_problems(data: Dataset) -> None:
    dept = attrs.evolve(data.departments[0], region="atlantis")
    broken = attrs.evolve(data, departments=(dept, *data.departments[1:]))
    assert problems(broken) == [
        f"departments/{dept.id}/region: unknown region id 'atlantis': "
        "use an id from src/qualityplans/data/regions.py, or add one there"
    ]
    [problem] = validate(broken)
    assert problem.file == "src/qualityplans/data/departments/suzhou.py"


def test_indicator_problems_name_the_catalog_file(data: Dataset) -> None:
    first = attrs.evolve(data.indicators[0], related=("no-such-indicator",))
    [problem] = validate(attrs.evolve(data, indicators=(first, *data.indicators[1:])))
    assert (
        str(problem) == f"indicators/{first.id}/related: unknown indicator id 'no-such-indicator'"
    )
    assert problem.file == "src/qualityplans/data/indicators.py"


@pytest.mark.parametrize("field", ["notice_title_zh", "addressees"])
def test_plan_metadata_must_be_verbatim(data: Dataset, suzhou_2016: Plan, field: str) -> None:
    broken = attrs.evolve(suzhou_2016, **{field: "不存在的文字"})
    assert problems(with_plan(data, broken)) == [
        f"suzhou-2016/plan/{field}: not found in the transcription: '不存在的文字': copy it "
        "verbatim"
    ]


def test_headings_and_titles_must_be_verbatim(data: Dataset, suzhou_2016: Plan) -> None:
    renamed = replace_item(
        suzhou_2016, "sec_2", lambda s: attrs.evolve(s, heading_zh="开展品牌行动")
    )
    retitled = replace_item(
        renamed, "sec_2__item_7", lambda m: attrs.evolve(m, title_zh="品牌引导扶持")
    )
    found = problems(with_plan(data, retitled))
    assert found == [
        "suzhou-2016/sec_2/heading_zh: not found in the transcription: '二、开展品牌行动': copy it "
        "verbatim",
        "suzhou-2016/sec_2__item_7/title_zh: not found in the transcription: '(七)品牌引导扶持': copy "
        "it verbatim",
    ]


def test_blocks_out_of_document_order(data: Dataset, suzhou_2016: Plan) -> None:
    first, *rest = suzhou_2016.body
    swapped = attrs.evolve(suzhou_2016, body=(*rest[:1], first, *rest[1:]))
    found = problems(with_plan(data, swapped))
    assert found[0].startswith(
        "suzhou-2016/preamble/text: out of document order: '为贯彻落实《质量发展纲要"
    )


def test_a_plan_without_a_stated_issuer_is_valid(data: Dataset, suzhou_2016: Plan) -> None:
    assert problems(with_plan(data, attrs.evolve(suzhou_2016, issuer=None))) == []


def test_an_item_label_is_structure_but_a_figure_in_its_text_is_not(data: Dataset) -> None:
    yancheng = next(p for p in data.plans if p.id == "yancheng-2017-2018")

    # The 1 of 1、 labels main task 1 and needs no ledger entry; the 1% in its text does.
    def drop_targets(m):  # type: ignore[no-untyped-def]
        return attrs.evolve(m, targets=())

    found = problems(with_plan(data, replace_item(yancheng, "sec_3__item_1", drop_targets)))
    assert [p for p in found if "/figures:" in p] == [
        "yancheng-2017-2018/sec_3__item_1/figures: figure 1 "
        "(line 29: …公共财政预算收入比例达到1%。推动城市质量水平显著…) is neither captured nor "
        "ledgered: quote it in a target or observation, or add a LedgerEntry"
    ]


def test_every_observation_has_a_year_or_a_period(data: Dataset) -> None:
    undated = [o.eid for p in data.plans for o in p.observations if o.year is o.period is None]
    assert undated == []
    years = {o.eid: o.year for p in data.plans for o in p.observations}
    # Read from the sentence: challenges and the NQI base at the 14th FYP's start (end of
    # the 13th, 2020); Suzhou's approval as it stands at the Xiangcheng plan's date.
    assert years["sec_1__sec_3__para_2__obs_1"] == 2020
    assert years["box_3__obs_1"] == 2020
    assert years["sec_1__item_1__obs_1"] == 2017


def test_problems_come_back_as_results_that_become_rows(data: Dataset, suzhou_2016: Plan) -> None:
    """Like every collection the library returns, validate()'s problems are Results: a
    tuple whose records() (and to_pandas()) are one row per problem."""
    broken = edit_target(suzhou_2016, "sec_2__item_6", 0, indicator="nope")
    found = validate(with_plan(data, broken))
    assert isinstance(found, Results)
    assert isinstance(found, tuple)
    assert found.records() == [
        {
            "location": f"{BRAND_TARGET}/indicator",
            "message": "unknown indicator id 'nope': use an id from "
            "src/qualityplans/data/indicators.py, or add one there",
            "file": "src/qualityplans/data/plans/suzhou_2016.py",
            "severity": "error",
            "line_number": 21,
        }
    ]
    frame = found.to_pandas()
    assert list(frame["location"]) == [f"{BRAND_TARGET}/indicator"]
    assert validate() == ()


NO_CHINESE_NOTE = "no Chinese note beside the English one: say the same in Chinese"


def test_a_note_without_its_chinese(data: Dataset, suzhou_2016: Plan) -> None:
    """Readers read Chinese first: a target's English note needs its Chinese beside it,
    and one in English under the Chinese name is not Chinese."""
    target = suzhou_2016.measure(6).targets[2]
    assert target.note is not None
    assert target.note_zh is not None
    broken = edit_target(suzhou_2016, "sec_2__item_6", 2, note_zh=None)
    [problem] = validate(with_plan(data, broken))
    assert str(problem) == f"suzhou-2016/{target.eid}/note_zh: {NO_CHINESE_NOTE}"
    assert problem.file == "src/qualityplans/data/plans/suzhou_2016.py"
    assert problem.line_number is not None  # where the target's quote stands
    english = edit_target(suzhou_2016, "sec_2__item_6", 2, note_zh="New applies here too.")
    assert problems(with_plan(data, english)) == [
        f"suzhou-2016/{target.eid}/note_zh: has no Chinese characters: write the note in Chinese"
    ]
    # No English note, no Chinese one needed.
    bare = edit_target(suzhou_2016, "sec_2__item_6", 2, note=None, note_zh=None)
    assert problems(with_plan(data, bare)) == []


def test_an_observation_note_without_its_chinese(data: Dataset) -> None:
    plan = next(p for p in data.plans if p.id == "suzhou-14fyp")
    observation = next(o for o in plan.observations if o.note)
    block = plan.parent_of(observation.eid)

    def change(item):  # type: ignore[no-untyped-def]
        observations = tuple(
            attrs.evolve(o, note_zh=None) if o.eid == observation.eid else o
            for o in item.observations
        )
        return attrs.evolve(item, observations=observations)

    broken = replace_item(plan, block.eid, change)
    assert problems(with_plan(data, broken)) == [
        f"suzhou-14fyp/{observation.eid}/note_zh: {NO_CHINESE_NOTE}"
    ]


def test_a_ledger_note_without_its_chinese(data: Dataset, suzhou_2016: Plan) -> None:
    entries = list(suzhou_2016.ledger)
    entries[1] = attrs.evolve(entries[1], note_zh=None)
    [problem] = validate(with_plan(data, attrs.evolve(suzhou_2016, ledger=tuple(entries))))
    assert str(problem) == f"suzhou-2016/ledger[1]/note_zh: {NO_CHINESE_NOTE}"
    assert problem.file == "src/qualityplans/data/plans/suzhou_2016.py"
    assert problem.line_number == 4  # 发布时间:2016年04月25日, where the entry's quote stands


def test_an_erratum_without_its_chinese_reason(data: Dataset) -> None:
    plan = next(p for p in data.plans if p.id == "xiangcheng-2017")
    errata = list(plan.source.errata)
    errata[1] = attrs.evolve(errata[1], reason_zh=None)
    broken = attrs.evolve(plan, source=attrs.evolve(plan.source, errata=tuple(errata)))
    [problem] = validate(with_plan(data, broken))
    assert str(problem) == (
        "xiangcheng-2017/source/errata[1].reason_zh: no Chinese reason beside the English one: "
        "say the same in Chinese"
    )
    assert problem.file == "src/qualityplans/data/plans/xiangcheng_2017.py"


def test_a_todo_note_is_reported_once_not_twice(data: Dataset, suzhou_2016: Plan) -> None:
    """The scaffold's note="TODO: check …" is the todos check's: it is to be deleted, not
    translated, so the Chinese check leaves it alone."""
    target = suzhou_2016.measure(6).targets[2]
    broken = edit_target(
        suzhou_2016, "sec_2__item_6", 2, note="TODO: check the quote", note_zh=None
    )
    assert problems(with_plan(data, broken)) == [
        f"suzhou-2016/{target.eid}/note: still to fill in: 'TODO: check the quote'"
    ]
