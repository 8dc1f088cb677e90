"""search(): one ranked search over every kind of record, tried on real queries."""

import itertools

import pytest

import qualityplans
from qualityplans import search
from qualityplans.query.search import KINDS, fold

PASS_RATE_INDICATORS = {
    i.id
    for i in qualityplans.indicators()
    if "合格率" in i.name_zh or "合格率" in "".join(i.aliases)
}


def test_pass_rate_finds_the_pass_rate_indicators_first() -> None:
    hits = search("合格率", limit=50)
    indicators = [h for h in hits if h.kind == "indicator"]
    # every indicator named …合格率 comes before any other kind of record
    assert {h.id for h in indicators} == PASS_RATE_INDICATORS
    assert [h.kind for h in hits[: len(indicators)]] == ["indicator"] * len(indicators)
    assert "manufacturing-product-pass-rate" in {h.id for h in hits[:13]}
    assert all(h.obj.id == h.id for h in indicators)
    assert hits[0].snippet in (hits[0].obj.name_zh, *hits[0].obj.aliases)


def test_infix_finds_names_that_hold_it_inside() -> None:
    hits = search("质量", limit=200)
    ids = {h.id for h in hits}
    # 产品质量 and 工程质量 hold 质量 in the middle or at the end
    assert "manufacturing-product-pass-rate" in ids  # 制造业产品质量合格率
    assert "engineering" in ids  # theme 工程质量
    assert all(h.score > 0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_english_words_find_english_names() -> None:
    hits = search("pass rate")
    assert hits[0].kind == "indicator"
    assert all("pass rate" in h.title_en.lower() for h in hits[:8])
    assert {"manufacturing-product-pass-rate", "consumer-goods-pass-rate"} <= {h.id for h in hits}


def test_a_one_character_typo_still_finds_the_indicator() -> None:
    hits = search("制造业产品质量合個率")
    assert hits[0].id == "manufacturing-product-pass-rate"
    assert hits[0].title_zh == "制造业产品质量合格率"
    # then the targets that measure it, each with its plan
    assert {h.plan.id for h in hits[1:] if h.kind == "target"} >= {"suzhou-14fyp"}


@pytest.mark.parametrize("query", ["hegelv", "hgl", "HeGeLv", "he ge lv"])
def test_pinyin_whole_or_initials_finds_pass_rate_indicators(query: str) -> None:
    hits = search(query, kind="indicator", limit=len(PASS_RATE_INDICATORS))
    assert {h.id for h in hits} == PASS_RATE_INDICATORS


def test_full_width_half_width_and_bracket_variants_find_the_same_plan() -> None:
    for query in ("苏府〔2016〕63号", "苏府[2016]63号", "苏府（2016）63号", "苏府【2016】63号"):
        hits = search(query)
        assert [(h.kind, h.id, h.score) for h in hits] == [("plan", "suzhou-2016", 100.0)], query
    assert fold("ＰＡＳＳ　Rate") == "pass rate"


def test_a_name_match_beats_a_text_match() -> None:
    hits = search("品牌", limit=100)
    by_name = [h for h in hits if h.kind == "measure" and "品牌" in h.title_zh]
    by_text = [h for h in hits if h.kind == "measure" and "品牌" not in h.title_zh]
    assert by_name
    assert by_text
    assert min(h.score for h in by_name) > max(h.score for h in by_text)
    # a text match shows the words around it
    assert all("品牌" in h.snippet for h in by_text)


def test_an_indicator_named_with_the_query_beats_a_measure_mentioning_it() -> None:
    hits = search("一次验收合格率", limit=100)
    first_measure = next(i for i, h in enumerate(hits) if h.kind == "measure")
    indicator_ranks = [
        i for i, h in enumerate(hits) if h.kind == "indicator" and "一次验收合格率" in h.title_zh
    ]
    assert indicator_ranks
    assert max(indicator_ranks) < first_measure
    assert hits[first_measure].obj.title_zh == "加强工程质量安全监管"


def test_an_indicator_is_found_by_its_chinese_definition() -> None:
    """秘书处 is in no indicator's name of standardization-bodies, only in its Chinese
    definition: the indicator is found, as a text match (below the indicator named so), and
    its snippet is cut from the definition."""
    hits = search("秘书处", kind="indicator")
    assert [h.id for h in hits][:2] == [
        "national-standardization-secretariats",  # named 承担国内标准化技术组织秘书处
        "standardization-bodies",
    ]
    definition = qualityplans.get_indicator("standardization-bodies").definition_zh
    assert definition is not None
    assert "秘书处" in definition
    assert hits[1].score < hits[0].score
    assert "秘书处" in hits[1].snippet
    assert hits[1].snippet.strip("…") in definition


def test_a_query_that_is_not_contiguous_in_any_name_is_segmented() -> None:
    # 工程 … 验收合格率: no name holds the whole query; jieba splits it.
    hits = search("工程验收合格率", kind="indicator")
    scores = {h.id: h.score for h in hits}
    assert "large-medium-project-acceptance-rate" in scores
    # 竣工验收合格率's name lacks 工程; only its Chinese definition (工程通过竣工验收…)
    # holds every segment, so it comes after every indicator whose name does.
    named = [h.score for h in hits if "工程" in h.title_zh and "验收合格率" in h.title_zh]
    assert scores["completion-acceptance-pass-rate"] < min(named)


def test_kind_and_limit_and_ids() -> None:
    hits = search("市质监局", kind="department")
    # every city's bureau written so, Suzhou's and Yancheng's among them, all ranked alike
    shown = [h.id for h in hits if h.score == hits[0].score]
    assert {"suzhou.quality-supervision", "yancheng.quality-supervision"} <= set(shown)
    assert len(search("合格率", limit=3)) == 3
    target = search("大中型工程一次验收合格率", kind="target")[0]
    assert target.id == f"{target.plan.id}/{target.obj.eid}"
    assert search("xiangcheng")[0].obj == qualityplans.get_region("相城区")


@pytest.mark.parametrize("query", ["", "   ", "\u3000"])
def test_an_empty_query_is_a_one_line_value_error(query: str) -> None:
    with pytest.raises(ValueError, match=r"^search query is empty") as raised:
        search(query)
    assert "\n" not in str(raised.value)


def test_an_unknown_kind_names_the_valid_kinds() -> None:
    with pytest.raises(ValueError, match=r"^search kind must be one of") as raised:
        search("合格率", kind="measures")
    assert str(raised.value) == (
        "search kind must be one of plan, measure, target, indicator, department, region, "
        "theme, not 'measures'"
    )
    assert len(KINDS) == 7


def test_nothing_found_is_an_empty_result() -> None:
    assert search("zzzzqqqq") == ()


def test_hits_have_short_reprs_and_render_as_a_table() -> None:
    hits = search("苏府〔2016〕63号")
    assert repr(hits[0]) == "<Hit plan suzhou-2016 2016年苏州市质量强市工作行动计划 100>"
    table = search("合格率", limit=3)._repr_html_()
    assert table.startswith("<table><thead><tr><th>kind</th><th>id</th>")
    assert table.count("<tr>") == 4


# ------------------------------------------------- typos, pinyin, short names, ties


def test_a_one_character_typo_in_a_three_character_word() -> None:
    # 合格律 for 合格率: nothing holds the query as written
    hits = search("合格律", kind="indicator", limit=len(PASS_RATE_INDICATORS))
    assert {h.id for h in hits} == PASS_RATE_INDICATORS
    assert all("合格率" in h.snippet for h in hits)
    # a typo never outranks the word itself
    assert search("合格律", limit=1)[0].score < search("合格率", limit=1)[0].score
    # two characters are too few to guess from
    assert search("合律", kind="indicator") == ()


@pytest.mark.parametrize("query", ["hegelu", "hegelv", "he2ge2lv4", "he2 ge2 lü4", "HEGELU"])
def test_pinyin_with_u_or_v_and_tone_numbers(query: str) -> None:
    hits = search(query, kind="indicator", limit=len(PASS_RATE_INDICATORS))
    assert {h.id for h in hits} == PASS_RATE_INDICATORS


@pytest.mark.parametrize(
    ("query", "plan"),
    [
        ("pinzhi", "pinzhi-suzhou-2025"),
        ("pinzhi-suzhou", "pinzhi-suzhou-2025"),
        ("pinzhi suzhou", "pinzhi-suzhou-2025"),
        ("品质苏州", "pinzhi-suzhou-2025"),
        ("Quality Suzhou", "pinzhi-suzhou-2025"),
    ],
)
def test_a_plans_short_name_or_alias_ranks_the_plan_first(query: str, plan: str) -> None:
    hits = search(query)
    assert (hits[0].kind, hits[0].id) == ("plan", plan)


def test_a_short_name_shared_with_a_region_puts_the_plan_right_after_it() -> None:
    hits = search("xiangcheng", limit=5)
    assert hits[0].obj == qualityplans.get_region("相城区")  # its id is the query itself
    assert (hits[1].kind, hits[1].id) == ("plan", "xiangcheng-2017")
    assert all(h.kind not in ("indicator", "measure", "target") for h in hits[:2])


def test_ties_are_marked() -> None:
    hits = search("suzhou", limit=10)
    plans = [h for h in hits if h.kind == "plan" and h.score == hits[1].score]
    assert len(plans) >= 2  # suzhou-2016 and suzhou-14fyp share the short name
    assert {h.rank for h in plans} == {2}
    assert all(h.tied and h.shown_rank == "=2" for h in plans)
    assert (hits[0].rank, hits[0].tied, hits[0].shown_rank) == (1, False, "1")
    for before, after in itertools.pairwise(hits):
        assert after.rank == (before.rank if after.score == before.score else hits.index(after) + 1)
    assert "<td>=2</td>" in hits._repr_html_()
