"""The data linter: every problem in the dataset, each with its location.

Modelled on openstates/people: nothing stops at the first error. Each problem
names where it is as ``plan-id/eid/field`` (``suzhou-2016/sec_2__item_6__tgt_1/quote``)
and the file a contributor edits to fix it. The catalog checks, the registry
checks and the checks of each plan (its transcription located once, then
stateless checks) live in modules of their own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from qualityplans.catalog import Catalog, default_catalog
from qualityplans.compare.discrepancies import found_discrepancies
from qualityplans.model import Dataset
from qualityplans.validate.catalog_checks import check_catalogs
from qualityplans.validate.context import Context
from qualityplans.validate.plan_checks import check_plan
from qualityplans.validate.problems import Problem, Severity, loading_problem
from qualityplans.validate.registry_checks import check_registry

__all__ = ["Problem", "Severity", "loading_problem", "validate"]


def validate(
    data: Dataset | Catalog | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    catalog: Catalog | None = None,
) -> list[Problem]:
    """Every problem in ``data``, in a stable order.

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
    return list(_problems(ctx))


def _problems(ctx: Context) -> Iterator[Problem]:
    yield from check_catalogs(ctx)
    yield from check_registry(ctx, {p.id for p in ctx.data.plans})
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
    for report in found_discrepancies(ctx.data, catalog=ctx.catalog):
        yield Problem(
            f"{report.first_plan.id}/{report.first.eid}/value",
            f"{report.message}: if both figures are as written, record a Discrepancy "
            "(or a note on either statement); else correct the figure",
            ctx.plan_file(report.first_plan),
            Severity.WARNING,
        )
