"""Aligning the measures of two plans one to one, with the reasons as data.

Each pair of measures is scored from five kinds of evidence, every one kept in
:class:`Reasons` so a reader can see why two measures were paired:

- indicators both measures state targets or observations for;
- themes both carry;
- departments both name, matched through the 2018-2019 reform (a 2016 市质监局
  and a 2025 市市场监管局 are one line of responsibility);
- title and text similarity: the overlap of the two word sets (jieba words, without
  the words most measures share), computed by rapidfuzz for all pairs at once with
  ``process.cdist`` (C code, a few ms).

Pairs are then taken greedily, best score first, each measure at most once,
while the score reaches :data:`THRESHOLD` and some evidence other than shared themes
(which are broad) supports the pair.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from attrs import frozen

from qualityplans.catalog import Catalog
from qualityplans.model import Measure, Plan, Role
from qualityplans.query.reform import line_of

__all__ = [
    "MIN_WORDS",
    "THRESHOLD",
    "WEIGHTS",
    "Alignment",
    "MeasurePair",
    "Reasons",
    "align_measures",
    "department_line",
]

# How much each kind of evidence weighs; they add up to 100.
WEIGHTS = {"title": 25, "text": 25, "indicators": 20, "themes": 20, "departments": 10}
# The least score at which two measures are taken to be the same work.
THRESHOLD = 20
# The least title or text similarity that counts as evidence where no indicator or
# department is shared.
MIN_WORDS = 15

# Roles that say who does the work (cooperating units and members are too many to tell).
_DOING = (Role.LEAD, Role.RESPONSIBLE)


@frozen
class Reasons:
    """Why two measures were paired: the evidence, each kind on its own."""

    shared_indicators: tuple[str, ...]  # indicator ids
    shared_themes: tuple[str, ...]  # theme ids
    shared_departments: tuple[tuple[str, str], ...]  # (department in a, department in b)
    title_similarity: int  # 0-100
    text_similarity: int  # 0-100

    def mirrored(self) -> Reasons:
        return Reasons(
            self.shared_indicators,
            self.shared_themes,
            tuple((b, a) for a, b in self.shared_departments),
            self.title_similarity,
            self.text_similarity,
        )


@frozen(repr=False)
class MeasurePair:
    """A measure of plan a and the measure of plan b it was aligned with."""

    a: Measure
    b: Measure
    score: int  # 0-100
    reasons: Reasons

    @property
    def changed(self) -> bool:
        """Whether the two measures differ in title or text."""
        return self.a.title_zh != self.b.title_zh or self.a.text != self.b.text

    def mirrored(self) -> MeasurePair:
        return MeasurePair(self.b, self.a, self.score, self.reasons.mirrored())

    def __repr__(self) -> str:
        a, b = self.a.label + self.a.title_zh, self.b.label + self.b.title_zh
        return f"<MeasurePair {a} ~ {b} {self.score}>"


@frozen(repr=False)
class Alignment:
    """Measures paired one to one, and those left over on each side."""

    pairs: tuple[MeasurePair, ...]
    only_in_a: tuple[Measure, ...]
    only_in_b: tuple[Measure, ...]

    def mirrored(self, b: Plan) -> Alignment:
        """The same alignment seen from plan ``b``, pairs in ``b``'s document order."""
        order = {m.eid: i for i, m in enumerate(b.measures)}
        pairs = sorted((p.mirrored() for p in self.pairs), key=lambda p: order[p.a.eid])
        return Alignment(tuple(pairs), self.only_in_b, self.only_in_a)

    def __repr__(self) -> str:
        return (
            f"<Alignment {len(self.pairs)} pairs, "
            f"{len(self.only_in_a)} only in a, {len(self.only_in_b)} only in b>"
        )


@cache
def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as jieba cuts them, without punctuation or one-character words."""
    import jieba  # type: ignore[import-untyped]

    jieba.setLogLevel(60)
    words = (w.strip() for w in jieba.cut_for_search(text))
    return tuple(w for w in words if len(w) > 1 and any(ch.isalnum() for ch in w))


def _vocabularies(texts: list[str]) -> list[list[str]]:
    """Each text's distinct words, sorted, without the words common to a quarter or more
    of the texts (加强, 推动, 质量 … say nothing about which measure is which)."""
    sets = [frozenset(_words(t)) for t in texts]
    counts: dict[str, int] = {}
    for words in sets:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    limit = max(3, len(texts) // 4)
    return [sorted(w for w in words if counts[w] < limit) for words in sets]


def _similarity(a: list[str], b: list[str]) -> list[list[int]]:
    """Dice coefficient (0-100) of every pair of word sets, by rapidfuzz's Indel ratio on the
    sorted distinct words (their longest common subsequence is their intersection)."""
    from rapidfuzz import fuzz, process

    vocab = _vocabularies([*a, *b])
    matrix = process.cdist(vocab[: len(a)], vocab[len(a) :], scorer=fuzz.ratio)
    return [[round(float(x)) for x in row] for row in matrix]


def _indicators(m: Measure) -> frozenset[str]:
    found = {t.indicator for t in m.targets} | {o.indicator for o in m.observations}
    return frozenset(i for i in found if i is not None)


def _departments(plan: Plan, m: Measure) -> tuple[str, ...]:
    found = (r.department for r in plan.responsibilities_of(m) if r.role in _DOING)
    return tuple(dict.fromkeys(d for d in found if d is not None))


def department_line(department: str, catalog: Catalog) -> frozenset[str]:
    """The ids of ``department``'s line of responsibility through the reform."""
    lines: dict[str, frozenset[str]] = catalog.memo("compare:lines", dict)
    found = lines.get(department)
    if found is None:
        found = lines[department] = frozenset(d.id for d in line_of(department, catalog=catalog))
    return found


def _shared_departments(
    a: Iterable[str], b: tuple[str, ...], catalog: Catalog
) -> tuple[tuple[str, str], ...]:
    return tuple((x, y) for x in a for y in b if y in department_line(x, catalog))


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def align_measures(a: Plan, b: Plan, catalog: Catalog) -> Alignment:
    """Pair the measures of ``a`` and ``b`` one to one, best evidence first."""
    ma, mb = a.measures, b.measures
    if not ma or not mb:
        return Alignment((), ma, mb)
    titles = _similarity([m.title_zh for m in ma], [m.title_zh for m in mb])
    texts = _similarity([m.text for m in ma], [m.text for m in mb])
    ind_a, ind_b = [_indicators(m) for m in ma], [_indicators(m) for m in mb]
    dep_a, dep_b = [_departments(a, m) for m in ma], [_departments(b, m) for m in mb]
    candidates: list[tuple[int, int, int, MeasurePair]] = []
    for i, x in enumerate(ma):
        for j, y in enumerate(mb):
            shared_dep = _shared_departments(dep_a[i], dep_b[j], catalog)
            reasons = Reasons(
                tuple(sorted(ind_a[i] & ind_b[j])),
                tuple(t for t in x.themes if t in y.themes),
                shared_dep,
                titles[i][j],
                texts[i][j],
            )
            dep_share = _dep_share(dep_a[i], dep_b[j], shared_dep)
            score = round(
                WEIGHTS["title"] * reasons.title_similarity / 100
                + WEIGHTS["text"] * reasons.text_similarity / 100
                + WEIGHTS["indicators"] * _share(ind_a[i], ind_b[j])
                + WEIGHTS["themes"] * _share(frozenset(x.themes), frozenset(y.themes))
                + WEIGHTS["departments"] * dep_share
            )
            if score >= THRESHOLD and _specific(reasons):
                candidates.append((-score, i, j, MeasurePair(x, y, score, reasons)))
    candidates.sort(key=lambda c: c[:3])
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, MeasurePair]] = []
    for _, i, j, pair in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, pair))
    return Alignment(
        tuple(p for _, p in sorted(pairs, key=lambda ip: ip[0])),
        tuple(m for i, m in enumerate(ma) if i not in used_a),
        tuple(m for j, m in enumerate(mb) if j not in used_b),
    )


def _specific(r: Reasons) -> bool:
    """Whether there is evidence beyond shared themes, which are too broad to pair measures."""
    return bool(
        r.shared_indicators
        or r.shared_departments
        or max(r.title_similarity, r.text_similarity) >= MIN_WORDS
    )


def _dep_share(
    a: tuple[str, ...], b: tuple[str, ...], shared: tuple[tuple[str, str], ...]
) -> float:
    """Share of the departments on both sides that have a counterpart on the other."""
    if not a and not b:
        return 0.0
    matched = len({x for x, _ in shared}) + len({y for _, y in shared})
    return matched / (len(a) + len(b))
