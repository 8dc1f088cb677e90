"""The plan-side pages read without a build: a plan's header as the policy libraries give
it, leads told apart from responsible units, outcome counts, the status summary, the
region timeline, figures marked from the shared locate pass, and no internal id shown.

Pages are rendered to HTML with Python-Markdown and the site's extensions, as in
tests/test_site_entities.py, and read as text the way a reader sees them.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import markdown
import pytest

from qualityplans.catalog import dataset, get_plan, get_region
from qualityplans.compare.outcomes import Status, outcomes, status_counts
from qualityplans.model import Paragraph, Plan, Role, Target, ValueKind
from qualityplans.model.wording import commitment_zh, say
from qualityplans.rows import statement_row
from qualityplans.site import links, parts
from qualityplans.site.block import block_page
from qualityplans.site.highlight import located
from qualityplans.site.plan import OUTCOME_ORDER, outcome_counts, outline, plan_page
from qualityplans.site.regions import due_year, region_page, subregions, targets_by_year, timeline
from qualityplans.site.status import status_page, summary

EID = re.compile(r"(?:sec|item|para|tgt|obs|table|group|phase|form)_\d+__|__(?:tgt|obs)_\d+")


def html(page: str) -> str:
    return markdown.markdown(
        page, extensions=["tables", "attr_list", "md_in_html", "toc", "pymdownx.details"]
    )


class _Visible(HTMLParser):
    """The text of a page as a reader sees it (no attributes, no scripts)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible(page: str) -> str:
    parser = _Visible()
    parser.feed(html(page))
    return "".join(parser.parts)


def between(page: str, start: str, end: str) -> str:
    return page[page.index(start) : page.index(end, page.index(start))]


def fact(page: str, term: str) -> str:
    """The text of the header fact ``term`` (its Chinese words)."""
    found = re.search(rf"<dt[^>]*>{re.escape(term)} .*?</dt><dd[^>]*>(.*?)</dd>", page)
    assert found is not None, term
    return unescape(re.sub(r"<[^>]+>", "", found.group(1)))


# ------------------------------------------------------------------ the header


def test_plan_header_gives_issuer_number_dates_notice_and_basis() -> None:
    plan = get_plan("suzhou-2016")
    page = plan_page(plan)
    assert fact(page, "发文机关") == "苏州市人民政府"
    assert 'href="../../departments/suzhou.government.html"' in page
    assert fact(page, "文号") == "苏府〔2016〕63号"
    assert fact(page, "成文日期") == "2016-04-25"
    assert fact(page, "发布日期") == "2016-04-25"
    assert fact(page, "期间") == "2016"
    assert "《质量发展纲要(2011~2020年)》" in fact(page, "依据")
    notice = between(page, '<div class="qp-notice"', "</div>")
    assert f'<p class="qp-notice-title">{plan.notice_title_zh}</p>' in notice
    assert plan.addressees is not None
    assert plan.addressees in notice
    assert plan.notice_text is not None
    assert plan.notice_text in notice
    assert "2016年4月25日" in notice  # the signature date as written
    # The header comes before the outline.
    assert page.index('class="qp-notice"') < page.index("{#outline}")


def test_plan_header_gives_adoption_and_says_what_the_document_does_not_state() -> None:
    scheme = plan_page(get_plan("pinzhi-suzhou-2025"))
    assert fact(scheme, "审议").startswith("已经市政府第89次常务会议审议通过")
    assert fact(scheme, "发布日期") == "2025-07-28"
    assert fact(scheme, "文号") == "苏府办〔2025〕77号"
    # The 14th FYP was extracted from a Word file with no issuer, number or date.
    fyp = plan_page(get_plan("suzhou-14fyp"))
    assert fact(fyp, "发文机关") == "未注明 not stated"
    assert fact(fyp, "成文日期") == "未注明 not stated"
    assert fact(fyp, "文号") == "无 none"
    assert 'class="qp-notice"' not in fyp


def test_every_plan_header_names_every_date_the_plan_records() -> None:
    for plan in dataset().plans:
        page = plan_page(plan)
        for d in plan.dates:
            assert fact(page, f"{d.kind.zh}日期") == d.date.iso, (plan.id, d.kind)


# ------------------------------------------------------------------ leads and units


def test_2025_outline_names_leads_as_leads_and_responsible_units_apart() -> None:
    plan = get_plan("pinzhi-suzhou-2025")
    page = links.plan_path(plan)
    rows = {r.eid: r for r in outline(plan, page) if not r.section}
    regulator = "市市场监管局"
    led = [m for m in plan.measures if any(r.written == regulator for r in m.leads)]
    assert len(led) == 4  # (八)(九)(十)(十三): the bureau leads four measures
    for measure in plan.measures:
        groups = {g.role: g for g in rows[measure.eid].roles}
        leads = [r for r in measure.responsibilities if r.role is Role.LEAD]
        if leads:
            assert len(groups[Role.LEAD].units) == len(leads), measure.eid
        else:
            assert Role.LEAD not in groups, measure.eid  # nobody is shown as leading
        responsible = [r for r in measure.responsibilities if r.role is Role.RESPONSIBLE]
        if responsible:
            group = groups[Role.RESPONSIBLE]
            assert len(group.units) + group.more == len(responsible), measure.eid
    # As rendered: the bureau beside a measure it leads says 牵头, elsewhere 负责.
    text = visible(between(plan_page(plan), "{#outline}", "{#targets}"))
    assert text.count(f"牵头 {regulator}") == 4
    first = between(plan_page(plan), 'id="row-sec_1__item_1"', "</div>")
    assert '<strong>负责</strong> <a href="../../departments/suzhou.market-regulation.html"' in (
        first
    )
    assert "<strong>牵头</strong>" not in first


def test_measure_page_lists_units_by_role_and_the_plans_units_for_every_measure() -> None:
    plan = get_plan("pinzhi-suzhou-2025")
    lead = block_page(plan, plan.find("sec_3__item_8"))  # type: ignore[arg-type]
    assert fact(lead, "牵头") == "市市场监管局"
    assert "<dt>负责 " not in lead.split("## 原文")[0]
    shared = block_page(plan, plan.find("sec_1__item_2"))  # type: ignore[arg-type]
    assert fact(shared, "负责") == "市市场监管局、市工信局、市农业农村局"
    # The plan's units for every measure (各县级市<区>人民政府<管委会>), said so.
    assert fact(shared, "负责（各项措施）") == "各县级市<区>人民政府<管委会>"


# ------------------------------------------------------------------ outcomes


def test_each_plan_page_counts_its_outcomes_as_of_the_build_date_and_links_status() -> None:
    status = status_page()
    for plan in dataset().plans:
        page = plan_page(plan)
        counts = status_counts(outcomes(plan=plan, as_of=parts.build_date()))
        assert outcome_counts(plan) == [(s, counts[s]) for s in OUTCOME_ORDER]
        shown = fact(page, "目标进展")
        for s in OUTCOME_ORDER:
            assert f"{s.zh} {counts[s]} " in shown, (plan.id, s)
        assert f'href="../../status/index.html#plan-{plan.id}"' in page
        assert f'<tr id="plan-{plan.id}">' in status


def test_status_page_opens_with_one_sentence_in_chinese_then_english() -> None:
    page = status_page()
    every = list(outcomes(as_of=parts.build_date()))
    counts = status_counts(every)
    zh, english = summary(every)
    day = parts.build_date().isoformat()
    assert zh.startswith(f"截至{day}，")
    assert zh.endswith("。")
    assert english.startswith(f"As of {day}, ")
    assert english.endswith(".")
    for status in Status:
        assert f"{status.zh if status is not Status.NO_REPORT else '已到期但无报告'}" in zh
    assert f"已实现{counts[Status.MET]}项" in zh
    assert f"已到期但无报告{counts[Status.NO_REPORT]}项" in zh
    assert f"{counts[Status.NO_REPORT]} past due with no report" in english
    body = page.split("# 进展 Status", 1)[1].lstrip()
    assert body.startswith(f'<p class="qp-summary">{zh}</p>\n<p class="qp-summary qp-en">')


# ------------------------------------------------------------------ regions


def test_region_timeline_shows_its_plans_and_its_places_plans_by_period() -> None:
    suzhou = get_region("suzhou")
    page = links.region_path(suzhou)
    line = timeline(suzhou, page)
    assert line is not None
    within = {suzhou.id, *(r.id for r in subregions(suzhou))}
    expected = [p for p in dataset().plans if p.region in within and p.period]
    assert sorted(t.period for t in line.plans) == sorted(str(p.period) for p in expected)
    starts = [int(t.period[:4]) for t in line.plans]
    assert starts == sorted(starts)
    assert line.years[0] <= min(p.period.start for p in expected if p.period)
    for t, plan in zip(line.plans, sorted(expected, key=lambda p: p.period.start), strict=False):
        assert plan.period is not None
        assert t.last - t.first == plan.period.end - plan.period.start + 1
    # Xiangcheng's plan is on the city's timeline, marked as a place inside it.
    inside = [t for t in line.plans if not t.own]
    assert any("相城区" in t.region for t in inside)
    assert all(t.own for t in timeline(get_region("xiangcheng"), page).plans)  # type: ignore[union-attr]


def test_region_lists_the_targets_due_each_year() -> None:
    suzhou = get_region("suzhou")
    page = links.region_path(suzhou)
    due = targets_by_year(suzhou, page)
    within = {suzhou.id, *(r.id for r in subregions(suzhou))}
    expected: dict[int, int] = {}
    for plan in dataset().plans:
        if plan.region in within:
            for t in plan.targets:
                year = due_year(t)
                if year is not None:
                    expected[year] = expected.get(year, 0) + 1
    assert {y: sum(len(v) for _, v in groups) for y, groups in due} == expected
    rendered = region_page(suzhou)
    for year in expected:
        assert f"{{#y{year}}}" in rendered
    # The 14th FYP's period targets fall due in 2025, its last year.
    fyp = get_plan("suzhou-14fyp")
    assert f'id="targets-2025-{fyp.id}"' in rendered
    assert 'href="#y2025"' in rendered


# ------------------------------------------------------------------ statements


def test_plan_targets_are_the_rows_of_statement_row_with_the_modal_as_written() -> None:
    plan = get_plan("pinzhi-suzhou-2025")
    page = plan_page(plan)
    table = between(page, "{#targets}", "{#departments}")
    rows = re.findall(r"<tr>(.*?)</tr>", between(table, "<tbody>", "</tbody>"))
    assert len(rows) == len(plan.targets)
    for row, block, target in zip(
        rows, [b for b in parts.record_blocks(plan) for _ in b.targets], plan.targets, strict=True
    ):
        expected = statement_row(plan, block, target)
        cells = [
            unescape(re.sub(r"<[^>]+>", " ", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)
        ]
        assert expected["value_zh"] in cells[1]
        assert cells[2].strip() == expected["when"]
        assert cells[3].split()[0] == commitment_zh(target.commitment, target.modal)
        assert parts.block_heading(block) in cells[4]
    # 争取 stays 争取, never 力争.
    trial = plan.find("sec_3__item_8__tgt_1")
    assert isinstance(trial, Target)
    assert trial.modal == "争取"
    assert '<td data-label="承诺">争取 ' in page


def test_value_kinds_are_tagged_chinese_first_on_measure_pages() -> None:
    plan = get_plan("pinzhi-suzhou-2025")
    page = block_page(plan, plan.find("sec_1__item_1"))  # type: ignore[arg-type]
    new = [t for t in plan.find("sec_1__item_1").targets if t.kind is ValueKind.NEW]  # type: ignore[union-attr]
    assert new
    assert page.count('<span class="qp-tag">新增 <span class="qp-en">new</span></span>') == len(new)
    assert say(new[0]).value_zh in page


def test_every_located_figure_is_marked_on_its_block_page_even_where_quotes_overlap() -> None:
    overlapping = 0
    for plan in dataset().plans:
        found = located(plan)
        for position, block in enumerate(plan.blocks):
            quotes = [q for q in found.quotes_of(position) if q.figure is not None]
            if not quotes:
                continue
            spans = [s for q in quotes for s in q.spans]
            overlapping += len(spans) != len(set(spans)) or any(
                a[0] < b[1] and b[0] < a[1] for i, a in enumerate(spans) for b in spans[i + 1 :]
            )
            page = block_page(plan, block)
            text = page.split("{#text}", 1)[1].split("\n## ", 1)[0]
            for q in quotes:
                anchor = links.statement_anchor(q.statement)
                assert re.search(rf'class="qp-fig [^"]*" href="#{anchor}"', text) or (
                    f'class="qp-also" href="#{anchor}"' in text
                ), (plan.id, q.eid)
    assert overlapping  # the 14th FYP's results paragraphs state several figures per quote


def test_a_table_row_marks_its_baseline_and_its_goal_in_their_own_cells() -> None:
    fyp = get_plan("suzhou-14fyp")
    page = block_page(fyp, fyp.tables[0])
    same = [r for r in fyp.tables[0].rows if r.cells[-1] == r.cells[-2] and r.cells[-1].isdigit()]
    assert same  # 新增苏州市市长质量奖 | 个 | 25 | 25
    for row in same:
        line = next(x for x in page.splitlines() if f'data-label="序号">{row.number}<' in x)
        cells = re.findall(r"<td[^>]*>(.*?)</td>", line)
        assert "qp-observation" in cells[-2], row.number
        assert "qp-target" not in cells[-2], row.number
        assert "qp-target" in cells[-1], row.number


# ------------------------------------------------------------------ no internal ids


def test_a_paragraph_is_named_by_its_section_and_first_words() -> None:
    fyp = get_plan("suzhou-14fyp")
    paragraph = fyp.find("sec_1__sec_1__para_1")
    assert isinstance(paragraph, Paragraph)
    assert parts.block_title(paragraph) == (
        "（一）发展成效 · 第1段：“十三五”期间，…",
        "Achievements, paragraph 1",
    )


@pytest.mark.parametrize("plan_id", [p.id for p in dataset().plans])
def test_no_internal_id_is_visible_on_plan_or_block_pages(plan_id: str) -> None:
    plan: Plan = get_plan(plan_id)
    pages = [plan_page(plan)]
    pages += [block_page(plan, b) for b in parts.record_blocks(plan)]
    for page in pages:
        assert not EID.search(visible(page)), EID.search(visible(page))


def test_a_verdict_is_explained_in_chinese_first() -> None:
    from qualityplans.catalog import get_indicator
    from qualityplans.compare.outcomes import Outcome, RegionMatch, Report
    from qualityplans.model import Observation
    from qualityplans.site.status import reason_zh

    city, fyp = get_plan("suzhou-2016"), get_plan("suzhou-14fyp")
    rate = "large-medium-project-acceptance-rate"
    target = next(t for t in city.targets if t.indicator == rate)
    report = next(o for o in fyp.observations if o.indicator == rate)
    assert isinstance(report, Observation)
    made = Outcome(
        Status.MISSED,
        "reported 97% falls short of 100%",
        city,
        target,
        get_indicator(rate),
        Report(fyp, report, RegionMatch.SAME),
    )
    assert reason_zh(made) == "报告97%，未达到目标100%"
