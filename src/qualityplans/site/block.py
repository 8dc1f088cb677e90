"""A page per measure, and per every other block that holds targets or observations.

The block's facts (its plan and section, its units by role, themes and places), its
full text with every located figure linked to its record below, its targets and
observations each under a stable anchor (``links.statement_anchor``), the measures
of other plans aligned with it, and the previous and next block of the plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from qualityplans.compare.align import Reasons
from qualityplans.model import (
    Block,
    FormField,
    Locality,
    Measure,
    Observation,
    Phase,
    Plan,
    Section,
    Table,
    Target,
    TaskGroup,
)
from qualityplans.site import Page, highlight, links, parts
from qualityplans.site.entity import (
    Fact,
    StatementView,
    fact,
    role_groups,
    statement_view,
)
from qualityplans.site.highlight import Segment
from qualityplans.site.links import html_href
from qualityplans.site.templating import Markup, en, render, zh_en

__all__ = ["block_facts", "block_page", "pages", "section_path"]


def pages() -> Iterator[Page]:
    for p in parts.data().plans:
        blocks = parts.record_blocks(p)
        for i, block in enumerate(blocks):
            before = blocks[i - 1] if i > 0 else None
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            yield links.block_path(p, block), block_page(p, block, before, after)


def block_page(
    p: Plan, block: Block, before: Block | None = None, after: Block | None = None
) -> str:
    """The Markdown of one block's page."""
    page = links.block_path(p, block)
    zh, english = parts.block_title(block)
    marks = highlight.block_marks(p, block, lambda s: f"#{links.statement_anchor(s)}")
    return render(
        "block.md",
        front_matter=Markup("\n".join(parts.front_matter(f"{zh} · {parts.plan_label(p)}", "toc"))),
        zh=zh,
        english=english,
        crumbs=_crumbs(p, block, page),
        facts=block_facts(p, block, page),
        text=_text(block, marks),
        table=_table(block, marks),
        responsibility_text=block.responsibility_text if isinstance(block, Measure) else None,
        targets=[_card(p, block, s, page) for s in block.targets],
        observations=[_card(p, block, s, page) for s in block.observations],
        aligned=_aligned(p, block, page),
        neighbours=_neighbours(p, before, after, page),
    )


# ------------------------------------------------------------------ the header


def section_path(p: Plan, block: Block) -> list[Section]:
    """The sections holding ``block``, outermost first."""

    def find(items: tuple[object, ...], trail: list[Section]) -> list[Section] | None:
        for item in items:
            if item is block:
                return trail
            if isinstance(item, Section):
                found = find(item.items, [*trail, item])
                if found is not None:
                    return found
        return None

    return find(p.body, []) or []


def _crumbs(p: Plan, block: Block, page: str) -> Markup:
    kind = Markup('<span class="qp-tag">{}</span>').format(parts.kind_label(block))
    plan = Markup('<a href="{}">{}</a>').format(
        html_href(page, links.plan_path(p)), parts.plan_label(p)
    )
    trail = [
        Markup('<a href="{}">{}</a>').format(
            html_href(page, f"{links.plan_path(p)}#{s.eid}"), s.label + s.heading_zh
        )
        for s in section_path(p, block)
    ]
    return Markup(" › ").join([Markup("{} {}").format(kind, plan), *trail])


def block_facts(p: Plan, block: Block, page: str) -> list[Fact]:
    """The block's units by role (leads as leads, responsible and cooperating units
    apart), the plan's units for every measure, its themes, places and counts."""
    facts: list[Fact] = []
    if isinstance(block, Measure | TaskGroup):
        for g in role_groups(page, block.responsibilities):
            facts.append(Fact(g.term, Markup("、").join(g.units)))
    if isinstance(block, Measure):
        named = {(r.department, r.collective) for r in block.responsibilities}
        standing = [
            r for r in p.standing_responsibilities if (r.department, r.collective) not in named
        ]
        for g in role_groups(page, standing):
            facts.append(
                fact(
                    f"{g.zh}（各项措施）",
                    f"{g.en} (every measure)",
                    Markup("、").join(g.units),
                )
            )
    themes = getattr(block, "themes", ())
    if themes:
        facts.append(
            fact(
                "主题",
                "Themes",
                Markup("、").join(Markup(parts.theme_link(page, t)) for t in themes),
            )
        )
    localities = getattr(block, "localities", ())
    if localities:
        facts.append(
            fact("地点", "Places", Markup("、").join(_place(page, loc) for loc in localities))
        )
    if block.targets or block.observations:
        facts.append(
            fact(
                "统计",
                "Counts",
                Markup("{} 个目标 {} · {} 个实绩 {}").format(
                    len(block.targets),
                    en("targets"),
                    len(block.observations),
                    en("observations"),
                ),
            )
        )
    return facts


def _place(page: str, loc: Locality) -> Markup:
    """A place as the plan writes it, linked to its region's page."""
    name = parts.region_name(loc.region)
    if parts.linked("region") and parts.region(loc.region):
        href = html_href(page, links.region_path(loc.region))
        return Markup('<a href="{}" title="{}">{}</a>').format(href, name, loc.written)
    return Markup('<span title="{}">{}</span>').format(name, loc.written)


# ------------------------------------------------------------------ the text


@frozen
class Passage:
    """One paragraph of the block's text: a label (牵头 Lead) and its marked pieces."""

    label: Markup | None
    segments: list[Segment]


def _text(block: Block, marks: list[list[highlight.Mark]]) -> list[Passage]:
    if isinstance(block, Table):
        return []
    labels: list[Markup | None]
    if isinstance(block, TaskGroup):
        labels = [
            Markup("牵头 {}").format(en("Lead")),
            Markup("成员 {}").format(en("Members")),
            None,
        ]
    elif isinstance(block, FormField):
        labels = [Markup("{}").format(block.label_zh)]
    elif isinstance(block, Phase):
        labels = [Markup("时间 {}").format(en("When")), None]
    else:
        labels = [None]
    out = []
    for i, text in enumerate(block.texts()):
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                label = labels[i] if i < len(labels) else None
                out.append(Passage(label, highlight.segments(line, marks[i], offset)))
            offset += len(line) + 1
    return out


@frozen
class TableView:
    header: tuple[str, ...]
    rows: list[list[list[Segment]]]
    notes: list[list[Segment]]


def _table(block: Block, marks: list[list[highlight.Mark]]) -> TableView | None:
    if not isinstance(block, Table):
        return None
    first_note = 1 + len(block.rows)
    notes = [
        highlight.segments(note.text, marks[first_note + i] if first_note + i < len(marks) else [])
        for i, note in enumerate(block.notes)
    ]
    return TableView(block.header, highlight.cell_segments(block, marks), notes)


# ------------------------------------------------------------------ statements


@frozen
class Card:
    """A target or observation with every fact a reader may want, Chinese first."""

    view: StatementView
    head: str
    facts: list[Fact]


def _card(p: Plan, block: Block, s: Target | Observation, page: str) -> Card:
    v = statement_view(page, p, block, s)
    found = parts.indicator(s.indicator) if s.indicator else None
    indicator: object = v.indicator
    if found is not None:
        indicator = Markup("{}<br>{}").format(v.indicator, en(found.name_en))
    value = Markup('<span class="qp-value">{}</span>').format(v.value_zh or "—")
    if v.value_en:
        value = Markup("{} {}").format(value, en(v.value_en))
    facts = [fact("指标", "Indicator", indicator), fact("数值", "Value", value)]
    if v.kind:
        facts.append(fact("类型", "Kind", v.kind))
    if v.row.get("written"):
        facts.append(fact("原文写作", "As written", v.row["written"]))
    if v.when:
        facts.append(fact("年份", "Year", v.when))
    if isinstance(s, Target):
        facts.append(
            fact(
                "承诺",
                "Commitment",
                Markup("{} {}").format(v.commitment_zh, en(v.commitment_en)),
            )
        )
    if isinstance(s, Observation) and s.period_label:
        facts.append(fact("时期写作", "Period as written", s.period_label))
    if s.note or s.note_zh:
        facts.append(fact("说明", "Note", zh_en(s.note_zh, s.note)))
    if parts.linked("indicator") and s.indicator:
        other = html_href(
            page, links.indicator_path(s.indicator) + "#" + links.indicator_statement_anchor(p, s)
        )
        facts.append(
            fact(
                "历史",
                "History",
                Markup('<a href="{}">该指标的全部记录 {}</a>').format(
                    other, en("All records of this indicator")
                ),
            )
        )
    head = "目标" if isinstance(s, Target) else "实绩"
    return Card(v, head, facts)


# ------------------------------------------------------------------ aligned measures


def _aligned(p: Plan, block: Block, page: str) -> list[list[object]]:
    """The measures of other plans that ``diff`` aligns with this one, with the reasons."""
    if not isinstance(block, Measure) or not parts.linked("compare"):
        return []
    from qualityplans.site.compare import compared_with, plan_diff

    rows: list[list[object]] = []
    for other in compared_with(p):
        for pair in plan_diff(p.id, other.id).measures.pairs:
            if pair.a.eid != block.eid:
                continue
            zh, english = parts.block_title(pair.b)
            first, second = sorted((p, other), key=parts.data().plans.index)
            rows.append(
                [
                    Markup(parts.plan_link(page, other)),
                    Markup('<a href="{}">{}</a><br>{}').format(
                        html_href(page, links.block_path(other, pair.b)), zh, en(english)
                    ),
                    Markup(
                        '<a href="{}" title="两份规划的对比 Compare the two plans">{}</a>'
                    ).format(html_href(page, links.compare_path(first, second)), pair.score),
                    _reasons(pair.reasons, page),
                ]
            )
    return rows


def _reasons(r: Reasons, page: str) -> Markup:
    bits = []
    if r.shared_indicators:
        names = Markup("、").join(
            Markup(parts.indicator_link(page, i, english=False)) for i in r.shared_indicators
        )
        bits.append(Markup("共同指标 {} {}").format(en("indicators"), names))
    if r.shared_themes:
        names = Markup("、").join(Markup(parts.theme_link(page, t)) for t in r.shared_themes)
        bits.append(Markup("共同主题 {} {}").format(en("themes"), names))
    shown = []
    for x, y in r.shared_departments:
        one = Markup(parts.department_link(page, x))
        shown.append(
            one if x == y else Markup("{} → {}").format(one, Markup(parts.department_link(page, y)))
        )
    if shown:
        bits.append(Markup("共同部门 {} {}").format(en("departments"), Markup("、").join(shown)))
    bits.append(
        Markup("标题相似 {} {} · 正文相似 {} {}").format(
            en("title"), r.title_similarity, en("text"), r.text_similarity
        )
    )
    return Markup("<br>").join(bits)


def _neighbours(
    p: Plan, before: Block | None, after: Block | None, page: str
) -> list[tuple[str, Markup, str, str]]:
    """(css, label, href, title) of the previous and next block."""
    found = []
    for css, label, block in (
        ("prev", Markup("上一项 {}").format(en("Previous")), before),
        ("next", Markup("下一项 {}").format(en("Next")), after),
    ):
        if block is not None:
            found.append(
                (
                    css,
                    label,
                    html_href(page, links.block_path(p, block)),
                    parts.block_heading(block),
                )
            )
    return found
