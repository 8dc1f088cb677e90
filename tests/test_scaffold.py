"""The scaffold (``qualityplans new-plan``): it reads a document, writes data and never code.

In a copy of the package: scaffold a short plan, see ``validate --plan`` list
exactly what is left, fill it in, and see it validate, show and build. Then
the parts: the cover notice of the shipped documents read back as curated,
ranges and governing modals, units in nested brackets, the safe source reader
and hostile strings that stay data.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import random
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualityplans.catalog import Catalog, get_plan
from qualityplans.model import AdoptionKind, Comparator, DateKind, Plan, Role, Unit, ValueKind
from qualityplans.scaffold import literal, outline, read_document, read_source, scaffold
from qualityplans.scaffold.amounts import draft, mentions
from qualityplans.scaffold.document import split_units, trailing_units
from qualityplans.scaffold.numerals import find_dates, number
from tests.test_yancheng_2017_2018 import PHONES

ROOT = Path(__file__).resolve().parents[1]
MODULE = "src/qualityplans/data/plans/xiangcheng_2026.py"
RUFF = [sys.executable, "-m", "ruff", "--config", str(ROOT / "pyproject.toml")]

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


def cli(root: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    environ = {**os.environ, "PYTHONPATH": str(root / "src"), **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "qualityplans", *args],
        capture_output=True,
        text=True,
        cwd=root,
        env=environ,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def ruff_format_check(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*RUFF, "format", "--check", "--diff", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )


def load_module(path: Path, name: str = "scaffolded") -> Any:
    """Import the module at ``path`` by file path (what an extra data root does)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ the loop


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
        "next: fill in the TODOs of xiangcheng_2026.py, then run "
        "'qualityplans validate --plan xiangcheng-2026' until it is clean"
    )
    assert (data / "sources" / "xiangcheng-2026.txt").read_text(encoding="utf-8") == SOURCE
    # Registered in one place: the plan index, the one registry.
    index = (data / "plans" / "index.py").read_text(encoding="utf-8")
    assert '        "xiangcheng_2026",\n        "xiangcheng-2026",' in index
    module = data / "plans" / "xiangcheng_2026.py"
    text = module.read_text(encoding="utf-8")
    # Units named exactly as a body of the region are that body; 各成员单位 a collective.
    assert 'lead("区市场监管局", "xiangcheng.market-regulation"),' in text
    assert 'collective("各成员单位", Role.COOPERATING, "member-units"),' in text
    # The figure is drafted as a target to check, with the closest indicator first.
    assert '# TODO indicator, closest: "manufacturing-product-pass-rate"' in text
    # The year of the title is ledgered: a name, not a target.
    assert '"2026年相城区质量提升行动计划",\n            LedgerReason.NAME,' in text
    assert ruff_format_check(module, data / "plans" / "index.py").returncode == 0

    # The skeleton imports and type-checks as it stands.
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p",
         "qualityplans.data.plans.xiangcheng_2026"],
        capture_output=True, text=True, cwd=package,
        env={**os.environ, "MYPYPATH": str(package / "src")}, check=False,
    )  # fmt: skip
    assert typed.returncode == 0, typed.stdout

    # validate lists exactly what is left.
    status, out, _ = cli(package, "validate", "--plan", "xiangcheng-2026")
    assert status == 1
    todo = "still to fill in: "
    assert out.splitlines() == [
        f"{MODULE}: xiangcheng-2026/plan/title_en: {todo}'TODO: the title in English'",
        f"{MODULE}: xiangcheng-2026/plan/source.origin: {todo}"
        "'TODO: where the text came from and how it was made'",
        # then in the order of the transcription, each with its line there
        f"{MODULE}: xiangcheng-2026/sec_1/heading_en: line 3: {todo}'TODO: the heading in English'",
        f"{MODULE}: xiangcheng-2026/sec_1__para_1__tgt_1/note: line 4: {todo}"
        "'TODO: check the quote, kind, value, year and modal; choose …'",
        f"{MODULE}: xiangcheng-2026/sec_2/heading_en: line 5: {todo}'TODO: the heading in English'",
        f"{MODULE}: xiangcheng-2026/sec_2__item_1/title_en: line 6: {todo}"
        "'TODO: the title in English'",
        f"{MODULE}: xiangcheng-2026/sec_2__item_2/title_en: line 7: {todo}"
        "'TODO: the title in English'",
    ]

    # Fill it in as CONTRIBUTING.md says.
    for english in ENGLISH:
        text = re.sub(r'"TODO: the (title|heading) in English"', f'"{english}"', text, count=1)
    text = text.replace(
        '"TODO: where the text came from and how it was made"',
        '"A short example written for the contributor guide."',
    )
    text = re.sub(
        r'# TODO indicator, closest: "([^"]+)"[^\n]*\n\s*indicator=None,', r'indicator="\1",', text
    )
    text = re.sub(r'\n\s*note="TODO: check[^\n]*', "", text)
    module.write_text(text, encoding="utf-8")

    status, out, err = cli(package, "validate")
    assert (status, err) == (0, ""), out
    assert out.startswith("ok: ")
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


def test_an_unknown_region_is_refused_with_the_closest_ids(package: Path) -> None:
    data = package / "src" / "qualityplans" / "data"
    status, out, err = cli(
        package, "new-plan", "--id", "x-2026", "--source", "new.txt", "--region", "xiangchen",
        "--data-dir", str(data),
    )  # fmt: skip
    assert (status, out) == (2, "")
    head, closest, advice = re.fullmatch(r"(.*) \(closest: (.*?)\): (.*)\n", err).groups()  # type: ignore[union-attr]
    assert head == "qualityplans new-plan: unknown region 'xiangchen'"
    assert closest.split(", ")[0] == "xiangcheng"
    assert len(closest.split(", ")) == 3
    assert advice == (
        "give a region id from data/regions.py, or add the region there first "
        "(CONTRIBUTING.md, 'Add a province, city or district')"
    )
    assert not (data / "plans" / "x_2026.py").exists()


# ------------------------------------------------------------ the document


@pytest.mark.parametrize("plan_id", ["suzhou-2016", "xiangcheng-2017", "pinzhi-suzhou-2025"])
def test_the_cover_notice_reads_as_curated(plan_id: str) -> None:
    """What the scaffold reads from a shipped transcription is what curators recorded."""
    plan: Plan = get_plan(plan_id)
    path = ROOT / "src" / "qualityplans" / "data" / "sources" / plan.source.file
    doc = read_document(read_source(path))
    notice = doc.notice
    assert doc.title == plan.title_zh
    assert notice.title == plan.notice_title_zh
    assert notice.addressees == plan.addressees
    assert notice.text == plan.notice_text
    assert tuple(notice.copied_to) == plan.copied_to
    assert plan.doc_number is not None
    assert notice.doc_number == plan.doc_number.raw
    assert sorted((d.kind, d.date, d.quote) for d in notice.dates) == sorted(
        (d.kind, d.date, d.quote) for d in plan.dates
    )
    if plan.adoption is None:
        assert notice.adoption is None
    else:
        assert notice.adoption is not None
        assert (notice.adoption.quote, notice.adoption.meeting, notice.adoption.kind) == (
            plan.adoption.quote,
            plan.adoption.meeting_zh,
            plan.adoption.kind,
        )
    assert [c.title for c in doc.citations] == [b.title_zh for b in plan.basis]
    # The body starts after the notice and the title line: no notice line is a paragraph.
    first = doc.body[0]
    assert first.kind == "paragraph"
    assert first.text == plan.blocks[0].texts()[0]


def test_a_notice_in_chinese_numerals_with_an_approval_and_a_basis() -> None:
    text = read_source(ROOT / "tests" / "fixtures" / "notice-plan.txt")
    doc = read_document(text)
    n = doc.notice
    assert doc.title == "示例市质量品牌提升工作方案（2026-2028年）"
    assert n.title == "示例市人民政府办公室关于印发示例市质量品牌提升工作方案（2026-2028年）的通知"
    assert n.doc_number == "示政办发〔2026〕12号"
    assert n.addressees == "各县（市、区）人民政府，市政府各部门，各直属机构"
    assert n.issuer == "示例市人民政府办公室"
    assert [(d.kind, d.date.iso, d.quote) for d in n.dates] == [
        (DateKind.SIGNED, "2026-03-10", "二〇二六年三月十日")
    ]
    assert n.adoption is not None
    assert (n.adoption.quote, n.adoption.kind, n.adoption.meeting) == (
        "已经市政府同意",
        AdoptionKind.APPROVED,
        None,
    )
    assert [(c.title, c.doc_number) for c in doc.citations] == [
        ("示例省质量强省建设纲要", "示政发〔2024〕21号"),
        ("示例市质量强市建设实施意见", "示政发〔2025〕5号"),
    ]
    assert doc.citations[0].quote == "为贯彻落实《示例省质量强省建设纲要》（示政发〔2024〕21号）"
    assert doc.citations[1].quote == "《示例市质量强市建设实施意见》（示政发〔2025〕5号）"
    # （此件公开发布） and the notice lines are not body paragraphs.
    assert doc.body[0].text.startswith("为贯彻落实")


def test_a_plain_document_has_no_notice() -> None:
    """Without a notice sentence (印发), a preamble ending in ： is a paragraph, not 主送."""
    doc = read_document("2026年某某计划\n为推进各项工作，现制定如下方案：\n一、目标\n")
    assert doc.title == "2026年某某计划"
    assert (doc.notice.addressees, doc.notice.text, doc.notice.lines) == (None, None, ())
    assert [(h.kind, h.text) for h in doc.body] == [
        ("paragraph", "为推进各项工作，现制定如下方案："),
        ("section", "目标"),
    ]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("二〇一一年六月二十八日", "2011-06-28"),
        ("二〇二六年十二月三十一日", "2026-12-31"),
        ("二○一七年七月三日", "2017-07-03"),
        ("2016年4月25日", "2016-04-25"),
        ("2016年04月25日", "2016-04-25"),
    ],
)
def test_dates_in_arabic_and_chinese_numerals(written: str, iso: str) -> None:
    found = list(find_dates(f"某某{written}印发"))
    assert [(d.written, d.date.iso) for d in found] == [(written, iso)]


def test_impossible_dates_and_numerals_are_not_read() -> None:
    assert list(find_dates("二〇二六年二月三十二日")) == []
    assert list(find_dates("2026年13月1日")) == []
    assert [number(n) for n in ("一", "十", "十二", "二十", "二十三", "九十九")] == [
        1, 10, 12, 20, 23, 99,
    ]  # fmt: skip
    for bad in ("十十", "一二", "百", ""):
        with pytest.raises(ValueError, match="not a Chinese numeral"):
            number(bad)


# --------------------------------------------------------------- figures


@pytest.mark.parametrize(
    ("text", "written", "unit", "comparator", "amount", "upper"),
    [
        ("引进3-5个中国名牌产品", "3-5个", Unit.GE, Comparator.RANGE, "3", "5"),
        ("每年遴选2～4家重点企业", "2～4家", Unit.JIA, Comparator.RANGE, "2", "4"),
        ("合格率达到95%以上", "95%以上", Unit.PERCENT, Comparator.GE, "95", None),
        ("制定标准不少于5项", "不少于5项", Unit.XIANG, Comparator.GE, "5", None),
        ("首席质量官人数突破6万人", "突破6万人", Unit.REN, Comparator.GT, "60000", None),
        ("培育500家左右", "500家左右", Unit.JIA, Comparator.APPROX, "500", None),
    ],
)
def test_a_figure_is_one_mention_with_its_unit_and_bound(
    text: str, written: str, unit: Unit, comparator: Comparator, amount: str, upper: str | None
) -> None:
    (m,) = list(mentions(text))
    assert (m.written, m.unit, m.comparator, m.amount) == (
        written,
        unit,
        comparator,
        Decimal(amount),
    )
    assert m.upper == (Decimal(upper) if upper else None)


def test_years_are_not_mentions() -> None:
    assert [m.written for m in mentions("到2015年，2016-2020年期间新增10个")] == ["10个"]


def test_one_modal_governs_two_clauses() -> None:
    """The real case of issue 21: 争取 governs both clauses; each target keeps its own quote."""
    text = "到2015年，争取引进3-5个中国名牌产品，新增10个甘肃名牌产品。"
    first, second = (draft(text, m) for m in mentions(text))
    assert (first.quote, first.modal, first.governing, first.year) == (
        "到2015年，争取引进3-5个中国名牌产品",
        "争取",
        None,
        2015,
    )
    assert first.kind is ValueKind.NEW
    assert (second.quote, second.modal, second.governing, second.year) == (
        "新增10个甘肃名牌产品",
        "争取",
        "到2015年，争取",
        2015,
    )
    assert second.commitment.value == "aspirational"
    assert first.mention.written == "3-5个"


def test_units_in_nested_brackets_with_roles_carried() -> None:
    body = "加强品牌培育。（市市场监管局、市工信局牵头，各县（市、区）人民政府配合）"
    units = trailing_units(body)
    assert units == "（市市场监管局、市工信局牵头，各县（市、区）人民政府配合）"
    assert [(u.written, u.role) for u in split_units(units)] == [
        ("市市场监管局", Role.LEAD),
        ("市工信局", Role.LEAD),
        ("各县（市、区）人民政府", Role.COOPERATING),
    ]
    # A part without a role word takes the next one's; a note about the list is no unit.
    units = "(市市场监管局、市工信局,各县级市<区>人民政府<管委会>按职责分工负责;以下均需各县级市<区>人民政府<管委会>落实,不再列出)"
    assert [(u.written, u.role) for u in split_units(units)] == [
        ("市市场监管局", Role.RESPONSIBLE),
        ("市工信局", Role.RESPONSIBLE),
        ("各县级市<区>人民政府<管委会>", Role.RESPONSIBLE),
    ]
    assert trailing_units("推进工作（2016年）") is None


# ----------------------------------------------------- shipped documents


@pytest.mark.parametrize(
    ("plan_id", "region", "notice"),
    [
        ("suzhou-2016", "suzhou", True),
        ("xiangcheng-2017", "xiangcheng", True),
        ("pinzhi-suzhou-2025", "suzhou", True),
        ("suzhou-14fyp", "suzhou", False),
        ("yancheng-2017-2018", "yancheng", False),
    ],
)
def test_every_shipped_transcription_scaffolds_clean(
    tmp_path: Path, plan_id: str, region: str, notice: bool
) -> None:
    """Each real document scaffolds into a module that ruff format leaves as it is and that
    imports; a notice-style one gets the notice fields, dates, issuer and measures the
    curated plan has."""
    plan = get_plan(plan_id)
    source = ROOT / "src" / "qualityplans" / "data" / "sources" / plan.source.file
    written = scaffold(
        f"{plan_id}-draft",
        source,
        region=region,
        data_dir=tmp_path,
        catalog=Catalog.shipped(),
    )
    result = ruff_format_check(*written[1:])
    assert result.returncode == 0, result.stdout[-3000:]
    name = f"draft_{plan_id.replace('-', '_')}"
    drafted = load_module(written[1], name).PLAN
    assert drafted.region == region
    assert drafted.source.file == f"{plan_id}-draft.txt"
    if not notice:
        return
    assert drafted.title_zh == plan.title_zh
    assert drafted.doc_number == plan.doc_number
    assert (drafted.addressees, drafted.notice_text) == (plan.addressees, plan.notice_text)
    assert {d.date for d in drafted.dates} == {d.date for d in plan.dates}
    assert drafted.issuer == plan.issuer
    assert [m.title_zh for m in drafted.measures] == [m.title_zh for m in plan.measures]
    assert [m.responsibility_text for m in drafted.measures] == [
        m.responsibility_text for m in plan.measures
    ]


# ------------------------------------------------ sources and hostile input


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_at_once(package: Path, device: str) -> None:
    data = package / "src" / "qualityplans" / "data"
    status, out, err = cli(
        package, "new-plan", "--id", "x-1", "--source", device, "--data-dir", str(data)
    )
    assert (status, out) == (2, "")
    assert (
        err
        == f"qualityplans new-plan: {device}: not a regular file; give the transcription as a text file\n"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00a", "binary (it holds NUL bytes), not a transcription"),
        ("标题\n".encode("gbk"), "not UTF-8 text (byte 0); save the transcription as UTF-8"),
        (
            b"a" * (5 * 1024 * 1024 + 1),
            "5242881 bytes, more than the 5 MB a transcription may have",
        ),
        (b" \n\n\t\n", "the transcription is empty"),
    ],
)
def test_sources_that_are_no_transcription_are_refused(
    package: Path, content: bytes, message: str
) -> None:
    data = package / "src" / "qualityplans" / "data"
    (package / "bad.txt").write_bytes(content)
    status, out, err = cli(
        package, "new-plan", "--id", "x-1", "--source", "bad.txt", "--data-dir", str(data)
    )
    assert (status, out, err) == (2, "", f"qualityplans new-plan: bad.txt: {message}\n")
    assert not (data / "plans" / "x_1.py").exists()
    assert not (data / "sources" / "x-1.txt").exists()


PAYLOAD = '标题"""; __import__("os").system("touch PWNED"); """'
HOSTILE = [
    PAYLOAD,
    "'''; import os; os.system('touch PWNED'); '''",
    'a\\"b\\\\c\\',
    "{__import__('os').system('touch PWNED')} {{x}} f'{y}'",
    "行\u2028分隔\u2029段落",
    "回车\r# import os; os.system('touch PWNED')",
    "nul\x00byte",
    "bom\ufeff and \x85 next line \x0c form feed \x1b escape",
    '\'"\'""',
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_titles_and_lines_stay_data(tmp_path: Path, hostile: str) -> None:
    """Every string from a document or an option enters the module as a literal: the
    module imports with no side effect and holds the strings exactly."""
    line = hostile.replace("\x00", "").replace("\r", "")  # a transcription line holds neither
    source = tmp_path / "hostile.txt"
    source.write_text(
        f"{line}\n为推进{line}工作，制定本计划。\n一、{line}\n（一）加强{line}。到2026年达到95%以上。（市市场监管局牵头）\n",
        encoding="utf-8",
    )
    root = tmp_path / "root"
    title = hostile if "\x00" in hostile else None  # NUL: no text file holds it; a title may
    written = scaffold(
        "h-1", source, title=title, data_dir=root, catalog=Catalog.shipped(), region="suzhou"
    )
    marker = Path.cwd() / "PWNED"
    assert ruff_format_check(*written[1:]).returncode == 0
    done = subprocess.run(
        [sys.executable, "-c", "import runpy, sys; p = runpy.run_path(sys.argv[1])['PLAN']; "
         "print(ascii((p.title_zh, p.blocks[0].texts()[0], p.sections[0].heading_zh)))",
         str(written[1])],
        capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "PWNED").exists()
    assert not marker.exists()
    if "\x00" in hostile:  # given as the title: the first line, not the title, stays in the body
        expected = (hostile, line, line.strip())
    else:
        expected = (line, f"为推进{line}工作，制定本计划。", line.strip())
    assert ast.literal_eval(done.stdout) == expected
    # The index reads back exactly too.
    index = (root / "plans" / "index.py").read_text(encoding="utf-8")
    assert ast.literal_eval(index.split("= ", 1)[1])[0][3] == expected[0]


def test_a_hostile_title_option_stays_data(package: Path) -> None:
    data = package / "src" / "qualityplans" / "data"
    status, _, err = cli(
        package, "new-plan", "--id", "x-1", "--source", "new.txt", "--data-dir", str(data),
        "--title", PAYLOAD,
    )  # fmt: skip
    assert (status, err) == (0, "")
    module = data / "plans" / "x_1.py"
    assert ruff_format_check(module).returncode == 0
    plan = load_module(module, "x_1").PLAN
    assert plan.title_zh == PAYLOAD
    assert not (package / "PWNED").exists()
    # The first line, not being the title given, stays in the body.
    assert plan.blocks[0].texts()[0] == "2026年相城区质量提升行动计划"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_literal_is_one_exact_line(text: str) -> None:
    written = literal(text)
    assert "\n" not in written
    assert "\r" not in written
    assert ast.literal_eval(written) == text


def test_literals_are_ruff_format_clean(tmp_path: Path) -> None:
    values = [*HOSTILE, "", "'", '"', "''\"", '""\'', "\\", "中文“引号”"]
    path = tmp_path / "literals.py"
    path.write_text(
        "VALUES = (\n" + "".join(f"    {literal(v)},\n" for v in values) + ")\n",
        encoding="utf-8",
    )
    result = ruff_format_check(path)
    assert result.returncode == 0, result.stdout
    loaded = load_module(path, "literals")
    assert tuple(values) == loaded.VALUES


PIECES = [
    "到2028年，",
    "争取",
    "力争",
    "确保",
    "新增",
    "培育",
    "累计建成",
    "全市",
    "合格率达到",
    "3-5个",
    "2～4家",
    "95%以上",
    "不少于20项",
    "10.5万人",
    "100余种",
    "500家左右",
    "1.96",
    "提高0.1个百分点",
    "下降13%",
    "《示例纲要（2021-2025年）》",
    "（示政发〔2021〕8号）",
    "“2026质量月”",
    "第7届",
    "二〇二六年三月十日",
    "2026年3月10日",
    "，",
    "、",
    "。",
    "；",
    "（市市场监管局牵头，各成员单位配合）",
    '"""',
    "'''",
    "\\",
    "{x}",
    "\u2028",
    "#",
    "示例市市场监督管理局",
    "各县（市、区）人民政府",
    "品牌",
    "标准",
    "质量基础设施",
]


def _random_document(rng: random.Random) -> str:
    lines = [rng.choice(["示例市2026年质量工作计划", "关于印发示例市质量方案的通知"])]
    if rng.random() < 0.5:
        lines += [
            "示政办〔2026〕3号",
            "各县（市、区）人民政府：",
            "现将《示例市质量方案》印发给你们。",
        ]
    for section in range(1, rng.randint(1, 4)):
        lines.append(f"{'一二三四'[section - 1]}、{''.join(rng.choices(PIECES, k=3))}")
        for item in range(1, rng.randint(1, 4)):
            label = rng.choice([f"（{'一二三四五六'[item - 1]}）", f"{item}、"])
            lines.append(label + "".join(rng.choices(PIECES, k=rng.randint(3, 25))))
        lines.append("".join(rng.choices(PIECES, k=rng.randint(1, 30))))
    return "\n".join(lines) + "\n"


def test_random_documents_scaffold_format_clean(tmp_path: Path) -> None:
    """Whatever the words, the module is ruff-format clean and imports: 40 documents made of
    the pieces that make the writer work hardest (ranges, brackets, quotes, long lines)."""
    rng = random.Random(21)
    catalog = Catalog.shipped()
    modules = []
    for n in range(40):
        source = tmp_path / f"doc{n}.txt"
        source.write_text(_random_document(rng), encoding="utf-8")
        region = rng.choice(["suzhou", "xiangcheng", None])
        modules.append(
            scaffold(
                f"doc-{n}", source, region=region, data_dir=tmp_path / "root", catalog=catalog
            )[1]
        )
    result = ruff_format_check(*modules, tmp_path / "root" / "plans" / "index.py")
    assert result.returncode == 0, result.stdout[-4000:]
    for path in modules:
        plan = load_module(path, path.stem).PLAN
        assert plan.source.sha256
