"""``qualityplans search QUERY``: one ranked search over every kind of record."""

from __future__ import annotations

import argparse
import sys

from qualityplans.cli._base import PROG, Parser, UsageError, add_json_flag, print_json

NAME = "search"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    from qualityplans.query.search import KINDS

    search = commands.add_parser(
        NAME,
        help="search plans, measures, targets, indicators, departments, regions, themes",
        description="Search every record by name or text: Chinese (any part of a name), "
        "English words, a 文号 in any bracket style, a plan's short name (pinzhi), or pinyin "
        "(hegelv, hegelu, he2ge2lv4, hgl). Typos are forgiven (合格律). Hits are ranked by "
        "score; = before a score marks a tie (=97.0: the order among those hits means nothing).",
    )
    search.add_argument("query", metavar="QUERY", help="what to look for, e.g. 合格率")
    search.add_argument("--kind", choices=KINDS, help="only this kind of record")
    search.add_argument("--limit", type=int, default=20, help="at most this many hits (20)")
    add_json_flag(search)
    return search


def run(args: argparse.Namespace) -> int:
    from qualityplans.cli._table import print_table
    from qualityplans.query.search import search

    try:
        hits = search(args.query, kind=args.kind, limit=args.limit)
    except ValueError as error:
        raise UsageError(f"{PROG} search: {error}") from None
    if args.json:
        print_json({"query": args.query, "hits": hits.records()})
    if not hits:
        print(f"{PROG}: nothing matches {args.query!r}", file=sys.stderr)
        return 1
    if args.json:
        return 0
    # "=" before a score marks a tie: the order of hits with equal scores means nothing
    print_table(
        ("score", "kind", "id", "title"),
        (
            (
                f"={h.score:.1f}" if h.tied else f"{h.score:.1f}",
                h.kind,
                h.id,
                h.title_zh
                if h.snippet in (h.title_zh, h.title_en)
                else f"{h.title_zh} · {h.snippet}",
            )
            for h in hits
        ),
    )
    return 0
