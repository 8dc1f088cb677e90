"""A synthetic corpus: N plans shaped like the curated ones, for tests and the benchmark.

Each synthetic plan is assembled from measures and boxes of the curated plans
(their text, responsibilities naming real departments, targets and
observations with verbatim quotes, themes and indicators), renumbered into new
sections under a new title and 文号, with its own transcription written from
those texts, so ``validate()`` passes on it. A plan takes its region and
issuer from a curated plan and its measures from that region's plans, so the
corpus spans several regions and shares departments and indicators. The same
``seed`` and ``count`` give the same corpus.

Write a corpus and load it beside the shipped data::

    python -m qualityplans.testing.synth /tmp/corpus --plans 500 --seed 0
    QUALITYPLANS_EXTRA_DATA=/tmp/corpus qualityplans validate

The folder holds ``plans/<module>.py`` (a module defining ``PLAN``, as the
shipped plans do), ``plans/index.py`` (the plan index) and ``sources/`` (the
transcriptions); see ``qualityplans.planindex``. It lives in the package, not
in ``scripts/``, because the tests and ``scripts/bench.py`` both import it.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator, Sequence
from decimal import Decimal
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TypeVar, cast

import attrs

from qualityplans.catalog import Catalog
from qualityplans.catalog.registry import index_text, row_of
from qualityplans.docnumber import DocNumber
from qualityplans.model import (
    Box,
    Dataset,
    LedgerEntry,
    LedgerReason,
    Measure,
    Observation,
    Paragraph,
    Period,
    Plan,
    PlanKind,
    Section,
    Source,
    Target,
    statements,
)
from qualityplans.text.figures import find_figures
from qualityplans.validate import validate
from qualityplans.version import sha256_text

__all__ = ["SynthPlan", "catalog", "dataset", "generate", "module_source", "write"]

_DIGITS = "零一二三四五六七八九"
S = TypeVar("S", Target, Observation)
B = TypeVar("B", Measure, Box, Paragraph)


@attrs.frozen
class SynthPlan:
    """One synthetic plan, its module name and its transcription."""

    module: str
    plan: Plan
    text: str

    def __repr__(self) -> str:
        return f"SynthPlan({self.plan.id!r})"


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 23 → 二十三 (measure labels go up to 99)."""
    tens, ones = divmod(n, 10)
    if n < 10:
        return _DIGITS[n]
    return f"{_DIGITS[tens] if tens > 1 else ''}十{_DIGITS[ones] if ones else ''}"


def _rename(item: S, old: str, new: str) -> S:
    return attrs.evolve(item, eid=new + item.eid[len(old) :])


def _renumber(block: B, eid: str, number: int) -> B:
    """``block`` under a new eid and number, its statements' eids following."""
    old = block.eid
    targets = tuple(_rename(t, old, eid) for t in block.targets)
    observations = tuple(_rename(o, old, eid) for o in block.observations)
    if isinstance(block, Paragraph):
        return attrs.evolve(block, eid=eid, targets=targets, observations=observations)
    if isinstance(block, Measure):
        label = f"（{_chinese(number)}）"
        return attrs.evolve(
            block,
            eid=eid,
            number=number,
            label=label,
            targets=targets,
            observations=observations,
        )
    return attrs.evolve(
        block,
        eid=eid,
        number=number,
        label=f"专栏{number}",
        targets=targets,
        observations=observations,
    )


def _block_lines(block: Measure | Box | Paragraph) -> list[str]:
    """How a block stands in the transcription: its title line, then its text."""
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Box):
        return [block.title_zh, block.text]
    tail = block.responsibility_text or ""
    if block.text.startswith(block.title_zh):
        return [f"{block.label}{block.text}{tail}"]
    return [f"{block.label}{block.title_zh}", f"{block.text}{tail}"]


def _assemble(
    number: int,
    seed: int,
    template: Plan,
    headings: Sequence[tuple[str, str]],
    sections: Sequence[Sequence[Measure]],
    box: Box | None,
    paragraphs: Sequence[Paragraph] = (),
) -> SynthPlan:
    """A plan of ``paragraphs`` (background with observations), then ``sections``
    of measures and a box, with its transcription."""
    plan_id = f"synth-{seed}-{number:04d}"
    blocks: list[Paragraph | Measure] = [*paragraphs, *(m for ms in sections for m in ms)]
    said = [s for b in blocks for s in statements(b)]
    years = [s.year for s in said if s.year is not None]
    start = min([*years, 2016])
    year = min(max(years, default=start), 2035)
    title = f"合成质量工作{year}年行动计划之{number:04d}"
    doc = DocNumber.parse(f"合成办〔{year}〕{number}号")
    lines = [title, doc.raw]
    body: list[Section | Paragraph] = []
    for k, paragraph in enumerate(paragraphs, 1):
        renumbered = _renumber(paragraph, f"para_{k}", k)
        body.append(renumbered)
        lines += _block_lines(renumbered)
    count = 0
    for s, (measures, (heading_zh, heading_en)) in enumerate(
        zip(sections, headings, strict=False), 1
    ):
        items: list[Measure | Box] = []
        for m in measures:
            count += 1
            items.append(_renumber(m, f"sec_{s}__item_{count}", count))
        if box is not None and s == len(sections):
            items.append(_renumber(box, f"sec_{s}__box_1", 1))
        label = f"{_chinese(s)}、"
        lines.append(f"{label}{heading_zh}")
        for item in items:
            lines += _block_lines(item)
        body.append(
            Section(
                eid=f"sec_{s}",
                number=_chinese(s),
                label=label,
                heading_zh=heading_zh,
                heading_en=heading_en,
                items=tuple(items),
            )
        )
    text = "\n".join(lines) + "\n"
    ledger = (
        LedgerEntry(
            str(year),
            title,
            LedgerReason.NAME,
            "The year in this plan's own title.",
            note_zh="本计划自身标题中的年份。",
        ),
        LedgerEntry(
            doc.raw,
            doc.raw,
            LedgerReason.DOC_NUMBER,
            "This document's number.",
            note_zh="本文件的文号。",
        ),
    )
    plan = Plan(
        id=plan_id,
        title_zh=title,
        title_en=f"Synthetic {year} Action Plan for Quality No. {number:04d}",
        kind=PlanKind.ACTION_PLAN,
        region=template.region,
        issuer=template.issuer,
        doc_number=doc,
        period=Period(start, max(year, start)),
        source=Source(
            file=f"{plan_id}.txt",
            sha256=_sha256(text),
            origin=f"Synthetic (qualityplans.testing.synth, seed {seed}): measures of "
            f"the curated plans of region {template.region}, renumbered.",
        ),
        body=tuple(body),
        ledger=ledger,
    )
    return SynthPlan(plan_id.replace("-", "_"), plan, text)


def _sha256(text: str) -> str:
    return sha256_text(text)


def _passes(block: Measure | Box | Paragraph, template: Plan) -> bool:
    """Whether ``block`` validates alone in a synthetic plan (every figure captured)."""
    measures = [block] if isinstance(block, Measure) else []
    box = block if isinstance(block, Box) else None
    paragraphs = [block] if isinstance(block, Paragraph) else []
    heading = [("提升质量水平", "Raise quality")]
    probe = _assemble(1, 0, template, heading, [measures], box, paragraphs)
    data = attrs.evolve(_shipped().dataset, plans=(probe.plan,))
    return not validate(data, texts={probe.plan.source.file: probe.text}, catalog=_shipped())


@cache
def _shipped() -> Catalog:
    """The shipped data alone: the corpus never samples extra data."""
    return Catalog.shipped()


@attrs.frozen
class _Pool:
    """Curated blocks that validate alone, and figure-free section headings."""

    measures: dict[str, list[Measure]]  # by region
    boxes: list[Box]
    paragraphs: list[Paragraph]  # background paragraphs with observations
    headings: list[tuple[str, str]]
    templates: tuple[Plan, ...]


@cache
def _pool() -> _Pool:
    """Curated measures by region, boxes, paragraphs and headings that validate alone."""
    curated = _shipped().plans()
    measures: dict[str, list[Measure]] = {}
    boxes: list[Box] = []
    paragraphs: list[Paragraph] = []
    headings: list[tuple[str, str]] = []
    for plan in curated:
        for m in plan.measures:
            if _passes(m, plan):
                measures.setdefault(plan.region, []).append(m)
        boxes += [b for b in plan.boxes if _passes(b, plan)]
        paragraphs += [
            b
            for b in plan.blocks
            if isinstance(b, Paragraph) and b.observations and _passes(b, plan)
        ]
        headings += [
            (s.heading_zh, s.heading_en)
            for s in plan.sections
            if s.heading_zh and not any(find_figures(s.heading_zh))
        ]
    templates = tuple(p for p in curated if p.region in measures)
    return _Pool(measures, boxes, paragraphs, sorted(set(headings)), templates)


def generate(count: int, seed: int = 0) -> list[SynthPlan]:
    """``count`` synthetic plans, the same for the same ``seed``."""
    pool = _pool()
    rng = random.Random(seed)
    corpus = []
    for number in range(1, count + 1):
        template = pool.templates[(number - 1) % len(pool.templates)]
        region = pool.measures[template.region]
        chosen = rng.sample(region, min(len(region), rng.randint(8, 24)))
        cuts = sorted(rng.sample(range(1, len(chosen)), min(len(chosen) - 1, rng.randint(2, 5))))
        sections = [chosen[a:b] for a, b in zip([0, *cuts], [*cuts, len(chosen)], strict=True)]
        box = rng.choice(pool.boxes) if pool.boxes else None
        paragraphs = rng.sample(pool.paragraphs, min(len(pool.paragraphs), rng.randint(1, 3)))
        headings = rng.sample(pool.headings, len(sections))
        corpus.append(_assemble(number, seed, template, headings, sections, box, paragraphs))
    return corpus


def dataset(corpus: Sequence[SynthPlan], *, beside: bool = True) -> Dataset:
    """The curated catalogs with ``corpus`` as the plans (after the curated ones if ``beside``)."""
    data = _shipped().dataset
    extra = tuple(s.plan for s in corpus)
    return attrs.evolve(data, plans=(data.plans + extra) if beside else extra)


def catalog(corpus: Sequence[SynthPlan], *, beside: bool = True) -> Catalog:
    """A catalog of ``corpus`` (beside the curated plans), with its transcriptions."""
    texts = {s.plan.source.file: s.text for s in corpus}
    return Catalog.of(dataset(corpus, beside=beside), texts, sources_from=_shipped())


# ------------------------------------------------------------- writing modules


def _code(value: object, names: set[str]) -> str:
    """``value`` as Python source, recording the model names it uses."""
    if isinstance(value, Enum):
        names.add(type(value).__name__)
        return f"{type(value).__name__}.{value.name}"
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, Decimal):
        names.add("Decimal")
        return f"Decimal({str(value)!r})"
    if isinstance(value, tuple):
        inner = ", ".join(_code(v, names) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if attrs.has(type(value)):
        names.add(type(value).__name__)
        args = []
        for f in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            v = getattr(value, f.name)
            if f.default is not attrs.NOTHING and v == f.default:
                continue
            args.append(f"{f.name}={_code(v, names)}")
        return f"{type(value).__name__}({', '.join(args)})"
    raise TypeError(f"cannot write {type(value).__name__} as source")


def module_source(plan: Plan) -> str:
    """A plan module defining ``PLAN``, in the form of the shipped ones."""
    names: set[str] = set()
    body = _code(plan, names)
    imports = ["from decimal import Decimal"] if "Decimal" in names else []
    model = sorted(names - {"Decimal"})
    imports.append(f"from qualityplans.model import {', '.join(model)}")
    doc = f'"""{plan.title_zh} ({plan.id}): a synthetic plan, generated; do not edit."""'
    return "\n".join([doc, "", *imports, "", f"PLAN = {body}", ""])


def write(directory: Path, corpus: Sequence[SynthPlan]) -> Path:
    """Write ``corpus`` as a folder for ``QUALITYPLANS_EXTRA_DATA``; return it."""
    (directory / "plans").mkdir(parents=True, exist_ok=True)
    (directory / "sources").mkdir(exist_ok=True)
    for s in corpus:
        (directory / "plans" / f"{s.module}.py").write_text(module_source(s.plan), "utf-8")
        (directory / "sources" / s.plan.source.file).write_text(s.text, "utf-8")
    rows = [row_of(s.module, s.plan) for s in corpus]
    (directory / "plans" / "index.py").write_text(index_text(rows), "utf-8")
    return directory


def _walk(corpus: Sequence[SynthPlan]) -> Iterator[Measure]:
    for s in corpus:
        yield from s.plan.measures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic corpus of plans.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--plans", type=int, default=50, help="how many plans (default 50)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    corpus = generate(args.plans, args.seed)
    write(args.directory, corpus)
    print(
        f"wrote {len(corpus)} plans, {sum(1 for _ in _walk(corpus))} measures to {args.directory}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
