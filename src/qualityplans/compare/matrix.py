"""The indicator × plan matrix: every target and report each plan states, side by side.

The "compare all targets" view: one row per indicator, one column per plan,
each cell the plan's targets and observations for that indicator. ``to_csv()``
writes two columns per plan (targets, observations) for spreadsheets.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TypeVar

from attrs import field, frozen

from qualityplans.catalog import Catalog
from qualityplans.catalog.keys import (
    CatalogLike,
    IndicatorLike,
    PlanLike,
    catalog_of,
    indicator_of,
    plan_of,
)
from qualityplans.model import Indicator, Observation, Plan, Target, html_table
from qualityplans.model.wording import value_zh, when
from qualityplans.text.terminal import display_width

__all__ = ["Cell", "Matrix", "matrix"]


def _statement(s: Target | Observation) -> str:
    """A statement as the one formatter says it: ``较2013年下降13% 2016``."""
    year = when(s)
    return f"{value_zh(s)}{' ' + year if year else ''}"


@frozen(repr=False)
class Cell:
    """What one plan states about one indicator."""

    targets: tuple[Target, ...] = ()
    observations: tuple[Observation, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.targets or self.observations)

    @property
    def targets_text(self) -> str:
        return "; ".join(dict.fromkeys(_statement(t) for t in self.targets))

    @property
    def observations_text(self) -> str:
        return "; ".join(dict.fromkeys(_statement(o) for o in self.observations))

    def __repr__(self) -> str:
        return f"<Cell targets {len(self.targets)}, observations {len(self.observations)}>"


@frozen(repr=False)
class Matrix:
    """Indicators (rows, catalog order) × plans (columns, as asked or dataset order)."""

    plans: tuple[Plan, ...]
    indicators: tuple[Indicator, ...]
    cells: tuple[tuple[Cell, ...], ...]  # cells[row][column]
    catalog: Catalog = field(eq=False)

    def cell(self, indicator: IndicatorLike, plan: PlanLike) -> Cell:
        """The cell of ``indicator`` (any key) in ``plan`` (any key)."""
        i = indicator_of(indicator, catalog=self.catalog).id
        p = plan_of(plan, catalog=self.catalog).id
        rows = [n for n, x in enumerate(self.indicators) if x.id == i]
        cols = [n for n, x in enumerate(self.plans) if x.id == p]
        if not rows or not cols:
            missing = f"indicator {i!r}" if not rows else f"plan {p!r}"
            raise KeyError(f"the matrix has no {missing}")
        return self.cells[rows[0]][cols[0]]

    def to_csv(self) -> str:
        """CSV text: indicator id and names, then targets and observations per plan."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = ["indicator", "indicator_zh", "indicator_en"]
        for p in self.plans:
            header += [f"{p.id} targets", f"{p.id} observations"]
        writer.writerow(header)
        for indicator, row in zip(self.indicators, self.cells, strict=True):
            values = [indicator.id, indicator.name_zh, indicator.name_en]
            for c in row:
                values += [c.targets_text, c.observations_text]
            writer.writerow(values)
        return out.getvalue()

    def to_text(self, column: int = 24) -> str:
        """A terminal table: targets per plan, reports in brackets, cells cut to ``column``."""
        name_w = min(max((display_width(i.name_zh) for i in self.indicators), default=0), 40)

        def fit(text: str, width: int) -> str:
            while display_width(text) > width:
                text = text[:-2] + "…"
            return text + " " * (width - display_width(text))

        head = "  ".join(fit(p.id, column) for p in self.plans)
        lines = [fit("指标 Indicator", name_w) + "  " + head]
        for indicator, row in zip(self.indicators, self.cells, strict=True):
            texts = []
            for c in row:
                text = c.targets_text
                if c.observations:
                    text += f" [{c.observations_text}]"
                texts.append(fit(text.strip() or "·", column))
            lines.append(fit(indicator.name_zh, name_w) + "  " + "  ".join(texts))
        return "\n".join(line.rstrip() for line in lines) + "\n"

    def _repr_html_(self) -> str:
        header = ["指标 Indicator", *(p.id for p in self.plans)]
        rows = [
            [i.name_zh, *(c.targets_text for c in row)]
            for i, row in zip(self.indicators, self.cells, strict=True)
        ]
        return html_table(header, rows)

    def __repr__(self) -> str:
        return f"<Matrix {len(self.indicators)} indicators × {len(self.plans)} plans>"


def matrix(
    plans: Iterable[PlanLike] | None = None,
    indicators: Iterable[IndicatorLike] | None = None,
    *,
    catalog: CatalogLike = None,
) -> Matrix:
    """Indicators × plans with each plan's targets and observations per indicator.

    Without ``plans``, every plan; without ``indicators``, every indicator that a
    chosen plan states a target or observation for, in catalog order.
    """
    cat = catalog_of(catalog)
    chosen = (
        tuple(cat.plans())
        if plans is None
        else tuple(plan_of(p, "plans", cat) for p in _listed(plans, "plans"))
    )
    found: dict[tuple[str, str], tuple[list[Target], list[Observation]]] = {}
    for p in chosen:
        for t in p.targets:
            if t.indicator is not None:
                found.setdefault((t.indicator, p.id), ([], []))[0].append(t)
        for o in p.observations:
            if o.indicator is not None:
                found.setdefault((o.indicator, p.id), ([], []))[1].append(o)
    if indicators is None:
        used = {i for i, _ in found}
        rows = tuple(i for i in cat.indicators() if i.id in used)
    else:
        rows = tuple(indicator_of(i, "indicators", cat) for i in _listed(indicators, "indicators"))
    empty: tuple[list[Target], list[Observation]] = ([], [])
    cells = tuple(tuple(_cell(found.get((i.id, p.id), empty)) for p in chosen) for i in rows)
    return Matrix(chosen, rows, cells, cat)


T = TypeVar("T")


def _cell(found: tuple[list[Target], list[Observation]]) -> Cell:
    return Cell(tuple(found[0]), tuple(found[1]))


def _listed(values: Iterable[T], param: str) -> list[T]:
    if isinstance(values, str):
        raise TypeError(f"{param} must be a list of keys or records, not one string")
    return list(values)
