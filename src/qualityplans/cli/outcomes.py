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
    add_json_flag(outcomes)
    return outcomes


def run(args: argparse.Namespace) -> int:
    from qualityplans.compare.outcomes import outcomes, status_counts
    from qualityplans.render import display_width, wrap
    from qualityplans.serialize import to_dict

    found = outcomes(args.plan, args.indicator, args.region)
    counts = status_counts(found)
    if args.json:
        print_json(
            {
                "counts": {s.value: n for s, n in counts.items()},
                "outcomes": [
                    {
                        "status": o.status.value,
                        "reason": o.reason,
                        "plan": o.plan.id,
                        "indicator": o.indicator.id,
                        "target": to_dict(o.target),
                        "report": None
                        if o.report is None
                        else {
                            "plan": o.report.plan.id,
                            "region": o.report.region.value,
                            "observation": to_dict(o.report.observation),
                        },
                        "context": [
                            {
                                "plan": r.plan.id,
                                "region": r.region.value,
                                "observation": to_dict(r.observation),
                            }
                            for r in o.context
                        ],
                    }
                    for o in found
                ],
            }
        )
        return 0 if found else 1
    width = max(min(shutil.get_terminal_size((100, 24)).columns, 120), 60)
    status_w = max(display_width(s.value) for s in counts)
    for o in found:
        status = o.status.value + " " * (status_w - display_width(o.status.value))
        head = f"{status}  {o.plan.id}  {o.indicator.name_zh}  {o.target.value} {o.year or ''}"
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
