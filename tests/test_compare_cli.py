"""The diff, outcomes, discrepancies and matrix commands."""

from __future__ import annotations

import csv
import io
import json

import pytest

from qualityplans.catalog import get_plan
from qualityplans.cli import main
from qualityplans.compare.discrepancies import discrepancies


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_diff_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "diff", "苏府[2016]63号", "suzhou-14fyp")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == [
        "a: suzhou-2016  2016年苏州市质量强市工作行动计划",
        "b: suzhou-14fyp  苏州市“十四五”质量发展规划",
    ]
    # A different year is no change of target; a different value is.
    assert "  大中型工程一次验收合格率  [amount]" in lines
    assert "      a 100% 2016  →  b 98% 2025" in lines
    # A change against a base year stays a change (the one formatter).
    status, out, err = run(capsys, "diff", "suzhou-2016", "pinzhi-suzhou-2025")
    assert "Related indicators, not comparable 相关但不同的指标（不可直接比较）" in out


def test_diff_markdown_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "diff", "suzhou-2016", "pinzhi-suzhou-2025", "--format", "markdown"
    )
    assert status == 0
    assert "## 措施 Measures" in out
    assert "| (十三)加强食品生产经营全过程监管 | (十一)强化食品安全综合治理 |" in out
    status, out, _ = run(capsys, "diff", "suzhou-2016", "pinzhi-suzhou-2025", "--format", "json")
    data = json.loads(out)
    assert (data["a"], data["b"]) == ("suzhou-2016", "pinzhi-suzhou-2025")
    assert any(
        line["through_lineage"]
        and [d["department"] for d in line["b"]] == ["suzhou.market-regulation"]
        for line in data["departments"]
    )


def test_diff_errors(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "diff", "suzhou-2016", "nowhere")
    assert status == 1
    assert err.startswith("qualityplans: no plan matches 'nowhere'")
    assert len(err.splitlines()) == 1
    status, _, err = run(capsys, "diff", "suzhou-2016")
    assert status == 2
    assert "required: B" in err


def test_outcomes_prints_counts(capsys: pytest.CaptureFixture[str]) -> None:
    from qualityplans.compare.outcomes import Status, outcomes, status_counts

    status, out, _ = run(capsys, "outcomes", "--as-of", "2024")
    assert status == 0
    found = outcomes(as_of=2024)
    counts = ", ".join(f"{s.value} {n}" for s, n in status_counts(found).items())
    assert out.splitlines()[-1] == f"{len(found)} outcomes: {counts}"
    # Judged as at 2024, a target due 2025 without a report is pending, one due 2016 past.
    unjudged = [o for o in found if o.report is None and o.year is not None]
    assert {o.status for o in unjudged if o.year >= 2025} == {Status.PENDING}
    assert {o.status for o in unjudged if o.year <= 2020} == {Status.NO_REPORT}
    status, out, _ = run(
        capsys, "outcomes", "--plan", "suzhou-2016", "--indicator", "大中型工程一次验收合格率"
    )
    assert out.splitlines() == [
        "no-report       suzhou-2016  大中型工程一次验收合格率  100% 2016",
        "                target: 2016年大中型工程一次验收合格率达到100%",
        "                due 2016, past; no report for 2016; reported for 2020, 2020 (context "
        "only)",
        "1 outcomes: met 0, missed 0, not-comparable 0, pending 0, no-report 1",
    ]
    status, out, _ = run(
        capsys, "outcomes", "--plan", "suzhou-2016", "--indicator", "PM2.5年均浓度"
    )
    # A change against a base year reads as a change, never as a level of 13.
    assert out.splitlines()[0] == "no-report       suzhou-2016  PM2.5年均浓度  较2013年下降13% 2016"


def test_outcomes_json(capsys: pytest.CaptureFixture[str]) -> None:
    _status, out, _ = run(capsys, "outcomes", "--plan", "xiangcheng-2017", "--json")
    data = json.loads(out)
    assert data["counts"]["no-report"] == 17
    rate = next(
        o for o in data["outcomes"] if o["indicator"] == "large-medium-project-acceptance-rate"
    )
    assert [c["region"] for c in rate["context"]] == ["parent", "parent"]
    assert rate["target"]["amount"] == "100"
    assert rate["target"]["value_zh"] == "100%"
    _status, out, _ = run(capsys, "outcomes", "--plan", "suzhou-2016", "--json")
    pm25 = next(o for o in json.loads(out)["outcomes"] if o["indicator"] == "pm25-annual-mean")
    target = pm25["target"]
    assert (target["kind"], target["direction"], target["base_year"]) == ("change", "down", 2013)
    assert (target["value_zh"], target["value_en"]) == ("较2013年下降13%", "−13% vs 2013")


def test_discrepancies(capsys: pytest.CaptureFixture[str]) -> None:
    listed = discrepancies()  # the catalog's, so a contributor's plan changes only these
    found = sum(d.found for d in listed)
    status, out, _ = run(capsys, "discrepancies")
    assert status == 0
    assert out.splitlines()[-1] == (
        f"{len(listed)} discrepancies: {len(listed) - found} curated, {found} found in the data"
    )
    lines = out.splitlines()
    assert "    “各类检验检测省级中心总数达到27家”" in lines
    # A curated note: the Chinese first, then the English.
    dsc_3 = get_plan("suzhou-14fyp").discrepancies[2]
    assert dsc_3.note_zh is not None
    assert 0 <= out.index(dsc_3.note_zh[:12]) < out.index(dsc_3.note[:30])
    status, out, _ = run(capsys, "discrepancies", "--json")
    data = json.loads(out)
    mine = [d for d in data if d["eid"] in {"dsc_1", "dsc_2", "dsc_3"}]
    assert [d["eid"] for d in mine] == ["dsc_1", "dsc_2", "dsc_3"]
    assert mine[2]["first"]["quote"] == "各类检验检测省级中心总数达到27家"
    assert (mine[2]["note_zh"], mine[2]["note"]) == (dsc_3.note_zh, dsc_3.note)


def test_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "matrix", "--plans", "suzhou-2016,xiangcheng-2017", "--csv")
    assert status == 0
    rows = {r[0]: r for r in csv.reader(io.StringIO(out))}
    assert rows["jiangsu-famous-brand-products"][3:] == ["新增80个 2016", "", "新增10个 2017", ""]
    status, out, _ = run(capsys, "matrix", "--plans", "suzhou-2016")
    assert out.splitlines()[0].split() == ["指标", "Indicator", "suzhou-2016"]
    status, _, err = run(capsys, "matrix", "--plans", " , ")
    assert (status, err) == (2, "qualityplans matrix: --plans needs at least one plan\n")


def test_readme_compare_example_runs() -> None:
    import subprocess
    import sys
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Compare plans\n", 1)[1]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("<PlanDiff suzhou-2016 → pinzhi-suzhou-2025: ")
    assert (
        "['苏州市质量技术监督局', '苏州市工商行政管理局', '苏州市食品药品监督管理局'] → "
        "['苏州市市场监督管理局']"
    ) in lines
    assert "('100%',) → ('98%',) ('amount',)" in lines
    assert lines[-1] == (
        "no-report due 2016, past; no report for 2016; reported for 2020, 2020 (context only)"
    )
