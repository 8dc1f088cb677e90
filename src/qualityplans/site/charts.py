"""Charts as inline SVG, laid out by this module and written by a template.

A chart is a few marks on a year axis: each mark one figure (a target, hollow, or a
report, filled) of one series (a jurisdiction, with its own colour and shape and its
name in the legend). A period figure spans its years; a range is a bar from its lower
to its upper end; reports of one series may be joined in year order (``Chart.join``),
targets never, and no line ever joins two series. The y axis is titled horizontally
above itself, counts get whole-number ticks, and every mark carries an SVG
``<title>`` (shown on hover without JavaScript) with the words the page uses for it.

Why not matplotlib (measured on this project's machine, 2 cores, docs/performance.md):
drawing the 36 charts took about 1.6 s plus about 1 s to import it, the largest part
of what the build from data spent beyond mkdocs itself; and what these charts must
say (a title per point, series named in the legend, horizontal axis titles) needed
its SVG rewritten afterwards anyway. This writer is plain arithmetic and one
template: about 1 ms a chart, byte-identical for the same input in any process (ids
come from the chart's id, nothing from the clock), no dependency, text as ``<text>``
in the page's CJK font stack (widths are estimated: a Han character is one em, a
Latin one about 0.6). Colours are classes mapped by docs/stylesheets/charts.css to
Material's light and dark palettes; the SVG carries readable fallbacks when shown
without it. Values are escaped by the template (autoescape), so a ``<script>`` in a
label is text.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from attrs import frozen

from qualityplans.site.templating import Markup, render

__all__ = ["Chart", "Mark", "Series", "svg", "text_width", "ticks"]

WIDTH = 400  # the viewBox width; the page scales it to the column
PLOT_HEIGHT = 170
FONT = 13  # legend and axis title
SMALL = 12  # ticks and labels
COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#8d4e00", "#00695c")
SHAPES = ("circle", "square", "triangle", "diamond", "down")


@frozen
class Series:
    """One jurisdiction's figures: its name in Chinese, then English, in the legend."""

    name_zh: str
    name_en: str


@frozen
class Mark:
    """One figure on the chart.

    ``amount`` is where it stands on the y axis (a fall is negative on a change
    axis); ``label`` is written beside it and ``title`` shown on hover, both in the
    formatter's words; ``upper`` closes a range; ``start`` is a period's first year
    (the mark is drawn at ``year``, the period's last, with a bar back to ``start``).
    """

    series: int
    year: int
    amount: Decimal
    target: bool
    label: str
    title: str
    upper: Decimal | None = None
    start: int | None = None


@frozen
class Chart:
    """What to draw: ``axis`` titles the y axis (written horizontally, above it);
    ``integer`` asks for whole-number ticks (counts); ``zero`` puts 0 on the axis
    (counts, totals, changes); ``ceiling`` caps it (100 for a percentage); ``join``
    joins each series' reports in year order (levels and totals, never new-in-period
    figures or changes)."""

    id: str
    title: str
    description: str
    axis: str
    series: tuple[Series, ...]
    marks: tuple[Mark, ...]
    integer: bool = False
    zero: bool = False
    ceiling: Decimal | None = None
    join: bool = False


def text_width(text: str, size: float) -> float:
    """The estimated width of ``text`` at ``size``: a wide (Han) character is one em."""
    total = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            total += 1.0
        elif ch == " ":
            total += 0.3
        else:
            total += 0.6
    return total * size


def ticks(low: Decimal, high: Decimal, *, integer: bool = False) -> list[Decimal]:
    """Round tick values from at or below ``low`` to at or above ``high``: four or five
    steps of 1, 2 or 5 times a power of ten; whole numbers only when ``integer``."""
    if high <= low:
        high = low + 1
    raw = (high - low) / 4
    magnitude = Decimal(1).scaleb(raw.adjusted())
    step = next(m * magnitude for m in (1, 2, 5, 10) if (high - low) / (m * magnitude) <= 5)
    if integer and step < 1:
        step = Decimal(1)
    first = (low / step).to_integral_value(ROUND_FLOOR) * step
    last = (high / step).to_integral_value(ROUND_CEILING) * step
    count = int((last - first) / step)
    return [(first + i * step).normalize() + 0 for i in range(count + 1)]


def _number(value: Decimal) -> str:
    """A tick label: plain digits, a true minus sign."""
    text = format(value.normalize() + 0, "f")
    return text.replace("-", "−")


def _px(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _shape(kind: str, x: float, y: float, r: float) -> str:
    """An SVG path for a marker centred on (x, y)."""
    if kind == "square":
        s = r * 0.85
        return f"M{_px(x - s)} {_px(y - s)}h{_px(2 * s)}v{_px(2 * s)}h{_px(-2 * s)}Z"
    if kind == "triangle":
        return f"M{_px(x)} {_px(y - r * 1.1)}L{_px(x + r)} {_px(y + r * 0.75)}H{_px(x - r)}Z"
    if kind == "down":
        return f"M{_px(x)} {_px(y + r * 1.1)}L{_px(x + r)} {_px(y - r * 0.75)}H{_px(x - r)}Z"
    if kind == "diamond":
        d = r * 1.2
        return (
            f"M{_px(x)} {_px(y - d)}L{_px(x + d)} {_px(y)}"
            f"L{_px(x)} {_px(y + d)}L{_px(x - d)} {_px(y)}Z"
        )
    return (
        f"M{_px(x - r)} {_px(y)}a{_px(r)} {_px(r)} 0 1 0 {_px(2 * r)} 0"
        f"a{_px(r)} {_px(r)} 0 1 0 {_px(-2 * r)} 0Z"
    )


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def svg(chart: Chart) -> Markup:
    """The chart as one line of inline SVG (no blank line, so Markdown keeps it whole)."""
    if not chart.marks:
        raise ValueError(f"chart {chart.id!r} has no marks")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", chart.id):
        raise ValueError(f"chart id {chart.id!r} must be letters, digits and '-'")
    if any(not 0 <= m.series < len(chart.series) for m in chart.marks):
        raise ValueError(f"chart {chart.id!r} has a mark of no series")

    # The legend: each series (its shape, filled, in its colour), then what filled
    # and hollow mean, wrapped to the width.
    items: list[tuple[str, int | None, bool]] = [
        (f"{s.name_zh} {s.name_en}", i, False) for i, s in enumerate(chart.series)
    ]
    if any(not m.target for m in chart.marks):
        items.append(("实心 实绩 Observed", None, False))
    if any(m.target for m in chart.marks):
        items.append(("空心 目标 Target", None, True))
    legend = []
    x, y = 4.0, FONT + 1.0
    for text, series, hollow in items:
        width = 16 + text_width(text, FONT)
        if x > 4 and x + width > WIDTH - 4:
            x, y = 4.0, y + FONT + 6
        shape = SHAPES[series % len(SHAPES)] if series is not None else "circle"
        legend.append(
            {
                "path": _shape(shape, x + 5, y - 4, 4.5),
                "x": _px(x + 14),
                "y": _px(y),
                "text": _line(text),
                "colour": _colour(series),
                "css": _css(series),
                "hollow": hollow,
            }
        )
        x += width + 14
    axis_y = y + FONT + 10

    # The y scale: the marks' values, 0 when asked, a little room, round ticks.
    values = [m.amount for m in chart.marks] + [m.upper for m in chart.marks if m.upper is not None]
    low, high = min(values), max(values)
    if chart.zero:
        low, high = min(low, Decimal(0)), max(high, Decimal(0))
    if low == high:
        pad = abs(low) / 10 or Decimal(1)
        low, high = low - pad, high + pad
    else:
        pad = (high - low) * Decimal("0.08")
        if not (chart.zero and low == 0):
            low -= pad
        if not (chart.zero and high == 0):
            high += pad
    if min(values) >= 0 and low < 0:
        low = Decimal(0)
    if chart.ceiling is not None and max(values) <= chart.ceiling < high:
        high = chart.ceiling
    marks_y = ticks(low, high, integer=chart.integer)
    if chart.ceiling is not None and max(values) <= chart.ceiling:
        marks_y = [t for t in marks_y if t <= chart.ceiling]
    if min(values) >= 0:
        marks_y = [t for t in marks_y if t >= 0]
    y_low, y_high = min(marks_y[0], low), max(marks_y[-1], high)
    tick_labels = [_number(t) for t in marks_y]
    left = 8 + max(text_width(t, SMALL) for t in tick_labels)
    right = WIDTH - 10
    top = axis_y + 26  # room for labels above the highest mark
    bottom = top + PLOT_HEIGHT
    height = bottom + SMALL + 11

    def to_y(value: Decimal) -> float:
        return bottom - float((value - y_low) / (y_high - y_low)) * PLOT_HEIGHT

    # The x scale: every year a mark or a period touches, half a year of room each side.
    years = [m.year for m in chart.marks] + [m.start for m in chart.marks if m.start is not None]
    x_low, x_high = min(years) - 0.6, max(years) + 0.6

    def to_x(year: float) -> float:
        return left + 8 + (year - x_low) / (x_high - x_low) * (right - left - 16)

    span = max(years) - min(years)
    # A label every 1, 2, 5 or 10 years: the first step whose labels do not touch.
    room = (right - left - 16) / max(span, 1)
    every = next((n for n in (1, 2, 5) if room * n >= text_width("2025", SMALL) + 8), 10)
    x_ticks = [
        {"x": _px(to_x(year)), "text": str(year)}
        for year in range(min(years), max(years) + 1)
        if (year - min(years)) % every == 0
    ]
    y_ticks = [
        {
            "y": _px(to_y(t)),
            "tx": _px(left - 5),
            "ty": _px(to_y(t) + 4),
            "text": label,
            "zero": t == 0 and y_low < 0,
        }
        for t, label in zip(marks_y, tick_labels, strict=True)
    ]

    # Series that share a year stand side by side, never on top of each other.
    by_year: dict[int, list[int]] = {}
    for m in chart.marks:
        if m.series not in by_year.setdefault(m.year, []):
            by_year[m.year].append(m.series)
    for found in by_year.values():
        found.sort()

    def dodge(m: Mark) -> float:
        found = by_year[m.year]
        return (found.index(m.series) - (len(found) - 1) / 2) * 14

    placed: list[Box] = []
    points = []
    # Targets first, so a report of the same figure is drawn on top of its ring.
    order = sorted(chart.marks, key=lambda m: (not m.target, m.series, m.year))
    positions = {id(m): (to_x(m.year) + dodge(m), to_y(m.amount)) for m in chart.marks}
    placed.extend((px - 6, py - 6, px + 6, py + 6) for px, py in positions.values())
    for m in order:
        px, py = positions[id(m)]
        top_y = to_y(m.upper) if m.upper is not None else py
        width = text_width(m.label, SMALL)
        label = None
        # Above, below, right, left: the first place that is free (else no label;
        # the mark's title and the table still say it).
        for start, ly in (
            (px - width / 2, top_y - 9),
            (px - width / 2, py + 18),
            (px + 9, py + 4),
            (px - 9 - width, py + 4),
        ):
            start = max(2.0, min(start, WIDTH - 2 - width))
            box = (start, ly - SMALL, start + width, ly + 2)
            inside = box[1] >= axis_y + 4 and box[3] <= bottom - 1
            if inside and not any(_overlaps(box, b) for b in placed):
                placed.append(box)
                label = {"x": _px(start), "y": _px(ly), "text": _line(m.label)}
                break
        points.append(
            {
                "title": _line(m.title),
                "colour": _colour(m.series),
                "css": _css(m.series),
                "hollow": m.target,
                "path": _shape(SHAPES[m.series % len(SHAPES)], px, py, 5.5 if m.target else 4.5),
                "range": (
                    {"x": _px(px), "y1": _px(py), "y2": _px(to_y(m.upper))}
                    if m.upper is not None
                    else None
                ),
                "period": (
                    {"x1": _px(to_x(m.start)), "x2": _px(px), "y": _px(py)}
                    if m.start is not None and m.start != m.year
                    else None
                ),
                "label": label,
            }
        )

    lines = []
    if chart.join:
        for series in range(len(chart.series)):
            observed = sorted(
                (positions[id(m)] for m in chart.marks if m.series == series and not m.target),
            )
            if len(observed) >= 2:
                lines.append(
                    {
                        "colour": _colour(series),
                        "css": _css(series),
                        "points": " ".join(f"{_px(a)},{_px(b)}" for a, b in observed),
                    }
                )

    text = render(
        "chart.svg",
        id=chart.id,
        title=_line(chart.title),
        description=_line(chart.description),
        width=WIDTH,
        font=FONT,
        small=SMALL,
        height=_px(height),
        legend=legend,
        axis={"x": _px(4), "y": _px(axis_y), "text": _line(chart.axis)},
        left=_px(left),
        right=_px(right),
        top=_px(top),
        bottom=_px(bottom),
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        tick_y=_px(bottom + SMALL + 5),
        tick_end=_px(bottom + 4),
        lines=lines,
        points=points,
    )
    return Markup("".join(line.strip() for line in text.splitlines()))


def _colour(series: int | None) -> str:
    return "#5f6368" if series is None else COLOURS[series % len(COLOURS)]


def _css(series: int | None) -> str:
    """The class that gives a series its colour in the site's palettes (qp-c0: neutral)."""
    return "qp-c0" if series is None else f"qp-c{series % len(COLOURS) + 1}"


def _line(text: str) -> str:
    """``text`` on one line (the SVG is written on one line)."""
    return " ".join(text.split())
