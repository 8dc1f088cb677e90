"""mkdocs hooks: a reproducible footer, and the site's search (Pagefind, at every size).

Search (docs/performance.md, "Search at scale"): for each page the build writes a
search document (``qualityplans.site.search.search_document``: Chinese as character
pairs, a ranking tier, the record's other names, no labels) into a private folder
made by ``tempfile.mkdtemp`` for this build; after the build, Pagefind indexes those
documents into ``site/pagefind/``, and the folder is removed: after the build, or
when the build fails or mkdocs shuts down. The browser side is
``overrides/assets/javascripts/pagefind-search.js``.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from mkdocs.exceptions import PluginError

from qualityplans.catalog import DataConflictError, DataLoadError, default_catalog
from qualityplans.site.search import page_entries, page_tier, search_document, write_tiers

ROOT = Path(__file__).resolve().parent.parent

# This build's private folder of search documents (None outside a build).
_work: Path | None = None
_entries: dict[str, tuple[str, tuple[str, ...]]] = {}
_tiers: dict[str, str] = {}  # each page's search tier, by its path in the site


def _last_commit() -> tuple[int, str]:
    """The last commit's time (seconds) and short hash; SOURCE_DATE_EPOCH wins if set."""
    found = subprocess.run(
        ["git", "log", "-1", "--format=%ct %h"], cwd=ROOT, capture_output=True, text=True
    )
    stamp, _, commit = found.stdout.strip().partition(" ")
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"]), commit
    return (int(stamp) if stamp else 0), commit


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
    return config


def _remove_work() -> None:
    global _work
    if _work is not None:
        shutil.rmtree(_work, ignore_errors=True)
        _work = None


def on_pre_build(config):  # type: ignore[no-untyped-def]
    try:
        _prepare()
    except (DataLoadError, DataConflictError) as error:  # one line, as every command says it
        _remove_work()
        raise PluginError(str(error)) from None


def _prepare() -> None:
    global _work, _entries
    _remove_work()
    _tiers.clear()
    # A new folder only this process can write (mode 0700, a random name): nothing
    # planted in the temporary directory is followed or overwritten.
    _work = Path(tempfile.mkdtemp(prefix="qualityplans-search-"))
    _entries = page_entries()


def on_post_page(output, page, config):  # type: ignore[no-untyped-def]
    if _work is None:
        return output
    path = page.file.dest_uri
    tier = page_tier(path, _entries, hand_written=page.file.generated_by is None)
    _tiers[path] = tier
    names = _entries.get(path, ("", ()))[1]
    document = _work / path
    document.parent.mkdir(parents=True, exist_ok=True)
    document.write_text(search_document(page.content or "", names=names), "utf-8")
    return output


def on_post_build(config):  # type: ignore[no-untyped-def]
    try:
        if _work is not None:
            bundle = Path(config.site_dir) / "pagefind"
            run_pagefind(_work, bundle)
            write_tiers(bundle, _tiers)
    finally:
        _remove_work()


def on_build_error(error):  # type: ignore[no-untyped-def]
    _remove_work()


def on_shutdown():  # type: ignore[no-untyped-def]
    _remove_work()


def run_pagefind(documents: Path, bundle: Path) -> None:
    """Index the search ``documents`` into ``bundle`` with the bundled extended
    Pagefind binary; URLs are the documents' paths, which are the pages' paths."""
    shutil.rmtree(bundle, ignore_errors=True)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(documents),
            "--output-path",
            str(bundle),
            # use_directory_urls is off: links end in index.html, also offline.
            "--keep-index-url",
            "--silent",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not (bundle / "pagefind.js").exists():
        raise RuntimeError(f"pagefind failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    # Pagefind's own search UIs: the adapter drives Material's box with pagefind.js alone.
    for unused in bundle.glob("pagefind-*ui.*"):
        unused.unlink()
    (bundle / "pagefind-highlight.js").unlink(missing_ok=True)
