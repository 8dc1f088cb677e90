"""A page's metadata: the description search engines and link previews show.

Every page carries a ``description`` in its front matter, Chinese first: the page
modules write one from what the page is about (``parts.front_matter(...,
description=...)``); a page that has none gets one from its own content
(``with_description``): its title and the first Chinese text under it, English
asides left out. The theme writes it into ``<meta name="description">``.

This module imports nothing from the site package, so ``qualityplans.site`` can
apply it to every page it renders.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import ClassVar

from qualityplans.site.markup import attr

__all__ = ["DESCRIPTION_CHARS", "describe", "page_text", "with_description", "yaml_text"]

DESCRIPTION_CHARS = 150  # about what a search result shows of a Chinese description
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ATTR_LIST = re.compile(r"\s*\{[#:.][^}]*\}\s*$")
_MD_ESCAPE = re.compile(r"\\([\\`*_\[\]{}()#+\-.!|>])")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def describe(*parts: str | None) -> str:
    """A description: the given sentences on one line, at most ``DESCRIPTION_CHARS``
    characters (cut at a character, with an ellipsis)."""
    text = " ".join(" ".join(p.split()) for p in parts if p and p.strip())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    return text[: DESCRIPTION_CHARS - 1].rstrip() + "…"


def yaml_text(text: str) -> str:
    """One line of text as a double-quoted YAML string, HTML-escaped (the theme writes
    front matter into the page as it is)."""
    quoted = attr(" ".join(text.split())).replace("\\", "\\\\")
    return f'"{quoted}"'


class _Visible(HTMLParser):
    """The text a reader sees first, without English asides, charts and code blocks."""

    _SKIP = frozenset({"script", "style", "svg", "figure", "pre", "table", "details"})
    _ASIDES = frozenset({"qp-en", "qp-subtitle", "qp-legend"})  # English, keys to marks
    _INLINE = frozenset({"a", "span", "strong", "em", "b", "i", "code", "small", "sup", "sub"})
    _AFTER: ClassVar[dict[str, str]] = {"dt": "：", "dd": "；"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._stack: list[bool] = []  # per open element: whether it hides its text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "img", "hr", "input", "meta", "link"}:
            self.parts.append(" ")
            return
        classes = (dict(attrs).get("class") or "").split()
        self._stack.append(tag in self._SKIP or bool(self._ASIDES.intersection(classes)))

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._stack.pop()
        if any(self._stack):
            return
        # a term and its value read as 文号：苏府〔2016〕63号；inline tags join their text
        self.parts.append(self._AFTER.get(tag, "" if tag in self._INLINE else " "))

    def handle_data(self, data: str) -> None:
        if not any(self._stack):
            self.parts.append(data)


def _split(markdown: str) -> tuple[list[str], list[str]]:
    """A page's front matter lines (without the fences) and its body lines."""
    lines = markdown.split("\n")
    if lines and lines[0] == "---" and "---" in lines[1:]:
        end = lines.index("---", 1)
        return lines[1:end], lines[end + 1 :]
    return [], lines


def page_text(markdown: str) -> tuple[str, str]:
    """A page's title (its first ``#`` heading) and the visible text under it that
    holds Chinese, as plain text."""
    _, body = _split(markdown)
    title = ""
    kept: list[str] = []
    for line in body:
        if line.startswith("# ") and not title:
            title = _plain(_ATTR_LIST.sub("", line[2:]))
        elif line.startswith("#") or line.startswith("|") or not title:
            continue
        else:
            kept.append(line)
    parser = _Visible()
    parser.feed(_MD_LINK.sub(r"\1", "\n".join(kept)))
    parser.close()
    text = " ".join("".join(parser.parts).split())
    text = re.sub(r"\s+([：；，。、])", r"\1", text)
    return title, _MD_ESCAPE.sub(r"\1", text)


def _plain(text: str) -> str:
    parser = _Visible()
    parser.feed(text)
    parser.close()
    return _MD_ESCAPE.sub(r"\1", " ".join("".join(parser.parts).split()))


def with_description(markdown: str) -> str:
    """``markdown`` with a ``description`` in its front matter: kept if it has one,
    else made from its title and its first Chinese text."""
    front, body = _split(markdown)
    if any(line.startswith("description:") for line in front):
        return markdown
    title, text = page_text(markdown)
    if not title and not text:
        return markdown
    sentences = [s for s in re.split(r"(?<=[。；])\s*", text) if _HAN.search(s)]
    summary = describe(title + ("：" + "".join(sentences) if sentences else ""))
    line = f"description: {yaml_text(summary)}"
    if front or markdown.startswith("---\n"):
        return "\n".join(["---", *front, line, "---", *body])
    return "\n".join(["---", line, "---", "", *body])
