import subprocess
import sys
from pathlib import Path

import pytest

from qualityplans.catalog import plans
from qualityplans.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "list")
    assert status == 0
    # Columns are padded to the longest id, so compare the row's fields.
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert list(rows) == [p.id for p in plans()]
    assert rows["suzhou-2016"].split()[1:3] == ["苏府〔2016〕63号", "2016"]
    assert rows["suzhou-2016"].endswith("2016年苏州市质量强市工作行动计划")
    assert rows["yancheng-2017-2018"].split()[1:3] == ["—", "2017–2018"]


def test_show_renders_metadata_measures_units_and_targets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "show", "苏府[2016]63号", "--width", "120")
    assert status == 0
    lines = out.splitlines()
    assert lines[:2] == [
        "2016年苏州市质量强市工作行动计划",
        "Suzhou 2016 Action Plan for Building a Quality City",
    ]
    assert "  文号         苏府〔2016〕63号" in lines
    assert "  (十四) 加强工程质量安全监管" in lines
    assert "      牵头 lead: 市住建局 · 配合 cooperating: 各成员单位" in lines
    assert "      ◆ target [达到] 其他工程一次验收合格率: ≥98% · 2016" in lines
    # A change reads as a change, with its direction and base year (one formatter).
    assert "      ◆ target [达到] PM2.5年均浓度: 较2013年下降13% · −13% vs 2013 · 2016" in lines
    assert "        「其他工程一次验收合格率达到98%以上」" in lines
    assert lines[-1] == "18 measures · 15 targets · 0 observations · 12 ledger entries"


def test_show_full_includes_measure_text(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", "suzhou-2016", "--full", "--width", "300")
    assert "    完成全国质量强市示范城市创建工作。做好各项迎检准备工作" in out


def test_show_wraps_to_the_width(capsys: pytest.CaptureFixture[str]) -> None:
    from qualityplans.text.terminal import display_width

    _, out, _ = run(capsys, "show", "suzhou-2016", "--full", "--width", "60")
    assert max(display_width(line) for line in out.splitlines()) <= 60


def test_unknown_plan_exits_1_with_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "show", "苏府〔2016〕36号")
    assert status == 1
    assert out == ""
    # The nearest number comes first; other plans' numbers may follow it.
    assert err.startswith(
        "qualityplans: no plan matches '苏府〔2016〕36号'; did you mean 苏府〔2016〕63号"
    )
    assert err.endswith("?\n")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frobnicate"], "qualityplans: argument COMMAND: invalid choice: 'frobnicate'"),
        (["show"], "qualityplans show: the following arguments are required: PLAN"),
        (["export"], "qualityplans export: the following arguments are required: --output/-o"),
        (
            ["export", "-o", "x", "--format", "xml"],
            "qualityplans export: argument --format: invalid choice: 'xml'",
        ),
        (
            ["show", "suzhou-2016", "--width", "-3"],
            "qualityplans show: --width must be positive, not -3",
        ),
    ],
)
def test_wrong_usage_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, out, err = run(capsys, *args)
    assert status == 2
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_validate_reports_clean_data(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "validate")
    assert status == 0
    assert out.startswith("ok: ")
    measures = sum(len(p.measures) for p in plans())
    assert f"{len(plans())} plans, {measures} measures" in out
    assert out.rstrip().endswith("no problems")


def test_validate_prints_file_location_and_message_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import attrs

    from qualityplans import catalog
    from tests.conftest import replace_item, with_plan

    data = catalog.dataset()
    plan = data.plans[0]
    broken = replace_item(plan, "sec_1__item_4", lambda m: attrs.evolve(m, themes=("nonsense",)))
    monkeypatch.setattr(catalog, "dataset", lambda: with_plan(data, broken))
    status, out, err = run(capsys, "validate")
    assert status == 1
    assert out == (
        "src/qualityplans/data/plans/suzhou_2016.py: "
        "suzhou-2016/sec_1__item_4/themes: unknown theme id 'nonsense': "
        "use an id from src/qualityplans/data/themes.py, or add one there\n"
    )
    assert err == "1 error, 0 warnings\n"


def test_export_into_a_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "a-file"
    target.write_text("keep me")
    status, _, err = run(capsys, "export", "-o", str(target))
    assert status == 1
    assert err == f"qualityplans: {target} exists and is not a directory\n"
    assert target.read_text() == "keep me"


def test_help_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ([], ["show"], ["validate"], ["export"], ["list"]):
        with pytest.raises(SystemExit) as exit_:
            main([*command, "--help"])
        assert exit_.value.code == 0
        assert "usage: qualityplans" in capsys.readouterr().out


def test_python_dash_m_and_the_console_script_agree() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qualityplans", "show", "nope"], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == "qualityplans: no plan matches 'nope'\n"
    assert "Traceback" not in result.stderr
