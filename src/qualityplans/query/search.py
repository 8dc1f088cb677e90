"""One ranked search over plans, measures, targets, indicators, departments, regions, themes.

``search("合格率")`` finds the pass-rate indicators first, then the targets that
measure them, then the measures whose text mentions them. The query may be
a Chinese infix (质量 finds 产品质量), English words (``pass rate``), a name
with a typo (制造业产品质量合個率, 合格律), a 文号 in any bracket style, or pinyin,
whole or by initials, ü written v or u, tone numbers or not (``hegelv``,
``hegelu``, ``he2ge2lv4``, ``hgl``).

How a record scores (0-100), highest first:

- its name (title, short name, alias, English name, id, 文号) equals the query: 100;
- a plan's short name, the leading words of its id (``pinzhi``,
  ``pinzhi-suzhou``, ``xiangcheng``): 97, so the plan comes before every
  indicator, measure or target that merely holds the word;
- a name contains the query: 80-97, more the more of the name the query covers;
- a name contains every word of a several-word query: 72-82;
- its text (measure text, target quote, definition in Chinese or English) contains the
  query: 50-60;
- a Chinese query that matches nowhere as a whole is segmented with jieba and
  every segment must occur: a little less than the whole query would score;
- only when no name or text matched so far: a name's pinyin contains the query,
  syllable-aligned (70-85) or as initials (65-80);
- only when nothing matched: a name or text that holds the Chinese query (three
  characters or more) with one character different (合格律 finds 合格率), nine
  tenths of what the right word would score; names within a typo or two of the
  query (rapidfuzz partial ratio ≥ 75) score up to 76.

Then each kind is weighted (targets and measures slightly below the records
they are about), so a name match always beats a text match and an indicator
whose name holds the query beats a measure that mentions it. Hits with equal
scores are ties: each hit carries its ``rank`` (1 + the number of better hits)
and whether it is ``tied``; the CLI marks a tie with ``=``.

The index is built on first use (one pass over the catalog, no third-party
import); the pinyin layer (pypinyin) is built on the first pinyin query, and
jieba is loaded only when segmentation is needed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, ClassVar, Literal, TypeAlias, get_args

import attrs
from attrs import field, frozen

from qualityplans.catalog import Catalog
from qualityplans.catalog.keys import CatalogLike, catalog_of
from qualityplans.model import (
    Department,
    Indicator,
    Measure,
    Plan,
    Region,
    Results,
    Target,
    Theme,
)
from qualityplans.model.wording import value_zh, when_zh

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["KINDS", "Hit", "Kind", "search"]

Kind: TypeAlias = Literal["plan", "measure", "target", "indicator", "department", "region", "theme"]
KINDS: tuple[Kind, ...] = get_args(Kind)
Found: TypeAlias = Plan | Measure | Target | Indicator | Department | Region | Theme

# How much each kind's scores count: records before the statements about them.
_PRIOR: dict[str, float] = {
    "plan": 1.0,
    "indicator": 1.0,
    "department": 0.98,
    "region": 0.98,
    "theme": 0.98,
    "measure": 0.95,
    "target": 0.85,
}
_SNIPPET_BEFORE, _SNIPPET_AFTER = 16, 28


@frozen(repr=False)
class Hit:
    """One search result: what it is, how well it matched, and the record itself.

    ``id`` is the record's id, or ``plan/eid`` for a measure or a target;
    ``plan`` is the plan a measure or target belongs to (else None).
    ``snippet`` is the matched name or a window of the matched text. ``rank``
    is 1 + the number of hits that scored better; ``tied`` says another hit
    scored the same (so the order between them means nothing).
    """

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "kind",
        "id",
        "title_zh",
        "title_en",
        "score",
        "rank",
        "snippet",
    )

    kind: Kind
    id: str
    title_zh: str
    title_en: str
    score: float
    snippet: str
    obj: Found
    plan: Plan | None = None
    rank: int = field(default=1, eq=False)
    tied: bool = field(default=False, eq=False)

    @property
    def shown_rank(self) -> str:
        """The rank as a results list shows it: ``=2`` for a tie."""
        return f"={self.rank}" if self.tied else str(self.rank)

    @property
    def region(self) -> str | None:
        """The region id the record belongs to: a plan's (or its measure's or target's)
        region, a department's jurisdiction, a region itself."""
        obj = self.obj
        if self.plan is not None:
            return self.plan.region
        if isinstance(obj, Plan | Department):
            return obj.region
        if isinstance(obj, Region):
            return obj.id
        return None

    def __repr__(self) -> str:
        return f"<Hit {self.kind} {self.id} {self.title_zh} {self.score:g}>"

    def row(self) -> tuple[object, ...]:
        return (
            self.kind,
            self.id,
            self.title_zh,
            self.title_en,
            self.score,
            self.shown_rank,
            self.snippet,
        )

    def record(self) -> dict[str, object]:
        """One flat row: rank (and tie), kind, id, names, score, snippet, plan and region."""
        return {
            "rank": self.rank,
            "tied": self.tied,
            "kind": self.kind,
            "id": self.id,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "score": self.score,
            "snippet": self.snippet,
            "plan": self.plan.id if self.plan is not None else None,
            "region": self.region,
        }


# ------------------------------------------------------------------ folding

_BRACKETS = str.maketrans({**dict.fromkeys("〔【［[〈", "("), **dict.fromkeys("〕】］]〉", ")")})
_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[a-z]+")
_TONED = re.compile(r"(?:[a-zü]+[1-5]?)+")


def pinyin_query(query: str) -> str | None:
    """A query as pinyin letters (``he2ge2lü4`` -> ``hegelv``), or None if it is not
    pinyin: letters, optional tone numbers after syllables, spaces ignored."""
    compact = query.replace(" ", "")
    if not _TONED.fullmatch(compact):
        return None
    letters = re.sub(r"[1-5]", "", compact).replace("ü", "v")
    return letters if _LETTERS.fullmatch(letters) else None


def fold(text: str) -> str:
    """The form text is compared in: NFKC, case-folded, one bracket style, single spaces.

    苏府〔2016〕63号, 苏府[2016]63号 and 苏府（2016）63号 all fold to 苏府(2016)63号.
    """
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_BRACKETS)
    return _SPACES.sub(" ", folded).strip()


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# -------------------------------------------------------------------- index


@frozen
class _Doc:
    kind: Kind
    id: str
    title_zh: str
    title_en: str
    obj: Found
    plan: Plan | None
    names: tuple[tuple[str, str], ...]  # (as written, folded)
    text: str  # as written
    folded_text: str


def _names(*names: str | None) -> tuple[tuple[str, str], ...]:
    seen: dict[str, str] = {}
    for name in names:
        if name:
            seen.setdefault(fold(name), name)
    return tuple((raw, folded) for folded, raw in seen.items())


def _definition(indicator: Indicator) -> str:
    """An indicator's searchable text: its Chinese definition, then the English one."""
    return " ".join(part for part in (indicator.definition_zh, indicator.definition) if part)


def _docs(catalog: Catalog) -> Iterator[_Doc]:
    data = catalog.dataset
    indicators = {i.id: i for i in data.indicators}
    for p in data.plans:
        number = p.doc_number
        yield _Doc(
            "plan",
            p.id,
            p.title_zh,
            p.title_en,
            p,
            None,
            _names(
                p.title_zh,
                p.title_en,
                number.canonical if number else None,
                number.raw if number else None,
                *p.aliases,
            ),
            "",
            "",
        )
    for p in data.plans:
        for m in p.measures:
            yield _Doc(
                "measure",
                f"{p.id}/{m.eid}",
                m.title_zh,
                m.title_en,
                m,
                p,
                _names(m.title_zh, m.title_en),
                m.text,
                fold(m.text),
            )
        for t in p.targets:
            indicator = indicators.get(t.indicator or "")
            what = indicator.name_zh if indicator else (t.qualitative or t.quote)
            title = " ".join(x for x in (what, when_zh(t), value_zh(t)) if x)
            yield _Doc(
                "target",
                f"{p.id}/{t.eid}",
                title,
                indicator.name_en if indicator else "",
                t,
                p,
                _names(indicator.name_zh, indicator.name_en) if indicator else (),
                t.quote,
                fold(t.quote),
            )
    for i in data.indicators:
        yield _Doc(
            "indicator",
            i.id,
            i.name_zh,
            i.name_en,
            i,
            None,
            _names(i.name_zh, i.name_en, *i.aliases),
            _definition(i),
            fold(_definition(i)),
        )
    for d in data.departments:
        yield _Doc(
            "department",
            d.id,
            d.name_zh,
            d.name_en,
            d,
            None,
            _names(d.name_zh, d.name_en, *d.names),
            "",
            "",
        )
    for r in data.regions:
        yield _Doc(
            "region",
            r.id,
            r.name_zh,
            r.name_en,
            r,
            None,
            _names(r.name_zh, r.name_en, r.code, *r.names),
            "",
            "",
        )
    for th in data.themes:
        yield _Doc(
            "theme", th.id, th.name_zh, th.name_en, th, None, _names(th.name_zh, th.name_en), "", ""
        )


@frozen
class _Index:
    docs: tuple[_Doc, ...]
    # every distinct folded name -> (doc position, name as written) pairs
    names: dict[str, tuple[tuple[int, str], ...]]
    ids: dict[str, tuple[int, ...]]  # folded id -> doc positions (ids match only whole)
    shorts: dict[str, tuple[int, ...]]  # a plan's short name (its id's leading words) -> plans
    pinyin: dict[str, _Pinyin]  # filled on the first pinyin query


def _index(catalog: Catalog) -> _Index:
    return catalog.memo("query:search-index", lambda: _build_index(catalog))


def _build_index(catalog: Catalog) -> _Index:
    docs = tuple(_docs(catalog))
    names: dict[str, list[tuple[int, str]]] = {}
    ids: dict[str, list[int]] = {}
    shorts: dict[str, list[int]] = {}
    for position, doc in enumerate(docs):
        ids.setdefault(fold(doc.id), []).append(position)
        for raw, folded in doc.names:
            names.setdefault(folded, []).append((position, raw))
        if doc.kind == "plan":
            for short in short_names(doc.id):
                shorts.setdefault(short, []).append(position)
    return _Index(
        docs,
        {k: tuple(v) for k, v in names.items()},
        {k: tuple(v) for k, v in ids.items()},
        {k: tuple(v) for k, v in shorts.items()},
        {},
    )


def short_names(plan_id: str) -> tuple[str, ...]:
    """A plan's short names: the leading words of its id, without the year or the rest
    (``pinzhi-suzhou-2025``: pinzhi, pinzhi-suzhou, pinzhi suzhou, pinzhisuzhou)."""
    words = fold(plan_id).replace("_", "-").split("-")
    found: list[str] = []
    for n in range(1, len(words)):
        lead = words[:n]
        if any(w.isdigit() for w in lead) or not all(lead):
            break
        found += ["-".join(lead), " ".join(lead), "".join(lead)]
    return tuple(dict.fromkeys(found))


@frozen
class _Pinyin:
    full: str  # hegelv
    starts: frozenset[int]  # where each syllable starts in ``full``
    initials: str  # hgl


def _pinyin(index: _Index) -> dict[str, _Pinyin]:
    """Pinyin of every name with Han characters (built on the first pinyin query)."""
    if index.pinyin:
        return index.pinyin
    from pypinyin import Style, lazy_pinyin

    table = index.pinyin
    for folded in index.names:
        if not _has_han(folded):
            continue
        syllables = [s for s in lazy_pinyin(folded, errors="ignore") if _LETTERS.fullmatch(s)]
        starts, at = [], 0
        for s in syllables:
            starts.append(at)
            at += len(s)
        initials = lazy_pinyin(folded, style=Style.FIRST_LETTER, errors="ignore")
        table[folded] = _Pinyin(
            "".join(syllables),
            frozenset(starts),
            "".join(i for i in initials if _LETTERS.fullmatch(i)),
        )
    return table


# ------------------------------------------------------------------ scoring


def _name_score(query: str, terms: tuple[str, ...], name: str) -> float:
    if name == query:
        return 100.0
    if query in name:
        return 80.0 + 15.0 * len(query) / len(name) + (2.0 if name.startswith(query) else 0.0)
    if len(terms) > 1 and all(t in name for t in terms):
        return 72.0 + 10.0 * sum(map(len, terms)) / len(name)
    return 0.0


def _text_score(query: str, terms: tuple[str, ...], text: str) -> tuple[float, int]:
    """Score and position of the first match in a text (position -1: none)."""
    at = text.find(query)
    if at >= 0:
        return 50.0 + 2.0 * min(text.count(query), 5), at
    if len(terms) > 1 and all(t in text for t in terms):
        return 45.0, text.find(terms[0])
    return 0.0, -1


def _window(text: str, at: int, length: int) -> str:
    start, end = max(0, at - _SNIPPET_BEFORE), min(len(text), at + length + _SNIPPET_AFTER)
    return (
        ("…" if start else "")
        + text[start:end].replace("\n", " ")
        + ("…" if end < len(text) else "")
    )


def _pinyin_scores(query: str, index: _Index) -> dict[int, tuple[float, str]]:
    """Names whose pinyin holds ``query`` (letters; ü as v or u), or whose initials do."""
    found: dict[int, tuple[float, str]] = {}
    as_u = query.replace("v", "u")
    for name, py in _pinyin(index).items():
        score = 0.0
        full = py.full.replace("v", "u")  # one letter for one: the syllable starts hold
        at = full.find(as_u)
        while at >= 0 and at not in py.starts:
            at = full.find(as_u, at + 1)
        if at >= 0 and (at + len(query) == len(full) or at + len(query) in py.starts):
            score = 70.0 + 15.0 * len(query) / len(full)
        elif len(query) >= 2 and query in py.initials:
            score = 65.0 + 15.0 * len(query) / len(py.initials)
        if score:
            for position, raw in index.names[name]:
                if score > found.get(position, (0.0, ""))[0]:
                    found[position] = (score, raw)
    return found


def _fuzzy_scores(query: str, index: _Index) -> dict[int, tuple[float, str]]:
    from rapidfuzz import fuzz, process

    found: dict[int, tuple[float, str]] = {}
    # a short name inside a long query is not a typo of it
    candidates = [name for name in index.names if len(name) >= len(query) - 1]
    matches = process.extract(
        query, candidates, scorer=fuzz.partial_ratio, score_cutoff=75, limit=200
    )
    for name, ratio, _ in matches:
        score = 0.76 * ratio * min(1.0, len(query) / len(name)) ** 0.25
        for position, raw in index.names[name]:
            if score > found.get(position, (0.0, ""))[0]:
                found[position] = (score, raw)
    return found


def _segments(query: str) -> tuple[str, ...]:
    import logging

    import jieba  # type: ignore[import-untyped]

    jieba.setLogLevel(logging.WARNING)
    words = [w for w in jieba.lcut_for_search(query) if w.strip()]
    # the finest segmentation: drop compounds whose parts are segments too (工程验收)
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def _check_kind(kind: str | None) -> Kind | None:
    if kind is None or kind in KINDS:
        return kind
    raise ValueError(f"search kind must be one of {', '.join(KINDS)}, not {kind!r}")


MAX_QUERY = 200
"""The longest query ``search`` takes; longer text is better searched by a phrase of it."""


def search(
    query: str, kind: str | None = None, limit: int = 20, *, catalog: CatalogLike = None
) -> Results[Hit]:
    """The records that best match ``query``, best first (at most ``limit``).

    ``kind`` keeps one kind of record: plan, measure, target, indicator,
    department, region or theme. An empty query, or one longer than
    ``MAX_QUERY`` characters (no name or text in the data is searched by more),
    raises ValueError.
    """
    if not isinstance(query, str):
        raise TypeError(f"search query must be a string, not {type(query).__name__}")
    wanted = _check_kind(kind)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"search limit must be a positive integer, not {limit!r}")
    if len(query) > MAX_QUERY:
        raise ValueError(
            f"search query is {len(query)} characters long; shorten it to at most {MAX_QUERY}"
        )
    q = fold(query)
    if not q:
        raise ValueError("search query is empty: give a word, name, 文号 or pinyin to look for")
    index = _index(catalog_of(catalog))
    scores = _scores(q, tuple(q.split(" ")), index, wanted)
    hits = []
    for position, (score, snippet) in scores.items():
        doc = index.docs[position]
        weighted = round(score * _PRIOR[doc.kind], 2)
        hits.append(
            Hit(doc.kind, doc.id, doc.title_zh, doc.title_en, weighted, snippet, doc.obj, doc.plan)
        )
    order = {k: i for i, k in enumerate(KINDS)}
    hits.sort(key=lambda h: (-h.score, order[h.kind], h.id))
    counts: dict[float, int] = {}
    for hit in hits:
        counts[hit.score] = counts.get(hit.score, 0) + 1
    ranked, better = [], 0
    for n, hit in enumerate(hits[:limit]):
        if n and hit.score != hits[n - 1].score:
            better = n
        ranked.append(attrs.evolve(hit, rank=better + 1, tied=counts[hit.score] > 1))
    return Results(ranked)


def _scores(
    q: str, terms: tuple[str, ...], index: _Index, wanted: Kind | None
) -> dict[int, tuple[float, str]]:
    """Document position -> (raw score, snippet) for every document that matches."""
    scores = _exact_scores(q, terms, index)
    if not scores and _has_han(q) and len(terms) == 1:
        segments = _segments(q)
        if len(segments) > 1:
            scores = {
                position: (score * 0.95, snippet)
                for position, (score, snippet) in _exact_scores(q, segments, index).items()
            }
    by_id = _id_scores(q, index)
    extra: dict[int, tuple[float, str]] = {}
    letters = pinyin_query(q)
    if letters is not None and not scores:
        extra |= _pinyin_scores(letters, index)
    if not scores and not by_id:
        if _has_han(q) and len(q) >= 3:
            _keep_best(extra, _one_character_off(q, terms, index))
        if len(q) >= 4:
            _keep_best(extra, _fuzzy_scores(q, index))
    _keep_best(scores, extra)
    _keep_best(scores, by_id)
    if wanted is not None:
        scores = {p: s for p, s in scores.items() if index.docs[p].kind == wanted}
    return scores


def _keep_best(scores: dict[int, tuple[float, str]], more: dict[int, tuple[float, str]]) -> None:
    for position, found in more.items():
        if found[0] > scores.get(position, (0.0, ""))[0]:
            scores[position] = found


_SHORT_NAME = 97.0


def _id_scores(q: str, index: _Index) -> dict[int, tuple[float, str]]:
    """Records whose id is the query (100) and plans whose short name is (97)."""
    scores: dict[int, tuple[float, str]] = {}
    for position in index.shorts.get(q, ()):
        scores[position] = (_SHORT_NAME, index.docs[position].id)
    for position in index.ids.get(q, ()):
        scores[position] = (100.0, index.docs[position].id)
    return scores


def _one_character_off(
    q: str, terms: tuple[str, ...], index: _Index
) -> dict[int, tuple[float, str]]:
    """Names and texts holding the Chinese query with one character different (a typo):
    nine tenths of what the word as found would score."""
    pattern = re.compile(
        "|".join(f"{re.escape(q[:i])}[^\\s]{re.escape(q[i + 1 :])}" for i in range(len(q)))
    )
    found: dict[int, tuple[float, str]] = {}
    for name, holders in index.names.items():
        match = pattern.search(name)
        if match is None:
            continue
        score = 0.9 * _name_score(match.group(), (match.group(),), name)
        for position, raw in holders:
            if score > found.get(position, (0.0, ""))[0]:
                found[position] = (score, raw)
    for position, doc in enumerate(index.docs):
        if doc.folded_text and position not in found:
            match = pattern.search(doc.folded_text)
            if match is not None:
                score, at = _text_score(match.group(), (match.group(),), doc.folded_text)
                found[position] = (0.9 * score, _window(doc.text, at, len(q)))
    return found


def _exact_scores(q: str, terms: tuple[str, ...], index: _Index) -> dict[int, tuple[float, str]]:
    """Matches of the whole query (or of every term) in names and texts."""
    scores: dict[int, tuple[float, str]] = {}
    for name, holders in index.names.items():
        score = _name_score(q, terms, name)
        if score:
            for position, raw in holders:
                if score > scores.get(position, (0.0, ""))[0]:
                    scores[position] = (score, raw)
    for position, doc in enumerate(index.docs):
        if doc.folded_text and position not in scores:
            score, at = _text_score(q, terms, doc.folded_text)
            if score:
                length = len(q) if doc.folded_text.find(q) == at else len(terms[0])
                scores[position] = (score, _window(doc.text, at, length))
    return scores
