"""A new plan's first draft: its transcription, a data module skeleton, its registration.

``scaffold("wujiang-2026", Path("wujiang.txt"))`` copies the text to
``data/sources/wujiang-2026.txt``, writes ``data/plans/wujiang_2026.py`` with
every heading (一、) and numbered item (（一）, 1、) of the text already listed
(eid, number, label, verbatim title and text, the trailing list of units as
``responsibility_text``) and every figure listed as a TODO, and adds the module
to the plan index (``data/plans/index.py``, the one registry). ``qualityplans
validate`` then names exactly what is left:
each ``TODO`` field, each figure not yet captured or ledgered, each unit not yet
recorded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from attrs import frozen

from qualityplans.catalog.registry import append_row
from qualityplans.model import DocNumber
from qualityplans.text.figures import find_figures
from qualityplans.version import sha256_text

__all__ = ["TODO", "Heading", "outline", "plan_module", "scaffold"]

TODO = "TODO"
_PLAN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NUMERALS = "一二三四五六七八九十"
_SECTION = re.compile(rf"^([{_NUMERALS}]+)、\s*(.+)$")
_ITEM = re.compile(rf"^(?:[（(]([{_NUMERALS}]+)[）)]|(\d+)[、.．]\s*)(.+)$")
# A trailing parenthesis naming units and their roles: （市市场监管局牵头，各成员单位配合）.
_UNITS = re.compile(r"[（(][^（）()]*(?:牵头|配合|负责)[^（）()]*[）)]$")


def _number(numeral: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23."""
    if numeral.isdigit():
        return int(numeral)
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return _NUMERALS.index(numeral) + 1
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (
        _NUMERALS.index(ones) + 1 if ones else 0
    )


@frozen
class Heading:
    """One line of the source as the skeleton lists it."""

    kind: str  # "section", "item" or "paragraph"
    line: int
    label: str = ""
    number: int = 0
    title: str = ""
    text: str = ""
    units: str | None = None


def outline(text: str) -> list[Heading]:
    """Headings (一、), numbered items (（一）, 1、) and other paragraphs, in order.

    The first line is the title and is not listed.
    """
    found = []
    for index, raw in enumerate(text.splitlines()[1:], start=2):
        line = raw.strip()
        if not line:
            continue
        if m := _SECTION.match(line):
            found.append(
                Heading("section", index, f"{m[1]}、", _number(m[1]), m[2].strip(), m[2].strip())
            )
        elif m := _ITEM.match(line):
            label = line[: len(line) - len(m[3])]
            body = m[3]
            units = _UNITS.search(body)
            words = body[: units.start()] if units else body
            title = words.split("。", 1)[0]
            found.append(
                Heading(
                    "item",
                    index,
                    label,
                    _number(m[1] or m[2]),
                    title,
                    words,
                    units.group() if units else None,
                )
            )
        else:
            found.append(Heading("paragraph", index, text=line))
    return found


def _q(text: str) -> str:
    """A Python string literal in the house style (double quotes, Chinese as is)."""
    return json.dumps(text, ensure_ascii=False)


def _kind(title: str) -> str:
    for words, kind in (
        ("规划", "FIVE_YEAR_PLAN"),
        ("方案", "ACTION_SCHEME"),
        ("报告表", "CREATION_PLAN"),
    ):
        if words in title:
            return kind
    return "ACTION_PLAN"


def plan_module(
    plan_id: str,
    text: str,
    *,
    title: str | None = None,
    doc_number: str | None = None,
    region: str | None = None,
    origin: str | None = None,
) -> str:
    """The source of the plan's data module, every open question marked TODO."""
    title = title or text.splitlines()[0].strip()
    headings = outline(text)
    restarts = any(
        b.kind == "item" and a.kind == "item" and b.number <= a.number
        for a, b in zip(
            [h for h in headings if h.kind == "item"],
            [h for h in headings if h.kind == "item"][1:],
            strict=False,
        )
    )
    out: list[str] = []
    add = out.append
    add(f'"""{title}: scaffolded by ``qualityplans new-plan``.')
    add("")
    add("TODO: say in two or three sentences what the document is and how it is built.")
    add("Fill in every TODO, then run ``qualityplans validate`` until it is clean.")
    add('"""')
    add("")
    add("# Add what the plan needs as you fill it in: Decimal, Target, Quantity, Unit,")
    add("# LedgerEntry, LedgerReason, and lead/cooperating/collective from data._build.")
    names = ["Measure", "Numbering", "Paragraph", "Plan", "PlanKind", "Section", "Source"]
    if doc_number:
        names.insert(0, "DocNumber")
    add("from qualityplans.model import (")
    out.extend(f"    {name}," for name in names)
    add(")")
    add("")
    add("PLAN = Plan(")
    add(f"    id={_q(plan_id)},")
    add(f"    title_zh={_q(title)},")
    add(f'    title_en="{TODO}: the title in English",')
    add(f"    kind=PlanKind.{_kind(title)},  # check")
    add(f"    region={_q(region or TODO)},")
    if doc_number:
        add(f"    doc_number=DocNumber.parse({_q(doc_number)}),")
    add(f"    numbering=Numbering.{'SECTION' if restarts else 'DOCUMENT'},")
    add("    source=Source(")
    add(f"        file={_q(f'{plan_id}.txt')},")
    add(f"        sha256={_q(sha256_text(text))},")
    add(f"        origin={_q(origin or f'{TODO}: where the text came from and how it was made')},")
    add("    ),")
    add("    body=(")
    indent = "        "
    section_eid = ""
    items = paragraphs = 0
    open_section = False
    for h in headings:
        if h.kind == "section":
            if open_section:
                add("            ),")
                add("        ),")
            section_eid = f"sec_{h.number}"
            add("        Section(")
            add(f"            eid={_q(section_eid)},")
            add(f"            number={_q(h.label.rstrip('、'))},")
            add(f"            label={_q(h.label)},")
            add(f"            heading_zh={_q(h.title)},")
            add(f'            heading_en="{TODO}: the heading in English",')
            add("            items=(")
            indent = "                "
            open_section = True
            paragraphs = 0
            if restarts:
                items = 0
            continue
        prefix = f"{section_eid}__" if section_eid else ""
        if h.kind == "paragraph":
            paragraphs += 1
            eid = f"{prefix}para_{paragraphs}" if section_eid else f"preamble_{paragraphs}"
            add(f"{indent}Paragraph(eid={_q(eid)}, text={_q(h.text)}),")
            continue
        items += 1
        eid = f"{prefix}item_{h.number if restarts else items}"
        add(f"{indent}Measure(")
        add(f"{indent}    eid={_q(eid)},")
        add(f"{indent}    number={h.number},")
        add(f"{indent}    label={_q(h.label)},")
        add(f"{indent}    title_zh={_q(h.title)},")
        add(f'{indent}    title_en="{TODO}: the title in English",')
        add(f"{indent}    text={_q(h.text)},")
        if h.units is not None:
            add(f"{indent}    responsibility_text={_q(h.units)},")
            add(
                f"{indent}    # TODO: one lead(...)/cooperating(...)/collective(...) per unit named"
            )
            add(f"{indent}    responsibilities=(),")
        add(f"{indent}    targets=(),")
        add(f"{indent}    themes=(),")
        add(f"{indent}),")
    if open_section:
        add("            ),")
        add("        ),")
    add("    ),")
    add("    ledger=(")
    add("        # Every figure must end up in a Target or Observation quote, or here.")
    lines = text.splitlines()
    for figure in find_figures(text):
        number = text.count("\n", 0, figure.start) + 1
        add(f"        # TODO figure {figure.text} (line {number}: {lines[number - 1][:40]})")
    add("    ),")
    add(")")
    return "\n".join(out) + "\n"


def scaffold(
    plan_id: str,
    source: Path,
    *,
    title: str | None = None,
    doc_number: str | None = None,
    region: str | None = None,
    data_dir: Path | None = None,
) -> list[Path]:
    """Write the transcription and the module skeleton, register the plan; the paths written.

    Raises ValueError for a malformed id, FileExistsError if the plan exists.
    """
    if not _PLAN_ID.fullmatch(plan_id):
        raise ValueError(
            f"plan id {plan_id!r} must be lower-case words and digits joined by '-', "
            "e.g. wujiang-2026"
        )
    if doc_number is not None:
        DocNumber.parse(doc_number)  # a ValueError names what is wrong with it
    if data_dir is None:
        import qualityplans.data

        data_dir = Path(qualityplans.data.__file__).parent
    module = plan_id.replace("-", "_")
    transcription = data_dir / "sources" / f"{plan_id}.txt"
    module_path = data_dir / "plans" / f"{module}.py"
    index = data_dir / "plans" / "index.py"
    for path in (transcription, module_path):
        if path.exists():
            raise FileExistsError(f"plan {plan_id!r} exists already ({path}): not overwritten")
    if index.exists() and f'"{module}"' in index.read_text(encoding="utf-8"):
        raise FileExistsError(f"plan {plan_id!r} is already in the plan index ({index})")
    try:
        raw = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise OSError(f"{source}: not UTF-8 text; save the transcription as UTF-8") from None
    text = "\n".join(line.rstrip() for line in raw.strip().splitlines()) + "\n"
    if not text.strip():
        raise OSError(f"{source}: the transcription is empty")
    title = title or text.splitlines()[0].strip()
    transcription.write_text(text, encoding="utf-8")
    module_path.write_text(
        plan_module(plan_id, text, title=title, doc_number=doc_number, region=region),
        encoding="utf-8",
    )
    number = DocNumber.parse(doc_number).canonical if doc_number else None
    append_row(index, (module, plan_id, number, title, ()))
    return [transcription, module_path, index]
