"""The worked analysis in docs/examples/analysis.py runs, and every answer it prints holds.

The script asserts its own answers (facts of the shipped plans, so they hold with extra
plans loaded); this test runs it as a reader would and checks what it printed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "examples" / "analysis.py"


def test_the_worked_analysis_runs_and_answers() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(SCRIPT)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert re.search(r"suzhou-2016\s+2016\s+15\n", out)  # targets per plan and year
    assert re.search(r"苏州市市场监督管理局\s+17\n", out)  # the lead line across the reform
    assert "2016年大中型工程一次验收合格率达到100%" in out  # the history, quote by quote
    assert re.search(r"仅2016年 only in 2016:.*大中型工程一次验收合格率", out)
    assert re.search(r"\(五\)\s+开展质量宣传教育和质量文化建设\s+\(十七\)", out)  # aligned


def test_the_analysis_is_in_percent_format() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    cells = [line for line in text.splitlines() if line.startswith("# %%")]
    assert cells[0] == "# %% [markdown]"
    assert sum(c == "# %%" for c in cells) >= 5  # setup and four questions
    assert text.count("assert ") >= 8
