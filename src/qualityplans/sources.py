"""Access to the shipped transcriptions under ``qualityplans/data/sources/``."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

__all__ = ["read_source", "sha256_text"]


@cache
def read_source(file: str) -> str:
    """The transcription named ``file``; FileNotFoundError if there is none."""
    path = resources.files("qualityplans.data").joinpath("sources", file)
    if not path.is_file():
        from qualityplans.planindex import extra_source  # plans beside the shipped ones

        extra = extra_source(file)
        if extra is not None:
            return extra.read_text(encoding="utf-8")
        raise FileNotFoundError(f"no transcription named {file!r} in qualityplans/data/sources")
    return path.read_text(encoding="utf-8")


def sha256_text(text: str) -> str:
    """The sha256 of ``text`` encoded as UTF-8, as recorded in ``Source.sha256``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
