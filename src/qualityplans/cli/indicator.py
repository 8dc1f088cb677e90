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
    from qualityplans.model.wording import say
    from qualityplans.query.history import history, related_indicators
    from qualityplans.serialize import to_dict
    from qualityplans.text.terminal import display_width, wrap

    me = get_indicator(args.query)
    related = related_indicators(me)
    entries = history(me)
    if args.json:
        # each entry's one row (rows.statement_row): kind, direction, base year, period,
        # and the value in words, as every export and the site say it
        print_json(
            {
                "indicator": to_dict(me),
                "related": [i.id for i in related],
                "history": [e.record() for e in entries],
            }
        )
        return 0
    print(me.name_zh)
    print(me.name_en)
    print()
    fields = [("id", me.id), ("unit 单位", me.unit.value if me.unit else "— (qualitative)")]
    fields.append(("better 方向", f"{me.better.zh} {me.better.value}"))
    if me.aliases:
        fields.append(("also 别名", "、".join(me.aliases)))
    if me.themes:
        fields.append(("themes 主题", "、".join(get_theme(t).name_zh for t in me.themes)))
    if me.definition_zh:
        fields.append(("定义", me.definition_zh))
    if me.definition:
        fields.append(("definition", me.definition))
    for r in related:
        fields.append(("related 相关", f"{r.name_zh} ({r.id}): a different measure"))
    label = max(display_width(k) for k, _ in fields) + 2
    for key, value in fields:
        indent = f"  {key}{' ' * (label - display_width(key))}"
        for line in wrap(value, min(terminal_width(), 110), indent, " " * (label + 2)):
            print(line)
    print()
    if not entries:
        print("No target or observation states it.")
        return 0
    rows = []
    for e in entries:
        said = say(e.statement)
        kind = "目标 target" if e.is_target else "实绩 report"
        rows.append(
            (
                said.when or "—",
                e.plan.id,
                kind,
                said.value_zh
                if said.value_en == said.value_zh
                else f"{said.value_zh}  {said.value_en}",
                e.statement.quote,
            )
        )
    print_table(("when", "plan", "kind", "value 数值", "quote 原文"), rows)
    return 0
