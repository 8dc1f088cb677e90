"""``qualityplans department QUERY``: a body, its lineage through the reform, and its work."""

from __future__ import annotations

import argparse

from qualityplans.cli._base import Parser, add_json_flag, print_json

NAME = "department"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    department = commands.add_parser(
        NAME,
        help="show a department, its lineage and its responsibilities across plans",
        description="Show one department (QUERY is its id or any name it appears under, "
        "e.g. 市质监局): names, the bodies it came from and became in the 2018-2019 "
        "reform, and every measure and task group it or they are named in.",
    )
    department.add_argument("query", metavar="QUERY", help="e.g. 市质监局")
    department.add_argument("--region", help="the region, where a short name is shared (苏州市)")
    department.add_argument(
        "--no-lineage",
        action="store_true",
        help="only the body itself, not its predecessors' and successors' work",
    )
    add_json_flag(department)
    return department


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import get_department, get_region, lineage
    from qualityplans.catalog.keys import department_of
    from qualityplans.cli._choices import print_department_choices
    from qualityplans.cli._table import print_table
    from qualityplans.errors import AmbiguousLookupError
    from qualityplans.query.reform import predecessors, successors
    from qualityplans.query.responsibilities import department_document, responsibilities

    try:
        me = department_of(args.query, region=args.region)
    except AmbiguousLookupError as error:
        return print_department_choices(error)
    before, after = predecessors(me), successors(me)
    work = responsibilities(me, follow_lineage=not args.no_lineage)
    if args.json:
        print_json(department_document(me, follow_lineage=not args.no_lineage))
        return 0
    region = get_region(me.region)
    print(me.name_zh)
    print(me.name_en)
    print()
    print(f"  id          {me.id}")
    print(f"  region 地区 {region.name_zh} {region.name_en}")
    if me.names:
        print(f"  names 简称  {'、'.join(me.names)}")
    for event in lineage(me):
        sources = " + ".join(get_department(d).name_zh for d in event.sources)
        became = " + ".join(get_department(d).name_zh for d in event.successors)
        print(f"  {event.year} {event.kind.value}  {sources} → {became}")
    if before:
        print(f"  came from   {'、'.join(d.name_zh for d in before)}")
    if after:
        print(f"  became      {'、'.join(d.name_zh for d in after)}")
    print()
    if not work:
        print("Named in no measure or task group.")
        return 0
    print_table(
        ("plan", "item", "role", "as written", "title"),
        (
            (
                a.plan.id,
                a.item.eid,
                a.role.value,
                a.written + (" *" if a.through_lineage else ""),
                a.title_zh,
            )
            for a in work
        ),
    )
    if any(a.through_lineage for a in work):
        print("* a predecessor's or successor's work (--no-lineage leaves it out)")
    return 0
