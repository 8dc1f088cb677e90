"""Reading a transcription to scaffold from, and refusing what is not one.

A transcription is a regular file of at most 5 MB of UTF-8 text. Anything else
(a device such as ``/dev/zero`` or ``/dev/urandom``, a folder, a pipe, a binary
or non-UTF-8 file, a huge file) is refused in one line naming the file, before
more than the limit is read.
"""

from __future__ import annotations

import stat
from pathlib import Path

__all__ = ["MAX_BYTES", "SourceError", "normalize", "read_source"]

MAX_BYTES = 5 * 1024 * 1024
# Whitespace dropped at the ends of a line: page-layout spaces, not words. Line and
# paragraph separators (U+2028/U+2029) are kept: only "\n" ends a line.
BLANK = " \t\r\f\v\u3000"


class SourceError(ValueError):
    """A source that is not a transcription: one line naming the file and why."""


def read_source(path: Path) -> str:
    """The text of the transcription at ``path``, normalized (see ``normalize``).

    Raises SourceError for a file that is not regular, over ``MAX_BYTES``, binary,
    not UTF-8 or empty.
    """
    try:
        info = path.stat()
    except OSError as error:
        raise SourceError(f"{path}: cannot read the transcription: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(f"{path}: not a regular file; give the transcription as a text file")
    if info.st_size > MAX_BYTES:
        raise SourceError(
            f"{path}: {info.st_size} bytes, more than the {MAX_BYTES // (1024 * 1024)} MB a "
            "transcription may have"
        )
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise SourceError(f"{path}: cannot read the transcription: {error.strerror}") from None
    if len(data) > MAX_BYTES:
        raise SourceError(f"{path}: more than the 5 MB a transcription may have")
    if b"\0" in data:
        raise SourceError(f"{path}: binary (it holds NUL bytes), not a transcription")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"{path}: not UTF-8 text (byte {error.start}); save the transcription as UTF-8"
        ) from None
    text = normalize(raw)
    if not text.strip(BLANK + "\n"):
        raise SourceError(f"{path}: the transcription is empty")
    return text


def normalize(raw: str) -> str:
    """One line per paragraph: ``\\r\\n`` and ``\\r`` become ``\\n``, page-layout
    whitespace at the ends of each line and blank lines at the ends go, and the
    text ends with one newline."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [line.strip(BLANK) for line in lines]
    while kept and not kept[0]:
        kept.pop(0)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept) + "\n"
