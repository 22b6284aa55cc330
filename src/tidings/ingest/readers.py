"""Read inputs into ``RawDocument`` values, reporting what cannot be read as ``ReadProblem``.

Supported: ``.txt`` (id = file stem), ``.html``/``.htm`` (id = file stem), ``.jsonl`` (one
article per line) and ``.warc``/``.warc.gz`` (HTML response records). Directories are walked
recursively in sorted order; hidden files and files of other types inside a directory are
skipped (logged at debug level), while an unsupported file named explicitly is a problem.
Nothing here raises for bad input: every failure becomes a ``ReadProblem`` naming the input.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tidings.ingest.decode import DecodeError, decode_html, decode_text
from tidings.ingest.jsonl import read_jsonl
from tidings.ingest.options import ReadOptions
from tidings.ingest.warc import read_warc
from tidings.model import RawDocument, ReadProblem

log = logging.getLogger(__name__)

Item = RawDocument | ReadProblem
Reader = Callable[[Path, ReadOptions], Iterator[Item]]


def read_paths(paths: Iterable[Path | str], options: ReadOptions | None = None) -> Iterator[Item]:
    """Every document under ``paths``, in a deterministic order, or the problem reading it."""
    options = options or ReadOptions()
    for path in map(Path, paths):
        if path.is_dir():
            yield from _read_directory(path, options)
        elif path.is_file():
            yield from read_file(path, options)
        else:
            yield ReadProblem(str(path), "no such file or directory")


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[Item]:
    """The documents of one file, by its type."""
    options = options or ReadOptions()
    reader = reader_for(path)
    if reader is None:
        yield ReadProblem(str(path), f"unsupported file type {''.join(path.suffixes) or '(none)'}")
        return
    try:
        yield from reader(path, options)
    except OSError as error:
        yield ReadProblem(str(path), f"cannot read: {error.strerror or error}")


def reader_for(path: Path) -> Reader | None:
    """The reader for a file name, or ``None`` when tidings does not read that type."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return read_warc
    return _READERS.get(path.suffix.lower())


def _read_directory(root: Path, options: ReadOptions) -> Iterator[Item]:
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if reader_for(path) is None:
            log.debug("skipping %s: not a type tidings reads", path)
            continue
        yield from read_file(path, options)


def _read_bytes(path: Path, options: ReadOptions) -> bytes | ReadProblem:
    size = path.stat().st_size
    if size > options.max_document_bytes:
        return ReadProblem(str(path), _too_large(size, options))
    return path.read_bytes()


def _read_text_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    content = _read_bytes(path, options)
    if isinstance(content, ReadProblem):
        yield content
        return
    try:
        text = decode_text(content, options.fallback_encoding, str(path))
    except DecodeError as error:
        yield ReadProblem(str(path), str(error))
        return
    yield RawDocument(doc_id=path.stem, origin=str(path), text=text)


def _read_html_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    content = _read_bytes(path, options)
    if isinstance(content, ReadProblem):
        yield content
        return
    try:
        html = decode_html(content, options.fallback_encoding, str(path))
    except DecodeError as error:
        yield ReadProblem(str(path), str(error))
        return
    yield RawDocument(doc_id=path.stem, origin=str(path), html=html)


_READERS: dict[str, Reader] = {
    ".txt": _read_text_file,
    ".text": _read_text_file,
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".jsonl": read_jsonl,
}


def _too_large(size: int, options: ReadOptions) -> str:
    return f"too large: {size} bytes (limit {options.max_document_bytes})"
