"""The package's release, and the hashes a citable dataset version is made of.

A catalog's ``dataset_version()`` is ``0.1.0+data.3f2a9c1b7d04``: the release
(``package_version``), and the first 12 hex digits of a sha256 over every
transcription and data module of its roots (``tree_hash``). Two copies with the
same string hold the same data, whatever the file system's order; a corrected
figure changes it even when the release number does not.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.abc pulls in importlib.resources (about 7 ms)
    from importlib.abc import Traversable

__all__ = ["package_version", "sha256_text", "tree_hash"]  # and __version__, read lazily


@functools.cache
def package_version() -> str:
    """The installed release (package metadata), else the source tree's pyproject.toml.

    Read once per process: each read parses the package's metadata file, and every
    download of the site's build names the release. ``importlib.metadata`` is imported
    here, not above: it costs about 20 ms, and a first lookup never needs it."""
    from importlib import metadata

    try:
        return metadata.version("qualityplans")
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        found = re.search(r'(?m)^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"))
        if found is None:
            raise LookupError(f"no version in {pyproject}") from None
        return found.group(1)


def _data_files(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    """(relative path, file) for each transcription and data module under ``folder``."""
    found = []
    for entry in folder.iterdir():
        path = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                found += _data_files(entry, f"{path}/")
        elif entry.name.endswith((".py", ".txt")):
            found.append((path, entry))
    return found


def tree_hash(folder: Traversable) -> str:
    """sha256 over the data files under ``folder``: each path, then its text with LF ends.

    Files are taken in sorted path order, so the file system's order never matters.
    """
    digest = hashlib.sha256()
    for path, entry in sorted(_data_files(folder), key=lambda pair: pair[0]):
        text = entry.read_bytes().replace(b"\r\n", b"\n")
        digest.update(f"{path}\0{len(text)}\0".encode())
        digest.update(text)
    return digest.hexdigest()


def sha256_text(text: str) -> str:
    """The sha256 of ``text`` encoded as UTF-8, as recorded in ``Source.sha256``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def __getattr__(name: str) -> str:
    """``__version__``, read on first use (module ``__getattr__``, PEP 562)."""
    if name == "__version__":
        return package_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
