"""The synthetic corpus: shaped like the curated plans, valid, deterministic, loadable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from qualityplans.catalog import Catalog
from qualityplans.model import Box, Plan
from qualityplans.testing import synth
from qualityplans.validate import validate


@pytest.fixture(scope="module")
def corpus() -> list[synth.SynthPlan]:
    return synth.generate(50, seed=7)


def _texts(corpus: list[synth.SynthPlan]) -> dict[str, str]:
    return {s.plan.source.file: s.text for s in corpus}


def test_fifty_synthetic_plans_validate(corpus: list[synth.SynthPlan]) -> None:
    data = synth.dataset(corpus)
    assert len(data.plans) == 55
    assert validate(data, texts=_texts(corpus)) == ()


def test_corpus_is_shaped_like_the_curated_plans(corpus: list[synth.SynthPlan]) -> None:
    plans = [s.plan for s in corpus]
    assert {p.region for p in plans} == {"suzhou", "xiangcheng", "yancheng"}
    for p in plans:
        assert 2 <= len(p.sections) <= 6
        assert [m.number for m in p.measures] == list(range(1, len(p.measures) + 1))
        assert len(p.boxes) == 1
    measures = [m for p in plans for m in p.measures]
    assert sum(1 for m in measures if m.responsibilities) > 0.4 * len(measures)
    departments = [r.department for p in plans for m in p.measures for r in m.responsibilities]
    assert {d.split(".")[0] for d in departments if d} == {"suzhou", "xiangcheng"}
    assert sum(len(p.targets) for p in plans) > 500
    assert sum(len(p.observations) for p in plans) > 50
    assert len({p.doc_number for p in plans}) == 50


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[synth.SynthPlan]) -> None:
    again = synth.generate(50, seed=7)
    assert [s.text for s in again] == [s.text for s in corpus]
    assert [s.plan for s in again] == [s.plan for s in corpus]
    other = synth.generate(50, seed=8)
    assert [s.text for s in other] != [s.text for s in corpus]


def test_a_changed_figure_in_a_synthetic_transcription_is_caught(
    corpus: list[synth.SynthPlan],
) -> None:
    first = corpus[0]
    target = first.plan.targets[0]
    texts = _texts(corpus)
    texts[first.plan.source.file] = first.text.replace(target.quote, target.quote + "以上", 1)
    problems = validate(synth.dataset(corpus[:1], beside=False), texts=texts)
    assert problems[0].location == f"{first.plan.id}/source/sha256"


def test_a_box_keeps_its_statements_under_its_new_eid(corpus: list[synth.SynthPlan]) -> None:
    box = corpus[0].plan.boxes[0]
    assert isinstance(box, Box)
    assert box.label == "专栏1"
    assert all(s.eid.startswith(f"{box.eid}__") for s in (*box.targets, *box.observations))


def test_module_source_defines_the_same_plan(corpus: list[synth.SynthPlan]) -> None:
    namespace: dict[str, object] = {}
    exec(compile(synth.module_source(corpus[3].plan), "<synth>", "exec"), namespace)
    plan = namespace["PLAN"]
    assert isinstance(plan, Plan)
    assert plan == corpus[3].plan
    assert attrs.evolve(plan, title_en="x") != corpus[3].plan


_PROBE = """
import json, sys
import qualityplans
plan = qualityplans.get_plan("合成办〔{year}〕3号")
loaded = sorted(m for m in sys.modules if m.startswith("qualityplans_extra_"))
print(json.dumps({{"id": plan.id, "loaded": loaded, "all": len(qualityplans.plans())}}))
"""


def test_written_corpus_loads_beside_the_shipped_data(tmp_path: Path) -> None:
    corpus = synth.generate(12, seed=3)
    synth.write(tmp_path, corpus)
    env = {**os.environ, "QUALITYPLANS_EXTRA_DATA": str(tmp_path)}
    cli = Path(sys.executable).parent / "qualityplans"
    done = subprocess.run([cli, "validate"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    everything = len(Catalog.shipped().entries()) + len(corpus)
    assert done.stdout.startswith(f"ok: {everything} plans, ")
    year = corpus[2].plan.doc_number.year if corpus[2].plan.doc_number else 0
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE.format(year=year)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result = json.loads(probe.stdout)
    assert result["id"] == "synth-3-0003"
    assert result["all"] == everything
    # Only the plan asked for is imported from the extra folder (its index is read, not run).
    [loaded] = result["loaded"]
    assert loaded.startswith("qualityplans_extra_")
    assert loaded.endswith(".plans.synth_3_0003")


def test_a_corrupted_written_transcription_fails_validate(tmp_path: Path) -> None:
    corpus = synth.generate(2, seed=3)
    synth.write(tmp_path, corpus)
    source = tmp_path / "sources" / corpus[1].plan.source.file
    source.write_text(source.read_text(encoding="utf-8") + "另有99家。\n", encoding="utf-8")
    env = {**os.environ, "QUALITYPLANS_EXTRA_DATA": str(tmp_path)}
    cli = Path(sys.executable).parent / "qualityplans"
    done = subprocess.run([cli, "validate"], capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert "synth-3-0002/source/sha256: transcription has sha256" in done.stdout
    assert "figure 99 (line" in done.stdout


def test_fifty_synthetic_plans_build_a_site_with_a_page_per_measure(tmp_path: Path) -> None:
    """Issue 11's acceptance: the 50-plan corpus validates and every measure gets its page."""
    from qualityplans.site import links
    from qualityplans.site.markup import escape
    from tests.site.conftest import build_site

    corpus = synth.generate(50, seed=7)
    synth.write(tmp_path / "corpus", corpus)
    extra = {"QUALITYPLANS_EXTRA_DATA": str(tmp_path / "corpus")}
    cli = Path(sys.executable).parent / "qualityplans"
    done = subprocess.run(
        [cli, "validate", "--quiet"], capture_output=True, text=True, env={**os.environ, **extra}
    )
    assert (done.returncode, done.stdout) == (0, ""), done.stdout[-2000:]
    site = build_site(tmp_path / "site", env=extra)
    measures = [(s.plan, m) for s in corpus for m in s.plan.measures]
    assert len(measures) > 300
    for plan, measure in measures:
        page = site / links.block_path(plan, measure).removesuffix(".md")
        html = (page.parent / f"{page.name}.html").read_text(encoding="utf-8")
        assert escape(measure.title_zh) in html or measure.title_zh in html, page
    # Every synthetic plan is listed on the plans page.
    listing = (site / "plans" / "index.html").read_text(encoding="utf-8")
    assert all(s.plan.id in listing or s.plan.title_zh in listing for s in corpus)
    # Comparisons grow with the corpus, not its square: every pair would be 1,485 pages.
    compared = [p.name.removesuffix(".html").split("--") for p in (site / "compare").glob("*--*")]
    assert 55 <= len(compared) <= 2 * 55
    assert all(any(s.plan.id in pair for pair in compared) for s in corpus)
    index = (site / "compare" / "index.html").read_text(encoding="utf-8")
    assert "任意另外两份规划可用 <code>qualityplans diff A B</code> 对比" in index
