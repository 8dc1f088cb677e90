#!/usr/bin/env python3
"""Set up, build and test qualityplans with nothing but python3.

    python3 scripts/dev.py site    # build the static site into site/
    python3 scripts/dev.py test    # run every check (lint, types, data, tests, site)
    python3 scripts/dev.py lock    # re-pin requirements/lock.txt from pyproject.toml

Each command first creates or refreshes the project's virtual environment
(.venv) from requirements/lock.txt, so a fresh clone on a fresh machine works.
The environment is reinstalled only when pyproject.toml, the lock file or the
Python version change.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("QUALITYPLANS_VENV", ROOT / ".venv"))
LOCK = ROOT / "requirements" / "lock.txt"
STAMP = VENV / ".qualityplans-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
QUIET_ENV = {"DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "1", "PYTHONUTF8": "1"}


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(*args: str | Path, check: bool = True) -> int:
    env = {**os.environ, **QUIET_ENV}
    return subprocess.run([str(a) for a in args], cwd=ROOT, env=env, check=check).returncode


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", LOCK):
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create .venv if needed and install the locked dependencies and the package."""
    if PYTHON.exists():
        same = subprocess.run(
            [str(PYTHON), "-c", "import sys; print(sys.version)"], capture_output=True, text=True
        )
        if same.returncode != 0 or same.stdout.strip() != sys.version.strip():
            say(f"Python changed; recreating {VENV}")
            shutil.rmtree(VENV)
    if not PYTHON.exists():
        say(f"Creating virtual environment {VENV}")
        try:
            venv.create(VENV, with_pip=True, clear=True)
        except (OSError, subprocess.CalledProcessError):
            _install_venv_support()
            venv.create(VENV, with_pip=True, clear=True)
    fingerprint = _fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint and _package_importable():
        return
    say("Installing locked dependencies and the package (editable)")
    pip = [PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    run(*pip, "--upgrade", "pip")
    run(*pip, "-r", LOCK)
    run(*pip, "--no-deps", "-e", ROOT)
    STAMP.write_text(fingerprint)


def _package_importable() -> bool:
    probe = subprocess.run([str(PYTHON), "-c", "import qualityplans.cli"], capture_output=True)
    return probe.returncode == 0


def _install_venv_support() -> None:
    """Debian's python3 lacks ensurepip until python3-venv is installed."""
    if shutil.which("apt-get") is None:
        raise SystemExit("python3 cannot create a virtual environment; install its venv module")
    say("Installing python3-venv with apt-get")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    run(*sudo, "apt-get", "update", "-q")
    run(*sudo, "apt-get", "install", "-y", "-q", "python3-venv")


def build_site(site_dir: Path | None = None) -> int:
    target = site_dir or ROOT / "site"
    return run(BIN / "mkdocs", "build", "--strict", "--quiet", "--site-dir", target, check=False)


def cmd_site() -> int:
    ensure_venv()
    say("Building the site (mkdocs build --strict)")
    status = build_site()
    if status == 0:
        say(f"Site built: {ROOT / 'site' / 'index.html'}")
    return status


def cmd_test() -> int:
    ensure_venv()
    with tempfile.TemporaryDirectory(prefix="qualityplans-site-") as tmp:
        steps: list[tuple[str, list[str | Path] | None]] = [
            ("ruff check", [BIN / "ruff", "check", "src", "tests", "scripts", "docs"]),
            (
                "ruff format --check",
                [BIN / "ruff", "format", "--check", "src", "tests", "scripts", "docs"],
            ),
            ("mypy --strict src", [BIN / "mypy", "--strict", "src"]),
            ("qualityplans validate", [BIN / "qualityplans", "validate"]),
            ("pytest", [BIN / "pytest", "-q"]),
            ("mkdocs build --strict", None),
        ]
        results = []
        for name, command in steps:
            say(name)
            started = time.monotonic()
            status = (
                build_site(Path(tmp) / "site") if command is None else run(*command, check=False)
            )
            results.append((name, status, time.monotonic() - started))
    print()
    for name, status, seconds in results:
        print(f"  {'ok  ' if status == 0 else 'FAIL'}  {name}  ({seconds:.1f}s)")
    failed = [name for name, status, _ in results if status != 0]
    if failed:
        print(f"\n{len(failed)} of {len(results)} checks failed: {', '.join(failed)}")
        return 1
    print(f"\nAll {len(results)} checks passed.")
    return 0


def cmd_lock() -> int:
    """Resolve the newest versions pyproject.toml allows and pin them."""
    with tempfile.TemporaryDirectory(prefix="qualityplans-lock-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / BIN.name / "python"
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", f"{ROOT}[test,docs]"], check=True
        )
        frozen = subprocess.run(
            [str(python), "-m", "pip", "freeze", "--exclude", "qualityplans"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    header = "# Exact versions the project is tested with (test + docs extras).\n"
    header += "# Regenerate: python3 scripts/dev.py lock\n"
    LOCK.write_text(header + frozen)
    say(f"Wrote {LOCK.relative_to(ROOT)}")
    return 0


COMMANDS = {"site": cmd_site, "test": cmd_test, "lock": cmd_lock}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in COMMANDS:
        print(f"usage: python3 scripts/dev.py {{{','.join(COMMANDS)}}}", file=sys.stderr)
        return 2
    return COMMANDS[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
