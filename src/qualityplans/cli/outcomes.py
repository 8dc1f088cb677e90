"""``qualityplans outcomes``: each target against the reports of its indicator."""

from __future__ import annotations

import argparse
import shutil

from qualityplans.cli._base import Parser, add_json_flag, print_json

NAME = "outcomes"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> Parser:
    outcomes = commands.add_parser(
        NAME,
        help="targets against later reports: met, missed, not comparable, pending, no report",
        description="Set every target that has an amount against the reports of the same "
        "indicator and region (a district plan reads its city's reports). Prints one line per "
        "outcome and the count per status.",
    )
    outcomes.add_argument("--plan", metavar="P", help="only this plan's targets")
    outcomes.add_argument("--indicator", metavar="I", help="only this indicator's targets")
    outcomes.add_argument("--region", metavar="R", help="only plans of this region")
    outcomes.add_argument(
        "--as-of",
        type=int,
        metavar="YEAR",
        help="judge as at the end of YEAR (default: today): targets due later are pending",
    )
    add_json_flag(outcomes)
    return outcomes


def run(args: argparse.Namespace) -> int:
    from qualityplans.compare.outcomes import outcomes, status_counts
    from qualityplans.model.wording import value_zh
    from qualityplans.text.terminal import display_width, wrap

    found = outcomes(args.plan, args.indicator, args.region, as_of=args.as_of)
    counts = status_counts(found)
    if args.json:
        print_json(
            {
                "counts": {s.value: n for s, n in counts.items()},
                "outcomes": [o.to_dict() for o in found],
            }
        )
        return 0 if found else 1
    width = max(min(shutil.get_terminal_size((100, 24)).columns, 120), 60)
    status_w = max(display_width(s.value) for s in counts)
    for o in found:
        status = o.status.value + " " * (status_w - display_width(o.status.value))
        when = f" {o.year}" if o.year is not None else ""
        head = f"{status}  {o.plan.id}  {o.indicator.name_zh}  {value_zh(o.target)}{when}"
        print("\n".join(wrap(head, width, "", " " * (status_w + 2))))
        pad = " " * (status_w + 2)
        for line in wrap(f"target: {o.target_quote}", width, pad, pad + "  "):
            print(line)
        if o.report is not None:
            for line in wrap(
                f"report ({o.report.plan.id}): {o.report_quote}", width, pad, pad + "  "
            ):
                print(line)
        for line in wrap(o.reason, width, pad, pad):
            print(line)
    summary = ", ".join(f"{s.value} {n}" for s, n in counts.items())
    print(f"{len(found)} outcomes: {summary}")
    return 0 if found else 1
