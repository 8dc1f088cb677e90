"""``qualityplans indicator QUERY``: one indicator, its relations and its history across plans."""

from __future__ import annotations

import argparse

from qualityplans.cli._base import Parser, add_json_flag, print_json

NAME = "indicator"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    indicator = commands.add_parser(
        NAME,
        help="show an indicator and every target and observation of it across plans",
        description="Show one indicator (QUERY is its id, Chinese or English name, or an "
        "alias): names, unit, definition, related indicators and its history.",
    )
    indicator.add_argument("query", metavar="QUERY", help="e.g. 大中型工程一次验收合格率")
    add_json_flag(indicator)
    return indicator


def run(args: argparse.Namespace) -> int:
    from qualityplans.catalog import get_indicator, get_theme
    from qualityplans.cli._table import print_table, terminal_width
    from qualityplans.history import history, related_indicators
    from qualityplans.render import display_width, wrap
    from qualityplans.serialize import to_dict

    me = get_indicator(args.query)
    related = related_indicators(me)
    entries = history(me)
    rows = [
        {
            "year": e.year,
            "plan": e.plan.id,
            "statement": "target" if e.is_target else "observation",
            "eid": e.statement.eid,
            "comparator": e.statement.value.comparator.value if e.statement.value else None,
            "amount": str(e.statement.value.amount) if e.statement.value else None,
            "unit": e.statement.value.unit.value if e.statement.value else None,
            "qualitative": e.statement.qualitative,
            "quote": e.statement.quote,
        }
        for e in entries
    ]
    if args.json:
        print_json({"indicator": to_dict(me), "related": [i.id for i in related], "history": rows})
        return 0
    print(me.name_zh)
    print(me.name_en)
    print()
    fields = [("id", me.id), ("unit 单位", me.unit.value if me.unit else "— (qualitative)")]
    if me.aliases:
        fields.append(("also 别名", "、".join(me.aliases)))
    if me.themes:
        fields.append(("themes 主题", "、".join(get_theme(t).name_zh for t in me.themes)))
    if me.definition:
        fields.append(("definition 定义", me.definition))
    for r in related:
        fields.append(("related 相关", f"{r.name_zh} ({r.id})"))
    label = max(display_width(k) for k, _ in fields) + 2
    for key, value in fields:
        indent = f"  {key}{' ' * (label - display_width(key))}"
        for line in wrap(value, min(terminal_width(), 110), indent, " " * (label + 2)):
            print(line)
    print()
    if not rows:
        print("No target or observation states it.")
        return 0
    print_table(
        ("year", "plan", "kind", "cmp", "amount", "unit", "quote"),
        (
            (
                r["year"] or "—",
                r["plan"],
                r["statement"],
                r["comparator"] or "",
                r["amount"] or r["qualitative"] or "",
                r["unit"] or "",
                r["quote"],
            )
            for r in rows
        ),
    )
    return 0
