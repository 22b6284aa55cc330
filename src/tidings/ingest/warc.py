"""Web archives (``.warc``, ``.warc.gz``): HTML response records become documents.

Each ``response`` record with an HTML content type and status 200 gives a ``RawDocument``
with its URL (``WARC-Target-URI``) and the crawl date (``WARC-Date``) as its publication
date: like any metadata date it takes precedence over a date the cleaner finds in the page,
which suits news crawled as it appears (for old pages archived later it is a late bound).
The document id is ``warc-`` and the first 16 hex digits of the SHA-1 of the URL,
so re-reading an archive gives the same ids.
Other records (requests, metadata, images, redirects) are skipped; a corrupt archive
yields a ``ReadProblem`` after the records read before the damage.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from tidings.ingest.decode import DecodeError, decode_html
from tidings.ingest.metadata import parse_published
from tidings.ingest.options import ReadOptions
from tidings.model import RawDocument, ReadProblem

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, options: ReadOptions) -> Iterator[RawDocument | ReadProblem]:
    """The HTML pages archived in a WARC file, in archive order."""
    found = False
    with path.open("rb") as stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                item = _read_record(record, f"{path}#{number}", options)
                if item is not None:
                    found = True
                    yield item
        except (ArchiveLoadFailed, ValueError, EOFError, OSError) as error:
            found = True
            yield ReadProblem(str(path), f"corrupt web archive: {error}")
    if not found:
        yield ReadProblem(str(path), "no HTML pages in web archive")


def _read_record(
    record: ArcWarcRecord, origin: str, options: ReadOptions
) -> RawDocument | ReadProblem | None:
    if not _is_html_page(record):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    origin = f"{origin} {url}".strip()
    content = record.content_stream().read(options.max_document_bytes + 1)
    if len(content) > options.max_document_bytes:
        return ReadProblem(origin, f"too large: over {options.max_document_bytes} bytes")
    try:
        html = decode_html(content, options.fallback_encoding, origin)
    except DecodeError as error:
        return ReadProblem(origin, str(error))
    return RawDocument(
        doc_id=_doc_id(url, origin),
        origin=origin,
        html=html,
        url=url or None,
        published=parse_published(record.rec_headers.get_header("WARC-Date"), origin),
    )


def _is_html_page(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(_HTML_TYPES)


def _doc_id(url: str, origin: str) -> str:
    return "warc-" + hashlib.sha1((url or origin).encode("utf-8")).hexdigest()[:16]
