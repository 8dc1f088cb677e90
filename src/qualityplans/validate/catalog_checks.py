"""Checks of the catalogs: regions, departments and their lineage, indicators, themes, collectives.

Each check is a function of the context alone and yields every problem it finds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from qualityplans.catalog.shapes import shape_problems
from qualityplans.model import Collective, Dataset, Department, Region
from qualityplans.text.privacy import contact_kind, find_contact_details, find_service_numbers
from qualityplans.validate.context import Context, unknown
from qualityplans.validate.problems import Problem

__all__ = ["check_catalogs", "not_in_chinese"]


def duplicates(values: Iterable[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _records(data: Dataset) -> Iterator[tuple[str, str, str, object]]:
    """(kind, id, where, record) for every catalog record."""
    for kind, records in (
        ("department", data.departments),
        ("region", data.regions),
        ("indicator", data.indicators),
        ("theme", data.themes),
        ("collective", data.collectives),
    ):
        for record in records:
            yield kind, record.id, f"{kind}s/{record.id}", record
    for i, event in enumerate(data.lineage):
        yield "lineage", event.sources[0] if event.sources else "", f"lineage/{i}", event


def contacts(ctx: Context) -> Iterator[Problem]:
    """Personal data is not shipped in the catalogs either."""
    for kind, record_id, where, record in _records(ctx.data):
        for _, field, detail in find_contact_details(record):
            yield Problem(
                f"{where}/{field}",
                f"holds the {contact_kind(detail)} {detail!r}: personal data is not shipped; "
                "remove it",
                ctx.catalog_file(kind, record_id),
            )
        for _, field, number in find_service_numbers(record):
            yield Problem(
                f"{where}/{field}",
                f"holds the public service number {number!r}: catalogs record no phone "
                "numbers; remove it",
                ctx.catalog_file(kind, record_id),
            )


def shapes(ctx: Context) -> Iterator[Problem]:
    """Every field holds what its class declares (a one-item tuple keeps its comma)."""
    for kind, record_id, where, record in _records(ctx.data):
        for _, field, message in shape_problems(record):
            yield Problem(f"{where}/{field}", message, ctx.catalog_file(kind, record_id))


def ids(ctx: Context) -> Iterator[Problem]:
    d = ctx.data
    for kind, values in (
        ("department", [x.id for x in d.departments]),
        ("region", [x.id for x in d.regions]),
        ("indicator", [x.id for x in d.indicators]),
        ("theme", [x.id for x in d.themes]),
        ("collective", [x.id for x in d.collectives]),
    ):
        for dup in duplicates(values):
            yield Problem(f"{kind}s/{dup}", f"duplicate {kind} id", ctx.catalog_file(kind, dup))


def regions(ctx: Context) -> Iterator[Problem]:
    for r in ctx.data.regions:
        if r.parent is not None and r.parent not in ctx.regions:
            yield Problem(
                f"regions/{r.id}/parent",
                unknown(ctx, "region", r.parent),
                ctx.catalog_file("region", r.id),
            )


def departments(ctx: Context) -> Iterator[Problem]:
    names: dict[tuple[str, str], list[str]] = {}
    for dept in ctx.data.departments:
        if dept.region not in ctx.regions:
            yield Problem(
                f"departments/{dept.id}/region",
                unknown(ctx, "region", dept.region),
                ctx.catalog_file("department", dept.id),
            )
        for name in {dept.name_zh, *dept.names}:
            names.setdefault((dept.region, name), []).append(dept.id)
    for (region, name), found in sorted(names.items()):
        if len(found) > 1:
            yield Problem(
                f"departments/{found[1]}/names",
                f"name {name!r} is also used by {', '.join(found[:1])} in region {region!r}",
                ctx.catalog_file("department", found[1]),
            )
    for i, event in enumerate(ctx.data.lineage):
        for dept_id in (*event.sources, *event.successors):
            if dept_id not in ctx.departments:
                yield Problem(
                    f"lineage/{i}",
                    unknown(ctx, "department", dept_id),
                    ctx.catalog_file("lineage", event.sources[0] if event.sources else ""),
                )


def collectives(ctx: Context) -> Iterator[Problem]:
    for c in ctx.data.collectives:
        if c.region is not None and c.region not in ctx.regions:
            yield Problem(
                f"collectives/{c.id}/region",
                unknown(ctx, "region", c.region),
                ctx.catalog_file("collective", c.id),
            )


def indicators(ctx: Context) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for ind in ctx.data.indicators:
        where = f"indicators/{ind.id}"
        file = ctx.catalog_file("indicator", ind.id)
        for theme in ind.themes:
            if theme not in ctx.themes:
                yield Problem(f"{where}/themes", f"unknown theme id {theme!r}", file)
        for rel in ind.related:
            if rel not in ctx.indicators:
                yield Problem(f"{where}/related", f"unknown indicator id {rel!r}", file)
        for name in (ind.name_zh, *ind.aliases):
            other = seen.setdefault(name, ind.id)
            if other != ind.id:
                yield Problem(f"{where}/aliases", f"name {name!r} is also used by {other}", file)


def _has_han(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)


def not_in_chinese(english: str | None, chinese: str | None, what: str) -> str | None:
    """Why ``chinese`` does not stand beside ``english`` (None if it does).

    Readers read Chinese first: a record that shows readers an English ``what``
    (a note, a basis) shows a Chinese one too, written in Chinese.
    """
    if chinese is not None and chinese.strip():
        if _has_han(chinese):
            return None
        return f"has no Chinese characters: write the {what} in Chinese"
    if english is None or not english.strip():
        return None
    return f"no Chinese {what} beside the English one: say the same in Chinese"


def chinese(ctx: Context) -> Iterator[Problem]:
    """Every indicator has a Chinese definition; every English note a Chinese one beside it."""
    d = ctx.data
    for ind in d.indicators:
        where = f"indicators/{ind.id}/definition_zh"
        file = ctx.catalog_file("indicator", ind.id)
        if ind.definition_zh is None or not ind.definition_zh.strip():
            yield Problem(
                where,
                "no Chinese definition: say in Chinese what it counts or measures, in the "
                "documents' own terms, in one or two plain sentences",
                file,
            )
        elif not _has_han(ind.definition_zh):
            yield Problem(where, "has no Chinese characters: write the definition in Chinese", file)
    noted: list[tuple[str, Sequence[Region | Department | Collective]]] = [
        ("department", d.departments),
        ("region", d.regions),
        ("collective", d.collectives),
    ]
    for kind, records in noted:
        for record in records:
            message = not_in_chinese(record.note, record.note_zh, "note")
            if message:
                yield Problem(
                    f"{kind}s/{record.id}/note_zh", message, ctx.catalog_file(kind, record.id)
                )
    for i, event in enumerate(d.lineage):
        file = ctx.catalog_file("lineage", event.sources[0] if event.sources else "")
        for field, english, zh in (
            ("basis", event.basis, event.basis_zh),
            ("note", event.note, event.note_zh),
        ):
            message = not_in_chinese(english, zh, field)
            if message:
                yield Problem(f"lineage/{i}/{field}_zh", message, file)


def check_catalogs(ctx: Context) -> Iterator[Problem]:
    """Every problem in the catalogs, check by check; a record of the wrong shape
    first, alone (the other checks would iterate its strings)."""
    misshapen = list(shapes(ctx))
    if misshapen:
        yield from misshapen
        return
    for check in (contacts, ids, regions, departments, collectives, indicators, chinese):
        yield from check(ctx)
