"""mkdocs hooks: the search dictionary from the data, a reproducible footer, a search fix,
and Pagefind for large builds.

``on_config`` runs before the search plugin reads its configuration (priority
100), so the jieba user dictionary it loads is always generated from the
current data. ``on_post_build`` fixes the query segmentation of Material's
search worker (see ``_WORKER_FIX``).

Search engine (``search_engine``, the one place that decides): Material's
lunr search loads the whole index into a worker before the first result, so
its wait grows with the corpus; Pagefind loads only the index chunks and
fragments a query needs. Builds of more than ``PAGEFIND_ABOVE`` plans use
Pagefind; the real build (5 plans) keeps Material's search. The environment
variable ``QUALITYPLANS_SEARCH=pagefind|material`` overrides the rule.
"""

import logging
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import jieba
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from qualityplans.catalog import DataConflictError, DataLoadError, default_catalog
from qualityplans.site.search import user_dictionary

ROOT = Path(__file__).resolve().parent.parent

# jieba reports loading its dictionary on stderr; a quiet build stays quiet.
jieba.setLogLevel(logging.WARNING)


def _last_commit() -> tuple[int, str]:
    """The last commit's time (seconds) and short hash; SOURCE_DATE_EPOCH wins if set."""
    found = subprocess.run(
        ["git", "log", "-1", "--format=%ct %h"], cwd=ROOT, capture_output=True, text=True
    )
    stamp, _, commit = found.stdout.strip().partition(" ")
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"]), commit
    return (int(stamp) if stamp else 0), commit


# From the measurements in docs/performance.md ("Search at scale"): Material's
# first result took 897 ms at the 5 real plans, 1152 ms at 10 and 2340 ms at 55,
# about 29 ms more per plan, so it stays within the 1 s budget up to about 8 plans;
# Pagefind took 0.5-0.8 s at every size from 5 to 505.
PAGEFIND_ABOVE = 8
SEARCH_ENV = "QUALITYPLANS_SEARCH"
ENGINES = ("material", "pagefind")


def search_engine() -> str:
    """``pagefind`` for more than ``PAGEFIND_ABOVE`` plans, else ``material``;
    ``$QUALITYPLANS_SEARCH`` wins when set."""
    forced = os.environ.get(SEARCH_ENV, "").strip().lower()
    if forced:
        if forced not in ENGINES:
            raise ValueError(f"{SEARCH_ENV}={forced!r}: expected one of {', '.join(ENGINES)}")
        return forced
    return "pagefind" if len(default_catalog().entries()) > PAGEFIND_ABOVE else "material"


@event_priority(100)
def on_config(config):  # type: ignore[no-untyped-def]
    try:
        return _configure(config)
    except (DataLoadError, DataConflictError) as error:  # one line, as every command says it
        raise PluginError(str(error)) from None


def _configure(config):  # type: ignore[no-untyped-def]
    seconds, commit = _last_commit()
    # mkdocs dates the sitemap from SOURCE_DATE_EPOCH: the same commit, the same bytes.
    os.environ["SOURCE_DATE_EPOCH"] = str(seconds)
    day = datetime.fromtimestamp(seconds, UTC).date().isoformat()
    config.copyright = (
        f"数据版本 Dataset <code>{default_catalog().dataset_version()}</code> · 构建于 Built {day}"
        + (f" · commit <code>{commit}</code>" if commit else "")
        + " · 中文为准 The Chinese text is authoritative."
    )
    folder = Path(tempfile.gettempdir()) / "qualityplans-search"
    folder.mkdir(exist_ok=True)
    path = folder / f"jieba-user-{os.getpid()}.txt"
    path.write_text(user_dictionary(), encoding="utf-8")
    search = config.plugins.get("material/search") or config.plugins.get("search")
    engine = search_engine()
    # The templates (overrides/) read this: the header keeps the search box, the
    # partial is not mounted by Material, main.html marks the body and loads the adapter.
    config.extra["search_engine"] = engine
    if search is not None:
        search.config.jieba_dict_user = str(path)
        # With Pagefind, no lunr index is built (nor fetched: no worker is mounted).
        search.config.enabled = engine == "material"
    return config


# Material's worker splits a Han query greedily against the index vocabulary, but
# its loop stops one character short (``o<t.length``), so a query that is itself a
# word (市住建局, 质量) is cut into shorter prefixes (市*, 住建*) and the last
# character is dropped. Letting the loop reach the end keeps whole words whole.
_WORKER_FIX = ("o<t.length;o++)t.slice(s,o)in e", "o<=t.length;o++)t.slice(s,o)in e")


def on_post_build(config):  # type: ignore[no-untyped-def]
    if config.extra.get("search_engine") == "pagefind":
        run_pagefind(Path(config.site_dir))
    workers = sorted(Path(config.site_dir, "assets", "javascripts", "workers").glob("search.*.js"))
    if not workers:
        return
    broken, fixed = _WORKER_FIX
    for worker in workers:
        text = worker.read_text(encoding="utf-8")
        if fixed in text:
            continue
        if text.count(broken) != 1:
            raise RuntimeError(
                f"{worker.name}: Material's query segmentation changed; recheck _WORKER_FIX "
                "in docs/hooks.py (and drop it if the upstream worker is fixed)"
            )
        worker.write_text(text.replace(broken, fixed), encoding="utf-8")


# Charts and bulky tables are marked for Material's search by the page modules
# (data-search-exclude); Pagefind ignores the same elements, and the heading
# permalinks (the pilcrow would end every result title).
PAGEFIND_IGNORE = "[data-search-exclude], .headerlink"


def run_pagefind(site: Path) -> None:
    """Index ``site`` into ``site/pagefind/`` with the bundled extended binary
    (Chinese segmentation), only what ``data-pagefind-body`` marks (main.html)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--output-subdir",
            "pagefind",
            # use_directory_urls is off: links end in index.html, also offline.
            "--keep-index-url",
            "--exclude-selectors",
            PAGEFIND_IGNORE,
            "--silent",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not (site / "pagefind" / "pagefind.js").exists():
        raise RuntimeError(f"pagefind failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    # Pagefind's own search UIs: the adapter drives Material's box with pagefind.js alone.
    for unused in (site / "pagefind").glob("pagefind-*ui.*"):
        unused.unlink()
    (site / "pagefind" / "pagefind-highlight.js").unlink(missing_ok=True)
