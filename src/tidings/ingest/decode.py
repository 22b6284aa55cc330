"""Bytes to text: binary and empty detection, strict UTF-8 with an opt-in fallback.

Policy (documented in ``ReadOptions``): text must be UTF-8 (a BOM is dropped). Invalid
UTF-8 is a ``ReadProblem`` naming the byte offset, unless the caller names a fallback
codec (``ReadOptions.fallback_encoding``, e.g. ``"cp1252"``); then the input is decoded
with it and a warning is logged. HTML may also declare its charset in a ``<meta>`` tag,
which is honoured.
"""

from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

_SNIFF_BYTES = 8192
_MAX_CONTROL_RATIO = 0.05
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class DecodeError(ValueError):
    """The bytes are not readable text; the message says why."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 5% control characters, in the first 8 KiB."""
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in _ALLOWED_CONTROLS)
    return controls / len(head) > _MAX_CONTROL_RATIO


def decode_text(data: bytes, fallback: str | None = None, origin: str = "") -> str:
    """Decode text bytes; raise ``DecodeError`` for binary, empty or undecodable input."""
    _check_content(data)
    try:
        return _strip_bom(data).decode("utf-8")
    except UnicodeDecodeError as error:
        return _fallback(data, error, fallback, origin)


def decode_html(data: bytes, fallback: str | None = None, origin: str = "") -> str:
    """Decode HTML bytes: UTF-8 first, then the charset the page declares, then ``fallback``."""
    _check_content(data)
    try:
        return _strip_bom(data).decode("utf-8")
    except UnicodeDecodeError as error:
        declared = _declared_charset(data)
        if declared and declared not in {"utf-8", "utf8"}:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
        return _fallback(data, error, fallback, origin)


def _check_content(data: bytes) -> None:
    if not data.strip():
        raise DecodeError("empty input")
    if looks_binary(data):
        raise DecodeError("binary content (NUL or control bytes), not text")


def _strip_bom(data: bytes) -> bytes:
    return data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data


def _fallback(data: bytes, error: UnicodeDecodeError, fallback: str | None, origin: str) -> str:
    if fallback is None:
        raise DecodeError(f"invalid UTF-8 at byte {error.start}") from error
    log.warning("%s: invalid UTF-8 at byte %d, decoded as %s", origin, error.start, fallback)
    return data.decode(fallback, errors="replace")


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
