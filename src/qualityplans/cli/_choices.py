"""An ambiguous department name (市质监局): the choices and their regions, in one line."""

from __future__ import annotations

import sys

from qualityplans.cli._base import PROG
from qualityplans.errors import AmbiguousLookupError

__all__ = ["print_department_choices"]


def print_department_choices(error: AmbiguousLookupError) -> int:
    """Say on stderr, in one line, which departments the name could be and the --region
    that chooses each; return exit status 1."""
    from qualityplans.catalog import get_department, get_region

    choices = []
    for candidate in error.candidates:
        d = get_department(candidate)
        choices.append(f"--region {get_region(d.region).name_zh} ({d.name_zh}, {d.id})")
    print(
        f"{PROG}: {error.query!r} names several departments; choose with " + "; ".join(choices),
        file=sys.stderr,
    )
    return 1
