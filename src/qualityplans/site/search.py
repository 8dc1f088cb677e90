"""What the site's search indexes: one Pagefind input document per page.

The site searches with Pagefind at every size (docs/performance.md, "Search at
scale"). Pagefind is not run on the pages as built: the build writes, for each
page, a document made here from the page's article, and Pagefind indexes those.
They differ from the page in four ways, each for a search goal:

- **Chinese as character pairs.** Every run of Han characters is indexed as its
  overlapping pairs (老旧住宅电梯 → 老旧 旧住 住宅 宅电 电梯, each written as a number:
  ``pair_code``), and the adapter in
  ``overrides/assets/javascripts/pagefind-search.js`` turns a query into pairs the
  same way, then keeps a page only where the pairs of each query word stand side
  by side. A word of two or more characters is therefore found as a word and
  inside longer words (质量 in 产品质量), never by its first character alone (电梯
  does not find 电子), and no word segmenter has to agree between the build and
  the browser: Pagefind's own segmentation (jieba at build time, the browser's
  ``Intl.Segmenter`` at query time) split one name in two ways and missed pages.
  The documents are English to Pagefind (``lang="en"``), so English words are
  stemmed at indexing and at query time by the same stemmer, and the pairs are
  left as they are.
- **Ranking tiers.** Each page has a tier (``TIERS``): the page of a record
  (indicator, department, region, theme, plan) first, then the measure pages of the
  plans, then listings and comparisons, then the transcriptions (``source.html``),
  then the hand-written developer pages. ``write_tiers`` stores them beside the index
  (``pagefind/qp-tiers.json``, by Pagefind's page id; measure pages, the most, are
  the default), and the adapter orders results by tier, then by Pagefind's score. (A
  Pagefind filter would do, but a search by filter alone loads every index chunk.)
- **Names weigh like titles.** A record's other names (short names as written,
  aliases, the English name) follow the title with a heavy weight, so 市场监管局
  finds the bureau named so before the pages that mention it.
- **Labels out, values apart.** Definition-list labels (单位 Unit, 定义 Definition)
  are left out of the index, and every block ends a sentence, so a snippet never
  reads ``Unit% percent``. The readable text (for the snippets the adapter builds)
  is stored as the page's ``text`` metadata, blocks joined by `` · ``.

Nothing here imports mkdocs: ``docs/hooks.py`` calls ``search_document`` for each
built page and runs Pagefind over the documents.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from qualityplans.site import links, parts

__all__ = [
    "BLOCK_SEPARATOR",
    "DEFAULT_TIER",
    "HAN",
    "NAME_WEIGHT",
    "TIERS",
    "han_pairs",
    "page_entries",
    "page_tier",
    "pair_code",
    "readable_blocks",
    "search_document",
    "write_tiers",
]

# The Han characters the site's text uses (CJK unified ideographs, extension A,
# compatibility ideographs).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{HAN}]+")

# Rank order of the result groups; the adapter keeps the same list.
TIERS: tuple[str, ...] = ("record", "measure", "listing", "source", "developer")

# Pagefind weights: an h1 counts 7; a record's other names nearly as much.
NAME_WEIGHT = 6

# Between the blocks of a page's readable text (a snippet may span two).
BLOCK_SEPARATOR = " · "

# Elements whose text is not indexed at all.
_SKIPPED_TAGS = frozenset(
    {"script", "style", "svg", "nav", "form", "template", "noscript", "button", "dt"}
)
# Classes of elements whose text is not indexed: heading permalinks (¶).
_SKIPPED_CLASSES = frozenset({"headerlink", "qp-anchor"})
# Elements that end a block of text.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}


class _Blocks(HTMLParser):
    """The text of an HTML fragment as blocks: ``(heading level or 0, text)``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []
        self._text: list[str] = []
        self._level = 0
        self._skip = 0  # depth inside an element left out of the index

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.blocks.append((self._level, text))
        self._text = []
        self._level = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag not in _VOID_TAGS:
                self._skip += 1
            return
        names = dict(attrs)
        classes = set((names.get("class") or "").split())
        if tag in _SKIPPED_TAGS or "data-search-exclude" in names or classes & _SKIPPED_CLASSES:
            if tag not in _VOID_TAGS:
                self._skip = 1
            return
        if tag == "br":
            self._text.append(" ")
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._level = _HEADINGS.get(tag, 0)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag == "br":
            self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            self._skip -= 1
            return
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def readable_blocks(content: str) -> list[tuple[int, str]]:
    """The text of a page's article (HTML) as blocks ``(heading level or 0, text)``,
    without what search leaves out: ``data-search-exclude`` elements (charts, bulky
    tables), heading permalinks, definition-list labels, scripts, navigation."""
    parser = _Blocks()
    parser.feed(content)
    parser.close()
    return parser.blocks


def han_pairs(text: str) -> str:
    """``text`` with each run of Han characters replaced by its overlapping pairs
    (``pair_code``), space-separated: 住宅电梯 → 住宅 宅电 电梯. A lone character is
    left out: were it a word of the index, Pagefind would match a pair missing from
    the index by its first character (it falls back to the longest indexed prefix)."""

    def pairs(run: re.Match[str]) -> str:
        word = run.group()
        return " " + " ".join(pair_code(word[i : i + 2]) for i in range(len(word) - 1)) + " "

    return " ".join(_HAN_RUN.sub(pairs, text).split())


def pair_code(pair: str) -> str:
    """A pair of Han characters as Pagefind indexes it: their code points as five
    decimal digits each (电梯 → ``3000526799``). Pagefind cuts Han text into words
    with its own segmenter even in an English document, and would cut a pair that is
    not one of its words in two; a number is left whole, and neither stemming nor
    case folding changes it. The adapter writes a query's pairs the same way."""
    return "".join(f"{ord(char):05d}" for char in pair)


def _indexed(text: str) -> str:
    """A block's text as indexed: Han pairs, and a full stop of its own at the end.
    Pagefind ends a block that ends in a letter with a full stop glued to the last
    word (电梯 → ``电梯.``), which then no longer matches that word."""
    return escape(han_pairs(text)) + " ."


def search_document(content: str, *, names: Sequence[str] = ()) -> str:
    """The Pagefind input document for one page: ``content`` is the page's article
    (HTML), ``names`` the record's other names."""
    blocks = readable_blocks(content)
    title = next((text for level, text in blocks if level == 1), "")
    body = [(level, text) for level, text in blocks if (level, text) != (1, title)]
    readable = BLOCK_SEPARATOR.join(text for _, text in body)
    other_names = [n for n in dict.fromkeys(names) if n and n not in title]
    indexed = [f"<h1>{_indexed(title)}</h1>"] if title else []
    if other_names:
        weighted = _indexed(" · ".join(other_names))
        indexed.append(f'<p data-pagefind-weight="{NAME_WEIGHT}">{weighted}</p>')
    for level, text in body:
        tag = f"h{level}" if level else "p"
        indexed.append(f"<{tag}>{_indexed(text)}</{tag}>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body>\n"
        f'<main data-pagefind-body data-pagefind-meta="title[data-title]"'
        f' data-title="{escape(title)}">\n'
        f'<div data-pagefind-ignore data-pagefind-meta="text">{escape(readable)}</div>\n'
        + "\n".join(indexed)
        + "\n</main></body></html>\n"
    )


def _html(path: str) -> str:
    return path[: -len(".md")] + ".html" if path.endswith(".md") else path


def _named(records: Iterable[tuple[str, Sequence[str]]]) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {_html(path): ("record", tuple(names)) for path, names in records}


def page_entries() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each page built for a record, by its path in the built site (``.html``): its
    tier and the record's other names. Pages not listed are listings (or developer
    pages, when hand-written: the build decides)."""
    d = parts.data()
    entries = _named(
        [(links.indicator_path(i), (i.name_en, *i.aliases)) for i in d.indicators]
        + [(links.department_path(x), (x.name_en, *x.names)) for x in d.departments]
        + [(links.region_path(r), (r.name_en, *r.names)) for r in d.regions]
        + [(links.theme_path(t), (t.name_en,)) for t in d.themes]
        + [(links.plan_path(p), (p.title_en, *p.aliases)) for p in d.plans]
    )
    for p in d.plans:
        entries[_html(links.source_path(p))] = ("source", ())
    return entries


Entries = dict[str, tuple[str, tuple[str, ...]]]


def page_tier(path: str, entries: Entries, *, hand_written: bool) -> str:
    """The tier of the built page at ``path``: a record's page as ``entries`` says;
    a measure page (any other page of a plan's folder) ``measure``; a hand-written
    page ``developer``; anything else a ``listing``."""
    if path in entries:
        return entries[path][0]
    if hand_written:
        return "developer"
    folder, _, _ = path.rpartition("/")
    if folder.startswith("plans/") and f"{folder}/index.html" in entries:
        return "measure"
    return "listing"


# The tier of the pages absent from pagefind/qp-tiers.json: the most numerous.
DEFAULT_TIER = "measure"


def write_tiers(bundle: Path, tiers: Mapping[str, str]) -> dict[str, object]:
    """Write ``bundle/qp-tiers.json``: the tier of each indexed page but the default
    ones, by Pagefind's page id (its fragment's name), from ``tiers`` (built page
    path → tier). Returns what it wrote."""
    pages: dict[str, int] = {}
    for fragment in sorted((bundle / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(fragment.read_bytes())
        url = json.loads(raw[raw.index(b"{") :])["url"]
        tier = tiers.get(url.lstrip("/"), DEFAULT_TIER)
        if tier not in TIERS:
            raise ValueError(f"search tier {tier!r} of {url}: expected one of {', '.join(TIERS)}")
        if tier != DEFAULT_TIER:
            pages[fragment.name.removesuffix(".pf_fragment")] = TIERS.index(tier)
    written: dict[str, object] = {
        "tiers": list(TIERS),
        "default": TIERS.index(DEFAULT_TIER),
        "pages": pages,
    }
    (bundle / "qp-tiers.json").write_text(json.dumps(written, separators=(",", ":")), "utf-8")
    return written
