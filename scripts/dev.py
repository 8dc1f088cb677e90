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
UV_VERSION = "0.13.9"  # the resolver that writes requirements/lock.txt
QUIET_ENV = {"DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "1", "PYTHONUTF8": "1"}


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(*args: str | Path, check: bool = True, env: dict[str, str] | None = None) -> int:
    full = {**os.environ, **QUIET_ENV, **(env or {})}
    return subprocess.run([str(a) for a in args], cwd=ROOT, env=full, check=check).returncode


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
    # Everything comes from the hashed lock, pip, setuptools and wheel included; the
    # package itself is built with those (no isolated build fetching unpinned tools).
    run(*pip, "--require-hashes", "-r", LOCK)
    run(*pip, "--no-deps", "--no-build-isolation", "-e", ROOT)
    STAMP.write_text(fingerprint)


def _package_importable() -> bool:
    probe = subprocess.run([str(PYTHON), "-c", "import qualityplans.cli"], capture_output=True)
    return probe.returncode == 0


# Debian packages the checks need: a CJK font for the charts and screenshots,
# and chromium for the browser tests (playwright drives the system browser).
SITE_APT = {"fonts-wqy-microhei": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"}
TEST_APT = {**SITE_APT, "chromium": "/usr/bin/chromium"}


def ensure_apt(packages: dict[str, str]) -> None:
    """Install the Debian packages whose marker file is missing."""
    missing = [name for name, marker in packages.items() if not Path(marker).exists()]
    if not missing:
        return
    if shutil.which("apt-get") is None:
        raise SystemExit(f"missing system packages and no apt-get: {' '.join(missing)}")
    say(f"Installing {' '.join(missing)} with apt-get")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-q"], check=True, env={**os.environ, **env})
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
        check=True,
        env={**os.environ, **env},
    )


def _install_venv_support() -> None:
    """Debian's python3 lacks ensurepip until python3-venv is installed."""
    if shutil.which("apt-get") is None:
        raise SystemExit("python3 cannot create a virtual environment; install its venv module")
    say("Installing python3-venv with apt-get")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    run(*sudo, "apt-get", "update", "-q")
    run(*sudo, "apt-get", "install", "-y", "-q", "python3-venv")


def build_site(site_dir: Path | None = None) -> int:
    """Build the site with ProperDocs, the maintained drop-in fork of the MkDocs core.

    ``mkdocs build`` reads the same mkdocs.yml and still works; the CLI swap is this line.
    """
    target = site_dir or ROOT / "site"
    return run(
        BIN / "properdocs",
        "build",
        "-f",
        ROOT / "mkdocs.yml",
        "--strict",
        "--quiet",
        "--site-dir",
        target,
        check=False,
    )


def cmd_site() -> int:
    ensure_apt(SITE_APT)
    ensure_venv()
    say("Building the site (properdocs build --strict)")
    status = build_site()
    if status == 0:
        say(f"Site built: {ROOT / 'site' / 'index.html'}")
    return status


def cmd_test() -> int:
    ensure_apt(TEST_APT)
    ensure_venv()
    with tempfile.TemporaryDirectory(prefix="qualityplans-site-") as tmp:
        # Two fictional plans in a data root of their own, loaded beside the shipped data
        # for a second run of the non-browser tests: a contributor's new plan must break
        # nothing but its own tests (no test may pin a corpus-wide count or list).
        extra = Path(tmp) / "extra-data"
        run(PYTHON, "-m", "qualityplans.testing.extra", extra)
        with_extra = {"QUALITYPLANS_EXTRA_DATA": str(extra)}
        steps: list[tuple[str, list[str | Path] | None, dict[str, str] | None]] = [
            ("ruff check", [BIN / "ruff", "check", "src", "tests", "scripts", "docs"], None),
            (
                "ruff format --check",
                [BIN / "ruff", "format", "--check", "src", "tests", "scripts", "docs"],
                None,
            ),
            ("mypy --strict src", [BIN / "mypy", "--strict", "src"], None),
            (
                "mypy --strict scripts (bench and its programs)",
                [BIN / "mypy", "--strict", "scripts/bench.py", "scripts/bench_programs"],
                None,
            ),
            ("lint-imports (layers, no cycles)", [BIN / "lint-imports", "--no-cache"], None),
            ("qualityplans validate", [BIN / "qualityplans", "validate"], None),
            ("pytest", [BIN / "pytest", "-q"], None),
            (
                "qualityplans validate, two extra plans loaded",
                [BIN / "qualityplans", "validate"],
                with_extra,
            ),
            (
                "pytest (non-browser), two extra plans loaded",
                [BIN / "pytest", "-q", "--ignore=tests/site", "--ignore=tests/test_bench.py"],
                with_extra,
            ),
            ("properdocs build --strict", None, None),
        ]
        results = []
        for name, command, env in steps:
            say(name)
            started = time.monotonic()
            status = (
                build_site(Path(tmp) / "site")
                if command is None
                else run(*command, check=False, env=env)
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
    """Resolve the newest versions pyproject.toml allows and pin them with hashes.

    uv resolves for Python 3.11 on every platform and writes a hash for every
    file of each pinned release, so ``pip install --require-hashes`` works on
    any machine.
    """
    with tempfile.TemporaryDirectory(prefix="qualityplans-lock-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        bin_dir = env_dir / BIN.name
        subprocess.run(
            [str(bin_dir / "python"), "-m", "pip", "install", "-q", f"uv=={UV_VERSION}"],
            check=True,
        )
        # The installers themselves are locked too: setup installs from the lock alone.
        tools = Path(tmp) / "tools.in"
        tools.write_text("pip\nsetuptools\nwheel\n", encoding="utf-8")
        subprocess.run(
            [
                str(bin_dir / "uv"),
                "pip",
                "compile",
                "pyproject.toml",
                str(tools),
                "--quiet",
                "--extra",
                "test",
                "--extra",
                "docs",
                "--generate-hashes",
                "--python-version",
                "3.11",
                "--no-header",
                "-o",
                str(LOCK),
            ],
            cwd=ROOT,
            check=True,
        )
    header = "# Exact, hashed versions the project is tested with (test + docs extras).\n"
    header += "# Regenerate: python3 scripts/dev.py lock\n"
    LOCK.write_text(header + LOCK.read_text())
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
