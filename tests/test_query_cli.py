"""The query commands: --json matches the library's answer; tables read well; exit codes."""

import json

import pytest

import qualityplans
from qualityplans import (
    get_department,
    get_indicator,
    history,
    records,
    related_indicators,
    responsibilities,
    search,
    targets,
)
from qualityplans.cli import main
from qualityplans.errors import AmbiguousLookupError
from qualityplans.serialize import jsonable, to_dict
from qualityplans.text.terminal import display_width


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    status, out, err = run(capsys, *args, "--json")
    assert (status, err) == (0, "")
    return json.loads(out)


@pytest.mark.parametrize(
    ("query", "options"),
    [("合格率", ()), ("hgl", ("--kind", "indicator")), ("pass rate", ("--limit", "5"))],
)
def test_search_json_is_the_library_answer(
    capsys: pytest.CaptureFixture[str], query: str, options: tuple[str, ...]
) -> None:
    document = run_json(capsys, "search", query, *options)
    kind = options[1] if options[:1] == ("--kind",) else None
    limit = int(options[1]) if options[:1] == ("--limit",) else 20
    hits = search(query, kind=kind, limit=limit)
    assert document["query"] == query
    assert [(h["kind"], h["id"], h["score"], h["snippet"]) for h in document["hits"]] == [
        (h.kind, h.id, h.score, h.snippet) for h in hits
    ]
    assert [h["plan"] for h in document["hits"]] == [h.plan.id if h.plan else None for h in hits]


def test_search_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "苏府[2016]63号")
    assert status == 0
    assert out.splitlines()[1].split()[:3] == ["100.0", "plan", "suzhou-2016"]
    status, out, err = run(capsys, "search", "zzzzqqqq")
    assert (status, out, err) == (1, "", "qualityplans: nothing matches 'zzzzqqqq'\n")
    status, out, err = run(capsys, "search", "zzzzqqqq", "--json")
    assert (status, json.loads(out)["hits"], err) == (
        1,
        [],
        "qualityplans: nothing matches 'zzzzqqqq'\n",
    )
    status, _, err = run(capsys, "search", "质" * 201)
    assert (status, err) == (
        2,
        "qualityplans search: search query is 201 characters long; shorten it to at most 200\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", "  "), "qualityplans search: search query is empty"),
        (("search", "x", "--kind", "measures"), "invalid choice: 'measures'"),
        (("targets", "--commitment", "maybe"), "commitment must be one of binding, aspirational"),
    ],
)
def test_wrong_usage_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    status, _, err = run(capsys, *args)
    assert status == 2
    assert message in err
    assert err.count("\n") == 1


def test_indicator_json_is_the_library_answer(capsys: pytest.CaptureFixture[str]) -> None:
    document = run_json(capsys, "indicator", "大中型工程一次验收合格率")
    me = get_indicator("大中型工程一次验收合格率")
    assert document["indicator"] == to_dict(me)
    assert document["related"] == [i.id for i in related_indicators(me)]
    # each history row is the statement's one row: the targets table's columns
    assert document["history"] == [jsonable(e.record()) for e in history(me)]
    first = document["history"][0]
    assert {k: first[k] for k in ("year", "plan", "statement", "eid", "amount", "unit")} == {
        "year": 2016,
        "plan": "suzhou-2016",
        "statement": "target",
        "eid": "sec_3__item_14__tgt_1",
        "amount": "100",
        "unit": "%",
    }
    assert (first["kind"], first["comparator"], first["value_zh"]) == ("level", "eq", "100%")
    assert first["quote"] == "2016年大中型工程一次验收合格率达到100%"
    # a change carries its kind, direction and base year, and says so in words
    history_rows = run_json(capsys, "indicator", "PM2.5年均浓度")["history"]
    [pm25] = [r for r in history_rows if r["plan"] == "suzhou-2016"]
    assert (pm25["kind"], pm25["direction"], pm25["base_year"]) == ("change", "down", 2013)
    assert (pm25["value_zh"], pm25["value_en"]) == ("较2013年下降13%", "−13% vs 2013")


def test_indicator_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "indicator", "large-medium-project-acceptance-rate")
    assert status == 0
    lines = out.splitlines()
    assert lines[:2] == [
        "大中型工程一次验收合格率",
        "First-time acceptance rate of large and medium-sized projects",
    ]
    header = next(i for i, line in enumerate(lines) if line.startswith("when"))
    assert lines[header].split() == ["when", "plan", "kind", "value", "数值", "quote", "原文"]
    assert lines[header + 1].split() == [
        "2016",
        "suzhou-2016",
        "目标",
        "target",
        "100%",
        "2016年大中型工程一次验收合格率达到100%",
    ]
    _, out, _ = run(capsys, "indicator", "PM2.5年均浓度")
    # a change reads as a change with its base year, never as a level of 13
    assert "较2013年下降13%  −13% vs 2013  2016年PM2.5年均浓度较2013年下降比例达到13%" in out
    # the quote column starts at the same display column on every row
    starts = {
        display_width(line[: line.index(q)])
        for line, q in zip(
            lines[header + 1 :],
            [e.statement.quote[:6] for e in history("large-medium-project-acceptance-rate")],
            strict=True,
        )
    }
    assert len(starts) == 1


def test_unknown_indicator_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "indicator", "大中型工程一次验收合格")
    assert status == 1
    assert err.startswith("qualityplans: no indicator matches '大中型工程一次验收合格'")


def get_department_error(key: str) -> AmbiguousLookupError:
    with pytest.raises(AmbiguousLookupError) as raised:
        get_department(key)
    return raised.value


def test_ambiguous_department_exits_1_and_lists_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "department", "市质监局")
    assert (status, out) == (1, "")
    [line] = err.splitlines()  # one line, as every error
    head, _, listed = line.partition("; choose with ")
    assert head == "qualityplans: '市质监局' names several departments"
    choices = listed.split("; ")
    # every city whose bureau is written 市质监局, Suzhou's and Yancheng's among them
    assert len(choices) == len(get_department_error("市质监局").candidates)
    assert "--region 苏州市 (苏州市质量技术监督局, suzhou.quality-supervision)" in choices
    assert "--region 盐城市 (盐城市质量技术监督局, yancheng.quality-supervision)" in choices
    status, _, err = run(capsys, "targets", "--department", "市质监局")
    assert status == 1
    assert "--region 盐城市" in err


def test_department_json_is_the_library_answer(capsys: pytest.CaptureFixture[str]) -> None:
    document = run_json(capsys, "department", "市质监局", "--region", "苏州市")
    me = get_department("市质监局", region="苏州市")
    assert document["department"] == to_dict(me)
    assert document["successors"] == ["suzhou.market-regulation"]
    assert document["predecessors"] == []
    work = responsibilities(me, follow_lineage=True)  # the command follows the line
    assert [
        (r["plan"], r["item"], r["role"], r["written"]) for r in document["responsibilities"]
    ] == [(a.plan.id, a.item.eid, a.role.value, a.written) for a in work]
    assert {r["plan"] for r in document["responsibilities"]} == {
        "suzhou-2016",
        "pinzhi-suzhou-2025",
    }
    own = run_json(capsys, "department", "市质监局", "--region", "苏州市", "--no-lineage")
    assert {r["plan"] for r in own["responsibilities"]} == {"suzhou-2016"}


def test_department_table_marks_lineage_work(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "department", "市市场监管局", "--region", "苏州市")
    assert status == 0
    assert "  came from   苏州市质量技术监督局" in out
    assert "市质监局 *" in out
    assert out.rstrip().endswith(
        "* a predecessor's or successor's work (--no-lineage leaves it out)"
    )


def test_targets_json_is_the_library_answer(capsys: pytest.CaptureFixture[str]) -> None:
    document = run_json(
        capsys, "targets", "--region", "苏州市", "--year", "2025", "--theme", "manufacturing"
    )
    found = targets(region="苏州市", year=2025, theme="manufacturing")
    assert document["targets"] == [jsonable(f.record()) for f in found]
    assert [f"{t['plan']}/{t['eid']}" for t in document["targets"]] == [f.id for f in found]
    assert [t["amount"] for t in document["targets"]] == [
        str(f.statement.value.amount) if f.statement.value else None for f in found
    ]
    by_indicator = run_json(capsys, "targets", "--indicator", "大中型工程一次验收合格率")
    shown = [t["plan"] for t in by_indicator["targets"]]
    assert shown == [f.plan.id for f in targets(indicator="大中型工程一次验收合格率")]
    shipped = ("suzhou-2016", "xiangcheng-2017", "yancheng-2017-2018", "suzhou-14fyp")
    assert [p for p in shown if p in shipped] == [
        "suzhou-2016",
        "xiangcheng-2017",
        "yancheng-2017-2018",
        "suzhou-14fyp",
        "suzhou-14fyp",
    ]


def test_targets_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "targets", "--plan", "suzhou-2016", "--department", "市住建局", "--region", "苏州市"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["plan", "eid", "indicator", "value", "when", "quote"]
    assert lines[1].split()[:5] == [
        "suzhou-2016",
        "sec_3__item_14__tgt_1",
        "大中型工程一次验收合格率",
        "100%",
        "2016",
    ]
    assert lines[-1] == "3 targets"


def test_list_and_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_json(capsys, "list") == json.loads(json.dumps(records("plans"), ensure_ascii=False))
    shown = run_json(capsys, "show", "苏府〔2016〕63号")
    assert shown == to_dict(qualityplans.get_plan("suzhou-2016"))


def test_a_departments_json_is_the_same_in_the_cli_and_on_the_site(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One document, two surfaces: ``department --json`` and ``departments/<id>.json``."""
    from qualityplans.site.downloads import entity_json

    bureau = get_department("suzhou.quality-supervision")
    cli = run_json(capsys, "department", bureau.id)
    site = jsonable(entity_json(bureau))
    assert site.pop("dataset_version")
    assert cli == site
    assert [r["department"] for r in cli["responsibilities"]].count("suzhou.market-regulation")
    # Without the line, only the bureau's own work.
    alone = run_json(capsys, "department", bureau.id, "--no-lineage")
    assert {r["department"] for r in alone["responsibilities"]} == {bureau.id}
