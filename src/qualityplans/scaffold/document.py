"""Reading a transcription as a document: its cover notice, title, body and citations.

``read_document(text)`` recognises what a Chinese government document puts
around the plan itself, so the scaffold can fill the plan's metadata instead of
listing it as preamble paragraphs:

- the cover notice: its title (…关于印发…的通知), the 文号 line, the addressees
  (主送, the line ending in ：), the notice sentence (现将…印发给你们, with any
  已经市政府同意 / 已经…会议审议通过), the issuing body and its date, in Arabic or
  Chinese numerals (二〇一一年六月二十八日); a web portal's header lines
  (发布时间：…, 政策文号：…);
- the plan's title line, and the closing lines (抄送：…, …2017年7月3日印发);
- the body: headings (一、), numbered items (（一）, 1、) with the trailing list of
  units and their roles (（市市场监管局牵头，各县（市、区）人民政府配合）), other paragraphs;
- the documents the preamble cites as its basis (为贯彻落实《…》（…〔2011〕58号）).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from qualityplans.model import AdoptionKind, DateKind, DocNumber, PartialDate, Role
from qualityplans.scaffold.numerals import NUMERALS, find_dates, number

__all__ = [
    "AdoptionWords",
    "Citation",
    "DateLine",
    "Document",
    "Heading",
    "NamedUnit",
    "Notice",
    "read_document",
    "split_units",
    "trailing_units",
]

_SECTION = re.compile(rf"^([{NUMERALS}]+)、\s*(.+)$")
_ITEM = re.compile(rf"^(?:[（(]([{NUMERALS}]+)[）)]|(\d+)[、.．]\s*)(.+)$")
_NOTICE_TITLE = re.compile(r"关于印发(?:《)?(?P<title>.+?)(?:》)?的通知$")
# The notice sentence: 现将《…》印发给你们 / 现印发给你们 / 现予印发.
_NOTICE_WORDS = re.compile(r"印发给你们|现印发|现予印发|现将.*印发|印发你们")
_ADOPTION = re.compile(
    r"(?:已经|已|经)(?P<by>[^，,。；;《》]{1,40}?)(?P<how>审议通过|研究通过|讨论通过|审定通过|通过|同意)"
)
_ISSUER = re.compile(
    r"^[^，,。；;：:\s《》]{2,30}(?:人民政府|办公室|办公厅|委员会|管委会|局|厅|委|办)$"
)
_PORTAL = re.compile(
    r"^(?:政策|发布部门|发文部门|发文机关|有效性|来源|索引号|主题分类|政策级别|政策主题|效力状态)"
    r"(?:[:：].*)?$"
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PORTAL_NUMBER = re.compile(r"^(?:政策文号|发文字号|文号)[:：]\s*(?P<number>.+)$")
_PORTAL_DATE = re.compile(r"^(?P<label>发布时间|发布日期|成文日期|印发日期)[:：]\s*(?P<date>.+)$")
_PORTAL_KIND = {
    "发布时间": DateKind.PUBLISHED,
    "发布日期": DateKind.PUBLISHED,
    "成文日期": DateKind.SIGNED,
    "印发日期": DateKind.ISSUED,
}
_PUBLIC = re.compile(r"^[（(](?:此件|本件)[^（）()]*(?:公开|发布)[^（）()]*[）)]$")
_COPIED = re.compile(r"^抄送[:：]\s*(?P<to>.+?)[。.]?$")
_TITLE_WORDS = re.compile(r"(?:计划|方案|规划|意见|纲要|报告表|办法)(?:[（(][^（）()]*[）)])?$")
_TRIGGER = re.compile(r"为(?:深入|全面|进一步|认真)?贯彻(?:落实)?|贯彻落实|根据|按照|依据")
_CITED = re.compile(r"《(?P<title>[^《》]+)》(?:[（(](?P<number>[^（）()]+)[）)])?")
_ROLES = (
    ("按职责分工负责", Role.RESPONSIBLE),
    ("按职责负责", Role.RESPONSIBLE),
    ("牵头负责", Role.LEAD),
    ("牵头", Role.LEAD),
    ("配合", Role.COOPERATING),
    ("参与", Role.COOPERATING),
    ("负责", Role.RESPONSIBLE),
)
_OPEN, _CLOSE = "（(《<〈", "）)》>〉"
_NOTE = re.compile(r"以下|不再列出|下同")


@frozen
class NamedUnit:
    """One unit of a trailing list, as written, with the role the list gives it."""

    written: str
    role: Role | None  # None: the list names no role for it


@frozen
class Heading:
    """One line of the body as the skeleton lists it."""

    kind: str  # "section", "item" or "paragraph"
    line: int  # 1-based line of the transcription
    label: str = ""
    number: int = 0
    title: str = ""
    text: str = ""
    units: str | None = None  # the trailing list of units, verbatim
    named: tuple[NamedUnit, ...] = ()


@frozen
class DateLine:
    kind: DateKind
    date: PartialDate
    quote: str


@frozen
class AdoptionWords:
    """已经市政府同意 / 已经市政府第89次常务会议审议通过, as the notice writes it."""

    quote: str
    kind: AdoptionKind
    meeting: str | None


@frozen
class Notice:
    """What the cover notice (and the portal's header, and the closing lines) say."""

    title: str | None = None
    doc_number: str | None = None  # the 文号 as written
    addressees: str | None = None
    text: str | None = None
    issuer: str | None = None  # the issuing body as written
    adoption: AdoptionWords | None = None
    dates: tuple[DateLine, ...] = ()
    copied_to: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()  # the transcription lines the notice takes


@frozen
class Citation:
    """A document the preamble cites as the plan's basis."""

    title: str
    quote: str
    doc_number: str | None  # as written, when the citation gives one


@frozen
class Document:
    text: str
    title: str | None
    notice: Notice
    body: tuple[Heading, ...]
    citations: tuple[Citation, ...]


# ------------------------------------------------------------------ units


def _depth_split(text: str, separators: str) -> list[str]:
    """``text`` split at ``separators`` that stand outside any bracket."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif char in separators and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def trailing_units(body: str) -> str | None:
    """The parenthesis that ends ``body`` and names units with roles, verbatim."""
    if not body.endswith(("）", ")")):
        return None
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        char = body[i]
        if char in "）)":
            depth += 1
        elif char in "（(":
            depth -= 1
            if depth == 0:
                inner = body[i + 1 : -1]
                if i > 0 and any(word in inner for word, _ in _ROLES):
                    return body[i:]
                return None
    return None


def split_units(units: str) -> tuple[NamedUnit, ...]:
    """The units of a trailing list in order, each with its role:
    （市市场监管局、市工信局牵头，各县（市、区）人民政府配合）."""
    parts: list[tuple[list[str], Role | None]] = []
    for part in _depth_split(units[1:-1], "，,；;"):
        part = part.strip().rstrip("。")
        if not part or _NOTE.search(part):
            continue  # 以下均需…落实，不再列出: a note about the list, not a unit
        role = None
        for word, meaning in _ROLES:
            if part.endswith(word):
                part, role = part[: -len(word)], meaning
                break
        part = re.sub(r"等$", "", part)
        parts.append(([n.strip() for n in _depth_split(part, "、") if n.strip()], role))
    # A part without a role word takes the role of the next part that has one:
    # （市市场监管局、市工信局，各县级市<区>人民政府<管委会>按职责分工负责）.
    found: list[NamedUnit] = []
    following: Role | None = None
    for names, role in reversed(parts):
        following = role or following
        found[:0] = [NamedUnit(name, role or following) for name in names]
    return tuple(found)


# ------------------------------------------------------------------ notice


def _adoption(sentence: str) -> AdoptionWords | None:
    m = _ADOPTION.search(sentence)
    if m is None:
        return None
    meeting = m["by"] if "会议" in m["by"] else None
    kind = AdoptionKind.ADOPTED if meeting is not None else AdoptionKind.APPROVED
    if m["how"] != "同意" and meeting is None:
        kind = AdoptionKind.ADOPTED
    return AdoptionWords(m.group(), kind, meeting)


def _whole_date(line: str) -> PartialDate | None:
    """The date ``line`` is, in words (2016年4月25日, 二〇一一年六月二十八日) or, on a web
    portal's header line, in ISO form (2025-07-28)."""
    dates = list(find_dates(line))
    if len(dates) == 1 and dates[0].written == line:
        return dates[0].date
    if m := _ISO_DATE.match(line):
        try:
            return PartialDate(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def _doc_number(line: str) -> str | None:
    """``line`` if it is a 文号 by itself (示政办发〔2026〕12号)."""
    number = DocNumber.try_parse(line)
    if number is None or re.search(r"[:：，,。；;《》]", number.agency):
        return None
    return line


def _noticeish(line: str) -> bool:
    """Whether a first line belongs to a notice or a portal's header, not a title."""
    return bool(
        _doc_number(line)
        or _PORTAL_NUMBER.match(line)
        or _PORTAL_DATE.match(line)
        or _PORTAL.match(line)
        or _whole_date(line)
        or line.endswith(("：", ":"))
    )


def _next_line(lines: list[str], i: int) -> str:
    """The first non-empty line after line ``i``, or ""."""
    return next((line for line in lines[i + 1 :] if line), "")


def _read_notice(lines: list[str], start: int, title: str | None) -> tuple[Notice, int, str | None]:
    """The notice lines from ``start``; the index of the first body line; the title."""
    doc_number = addressees = text = issuer = None
    adoption = None
    dates: list[DateLine] = []
    taken: list[int] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if title is not None and line == title:
            taken.append(i)
            i += 1
            break
        if (m := _PORTAL_NUMBER.match(line)) and _doc_number(m["number"]):
            doc_number = doc_number or m["number"]
        elif doc_number is None and _doc_number(line):
            doc_number = line
        elif (m := _PORTAL_DATE.match(line)) and (date := _whole_date(m["date"])):
            dates.append(DateLine(_PORTAL_KIND[m["label"]], date, line))
        elif (date := _whole_date(line)) is not None:
            dates.append(DateLine(DateKind.SIGNED, date, line))
        elif _PORTAL.match(line) or _PUBLIC.match(line):
            pass
        elif (
            line.endswith(("：", ":"))
            and addressees is None
            and text is None
            and _NOTICE_WORDS.search(_next_line(lines, i))
        ):
            addressees = line[:-1]  # 主送: the line before the notice sentence
        elif text is None and _NOTICE_WORDS.search(line):
            text = line
            adoption = _adoption(line)
            if title is None and (cited := _CITED.search(line)):
                title = cited["title"]
        elif issuer is None and text is not None and _ISSUER.match(line):
            issuer = line
        else:
            break
        taken.append(i)
        i += 1
    notice = Notice(
        doc_number=doc_number,
        addressees=addressees,
        text=text,
        issuer=issuer,
        adoption=adoption,
        dates=tuple(dates),
        lines=tuple(taken),
    )
    return notice, i, title


def _read_closing(lines: list[str], end: int) -> tuple[int, list[DateLine], list[str], list[int]]:
    """The closing lines before ``end`` (抄送, …印发, 此件公开发布): where the body ends,
    the dates and copies they give, and the lines they take."""
    dates: list[DateLine] = []
    copied: list[str] = []
    taken: list[int] = []
    while end > 0:
        line = lines[end - 1]
        issued = [d for d in find_dates(line) if line.endswith(f"{d.written}印发")]
        if not line or _PUBLIC.match(line):
            pass
        elif m := _COPIED.match(line):
            copied = [c.strip() for c in _depth_split(m["to"], "，,、；;") if c.strip()]
        elif issued:
            dates.append(DateLine(DateKind.ISSUED, issued[-1].date, f"{issued[-1].written}印发"))
        else:
            break
        if line:
            taken.append(end - 1)
        end -= 1
    return end, dates, copied, taken


# ------------------------------------------------------------------ body


def _outline(lines: list[str], start: int, end: int) -> Iterator[Heading]:
    for index in range(start, end):
        line = lines[index]
        if not line:
            continue
        if m := _SECTION.match(line):
            heading = m[2].strip()
            yield Heading("section", index + 1, f"{m[1]}、", number(m[1]), heading, heading)
        elif m := _ITEM.match(line):
            label = line[: len(line) - len(m[3])]
            body = m[3]
            units = trailing_units(body)
            words = body[: len(body) - len(units)] if units else body
            title = words.split("。", 1)[0]
            named = split_units(units) if units else ()
            yield Heading(
                "item", index + 1, label, number(m[1] or m[2]), title, words, units, named
            )
        else:
            yield Heading("paragraph", index + 1, text=line)


def _citations(preamble: Iterator[str]) -> Iterator[Citation]:
    """The documents the preamble cites after 贯彻落实 / 根据 / 按照 / 依据."""
    for line in preamble:
        for trigger in _TRIGGER.finditer(line):
            # The citations run to the first comma or full stop outside brackets.
            rest = line[trigger.end() :]
            span = _depth_split(rest, "，,。；;")[0]
            first = True
            for m in _CITED.finditer(span):
                if not first and span[: m.start()].rstrip()[-1:] not in "和及、》）)与":
                    break
                number = m["number"] if m["number"] and DocNumber.try_parse(m["number"]) else None
                end = m.end() if number else m.start() + len(f"《{m['title']}》")
                quote = (
                    line[trigger.start() : trigger.end() + end] if first else span[m.start() : end]
                )
                yield Citation(m["title"], quote, number)
                first = False


def read_document(text: str, title: str | None = None) -> Document:
    """The notice, title, body and basis citations of a normalized transcription.

    ``title`` (the title as issued) overrides the one read from the text.
    """
    lines = text.split("\n")
    first = lines[0]
    notice_title = None
    if m := _NOTICE_TITLE.search(first):
        notice_title, found, start = first, m["title"], 1
    elif _noticeish(first):
        found, start = None, 0
    elif title is not None and first != title:
        found, start = None, 0  # the first line is not the title given: it stays in the body
    else:
        found, start = first, 1
    notice, body_start, found = _read_notice(lines, start, title or found)
    title = title or found
    # A title line after the notice (when the notice did not say the title).
    while body_start < len(lines) and not lines[body_start]:
        body_start += 1
    if body_start < len(lines):
        line = lines[body_start]
        if line == title or (
            title is None and _TITLE_WORDS.search(line) and not re.search(r"[，。；]", line)
        ):
            title = line
            body_start += 1
    end, issued, copied, closing = _read_closing(lines, len(lines))
    end = max(end, body_start)
    notice = Notice(
        title=notice_title,
        doc_number=notice.doc_number,
        addressees=notice.addressees,
        text=notice.text,
        issuer=notice.issuer,
        adoption=notice.adoption,
        dates=(*notice.dates, *reversed(issued)),
        copied_to=tuple(copied),
        lines=(*notice.lines, *sorted(closing)),
    )
    body = tuple(_outline(lines, body_start, end))
    preamble = []
    for heading in body:
        if heading.kind != "paragraph":
            break
        preamble.append(heading.text)
    return Document(text, title, notice, body, tuple(_citations(iter(preamble))))
