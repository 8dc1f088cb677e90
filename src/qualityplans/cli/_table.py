"""Aligned text tables for the terminal: CJK characters take two columns."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence

from qualityplans.text.terminal import display_width

__all__ = ["clip", "print_table", "terminal_width"]


def terminal_width() -> int:
    return max(shutil.get_terminal_size((120, 24)).columns, 60)


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns, ending in … if cut."""
    if display_width(text) <= width:
        return text
    out, used = "", 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out += ch
        used += w
    return out + "…"


def print_table(header: Sequence[str], rows: Iterable[Sequence[object]], *, width: int = 0) -> None:
    """Print rows under a header, columns padded by display width.

    The last column takes what is left of ``width`` (default: the terminal)
    and is clipped to it.
    """
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
    table = [list(header), *cells]
    widths = [max(display_width(r[i]) for r in table) for i in range(len(header) - 1)]
    room = (width or terminal_width()) - sum(widths) - 2 * len(widths)
    for row in table:
        padded = [c + " " * (w - display_width(c)) for c, w in zip(row, widths, strict=False)]
        print("  ".join([*padded, clip(row[-1], max(room, 20))]).rstrip())
