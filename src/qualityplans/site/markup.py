"""Markdown and HTML building blocks that keep data strings inert.

Every string from the data goes through ``escape`` (or ``attr`` inside an
HTML attribute) before it reaches a page, so a ``<script>``, a ``|`` or a
``*`` in a field renders as text and never breaks a table.
"""

from __future__ import annotations

import re

__all__ = ["attr", "escape"]

_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def escape(text: str) -> str:
    """Text shown as is: HTML-escaped and with Markdown's special characters quoted."""
    html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", html)


def attr(text: str) -> str:
    """Text safe inside a double-quoted HTML attribute."""
    return (
        text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )
