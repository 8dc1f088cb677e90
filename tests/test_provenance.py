"""Every value is traceable to its words in the shipped transcription, for every plan."""

import re

import pytest

from qualityplans.catalog import dataset, read_source
from qualityplans.model import Plan, statements
from qualityplans.text.figures import find_figures
from qualityplans.validate import validate
from qualityplans.version import sha256_text

PLANS = dataset().plans


@pytest.fixture(scope="module", params=PLANS, ids=lambda p: p.id)
def plan(request: pytest.FixtureRequest) -> Plan:
    return request.param  # type: ignore[no-any-return]


def test_transcription_matches_its_recorded_sha256(plan: Plan) -> None:
    assert sha256_text(read_source(plan.source.file)) == plan.source.sha256


def locate_blocks(plan: Plan) -> dict[tuple[str, str], int]:
    """Each block text's offset, found in document order (a repeated passage is
    found at its next occurrence)."""
    text = read_source(plan.source.file)
    cursor, found = 0, {}
    for block in plan.blocks:
        for part in block.texts():
            at = text.find(part, cursor)
            assert at != -1, f"{block.eid}: {part[:30]!r} not found after offset {cursor}"
            found[(block.eid, part)] = at
            cursor = at + len(part)
    return found


def test_every_block_text_is_in_the_transcription_in_document_order(plan: Plan) -> None:
    assert len(locate_blocks(plan)) == sum(len(b.texts()) for b in plan.blocks)


def test_every_measure_text_is_verbatim_and_followed_by_its_units(plan: Plan) -> None:
    text = read_source(plan.source.file)
    for measure in plan.measures:
        assert measure.text in text, measure.eid
        if measure.responsibility_text:
            assert measure.text + measure.responsibility_text in text, measure.eid


def test_every_quote_is_in_its_block_text(plan: Plan) -> None:
    for block in plan.blocks:
        joined = "\n".join(block.texts())
        for statement in statements(block):
            assert statement.quote in joined, statement.eid
            if statement.value is not None:
                assert statement.value.written in statement.quote, statement.eid


def test_every_ledger_quote_is_in_the_transcription_as_often_as_recorded(plan: Plan) -> None:
    text = read_source(plan.source.file)
    for entry in plan.ledger:
        assert text.count(entry.quote) == entry.occurrences, entry.quote
        assert entry.figure in entry.quote


def test_every_figure_is_captured_or_ledgered(plan: Plan) -> None:
    """The completeness rule, checked independently of the validator's own bookkeeping."""
    text = read_source(plan.source.file)
    spans: list[tuple[int, int]] = []
    for entry in plan.ledger:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(entry.quote), text)]
    # Item labels are structure: the digits of 1、 or 专栏2 heading a recorded item.
    for item in plan.walk():
        label = getattr(item, "label", "")
        title = getattr(item, "heading_zh", None) or getattr(item, "title_zh", None)
        title = title or getattr(item, "name_zh", "")
        if re.search(r"\d", label) and title:
            for m in re.finditer(rf"^{re.escape(label)}\W*{re.escape(title)}", text, re.M):
                digits = re.search(r"\d+", label)
                assert digits is not None
                spans.append((m.start() + digits.start(), m.start() + digits.end()))
    located = locate_blocks(plan)
    for block in plan.blocks:
        for part in block.texts():
            base = located[(block.eid, part)]
            for statement in statements(block):
                at = part.find(statement.quote)
                if at != -1:
                    spans.append((base + at, base + at + len(statement.quote)))
                    # Words before the quote that govern it (到2017年，争取) are its own too.
                    governing = getattr(statement, "governing", None)
                    if governing and (before := part.rfind(governing, 0, at + 1)) != -1:
                        spans.append((base + before, base + before + len(governing)))
    missing = [
        f"{f.text} at line {text.count(chr(10), 0, f.start) + 1}"
        for f in find_figures(text)
        if not any(a <= f.start and f.end <= b for a, b in spans)
    ]
    assert missing == []


def test_the_curated_dataset_validates_clean() -> None:
    assert [str(p) for p in validate()] == []
