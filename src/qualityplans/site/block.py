"""A page per measure, and per every other block that holds targets or observations.

The block's full text with every captured figure linked to its record below,
its responsible units linked to their department pages, its targets and
observations each under a stable anchor (``links.statement_anchor``), its
themes and places, and the previous and next block of the plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from qualityplans.compare.align import Reasons
from qualityplans.model import (
    Block,
    FormField,
    Measure,
    Observation,
    Phase,
    Plan,
    Table,
    Target,
    TaskGroup,
    statements,
)
from qualityplans.model.wording import when as when_of
from qualityplans.site import Page, highlight, links, parts
from qualityplans.site.markup import attr, escape

__all__ = ["block_page", "pages"]


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
    zh, en = parts.block_title(block)
    plan_href = attr(links.html_href(page, links.plan_path(p)))
    out = [
        *parts.front_matter(f"{zh} · {parts.plan_label(p)}"),
        f"# {escape(zh)}",
        "",
        f'<p class="qp-subtitle">{attr(en)}</p>',
        "",
        f'<p class="qp-crumbs"><span class="qp-tag">{parts.kind_label(block)}</span> '
        f'<a href="{plan_href}">{attr(parts.plan_label(p))}</a></p>',
        "",
        *_text(p, block, page),
        *_units(p, block, page),
        *_statements(p, block, page),
        *_tags(p, block, page),
        *_aligned(p, block, page),
        *_neighbours(p, before, after, page),
    ]
    return "\n".join(out) + "\n"


def _hover(s: Target | Observation) -> str:
    from qualityplans.model.wording import value_zh

    found = parts.indicator(s.indicator) if s.indicator else None
    bits = [parts.statement_kind(s), found.name_zh if found else "", value_zh(s), when_of(s)]
    return " · ".join(b for b in bits if b)


def _text(p: Plan, block: Block, page: str) -> list[str]:
    found = [(s, f"#{links.statement_anchor(s)}", _hover(s)) for s in statements(block)]
    out = ["## 原文 Text {#text}", ""]
    if isinstance(block, Table):
        header = [attr(h) for h in block.header]
        rows = []
        for row in block.rows:
            cells = list(row.cells) + [""] * (len(block.header) - len(row.cells))
            rows.append(highlight.row_cells(cells, row.line, found, skip=str(row.number or "")))
        out += parts.html_table(header, rows)
        for note in block.notes:
            out.append(
                '<p class="qp-quote">'
                + highlight.render(note.text, highlight.statement_marks(note.text, found))
                + "</p>"
            )
        return [*out, ""]
    texts: list[tuple[str, str]] = []
    if isinstance(block, TaskGroup):
        texts = [
            ("牵头 Lead", block.lead_text),
            ("成员 Members", block.member_text),
            ("", block.duties),
        ]
    elif isinstance(block, Phase):
        texts = [("", block.range_text), ("", block.text)]
    elif isinstance(block, FormField):
        texts = [(block.label_zh, block.value)]
    else:
        texts = [("", block.text)]
    out.append('<div class="qp-quote">')
    for label, text in texts:
        for paragraph in text.split("\n"):
            if not paragraph.strip():
                continue
            html = highlight.render(paragraph, highlight.statement_marks(paragraph, found))
            prefix = f"<strong>{attr(label)}</strong> " if label else ""
            out.append(f"<p>{prefix}{html}</p>")
    out.extend(["</div>", ""])
    if isinstance(block, Measure) and block.responsibility_text:
        out.extend([f'<p class="qp-quote">{attr(block.responsibility_text)}</p>', ""])
    return out


def _units(p: Plan, block: Block, page: str) -> list[str]:
    if isinstance(block, Measure):
        found = p.responsibilities_of(block)
    elif isinstance(block, TaskGroup):
        found = block.responsibilities
    else:
        return []
    if not found:
        return []
    return ["## 责任单位 Responsible units {#units}", "", f"<p>{parts.units(page, found)}</p>", ""]


def _statements(p: Plan, block: Block, page: str) -> list[str]:
    out: list[str] = []
    for title, anchor, group in (
        ("目标 Targets", "targets", block.targets),
        ("实绩 Observations", "observations", block.observations),
    ):
        if not group:
            continue
        out.extend([f"## {title} {{#{anchor}}}", ""])
        for s in group:
            out.extend(_card(p, s, page))
    return out


def _card(p: Plan, s: Target | Observation, page: str) -> list[str]:
    rows: list[tuple[str, str]] = [("指标 Indicator", parts.indicator_link(page, s.indicator))]
    if s.value is not None:
        rows.append(("比较 Comparator", attr(f"{s.value.comparator.value}")))
        amount = f"{s.value.amount}" + (f"–{s.value.upper}" if s.value.upper is not None else "")
        rows.append(("数值 Amount", attr(amount)))
        rows.append(("单位 Unit", attr(s.value.unit.value)))
        rows.append(("原文数字 As written", attr(s.value.written)))
    elif s.qualitative:
        rows.append(("表述 Stated", attr(s.qualitative)))
    if s.kind.value != "level":
        rows.append(("类型 Kind", attr(s.kind.value)))
    when = when_of(s)
    if when:
        rows.append(("年份 Year", attr(when)))
    if isinstance(s, Target):
        commitment = s.commitment.value + (f" · {s.modal}" if s.modal else "")
        rows.append(("承诺 Commitment", attr(commitment)))
    if isinstance(s, Observation) and s.period_label:
        rows.append(("时期 As written", attr(s.period_label)))
    if s.note:
        rows.append(("说明 Note", attr(s.note)))
    if parts.linked("indicator") and s.indicator:
        other = links.html_href(
            page, links.indicator_path(s.indicator) + "#" + links.indicator_statement_anchor(p, s)
        )
        rows.append(
            (
                "历史 History",
                f'<a href="{attr(other)}">该指标的全部记录 All records of this indicator</a>',
            )
        )
    anchor = attr(links.statement_anchor(s))
    out = [f'<div class="qp-statement" id="{anchor}">']
    out.append(
        f'<p class="qp-statement-head"><span class="qp-tag">{attr(parts.statement_kind(s))}</span> '
        f'<a class="qp-anchor" href="#{anchor}" title="链接 Permalink">¶</a></p>'
    )
    out.append(f'<blockquote class="qp-cite">「{attr(s.quote)}」</blockquote>')
    out.append('<dl class="qp-meta">')
    out.extend(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    out.extend(["</dl>", "</div>", ""])
    return out


def _tags(p: Plan, block: Block, page: str) -> list[str]:
    out: list[str] = []
    themes = getattr(block, "themes", ())
    if themes:
        shown = "、".join(parts.theme_link(page, t) for t in themes)
        out.extend(["## 主题 Themes {#themes}", "", f"<p>{shown}</p>", ""])
    localities = getattr(block, "localities", ())
    if localities:
        places = "、".join(
            f'<span title="{attr(parts.region_name(loc.region))}">{attr(loc.written)}</span>'
            for loc in localities
        )
        out.extend(["## 地点 Places {#places}", "", f"<p>{places}</p>", ""])
    return out


def _aligned(p: Plan, block: Block, page: str) -> list[str]:
    """The measures of other plans that ``diff`` aligns with this one, with the reasons."""
    if not isinstance(block, Measure) or not parts.linked("compare"):
        return []
    from qualityplans.site.compare import compared_with, plan_diff
    from qualityplans.site.parts import plan_link

    rows = []
    for other in compared_with(p):
        for pair in plan_diff(p.id, other.id).measures.pairs:
            if pair.a.eid != block.eid:
                continue
            zh, en = parts.block_title(pair.b)
            href = attr(links.html_href(page, links.block_path(other, pair.b)))
            first, second = sorted((p, other), key=parts.data().plans.index)
            compare = attr(links.html_href(page, links.compare_path(first, second)))
            rows.append(
                [
                    plan_link(page, other),
                    f'<a href="{href}">{attr(zh)}</a><br><span class="qp-en">{attr(en)}</span>',
                    f'<a href="{compare}" title="两份规划的对比 Compare the two plans">'
                    f"{pair.score}</a>",
                    _reasons(pair.reasons, page),
                ]
            )
    if not rows:
        return []
    header = ["规划 Plan", "措施 Measure", "得分 Score", "依据 Reasons"]
    return [
        "## 其他规划中的相近措施 Aligned measures in other plans {#aligned}",
        "",
        "由 `diff()` 逐对规划一一对应的措施；得分 0–100，依据共同指标、主题、部门和文字相似度。",
        '<span class="qp-en">Measures that diff() pairs one to one with this one; the score '
        "(0–100) weighs shared indicators, themes, departments and similar wording.</span>",
        *parts.html_table(header, rows),
    ]


def _reasons(r: Reasons, page: str) -> str:
    bits = []
    if r.shared_indicators:
        from qualityplans.site.parts import indicator_link

        names = "、".join(indicator_link(page, i, english=False) for i in r.shared_indicators)
        bits.append(f"共同指标 <span class='qp-en'>indicators</span> {names}")
    if r.shared_themes:
        names = "、".join(parts.theme_link(page, t) for t in r.shared_themes)
        bits.append(f"共同主题 <span class='qp-en'>themes</span> {names}")
    shown = []
    for x, y in r.shared_departments:
        one = parts.department_link(page, x)
        shown.append(one if x == y else f"{one} → {parts.department_link(page, y)}")
    if shown:
        bits.append(f"共同部门 <span class='qp-en'>departments</span> {'、'.join(shown)}")
    bits.append(
        f"标题相似 <span class='qp-en'>title</span> {r.title_similarity} · "
        f"正文相似 <span class='qp-en'>text</span> {r.text_similarity}"
    )
    return "<br>".join(bits)


def _neighbours(p: Plan, before: Block | None, after: Block | None, page: str) -> list[str]:
    cells = []
    for label, block, css in (("上一项 Previous", before, "prev"), ("下一项 Next", after, "next")):
        if block is None:
            continue
        zh, _ = parts.block_title(block)
        href = attr(links.html_href(page, links.block_path(p, block)))
        cells.append(f'<a class="qp-{css}" href="{href}"><small>{label}</small><br>{attr(zh)}</a>')
    if not cells:
        return []
    return [
        '<nav class="qp-neighbours" aria-label="上一项与下一项 Previous and next">',
        *cells,
        "</nav>",
        "",
    ]
