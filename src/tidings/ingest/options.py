"""Reading limits and policies, declared once with their defaults."""

from __future__ import annotations

from dataclasses import dataclass

MAX_DOCUMENT_BYTES = 5_000_000


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read.

    max_document_bytes: one document (a file, a JSON line, a WARC record) larger than this
        is reported as a ``ReadProblem`` ("too large") and not read. Default 5 MB.
    fallback_encoding: ``None`` (default) reports invalid UTF-8 as a ``ReadProblem``; a
        codec name (e.g. ``"cp1252"``) decodes such input with it instead, logging a warning.
    """

    max_document_bytes: int = MAX_DOCUMENT_BYTES
    fallback_encoding: str | None = None
