"""WARC input: HTML responses become documents with URL and crawl date; the rest is skipped."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.ingest import read_paths
from tidings.model import RawDocument, ReadProblem

PAGE = (
    "<html><head><title>Talks resume</title></head><body><article>"
    "<p>The delegations met on Monday in the capital and agreed to resume formal talks.</p>"
    "</article></body></html>"
)


def _record(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2014-03-31T08:00:00Z"},
    )
    writer.write_record(record)


def _archive(path: Path, gzip: bool) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        _record(writer, "https://example.org/talks", PAGE.encode(), "text/html; charset=utf-8")
        _record(writer, "https://example.org/logo.png", b"\x89PNG\r\n", "image/png")
        _record(writer, "https://example.org/old", b"", "text/html", status="301 Moved")
        _record(writer, "https://example.org/bin", b"\x00\x01\x02" * 50, "text/html")
    return path


def test_warc_html_responses_become_documents(tmp_path):
    for name, gzip in (("crawl.warc.gz", True), ("crawl.warc", False)):
        path = _archive(tmp_path / name, gzip)
        items = list(read_paths([path]))
        docs = [item for item in items if isinstance(item, RawDocument)]
        problems = [item for item in items if isinstance(item, ReadProblem)]
        assert len(docs) == 1
        assert docs[0].url == "https://example.org/talks"
        assert docs[0].published == date(2014, 3, 31)
        assert docs[0].doc_id.startswith("warc-")
        assert "resume formal talks" in (docs[0].html or "")
        assert [p.reason for p in problems] == ["binary content (NUL or control bytes), not text"]


def test_warc_ids_are_stable(tmp_path):
    path = _archive(tmp_path / "a.warc.gz", True)
    first = [item for item in read_paths([path]) if isinstance(item, RawDocument)]
    again = [item for item in read_paths([path]) if isinstance(item, RawDocument)]
    assert first == again


def test_corrupt_warc_is_reported(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a web archive at all\n" * 3)
    items = list(read_paths([path]))
    assert items and all(isinstance(item, ReadProblem) for item in items)
    assert items[-1].origin == str(path)
