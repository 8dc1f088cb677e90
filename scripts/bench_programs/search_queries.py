"""``search()`` of queries a reader types (a department, an indicator, a theme, a phrase,
a 文号, pinyin, a typo): the median and slowest of 5 rounds, and the first call, which
builds the index.

Run: ``python scripts/bench_programs/search_queries.py``.
"""

from __future__ import annotations

import time

from shared import done, median, since

import qualityplans
from qualityplans import search

qualityplans.dataset()
queries = [
    "市场监管局",
    "标准化",
    "质量强市",
    "品牌",
    "食品安全",
    "检验检测",
    "苏府〔2016〕63号",
    "合格率",
    "pass rate",
    "hegelv",
    "hgl",
    "制造业产品质量合個率",
]
t = time.perf_counter()
list(search(queries[0]))
build = since(t)
times = []
for _ in range(5):
    for q in queries:
        t = time.perf_counter()
        list(search(q))
        times.append(since(t))
done(ms=median(times), first=max(times), build_ms=build)
