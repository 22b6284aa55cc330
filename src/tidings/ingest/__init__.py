"""Ingest: read inputs into raw documents, clean them into articles.

``read_paths(paths)`` yields ``RawDocument`` or ``ReadProblem`` for .txt, .html, .jsonl and
.warc inputs; ``clean_document(raw)`` gives an ``Article`` (story body, title, byline,
outlet, date, URL) or a ``ReadProblem``. ``read_articles`` chains both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from tidings.ingest.clean import Cleaner, clean_document
from tidings.ingest.options import MAX_DOCUMENT_BYTES, ReadOptions
from tidings.ingest.readers import read_file, read_paths
from tidings.model import Article, RawDocument, ReadProblem


def read_articles(
    paths: Iterable[Path | str], options: ReadOptions | None = None
) -> Iterator[Article | ReadProblem]:
    """Read and clean every document under ``paths``; problems are yielded, not raised."""
    cleaner = Cleaner.load()
    for item in read_paths(paths, options):
        yield cleaner.clean(item) if isinstance(item, RawDocument) else item


__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Cleaner",
    "ReadOptions",
    "clean_document",
    "read_articles",
    "read_file",
    "read_paths",
]
