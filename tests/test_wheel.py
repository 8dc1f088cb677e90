"""The package as users get it: build the wheel, install it in a fresh venv, use it there.

The wheel is built from a copy of the source tree (so the worktree gets no
build/ directory) and installed with no access to this checkout: the runtime
dependencies come from requirements/lock.txt with their hashes (the closure of
the package's own requirements, read from the installed metadata), through
pip's configured index. Proves the transcriptions ship and that no phone number
is in the installed package or an export.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from qualityplans.catalog import Catalog
from tests.test_yancheng_2017_2018 import PHONES

ROOT = Path(__file__).resolve().parents[1]


def runtime_closure(name: str = "qualityplans") -> set[str]:
    """Canonical names of every distribution ``name`` needs at run time (no extras)."""
    needed: set[str] = set()
    todo = [name]
    while todo:
        dist = metadata.distribution(todo.pop())
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            key = canonicalize_name(req.name)
            if key not in needed:
                needed.add(key)
                todo.append(req.name)
    return needed


def locked_requirements(names: set[str]) -> str:
    """The entries of requirements/lock.txt (pins and hashes) for ``names``."""
    text = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text)
    kept = [e for e in entries if canonicalize_name(re.split(r"[=\s]", e, maxsplit=1)[0]) in names]
    return "\n".join(line for e in kept for line in e.splitlines() if "# via" not in line) + "\n"


def run(*args: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, check=False
    )
    assert done.returncode == 0, f"{args}: {done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the built wheel and its locked runtime dependencies; its bin/."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "site", "*.egg-info", "__pycache__", ".*_cache", "tests"
        ),
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    run(*pip, "wheel", "--no-deps", "-w", tmp / "dist", source)
    [wheel] = (tmp / "dist").glob("qualityplans-*.whl")
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    lock = tmp / "runtime-lock.txt"
    lock.write_text(locked_requirements(runtime_closure()), encoding="utf-8")
    target = ["--python", str(python), "install", "--no-deps"]
    run(*pip, *target, "--require-hashes", "-r", lock)
    run(*pip, *target, wheel)
    return env_dir / "bin"


def test_runtime_dependencies_are_locked_with_hashes() -> None:
    names = runtime_closure()
    assert {"attrs", "cattrs", "jieba", "pypinyin", "rapidfuzz", "sqlite-utils"} <= names
    locked = locked_requirements(names)
    pinned = {canonicalize_name(m) for m in re.findall(r"(?m)^([A-Za-z0-9._-]+)==", locked)}
    assert pinned == names
    assert locked.count("--hash=sha256:") >= len(names)


def test_the_installed_package_validates_and_answers(installed: Path, tmp_path: Path) -> None:
    # Run outside the checkout so nothing from the source tree can be imported.
    # The wheel's own data alone: no extra data folder either.
    hidden = ("PYTHONPATH", "VIRTUAL_ENV", "QUALITYPLANS_EXTRA_DATA")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    shipped = Catalog.shipped()
    cli = str(installed / "qualityplans")

    def call(*args: str) -> str:
        done = subprocess.run(
            [cli, *args], capture_output=True, text=True, cwd=tmp_path, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert call("validate").startswith(f"ok: {len(shipped.entries())} plans")
    assert "加强工程质量安全监管" in call("show", "苏府[2016]63号")
    call("export", "--output", str(tmp_path / "export"))
    where = subprocess.run(
        [installed / "python", "-c", "import qualityplans, sys; print(qualityplans.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    ).stdout.strip()
    package = Path(where).parent
    assert str(package).startswith(str(installed.parent))  # the wheel's copy, not the checkout
    sources = {p.name for p in (package / "data" / "sources").glob("*.txt")}
    assert sources == {p.source.file for p in shipped.plans()}
    # grep the installed package and the export for the redacted phone numbers.
    for path in [*package.rglob("*"), *(tmp_path / "export").iterdir()]:
        if path.is_file():
            content = path.read_bytes()
            for phone in PHONES:
                assert phone.encode() not in content, path
