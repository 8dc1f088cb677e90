"""The jieba user dictionary for the site's Chinese search, generated from the data.

Material's search plugin segments Han text with jieba and joins the words with
U+200B; the browser splits on that and matches words by prefix. Names from the
data (indicators, departments, regions, themes) enter at a high frequency so
they are kept whole; the compounds listed in ``SPLIT`` enter at frequency 1 so
jieba cuts them and an infix (质量 in 产品质量, 更新 in 城市更新) is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualityplans.site import parts

__all__ = ["SPLIT", "user_dictionary"]

NAME_FREQUENCY = 50000

# Compounds whose parts readers search for on their own.
SPLIT: tuple[str, ...] = (
    "产品质量",
    "工程质量",
    "服务质量",
    "环境质量",
    "质量发展",
    "质量强市",
    "质量提升",
    "质量安全",
    "质量监管",
    "质量品牌",
    "城市更新",
    "标准化",
    "合格率",
    "满意度",
)

_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def _names() -> Iterator[str]:
    d = parts.data()
    for i in d.indicators:
        yield i.name_zh
        yield from i.aliases
    for dep in d.departments:
        yield dep.name_zh
        yield from dep.names
    for r in d.regions:
        yield r.name_zh
        yield from r.names
    for t in d.themes:
        yield t.name_zh


def user_dictionary() -> str:
    """The dictionary file's text: ``word frequency`` lines, sorted, no duplicates."""
    words: dict[str, int] = {}
    for name in _names():
        # jieba's dictionary format cannot hold spaces; keep plain Han words.
        if _HAN_WORD.match(name):
            words[name] = NAME_FREQUENCY
    for compound in SPLIT:
        words[compound] = 1
    return "".join(f"{w} {n}\n" for w, n in sorted(words.items()))
