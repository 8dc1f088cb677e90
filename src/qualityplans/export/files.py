"""Writing export files safely: atomically, never through a symbolic link.

Every file an export writes is first written under a hidden temporary name in
the target folder (``.targets.csv.k2j4.tmp``) and moved into place with
``os.replace()`` once it is complete, so a reader, a crash or a killed process
finds the previous file or the new one, never half of one. An export of
several files writes them all first and then moves them into place together.
Two exports into one folder each succeed; the last one's files stay.

A target path that is a symbolic link is refused (``UnsafePathError``), since
writing through it would change a file elsewhere. Temporary files are created
with ``O_EXCL``, so they never follow a link either. A process killed while
writing leaves its hidden ``.tmp`` files behind; they are never read.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["PathArg", "Staged", "UnsafePathError", "as_path", "output_directory", "write_text"]

PathArg = str | os.PathLike[str]
"""A path as the export functions take it: text or any ``os.PathLike``."""


class UnsafePathError(OSError):
    """A path an export refuses to write to (a symbolic link)."""


def as_path(value: object, what: str = "path") -> Path:
    """``value`` (str or os.PathLike) as a Path; a one-line error for anything else."""
    if isinstance(value, Path):
        path = value
    elif isinstance(value, str | os.PathLike):
        text = os.fspath(value)
        if not isinstance(text, str):
            raise TypeError(f"{what} must be text, not bytes: decode it first")
        if not text:
            raise ValueError(f"{what} is empty: name a folder or file")
        path = Path(text)
    else:
        raise TypeError(f"{what} must be a str or os.PathLike, not {type(value).__name__}")
    if "\0" in str(path):
        raise ValueError(f"{what} holds a NUL character: {str(path)!r}")
    return path


def output_directory(directory: PathArg) -> Path:
    """``directory`` as a Path, created if missing; a one-line OSError if it is a file."""
    path = as_path(directory, "output folder")
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(f"{path} exists and is not a folder")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _refuse_link(path: Path) -> None:
    if path.is_symlink():
        raise UnsafePathError(f"{path} is a symbolic link: refusing to write through it")


class Staged:
    """Files staged under temporary names in one folder, moved into place by ``commit()``.

    Use as a context manager: leaving it by an exception removes the staged files
    and leaves every existing file as it was.
    """

    def __init__(self, directory: PathArg) -> None:
        self.directory = output_directory(directory)
        self._staged: list[tuple[Path, Path]] = []  # (temporary, final)

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is not None:
            self.discard()

    def path(self, name: str) -> Path:
        """A new, empty temporary file staged to become ``name``; write it by path."""
        final = self.directory / name
        _refuse_link(final)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.directory)
        os.close(handle)
        self._staged.append((Path(temporary), final))
        return Path(temporary)

    @contextlib.contextmanager
    def open(
        self, name: str, *, encoding: str = "utf-8", newline: str | None = None
    ) -> Iterator[IO[Any]]:
        """A text handle on a new temporary file staged to become ``name``."""
        temporary = self.path(name)
        with temporary.open("w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())

    def write_text(self, name: str, text: str) -> Path:
        with self.open(name) as handle:
            handle.write(text)
        return self.directory / name

    def write_bytes(self, name: str, content: bytes) -> Path:
        temporary = self.path(name)
        with temporary.open("wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        return self.directory / name

    def commit(self) -> list[Path]:
        """Move every staged file into place (``os.replace``); return the final paths."""
        done = []
        try:
            for temporary, final in self._staged:
                _refuse_link(final)
                os.chmod(temporary, 0o644)
                os.replace(temporary, final)
                done.append(final)
        except BaseException:
            self.discard()
            raise
        self._staged = []
        _sync_directory(self.directory)
        return done

    def discard(self) -> None:
        """Remove every staged file that was not moved into place."""
        for temporary, _ in self._staged:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        self._staged = []


def _sync_directory(directory: Path) -> None:
    """Make the renames durable (where the platform allows opening a folder)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_text(directory: PathArg, name: str, text: str) -> Path:
    """Write ``text`` (UTF-8) as ``directory/name`` atomically; return its path."""
    with Staged(directory) as staged:
        staged.write_text(name, text)
        [path] = staged.commit()
    return path
