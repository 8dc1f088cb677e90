"""The contributor path, played as a contributor plays it (issue 21).

A fictional notice-style document (tests/fixtures/notice-plan.txt: a cover notice with
文号, 主送, 已经市政府同意 and a date in Chinese numerals, a basis cited with its 文号,
three numbered tasks with lead units, a range target 3-5个 and one 争取 governing two
clauses) is scaffolded into an extra data root that holds the fictional city's catalog
records (tests/fixtures/notice-root: what CONTRIBUTING.md has a contributor add first).
The contributor then makes only the fills the TODOs ask for, and ``validate --plan``
is clean by the third run at the latest.

Also here: the guide and the pull-request checklist kept in step with the code, the
model reference page, and the model and catalogs the path relies on.
"""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qualityplans.catalog import get_collective
from qualityplans.data import collectives, departments
from qualityplans.model import Adoption, AdoptionKind, PlanKind
from qualityplans.site.reference import PATH, class_docs, enum_docs, model_reference_page
from qualityplans.validate import catalog_checks, plan_checks, registry_checks

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
RUFF = [sys.executable, "-m", "ruff", "--config", str(ROOT / "pyproject.toml")]
PLAN_ID = "example-2026"
MAX_VALIDATE_RUNS = 3

# The English a contributor writes, in the order the TODOs come in the module.
ENGLISH = [
    "Example City Work Scheme for Raising Quality and Brands (2026-2028)",
    "Outline for Building a Quality Province in Example Province",
    "Implementing Opinions on Building a Quality City in Example City",
    "Work goals",
    "Key tasks",
    "Strengthen brand cultivation",
    "Lead with standards",
    "Consolidate the quality infrastructure",
    "Safeguards",
]


class Contributor:
    """Runs the command line in a fresh data root as a contributor would, counting the
    validate runs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.validate_runs = 0
        extra = [p for p in os.environ.get("QUALITYPLANS_EXTRA_DATA", "").split(os.pathsep) if p]
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT / "src"),
            "QUALITYPLANS_EXTRA_DATA": os.pathsep.join([*extra, str(root)]),
        }

    def run(self, *args: str) -> tuple[int, str, str]:
        done = subprocess.run(
            [sys.executable, "-m", "qualityplans", *args],
            capture_output=True,
            text=True,
            cwd=self.root,
            env=self.env,
            check=False,
        )
        return done.returncode, done.stdout, done.stderr

    def validate(self) -> tuple[int, list[str]]:
        self.validate_runs += 1
        status, out, _ = self.run("validate", "--plan", PLAN_ID)
        return status, out.splitlines()


def fill_from_todos(module: Path, departments_module: Path) -> None:
    """The fills a contributor makes, reading only the TODOs of the scaffolded module."""
    text = module.read_text(encoding="utf-8")
    english = iter(ENGLISH)
    text = re.sub(r'"TODO: the (title|heading) in English"', lambda _: f'"{next(english)}"', text)
    text = text.replace(
        '"TODO: where the text came from and how it was made"',
        '"A fictional notice written for the contributor guide (tests/fixtures/notice-plan.txt)."',
    )
    text = text.replace(
        "TODO: say in two or three sentences what the document is and how it is built.",
        "A fictional work scheme: a cover notice, three numbered tasks.",
    )
    # Each drafted target: take the closest indicator the TODO names, delete the note.
    text, indicators = re.subn(
        r'# TODO indicator, closest: "([^"]+)"[^\n]*\n(\s*)indicator=None,',
        r'indicator="\1",',
        text,
    )
    assert indicators == 6
    text, notes = re.subn(r'\n\s*note="TODO: check[^\n]*', "", text)
    assert notes == 6
    # A unit with no exact name: uncomment the first candidate, and record the name
    # as written among that department's names, as the TODO says.
    units = re.compile(
        r'( *)# TODO "(?P<written>[^"]+)" [^\n]*\n *#   (?P<call>[^\n]*?),  # [^\n]*\n(?: *#   [^\n]*\n)*'
    )
    found = units.search(text)
    assert found is not None
    department = re.search(r'"([a-z.-]+)"\)$', found["call"])
    assert department is not None
    text = units.sub(lambda m: f"{m.group(1)}{m['call']},\n", text, count=1)
    module.write_text(text, encoding="utf-8")
    catalog = departments_module.read_text(encoding="utf-8")
    # The department's names are the tuple after its id and names (the fixture's layout).
    record = catalog.index(f'"{department[1]}"')
    end = catalog.index(",)", catalog.index('("', record))
    catalog = f'{catalog[:end]}, "{found["written"]}"{catalog[end:]}'
    departments_module.write_text(catalog, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The fictional city's data root, as a contributor has it before scaffolding."""
    shutil.copytree(FIXTURES / "notice-root", tmp_path / "root")
    shutil.copy(FIXTURES / "notice-plan.txt", tmp_path / "root" / "notice.txt")
    return tmp_path / "root"


def test_from_a_notice_to_a_validating_plan_in_three_runs(root: Path) -> None:
    you = Contributor(root)
    status, out, err = you.run(
        "new-plan", "--id", PLAN_ID, "--source", "notice.txt", "--region", "example",
        "--data-dir", str(root),
    )  # fmt: skip
    assert (status, err) == (0, ""), out
    module = root / "plans" / "example_2026.py"
    text = module.read_text(encoding="utf-8")

    # What the document states is filled in, not left as preamble paragraphs.
    assert 'doc_number=DocNumber.parse(\n        "示政办发〔2026〕12号",\n    ),' in text
    assert 'PartialDate(2026, 3, 10),\n            "二〇二六年三月十日",' in text
    assert 'issuer="example.general-office",' in text
    assert 'addressees="各县（市、区）人民政府，市政府各部门，各直属机构",' in text
    assert "kind=PlanKind.WORK_SCHEME," in text
    assert 'quote="已经市政府同意",\n        kind=AdoptionKind.APPROVED,' in text
    assert 'quote="为贯彻落实《示例省质量强省建设纲要》（示政发〔2024〕21号）",' in text
    assert text.count("CitedDocument(") == 2
    # The cited 文号 is in the basis and in the ledger.
    assert (
        '"示政发〔2024〕21号",\n            "示政发〔2024〕21号",\n            LedgerReason.DOC_NUMBER,'
        in text
    )
    assert 'Paragraph(\n            eid="preamble_1",\n            text="为贯彻落实' in text
    # The range is one figure; the second clause is governed by 争取.
    assert '"3-5个",\n                                Comparator.RANGE,' in text
    assert 'governing="到2028年，争取",' in text
    # Units named as the region's bodies are those bodies; a collective stays one.
    assert 'lead("市市场监管局", "example.market-regulation"),' in text
    assert '"example-county-governments",' in text
    # The output is format-clean as it stands.
    formatted = subprocess.run(
        [*RUFF, "format", "--check", "--diff", str(module), str(root / "plans" / "index.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert formatted.returncode == 0, formatted.stdout

    # The guide's excerpt of the scaffold's output is the output.
    for line in _guide_block("scaffold output"):
        assert f"{line}\n" in text, line

    # Run 1: validate lists what is left, and only that.
    status, lines = you.validate()
    assert status == 1
    problems = [line.split(": ", 1)[1] for line in lines]
    for line in _guide_block("validate output"):
        assert line in problems, line
    # In document order, each with its transcription line; whole-plan fields first.
    unit = (
        "example-2026/sec_2__item_2/responsibilities: line 14: units named but not captured: "
        "'市发展改革委': add a Responsibility for each"
    )
    assert unit in problems
    assert all("still to fill in: 'TODO" in p for p in problems if p != unit), problems
    numbers = [int(p.split(": line ")[1].split(":")[0]) for p in problems if ": line " in p]
    assert numbers == sorted(numbers)
    # The unit, 9 English texts, the origin, and the 6 drafted targets to check.
    assert len(problems) == 1 + 9 + 1 + 6, problems

    # The fills the TODOs ask for.
    fill_from_todos(module, root / "departments.py")

    # Run 2: clean.
    status, lines = you.validate()
    assert status == 0, lines
    assert len(lines) == 1
    assert lines[0].startswith("ok: 1 plan, 3 measures, 6 targets, 0 observations, ")
    assert lines[0].endswith(": no problems")
    assert you.validate_runs <= MAX_VALIDATE_RUNS
    status, out, _ = you.run("show", PLAN_ID)
    assert status == 0
    assert "adopted 审议  同意 approved" in out
    assert "示政办发〔2026〕12号" in out


def test_the_guide_walks_through_the_fixture_document() -> None:
    """CONTRIBUTING.md shows the worked example exactly as the test plays it."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    document = (FIXTURES / "notice-plan.txt").read_text(encoding="utf-8")
    assert f"```text\n{document}```" in guide
    for record in ("example.market-regulation", "example-county-governments"):
        assert record in guide
    for step in ("ruff format", "validate --plan", "departments/", "regions.py", "collectives.py"):
        assert step in guide
    assert "definition_zh" in guide
    assert "better=" in guide


def _check_names() -> list[str]:
    """The name of every check validate runs: catalogs, registry, each plan."""
    catalog = sorted(inspect.getclosurevars(catalog_checks.check_catalogs).globals)
    catalog = [n for n in catalog if callable(getattr(catalog_checks, n))]
    plan = [check.__name__ for check in plan_checks._CHECKS]
    return [*catalog, registry_checks.check_registry.__name__, *plan]


def test_the_pull_request_checklist_names_every_check() -> None:
    """Each check validate runs has its line in the pull-request template, so the
    checklist and the checks cannot drift apart."""
    template = (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    names = _check_names()
    assert {"metadata", "completeness", "todos", "check_registry", "collectives"} <= set(names)
    missing = [n for n in names if f"`{n}`" not in template]
    assert missing == [], f"checks missing from the pull-request checklist: {missing}"
    assert "- [ ] `qualityplans validate` prints `ok`" in template
    assert "ruff format" in template


def test_the_model_reference_documents_every_class_and_field() -> None:
    page = model_reference_page()
    assert PATH == "reference/model.md"
    for c in class_docs():
        assert f'id="{c.name}"' in page
        for f in c.fields:
            assert f.meaning, f"{c.name}.{f.name} has no comment saying what it holds"
            assert f'id="{c.name}.{f.name}"' in page
    adoption = next(c for c in class_docs() if c.name == "Adoption")
    assert [(f.name, f.type, f.default, f.keyword_only) for f in adoption.fields] == [
        ("meeting_zh", "str | None", "None", False),
        ("meeting_en", "str | None", "None", False),
        ("quote", "str", None, True),
        ("kind", "AdoptionKind", "AdoptionKind.ADOPTED", True),
    ]
    assert "the words that say it: 已经市政府同意" in page
    kinds = next(e for e in enum_docs() if e.name == "PlanKind")
    assert ("WORK_SCHEME", "work-scheme", "工作方案", "工作方案") in kinds.members
    assert '<a href="#Target">Target</a>' in page


def test_plan_kinds_and_an_approval_without_a_meeting() -> None:
    assert [k.zh for k in PlanKind][-4:] == ["工作方案", "实施方案", "实施意见", "纲要"]
    approval = Adoption(quote="已经市政府同意", kind=AdoptionKind.APPROVED)
    assert (approval.meeting_zh, approval.kind.zh) == (None, "同意")
    # Existing data, written with keywords, stays valid.
    meeting = Adoption(meeting_zh="市政府第89次常务会议", meeting_en="…", quote="已经…审议通过")
    assert meeting.kind is AdoptionKind.ADOPTED


def test_collectives_have_their_region_and_written_names() -> None:
    county = get_collective("各县级市<区>人民政府<管委会>")
    assert (county.id, county.region) == ("county-level-governments", "suzhou")
    assert get_collective("市质量强市推进工作领导小组各成员单位").id == "member-units"
    assert all(c.region is None for c in collectives.COLLECTIVES if c.id == "member-units")


def test_department_modules_are_found_without_registration() -> None:
    folder = Path(departments.__file__).parent
    files = sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith("_"))
    modules = [m.__name__.rsplit(".", 1)[1] for m in departments._MODULES]
    assert modules == files
    expected = [d for m in departments._MODULES for d in m.DEPARTMENTS]
    assert list(departments.DEPARTMENTS) == expected


def _guide_block(marker: str) -> list[str]:
    """The lines of the code block that follows ``<!-- marker -->`` in CONTRIBUTING.md."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    block = guide.split(f"<!-- {marker} -->\n", 1)[1].split("\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("…")]
