"""Checks of each data root's plan index against the plan modules it lists."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from qualityplans.catalog import DataLoadError
from qualityplans.catalog.registry import row_of
from qualityplans.validate.context import Context
from qualityplans.validate.problems import Problem, loading_problem

__all__ = ["check_registry"]

_FIX = "regenerate it with: python -m qualityplans.catalog.registry"


def check_registry(ctx: Context, plan_ids: Collection[str] | None = None) -> Iterator[Problem]:
    """Where an index and its modules disagree: a row the module contradicts, a module
    no index lists. ``plan_ids`` limits the row checks to those plans (default: all)."""
    for root in ctx.catalog.roots:
        entries = root.entries()
        listed = {e.module for e in entries}
        for module in root.module_files():
            if module not in listed:
                yield Problem(
                    "plans/index",
                    f"module {module!r} is not in the index, so no lookup finds its plan: "
                    f"add it with qualityplans new-plan, or {_FIX}",
                    root.index_file(),
                )
        for entry in entries:
            if plan_ids is not None and entry.id not in plan_ids:
                continue
            try:
                plan = ctx.catalog.load_entry(entry)
            except DataLoadError as error:
                yield loading_problem(error)
                continue
            actual = row_of(entry.module, plan)
            if actual != entry.row:
                yield Problem(
                    f"plans/index/{entry.module}",
                    f"lists {entry.row[1:]!r}, but the module defines {actual[1:]!r}; {_FIX}",
                    root.index_file(),
                )
