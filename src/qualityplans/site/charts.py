"""Charts as inline SVG, drawn at build time by matplotlib: byte-identical, offline, CJK.

Why matplotlib (measured, /work/shared/notes/site-stack.md §4): its SVG backend
is byte-identical across processes once ``svg.hashsalt`` is fixed and the date
metadata dropped, it lays out Chinese labels with the WenQuanYi font the build
installs, needs no browser, Node or JavaScript, and is already a locked docs
dependency; vl-convert was also deterministic but adds 84 MB for nothing
matplotlib lacks here, pygal emits a script and random ids.

The SVG keeps text as ``<text>`` (``svg.fonttype: none``): about a third of the
size of glyph paths, selectable, and recoloured by CSS. Every colour and the
font are written as ``var(--qp-chart-*, fallback)``, so docs/stylesheets/charts.css
maps them to Material's light and dark palettes while the SVG still reads well
without it. Ids are prefixed with the chart's id, so charts never clash on a
page, and the root carries ``role="img"`` with a ``<title>`` and ``<desc>``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from decimal import Decimal
from html import escape as html_escape
from typing import Any

from attrs import frozen

__all__ = ["FONT", "Point", "point_chart"]

FONT = "WenQuanYi Micro Hei"

# Fallback colours (readable on white and on Material's slate), each mapped to a
# CSS variable. matplotlib writes them in lower case, exactly as given here.
_FG = "#5f6368"
_GRID = "#c8cacd"
_OBSERVED = "#1565c0"
_TARGET = "#d84315"
_VARS = {
    _FG: "--qp-chart-fg",
    _GRID: "--qp-chart-grid",
    _OBSERVED: "--qp-chart-observed",
    _TARGET: "--qp-chart-target",
}


@frozen
class Point:
    """One value to plot: an observation (a filled dot) or a target (an open diamond).

    ``label`` is the value as the page shows it (≥ 98%); ``upper`` closes a range.
    """

    year: int
    amount: Decimal
    target: bool
    label: str
    upper: Decimal | None = None


def point_chart(
    chart_id: str, title: str, description: str, points: Sequence[Point], unit: str
) -> str:
    """One SVG chart of ``points`` over the years, ``unit`` on the y axis.

    ``chart_id`` (letters, digits, ``-``) prefixes every id in the SVG and salts
    matplotlib's hashes, so the same input gives the same bytes in any process.
    """
    if not points:
        raise ValueError(f"chart {chart_id!r} has no points")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", chart_id):
        raise ValueError(f"chart id {chart_id!r} must be letters, digits and '-'")
    raw = _draw(chart_id, points, unit)
    return _clean(raw, chart_id, title, description)


def _draw(chart_id: str, points: Sequence[Point], unit: str) -> str:
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    settings: dict[Any, Any] = {
        "svg.fonttype": "none",
        "svg.hashsalt": chart_id,
        "font.family": [FONT, "DejaVu Sans"],
        "font.size": 10,
        "text.color": _FG,
        "axes.edgecolor": _FG,
        "axes.labelcolor": _FG,
        "xtick.color": _FG,
        "ytick.color": _FG,
        "axes.unicode_minus": False,
    }
    with matplotlib.rc_context(settings):
        # Fixed margins rather than bbox_inches="tight", which draws everything twice.
        fig = Figure(figsize=(5.6, 2.6))
        fig.subplots_adjust(left=0.11, right=0.97, bottom=0.13, top=0.83)
        fig.patch.set_alpha(0)
        ax = fig.add_subplot()
        ax.set_facecolor("none")
        ax.grid(axis="y", color=_GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        observed = sorted((p for p in points if not p.target), key=lambda p: p.year)
        targets = sorted((p for p in points if p.target), key=lambda p: p.year)
        if observed:
            xs = [p.year for p in observed]
            ys = [float(p.amount) for p in observed]  # pixel positions only
            ax.plot(
                xs, ys, "-o", color=_OBSERVED, linewidth=1.2, markersize=6,
                label="实绩 Observed",
            )  # fmt: skip
        if targets:
            xs = [p.year for p in targets]
            ys = [float(p.amount) for p in targets]
            ax.plot(
                xs, ys, "D", color=_TARGET, markerfacecolor="none", markeredgewidth=1.5,
                markersize=7, label="目标 Target",
            )  # fmt: skip
        for p in (*observed, *targets):
            colour = _TARGET if p.target else _OBSERVED
            if p.upper is not None:
                ax.vlines(p.year, float(p.amount), float(p.upper), colors=colour, linewidth=1.5)
            ax.annotate(
                p.label,
                (p.year, float(p.upper if p.upper is not None else p.amount)),
                textcoords="offset points",
                xytext=(8, 4) if p.target else (-8, 4),
                ha="left" if p.target else "right",
                va="bottom",
                color=colour,
                fontsize=10,
            )
        years = [p.year for p in points]
        ax.set_xlim(min(years) - 1, max(years) + 1)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
        ax.margins(y=0.3)
        ax.set_ylabel(unit)
        ax.legend(
            loc="lower left", bbox_to_anchor=(0, 1.02), ncols=2, frameon=False, borderaxespad=0
        )
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


_ID = re.compile(r'\sid="([^"]+)"')
_REF = re.compile(r"#([A-Za-z_][\w.\-]*)")
_NUMBER = re.compile(r"(\d+\.\d\d)\d+")


def _clean(svg: str, chart_id: str, title: str, description: str) -> str:
    """matplotlib's SVG made fit to inline: no prolog, metadata or global style, ids
    prefixed (only those referenced), colours and font as CSS variables, one line."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r"<style[^>]*>.*?</style>", "", svg, flags=re.S)
    svg = re.sub(r"<defs>\s*</defs>", "", svg)
    used = set(_REF.findall(svg))

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        return f' id="{chart_id}-{name}"' if name in used else ""

    svg = _ID.sub(rename, svg)
    svg = re.sub(r'(href="|url\()#', rf"\g<1>#{chart_id}-", svg)
    for colour, variable in _VARS.items():
        svg = svg.replace(colour, f"var({variable}, {colour})")
    svg = re.sub(r"font-family: [^;\"]+", f"font-family: var(--qp-chart-font, '{FONT}')", svg)
    svg = _NUMBER.sub(r"\1", svg)
    svg = re.sub(r"\s*\n\s*", " ", svg).replace("> <", "><").strip()
    head, _, rest = svg.partition(">")
    head = re.sub(r'\s(width|height)="[^"]*"', "", head)
    labelled = f"{chart_id}-title {chart_id}-desc"
    head += f' class="qp-chart__svg" role="img" aria-labelledby="{labelled}">'
    meta = (
        f'<title id="{chart_id}-title">{html_escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{html_escape(description)}</desc>'
    )
    return head + meta + rest
