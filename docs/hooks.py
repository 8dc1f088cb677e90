"""mkdocs hooks: the search dictionary from the data, and a reproducible build date.

Runs before the search plugin reads its configuration (priority 100), so the
jieba user dictionary it loads is always generated from the current data.
"""

import logging
import os
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import jieba
from mkdocs.plugins import event_priority

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


@event_priority(100)
def on_config(config):  # type: ignore[no-untyped-def]
    seconds, commit = _last_commit()
    # mkdocs dates the sitemap from SOURCE_DATE_EPOCH: the same commit, the same bytes.
    os.environ["SOURCE_DATE_EPOCH"] = str(seconds)
    day = datetime.fromtimestamp(seconds, UTC).date().isoformat()
    config.copyright = (
        f"数据与代码构建于 Built {day}"
        + (f" · commit <code>{commit}</code>" if commit else "")
        + " · 中文为准 The Chinese text is authoritative."
    )
    folder = Path(tempfile.gettempdir()) / "qualityplans-search"
    folder.mkdir(exist_ok=True)
    path = folder / f"jieba-user-{os.getpid()}.txt"
    path.write_text(user_dictionary(), encoding="utf-8")
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None:
        search.config.jieba_dict_user = str(path)
    return config
