"""Pages from templates: Jinja2 with autoescape on, and one filter for Markdown text.

Every page module renders its Markdown through ``render(template, **context)``.
Values are escaped for HTML by default (autoescape), so a ``<script>`` in the data
is text; fragments that are already safe HTML (a link made by ``parts``) are
``Markup``. Text that stands in a Markdown context (a heading, a list item) goes
through the ``md`` filter, which also quotes Markdown's own characters so a ``*``,
``|`` or ``{: onclick}`` in the data cannot become emphasis, a table or an attribute.
Template syntax in the data (``{{ 7*7 }}``) is never evaluated: values are data.

Whitespace is trimmed around block tags, so an HTML block keeps no blank line
inside it (Markdown would end the block there). Jinja comments are written
``{## … ##}``, because Markdown headings carry their ids as ``{#id}``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

__all__ = ["Markup", "en", "label", "md", "render"]

# Markdown's backslash-escapable characters (with tables' | and attr_list's braces).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+\-.!|>])")


def md(text: object) -> Markup:
    """``text`` for a Markdown context: HTML-escaped, Markdown's characters quoted."""
    if isinstance(text, Markup):
        return text
    escaped = str(escape("" if text is None else str(text)))
    return Markup(_MD_SPECIAL.sub(r"\\\1", escaped))


_TAG = re.compile(r"<[^>]*>")
# An English tail after the Chinese words of a column name: "年份 Year", "指标 Indicator".
_ENGLISH_TAIL = re.compile(r"\s+[A-Z][A-Za-z ,.'()-]*$")


def label(header: object) -> str:
    """The Chinese name of a column, for a phone's card (``td data-label``).

    A column's header is Chinese with its English beside it, after a ``<br>``, in an
    ``en()`` span or after a space ("年份 Year"); the label is the Chinese part, as text.
    """
    text = str(header)
    for cut in ("<br", '<span class="qp-en"'):
        text = text.split(cut, 1)[0]
    text = _TAG.sub("", text).strip()
    return _ENGLISH_TAIL.sub("", text).strip() or text


def en(text: object) -> Markup:
    """English beside Chinese, in the muted style."""
    return Markup('<span class="qp-en">{}</span>').format("" if text is None else text)


def _same_words(zh: str, english: str) -> bool:
    """An English note that says it in the Chinese words (质监局 + 工商局 → 市场监管局.):
    shown once, not twice."""
    return zh.strip().rstrip("。.") == english.strip().rstrip("。.")


def zh_en(zh: object, english: object) -> Markup:
    """A text the data holds in both languages: the Chinese (the reader's language) first,
    the English on the next line in the muted style; either may be missing, and an
    English written in the same Chinese words is not repeated."""
    parts = [Markup("{}").format(zh)] if zh else []
    if english and not (zh and _same_words(str(zh), str(english))):
        parts.append(en(english))
    return Markup("<br>").join(parts)


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("qualityplans.site", "templates"),
        # Markdown headings carry ids as {#id}: Jinja comments are {## … ##} instead.
        comment_start_string="{##",
        comment_end_string="##}",
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["en"] = en
    env.globals["zh_en"] = zh_en
    env.filters["label"] = label
    return env


def render(template: str, **context: Any) -> str:
    """The page (or fragment) ``template`` rendered with ``context``, escaped."""
    return _environment().get_template(template).render(**context)
