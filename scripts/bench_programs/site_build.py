"""``mkdocs build`` of the site, per page, with its search index and first search result.

    python scripts/bench_programs/site_build.py --mode gen --chromium /usr/bin/chromium
    python scripts/bench_programs/site_build.py --mode written --chromium /usr/bin/chromium

Run from the repository root (mkdocs.yml, docs/). ``gen`` builds from the data
(gen-files runs docs/gen_pages.py) and, if ``--chromium`` is there, times the first search
result for 合格率 (a word of some pages) and for 质量 (a word of nearly every page, the
slowest: Pagefind's ranking work grows with the pages a word is on), each in a fresh
page; -1 where not measured. ``written`` writes the same pages to a copy of docs/ first
and builds them with gen-files left out. Sizes of the search index: Material's
search_index.json (raw and gzipped) and the Pagefind bundle on disk and fetched.
"""

from __future__ import annotations

import gzip
import pathlib
import runpy
import shutil
import tempfile
import time

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import Files
from mkdocs.utils.yaml import yaml_load
from shared import done, first_result_ms, options, since

given = options("mode", "chromium")
mode, chromium = given["mode"], given["chromium"]
if mode not in ("gen", "written"):
    raise SystemExit(f"site_build.py: --mode is gen or written, not {mode!r}")
out = pathlib.Path(tempfile.mkdtemp())
if mode == "written":
    from mkdocs_gen_files.editor import FilesEditor

    docs = out / "docs"
    shutil.copytree("docs", docs)
    with open("mkdocs.yml", encoding="utf-8") as f:
        plugins = yaml_load(f).get("plugins", [])
    keep = [p for p in plugins if "gen-files" not in (p if isinstance(p, dict) else {p: 0})]
    config = load_config("mkdocs.yml", site_dir=str(out / "site"))
    with FilesEditor(Files([]), config, str(docs)):
        runpy.run_path("docs/gen_pages.py")
    config = load_config("mkdocs.yml", site_dir=str(out / "site"), docs_dir=str(docs), plugins=keep)
else:
    config = load_config("mkdocs.yml", site_dir=str(out / "site"))
t = time.perf_counter()
build(config)
ms = since(t)
pages = sum(1 for _ in (out / "site").rglob("*.html"))
index = out / "site" / "search" / "search_index.json"
raw = index.read_bytes() if index.exists() else b""
bundle = out / "site" / "pagefind"
pagefind = bundle.is_dir()
disk = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()) if pagefind else 0
search_ms, loaded, common_ms = -1.0, 0, -1.0
if mode == "gen" and pathlib.Path(chromium).exists():
    search_ms, loaded = first_result_ms(chromium, out / "site")
    common_ms, _ = first_result_ms(chromium, out / "site", "质量")
shutil.rmtree(out)
done(
    ms=ms,
    pages=pages,
    per_page=ms / pages,
    index_mib=len(raw) / 2**20,
    index_gz_mib=len(gzip.compress(raw)) / 2**20,
    search_ms=search_ms,
    common_ms=common_ms,
    pagefind=float(pagefind),
    pagefind_loaded_mib=loaded / 2**20,
    pagefind_disk_mib=disk / 2**20,
)
