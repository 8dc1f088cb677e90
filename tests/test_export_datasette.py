"""The SQLite export in a real Datasette, as a data journalist opens it.

Starts ``datasette qualityplans.db -m metadata.json`` on a free port of
127.0.0.1 and asks it what an analyst would: a table, a numeric filter, a
facet, a full-text search, and the documentation of a column.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import qualityplans
from qualityplans.export import records, write_sqlite

DATASETTE = Path(sys.executable).with_name("datasette")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def datasette(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("datasette")
    database = write_sqlite(None, folder)
    port = _free_port()
    server = subprocess.Popen(
        [
            str(DATASETTE),
            "serve",
            str(database),
            "-m",
            str(folder / "metadata.json"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"datasette did not start: {server.stderr.read()}") from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def get(base: str, path: str, **params: str) -> Any:
    query = urllib.parse.urlencode(params)
    with urllib.request.urlopen(f"{base}{path}?{query}", timeout=60) as response:
        return json.loads(response.read().decode("utf-8"))


def test_a_table_reads_as_json(datasette: str) -> None:
    page = get(datasette, "/qualityplans/plans.json", _shape="objects")
    shipped = {p.id: p for p in qualityplans.plans()}
    rows = {r["id"]: r for r in page["rows"]}
    assert rows["suzhou-2016"]["doc_number"] == "苏府〔2016〕63号"
    assert rows["pinzhi-suzhou-2025"]["period_start"] == 2025
    assert set(rows) == set(shipped)


def test_a_numeric_filter_counts_every_amount_above_90(datasette: str) -> None:
    # The issue: amount__gt=90 missed 100, 3000 and 60000 while amounts were text.
    page = get(datasette, "/qualityplans/targets.json", amount__gt="90", _size="0")
    expected = [r for r in records("targets") if r["amount"] is not None and r["amount"] > 90]
    assert page["filtered_table_rows_count"] == len(expected)
    amounts = {r["amount"] for r in expected}
    assert {100, 3000, 60000} <= amounts  # the ones text comparison dropped
    big = get(
        datasette,
        "/qualityplans/targets.json",
        amount__gte="3000",
        _shape="objects",
        _size="max",
        _col="amount_exact",
    )
    assert {r["amount_exact"] for r in big["rows"]} >= {"3000", "60000"}


def test_a_facet_counts_each_bureau_once_however_it_is_written(datasette: str) -> None:
    page = get(datasette, "/qualityplans/measures.json", _facet_array="lead_ids", _size="0")
    counts = {f["value"]: f["count"] for f in page["facet_results"]["lead_ids"]["results"]}
    expected = Counter(d for r in records("measures") for d in r["lead_ids"])
    assert counts["xiangcheng.market-regulation"] == expected["xiangcheng.market-regulation"]
    plans = get(datasette, "/qualityplans/targets.json", _facet="plan", _size="0")
    by_plan = {f["value"]: f["count"] for f in plans["facet_results"]["plan"]["results"]}
    assert by_plan["suzhou-2016"] == len(qualityplans.get_plan("suzhou-2016").targets)


def test_a_full_text_query_finds_the_pass_rate_targets(datasette: str) -> None:
    page = get(
        datasette,
        "/qualityplans/targets.json",
        _search="一次验收合格率",
        _shape="objects",
        _size="max",
        _col="eid",
    )
    found = {(r["plan"], r["eid"]) for r in page["rows"]}
    assert ("suzhou-2016", "sec_3__item_14__tgt_1") in found
    expected = {
        (r["plan"], r["eid"])
        for r in records("targets")
        if "一次验收合格率" in (r["indicator_zh"] or "") + r["quote"] + (r["qualitative"] or "")
    }
    assert found == expected


def test_the_views_and_the_column_notes_are_served(datasette: str) -> None:
    page = get(
        datasette,
        "/qualityplans/target_details.json",
        plan="suzhou-2016",
        eid="sec_3__item_14__tgt_1",
        _shape="objects",
    )
    [row] = page["rows"]
    assert row["region_zh"] == "苏州市"
    assert row["amount"] == 100
    metadata = get(datasette, "/-/metadata.json")
    columns = metadata["databases"]["qualityplans"]["tables"]["targets"]["columns"]
    assert columns["amount"].startswith("数值 The amount")
    with urllib.request.urlopen(f"{datasette}/qualityplans/targets", timeout=60) as response:
        html = response.read().decode("utf-8")
    assert "目标 Targets" in html  # the table's description
