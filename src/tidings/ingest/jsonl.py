"""JSON Lines input: one article per line.

Each line is an object ``{"id", "text" or "html", "published"?, "outlet"?, "url"?,
"title"?, "byline"?}``. A line that is not such an object is a ``ReadProblem`` naming
``file:line``; the other lines are still read. A missing ``id`` becomes ``<stem>-<line>``
(logged). ``published`` is an ISO date or datetime; an unreadable one is ignored with a
warning, not a problem.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from tidings.ingest.decode import looks_binary
from tidings.ingest.metadata import parse_published
from tidings.ingest.options import ReadOptions
from tidings.model import RawDocument, ReadProblem

log = logging.getLogger(__name__)

_TEXT_FIELDS = ("title", "outlet", "url", "byline")
_SKIP_CHUNK = 1 << 20


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[RawDocument | ReadProblem]:
    """The articles of a JSON Lines file, line by line (the file may be large)."""
    found = False
    with path.open("rb") as handle:
        for number, raw in enumerate(_bounded_lines(handle, options.max_document_bytes), start=1):
            origin = f"{path}:{number}"
            if raw is None:
                yield ReadProblem(origin, f"too large: over {options.max_document_bytes} bytes")
                found = True
            elif raw.strip():
                found = True
                yield read_line(raw, origin, f"{path.stem}-{number}", options)
    if not found:
        yield ReadProblem(str(path), "empty input")


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of at most ``limit`` bytes; ``None`` for a longer one, which is skipped unread."""
    while raw := handle.readline(limit + 1):
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None


def read_line(
    raw: bytes, origin: str, default_id: str, options: ReadOptions
) -> RawDocument | ReadProblem:
    """One JSON line to a document, or the problem with it."""
    if len(raw) > options.max_document_bytes:
        return ReadProblem(origin, _too_large(len(raw), options))
    if looks_binary(raw):
        return ReadProblem(origin, "binary content, not a JSON line")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return ReadProblem(origin, f"invalid UTF-8 at byte {error.start}")
    except json.JSONDecodeError as error:
        return ReadProblem(origin, f"malformed JSON: {error.msg} (column {error.colno})")
    if not isinstance(record, dict):
        return ReadProblem(origin, f"expected a JSON object, got {type(record).__name__}")
    return _document(record, origin, default_id)


def _document(record: dict[str, Any], origin: str, default_id: str) -> RawDocument | ReadProblem:
    text, html = record.get("text"), record.get("html")
    if not _is_content(text) and not _is_content(html):
        return ReadProblem(origin, 'no "text" or "html" string')
    fields = {name: _string(record.get(name)) for name in _TEXT_FIELDS}
    doc_id = _string(record.get("id"))
    if doc_id is None:
        log.info("%s: no id, using %s", origin, default_id)
    return RawDocument(
        doc_id=doc_id or default_id,
        origin=origin,
        text=text if _is_content(text) else None,
        html=html if _is_content(html) else None,
        published=parse_published(record.get("published"), origin),
        **fields,
    )


def _is_content(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _string(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _too_large(size: int, options: ReadOptions) -> str:
    return f"too large: {size} bytes (limit {options.max_document_bytes})"
