"""What CI runs is pinned: actions by commit, images by digest, every install from the lock.

A tag (``@v4``, ``:3.11-bookworm``) can be moved to other code after review; a commit or a
digest cannot. Jobs get only the permissions they use: Pages and the OIDC token belong to
the deploy job alone.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SHA = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_there_are_workflows() -> None:
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml"}


def test_every_action_is_pinned_by_commit_and_every_image_by_digest() -> None:
    for path in WORKFLOWS:
        for name, job in _load(path)["jobs"].items():
            for step in job.get("steps", []):
                if "uses" in step:
                    assert SHA.match(step["uses"]), (path.name, name, step["uses"])
            image = job.get("container")
            if image is not None:
                image = image["image"] if isinstance(image, dict) else image
                assert re.search(r"@sha256:[0-9a-f]{64}$", image), (path.name, name, image)


def test_permissions_are_least_privilege_per_job() -> None:
    for path in WORKFLOWS:
        document = _load(path)
        assert document["permissions"] == {"contents": "read"}, path.name
        for name, job in document["jobs"].items():
            granted = job.get("permissions")
            assert isinstance(granted, dict), (path.name, name, "every job states its own")
            writes = {k for k, v in granted.items() if v == "write"}
            if name == "deploy":
                assert writes == {"pages", "id-token"}, (path.name, name)
            else:
                assert writes == set(), (path.name, name, writes)


def test_setup_installs_only_pinned_things() -> None:
    """scripts/dev.py installs from the hashed lock (pip, setuptools and wheel included),
    builds the package without an isolated build, and pins the resolver it locks with."""
    dev = (ROOT / "scripts" / "dev.py").read_text(encoding="utf-8")
    calls = re.findall(r"run\(\*pip, (.*?)\)", dev)
    assert len(calls) == 2
    for call in calls:
        assert "--require-hashes" in call or "--no-build-isolation" in call, call
    assert '"--upgrade", "pip"' not in dev
    assert re.search(r'UV_VERSION = "\d+\.\d+\.\d+"', dev)
    assert 'f"uv=={UV_VERSION}"' in dev
    lock = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8")
    for tool in ("pip", "setuptools", "wheel"):
        assert re.search(rf"^{tool}==\S+ \\\n    --hash=sha256:", lock, flags=re.M), tool
