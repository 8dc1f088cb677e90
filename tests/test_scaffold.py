"""The contributor path, tried as a new contributor would (CONTRIBUTING.md's worked example).

In a copy of the package: scaffold a plan from a short new source text with
``qualityplans new-plan``, see ``validate`` list exactly what is left, fill it
in, and see it validate and show.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qualityplans.scaffold import outline
from tests.test_yancheng_2017_2018 import PHONES

ROOT = Path(__file__).resolve().parents[1]
MODULE = "src/qualityplans/data/plans/xiangcheng_2026.py"

SOURCE = """2026年相城区质量提升行动计划
为推进质量强区建设，制定本计划。
一、工作目标
到2026年底，全区制造业产品质量合格率达到95%以上。
二、主要任务
（一）加强标准引领。推动企业开展对标达标活动。（区市场监管局牵头，各成员单位配合）
（二）培育质量品牌。支持企业争创省级质量奖。
"""

# What a contributor writes in place of each TODO, in the order the skeleton has them.
ENGLISH = [
    "Xiangcheng 2026 Action Plan for Quality Improvement",
    "Work goals",
    "Main tasks",
    "Strengthen the lead of standards",
    "Foster quality brands",
]
TARGET = """Paragraph(
                    eid="sec_1__para_1",
                    text="到2026年底，全区制造业产品质量合格率达到95%以上。",
                    targets=(
                        Target(
                            eid="sec_1__para_1__tgt_1",
                            quote="到2026年底，全区制造业产品质量合格率达到95%以上",
                            kind=ValueKind.LEVEL,
                            indicator="manufacturing-product-pass-rate",
                            value=Quantity(Decimal("95"), Unit.PERCENT, "95%以上", Comparator.GE),
                            year=2026,
                            modal="达到",
                        ),
                    ),
                ),"""
LEDGER = """LedgerEntry(
            "2026",
            "2026年相城区质量提升行动计划",
            LedgerReason.DATE,
            "The plan's year, in its title.",
        ),
    ),"""
IMPORTS = """from decimal import Decimal

from qualityplans.data._build import MEMBER_UNITS_COOPERATE, lead
from qualityplans.model import (
    Comparator,
    LedgerEntry,
    LedgerReason,
    Quantity,
    Target,
    Unit,
    ValueKind,
"""


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the source tree's package, as a contributor's clone would have it."""
    shutil.copytree(
        ROOT / "src" / "qualityplans",
        tmp_path / "src" / "qualityplans",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (tmp_path / "new.txt").write_text(SOURCE, encoding="utf-8")
    return tmp_path


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "qualityplans", *args],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def test_outline_lists_headings_items_and_paragraphs() -> None:
    found = [(h.kind, h.line, h.label, h.number, h.title, h.units) for h in outline(SOURCE)]
    assert found == [
        ("paragraph", 2, "", 0, "", None),
        ("section", 3, "一、", 1, "工作目标", None),
        ("paragraph", 4, "", 0, "", None),
        ("section", 5, "二、", 2, "主要任务", None),
        ("item", 6, "（一）", 1, "加强标准引领", "（区市场监管局牵头，各成员单位配合）"),
        ("item", 7, "（二）", 2, "培育质量品牌", None),
    ]


def test_scaffold_fill_in_validate(package: Path) -> None:
    data = package / "src" / "qualityplans" / "data"
    status, out, err = cli(
        package, "new-plan", "--id", "xiangcheng-2026", "--source", "new.txt",
        "--region", "xiangcheng", "--data-dir", str(data),
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == (
        "next: fill in xiangcheng_2026.py, then run 'qualityplans validate' until it is clean"
    )
    assert (data / "sources" / "xiangcheng-2026.txt").read_text(encoding="utf-8") == SOURCE
    # Registered in one place: the plan index, the one registry.
    index = (data / "plans" / "index.py").read_text(encoding="utf-8")
    assert '        "xiangcheng_2026",\n        "xiangcheng-2026",' in index

    # The skeleton imports and type-checks as it stands.
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p",
         "qualityplans.data.plans.xiangcheng_2026"],
        capture_output=True, text=True, cwd=package,
        env={**os.environ, "MYPYPATH": str(package / "src")}, check=False,
    )  # fmt: skip
    assert typed.returncode == 0, typed.stdout

    # validate lists exactly what is left.
    status, out, _ = cli(package, "validate")
    assert status == 1
    todo = "still to fill in: "
    figure = "is neither captured nor ledgered: quote it in a target or observation, or add a LedgerEntry"
    assert out.splitlines() == [
        f"{MODULE}: xiangcheng-2026/sec_2__item_1/responsibilities: units named but not captured: "
        "'区市场监管局、各': add a Responsibility for each",
        f"{MODULE}: xiangcheng-2026/plan/title_en: {todo}'TODO: the title in English'",
        f"{MODULE}: xiangcheng-2026/plan/source.origin: {todo}"
        "'TODO: where the text came from and how it was made'",
        f"{MODULE}: xiangcheng-2026/sec_1/heading_en: {todo}'TODO: the heading in English'",
        f"{MODULE}: xiangcheng-2026/sec_2/heading_en: {todo}'TODO: the heading in English'",
        f"{MODULE}: xiangcheng-2026/sec_2__item_1/title_en: {todo}'TODO: the title in English'",
        f"{MODULE}: xiangcheng-2026/sec_2__item_2/title_en: {todo}'TODO: the title in English'",
        f"{MODULE}: xiangcheng-2026/source/figures: figure 2026 (line 1: …2026年相城区质量提升行动计划…) "
        f"{figure}",
        f"{MODULE}: xiangcheng-2026/sec_1__para_1/figures: figure 2026 (line 4: …计划。 一、工作目标 "
        f"到2026年底，全区制造业产品质量…) {figure}",
        f"{MODULE}: xiangcheng-2026/sec_1__para_1/figures: figure 95 (line 4: …制造业产品质量合格率达到"
        f"95%以上。 二、主要任务 …) {figure}",
    ]

    # Fill it in as CONTRIBUTING.md says.
    module = data / "plans" / "xiangcheng_2026.py"
    text = module.read_text(encoding="utf-8")
    for english in ENGLISH:
        text = re.sub(r'"TODO: the (title|heading) in English"', f'"{english}"', text, count=1)
    text = text.replace(
        '"TODO: where the text came from and how it was made"',
        '"A short example written for the contributor guide."',
    )
    text = text.replace("from qualityplans.model import (\n", IMPORTS, 1)
    text = text.replace(
        "responsibilities=(),",
        'responsibilities=(lead("区市场监管局", "xiangcheng.market-regulation"), '
        "MEMBER_UNITS_COOPERATE),",
    )
    paragraph = (
        'Paragraph(eid="sec_1__para_1", text="到2026年底，全区制造业产品质量合格率达到95%以上。"),'
    )
    assert paragraph in text
    text = text.replace(paragraph, TARGET)
    text = text.replace("    ),\n)\n", f"        {LEDGER}\n)\n")
    module.write_text(text, encoding="utf-8")

    status, out, err = cli(package, "validate")
    assert (status, err) == (0, ""), out
    assert out.startswith("ok: 6 plans")
    status, out, _ = cli(package, "show", "xiangcheng-2026")
    assert status == 0
    assert "2026年相城区质量提升行动计划" in out
    assert "Strengthen the lead of standards" in out

    # And it appears on the site, built from the contributor's copy.
    shutil.copy(ROOT / "mkdocs.yml", package)
    shutil.copytree(ROOT / "docs", package / "docs")
    shutil.copytree(ROOT / "overrides", package / "overrides")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "out"],
        capture_output=True,
        text=True,
        cwd=package,
        env={**os.environ, "PYTHONPATH": str(package / "src")},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = package / "out" / "plans" / "xiangcheng-2026"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "2026年相城区质量提升行动计划" in page
    measure = (out / "sec_1__para_1.html").read_text(encoding="utf-8")
    assert "全区制造业产品质量合格率达到95%以上" in measure
    # The built site carries no phone number (acceptance of issue 12).
    yancheng = (package / "out" / "plans" / "yancheng-2017-2018" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "尹贵尧" in yancheng
    for path in (package / "out").rglob("*.html"):
        content = path.read_text(encoding="utf-8")
        assert not any(phone in content for phone in PHONES), path


def test_an_existing_plan_is_never_overwritten(package: Path) -> None:
    data = package / "src" / "qualityplans" / "data"
    before = (data / "plans" / "suzhou_2016.py").read_text(encoding="utf-8")
    status, out, err = cli(
        package, "new-plan", "--id", "suzhou-2016", "--source", "new.txt", "--data-dir", str(data)
    )
    assert (status, out) == (1, "")
    assert err == (
        f"qualityplans: plan 'suzhou-2016' exists already ({data}/sources/suzhou-2016.txt): "
        "not overwritten\n"
    )
    assert (data / "plans" / "suzhou_2016.py").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--id", "Bad Id", "--source", "new.txt"],
            "qualityplans new-plan: plan id 'Bad Id' must be lower-case words and digits joined "
            "by '-', e.g. wujiang-2026",
        ),
        (
            ["--id", "x-2026", "--source", "new.txt", "--doc-number", "abc"],
            "qualityplans new-plan: not a document number (文号): 'abc'",
        ),
    ],
)
def test_bad_arguments_are_usage_errors(package: Path, args: list[str], message: str) -> None:
    data = package / "src" / "qualityplans" / "data"
    status, out, err = cli(package, "new-plan", *args, "--data-dir", str(data))
    assert (status, out, err) == (2, "", f"{message}\n")
    assert not (data / "plans" / "x_2026.py").exists()
