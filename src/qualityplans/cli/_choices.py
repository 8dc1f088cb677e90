"""When a department name is ambiguous (市质监局), list the choices with their regions."""

from __future__ import annotations

import sys

from qualityplans.cli._base import PROG
from qualityplans.errors import AmbiguousLookupError

__all__ = ["print_department_choices"]


def print_department_choices(error: AmbiguousLookupError) -> int:
    """Print the candidate departments on stderr, each with its region; return exit status 1."""
    from qualityplans.catalog import get_department, get_region
    from qualityplans.text.terminal import display_width

    print(
        f"{PROG}: {error.query!r} names several departments; choose with --region:", file=sys.stderr
    )
    found = [get_department(c) for c in error.candidates]
    width = max(display_width(d.name_zh) for d in found)
    for d in found:
        region = get_region(d.region)
        pad = " " * (width - display_width(d.name_zh))
        print(f"  --region {region.name_zh}  {d.name_zh}{pad}  {d.id}", file=sys.stderr)
    return 1
