"""The model reference: every class of the data model and every field, read from the code.

One page (``reference/model.md``) for contributors: each attrs class of
``qualityplans.model`` (and ``DocNumber``) with its docstring and a table of
its fields (type as annotated, default, and meaning: the comments written
beside and above the field in the source), each enum with its values and
their Chinese words, and the type aliases. Nothing is written by hand, so the
page cannot drift from the code.
"""

from __future__ import annotations

import ast
import functools
import inspect
import io
import re
import textwrap
import tokenize
import types
from collections.abc import Iterator
from enum import Enum
from typing import Any

import attrs
from attrs import frozen

import qualityplans.model as model
from qualityplans.site import Page
from qualityplans.site.parts import front_matter
from qualityplans.site.templating import Markup, render

__all__ = [
    "PATH",
    "ClassDoc",
    "EnumDoc",
    "FieldDoc",
    "class_docs",
    "enum_docs",
    "field_annotations",
    "field_comments",
    "model_reference_page",
    "pages",
]

PATH = "reference/model.md"

# The groups of the page, by the module that defines a class, in reading order.
GROUPS = (
    ("qualityplans.model.plan", "plan", "规划及其记录", "A plan and the records about its text"),
    ("qualityplans.model.blocks", "body", "正文", "The body: sections and blocks"),
    ("qualityplans.model.statements", "statements", "目标与实绩", "What the text states"),
    ("qualityplans.model.values", "values", "数值", "Exact values"),
    ("qualityplans.docnumber", "docnumber", "文号", "Document numbers"),
    ("qualityplans.model.records", "catalogs", "目录", "The catalogs plans refer to"),
    ("qualityplans.model.dataset", "dataset", "数据集", "The dataset"),
)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@frozen
class FieldDoc:
    name: str
    type: str
    default: str | None  # None: required
    keyword_only: bool
    meaning: str


@frozen
class ClassDoc:
    name: str
    module: str
    doc: str
    fields: tuple[FieldDoc, ...]


@frozen
class EnumDoc:
    name: str
    doc: str
    members: tuple[tuple[str, str, str, str], ...]  # name, value, zh, meaning


def pages() -> Iterator[Page]:
    yield PATH, model_reference_page()


def _comments(source: str) -> dict[int, str]:
    """Comment text by (1-based) line of ``source``."""
    found = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            found[token.start[0]] = token.string.lstrip("#").strip()
    return found


@functools.cache
def _source_lines(obj: type) -> tuple[str, int]:
    """``obj``'s source and its first line, read once per class: ``inspect`` parses the
    whole module to find a class, and the page asks for each class four times."""
    lines, first = inspect.getsourcelines(obj)
    return "".join(lines), first


def _source(obj: type) -> str:
    return textwrap.dedent(_source_lines(obj)[0])


def field_annotations(cls: type) -> dict[str, str]:
    """Each annotated field of ``cls`` with its annotation as the source writes it."""
    node = ast.parse(_source(cls)).body[0]
    assert isinstance(node, ast.ClassDef)
    return {
        item.target.id: ast.unparse(item.annotation)
        for item in node.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
    }


def field_comments(cls: type) -> dict[str, str]:
    """For each annotated field of ``cls``: the comment lines just above it and the comment
    at the end of its line, joined (``quote: str  # the words that say it``)."""
    source = _source(cls)
    comments = _comments(source)
    lines = source.splitlines()
    tree = ast.parse(source)
    node = tree.body[0]
    assert isinstance(node, ast.ClassDef)
    found = {}
    for item in node.body:
        if not (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)):
            continue
        above: list[str] = []
        line = item.lineno - 1
        while line >= 1 and lines[line - 1].strip().startswith("#"):
            above.insert(0, comments.get(line, ""))
            line -= 1
        beside = comments.get(item.end_lineno or item.lineno, "")
        found[item.target.id] = " ".join(part for part in (*above, beside) if part)
    return found


def _default(value: Any) -> str | None:
    if value is attrs.NOTHING:
        return None
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        return f"{getattr(value.factory, '__name__', 'factory')}()"
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def _doc(obj: object) -> str:
    return inspect.cleandoc(obj.__doc__ or "")


def _classes() -> list[type]:
    found = [getattr(model, name) for name in model.__all__]
    return [c for c in found if isinstance(c, type) and attrs.has(c)]


def class_docs() -> list[ClassDoc]:
    """Every attrs class of the model, grouped as the page shows them, in source order."""
    order = {module: i for i, (module, *_) in enumerate(GROUPS)}
    classes = sorted(
        _classes(),
        key=lambda c: (order.get(c.__module__, len(order)), _source_lines(c)[1]),
    )
    docs = []
    for cls in classes:
        meanings = field_comments(cls)
        annotations = field_annotations(cls)
        fields = tuple(
            FieldDoc(
                a.name,
                annotations.get(a.name, str(a.type)),
                _default(a.default),
                a.kw_only,
                meanings.get(a.name, ""),
            )
            for a in attrs.fields(cls)
        )
        docs.append(ClassDoc(cls.__name__, cls.__module__, _doc(cls), fields))
    return docs


def enum_docs() -> list[EnumDoc]:
    """Every enum of the model, with each value, its Chinese word (where it has one) and
    the comment beside it in the source."""
    enums = [
        getattr(model, n)
        for n in model.__all__
        if isinstance(getattr(model, n), type) and issubclass(getattr(model, n), Enum)
    ]
    docs = []
    for cls in sorted(enums, key=lambda c: _source_lines(c)[1]):
        source = _source(cls)
        comments = _comments(source)
        tree = ast.parse(source)
        node = tree.body[0]
        assert isinstance(node, ast.ClassDef)
        beside = {
            t.id: comments.get(item.lineno, "")
            for item in node.body
            if isinstance(item, ast.Assign)
            for t in item.targets
            if isinstance(t, ast.Name)
        }
        members = []
        for member in cls:
            try:
                zh = str(getattr(member, "zh", ""))
            except KeyError:
                zh = ""
            members.append((member.name, str(member.value), zh, beside.get(member.name, "")))
        docs.append(EnumDoc(cls.__name__, _doc(cls), tuple(members)))
    return docs


def _aliases() -> list[tuple[str, str]]:
    found = []
    for name in model.__all__:
        value = getattr(model, name)
        if isinstance(value, types.UnionType | types.GenericAlias):
            shown = re.sub(r"\b[\w.]+\.(\w+)", r"\1", str(value))
            found.append((name, shown))
    return found


# ------------------------------------------------------------------ rendering


def _segments(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into plain and ``code`` parts (double backticks, as the docstrings
    write code)."""
    parts = re.split(r"``(.+?)``", text)
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]


def _paragraphs(text: str) -> list[list[tuple[str, bool]]]:
    return [_segments(" ".join(p.split())) for p in text.split("\n\n") if p.strip()]


def _type_parts(annotation: str, anchors: set[str]) -> list[tuple[str, str | None]]:
    """An annotation cut into names (linked when the page documents them) and the rest."""
    parts: list[tuple[str, str | None]] = []
    cursor = 0
    for m in _NAME.finditer(annotation):
        if m.start() > cursor:
            parts.append((annotation[cursor : m.start()], None))
        parts.append((m.group(), m.group() if m.group() in anchors else None))
        cursor = m.end()
    if cursor < len(annotation):
        parts.append((annotation[cursor:], None))
    return parts


def model_reference_page() -> str:
    """The Markdown of the model reference."""
    classes = class_docs()
    enums = enum_docs()
    anchors = {c.name for c in classes} | {e.name for e in enums}
    groups = []
    for module, anchor, zh, en in GROUPS:
        members = [c for c in classes if c.module == module]
        if not members:
            continue
        groups.append(
            {
                "anchor": anchor,
                "zh": zh,
                "en": en,
                "classes": [
                    {
                        "name": c.name,
                        "doc": _paragraphs(c.doc),
                        "fields": [
                            {
                                "name": f.name,
                                "type": _type_parts(f.type, anchors),
                                "default": f.default,
                                "keyword_only": f.keyword_only,
                                "meaning": _segments(f.meaning),
                            }
                            for f in c.fields
                        ],
                    }
                    for c in members
                ],
            }
        )
    return render(
        "reference.md",
        front_matter=Markup("\n".join(front_matter("数据模型参考 · Model reference"))),
        groups=groups,
        enums=[{"name": e.name, "doc": _paragraphs(e.doc), "members": e.members} for e in enums],
        aliases=[(name, _type_parts(shown, anchors)) for name, shown in _aliases()],
    )
