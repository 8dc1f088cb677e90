"""The data linter: every problem in the dataset, each with its location.

Modelled on openstates/people: nothing stops at the first error. Each problem
names where it is as ``plan-id/eid/field`` (``suzhou-2016/sec_2__item_6__tgt_1/quote``)
and the file a contributor edits to fix it. The catalog checks, the registry
checks and the checks of each plan (its transcription located once, then
stateless checks) live in modules of their own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from qualityplans.catalog import Catalog, default_catalog, normalize
from qualityplans.catalog.shapes import shape_problems
from qualityplans.compare.discrepancies import found_discrepancies
from qualityplans.model import Dataset, Plan, Results
from qualityplans.validate.catalog_checks import check_catalogs
from qualityplans.validate.context import Context
from qualityplans.validate.plan_checks import check_plan
from qualityplans.validate.problems import (
    Problem,
    Severity,
    in_document_order,
    loading_problem,
    summary,
)
from qualityplans.validate.registry_checks import check_registry

__all__ = ["Problem", "Severity", "in_document_order", "loading_problem", "summary", "validate"]


def validate(
    data: Dataset | Catalog | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    catalog: Catalog | None = None,
) -> Results[Problem]:
    """Every problem in ``data``, in a stable order, as ``Results`` (a tuple that is also
    a table: ``records()``, ``to_pandas()``), like every other collection the library
    returns; empty when the data is sound.

    ``data`` is a Catalog (every plan of it), a Dataset (checked against the
    transcriptions and files of ``catalog``), or None: the default catalog.
    ``texts`` maps transcription file names to text, in place of the
    catalog's files (for checking a transcription before it is saved).
    """
    if isinstance(data, Catalog):
        catalog, data = data, data.dataset
    if catalog is None:
        catalog = default_catalog()
    if data is None:
        data = catalog.dataset
    ctx = Context.of(data, catalog, texts or {})
    return Results(_problems(ctx))


def _problems(ctx: Context) -> Iterator[Problem]:
    yield from check_catalogs(ctx)
    yield from check_registry(ctx, {p.id for p in ctx.data.plans if isinstance(p.id, str)})
    seen: set[str] = set()
    for plan in ctx.data.plans:
        if plan.id in seen:
            yield Problem(
                f"{plan.id}/plan/id",
                "duplicate plan id: give each plan its own id (and module and transcription)",
                ctx.plan_file(plan),
            )
        seen.add(plan.id)
        yield from check_plan(ctx, plan)
    sound = [p for p in ctx.data.plans if not shape_problems(p)]
    yield from _shared_keys(ctx, sound)
    if len(sound) < len(ctx.data.plans):
        return  # a plan of the wrong shape cannot be compared with the others
    for report in found_discrepancies(ctx.data, catalog=ctx.catalog):
        yield Problem(
            f"{report.first_plan.id}/{report.first.eid}/value",
            f"{report.message}: if both figures are as written, record a Discrepancy "
            "(or a note on either statement); else correct the figure",
            ctx.plan_file(report.first_plan),
            Severity.WARNING,
        )


def _shared_keys(ctx: Context, plans: list[Plan]) -> Iterator[Problem]:
    """Two plans with one 文号 or one title: a lookup by it could not tell them apart."""
    first: dict[tuple[str, str], Plan] = {}
    for plan in plans:
        number = plan.doc_number.canonical if plan.doc_number is not None else None
        for kind, key in (("文号", number), ("title", plan.title_zh)):
            if key is None:
                continue
            other = first.setdefault((kind, normalize(key)), plan)
            if other is not plan and other.id != plan.id:
                field = "doc_number" if kind == "文号" else "title_zh"
                yield Problem(
                    f"{plan.id}/plan/{field}",
                    f"{kind} {key!r} is also {other.id}'s ({ctx.plan_file(other)}): give each "
                    f"plan the {kind} its document bears, and if both bear it, check that they "
                    "are two documents",
                    ctx.plan_file(plan),
                )
