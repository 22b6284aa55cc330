"""Readers: file types, directory walking, and every kind of bad input as a ReadProblem."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.ingest import ReadOptions, read_paths
from tidings.model import RawDocument, ReadProblem

DATA = Path(__file__).parent / "data" / "ingest"


def _read(*paths: Path, options: ReadOptions | None = None) -> list[RawDocument | ReadProblem]:
    return list(read_paths(paths, options))


def _problem(path: Path) -> ReadProblem:
    [item] = _read(path)
    assert isinstance(item, ReadProblem), item
    assert item.origin == str(path)
    return item


def test_txt_takes_its_id_from_the_file_name():
    [doc] = _read(DATA / "good.txt")
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "good"
    assert doc.origin == str(DATA / "good.txt")
    assert "lakeside hotel" in (doc.text or "")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "invalid UTF-8 at byte 3"),
        ("notes.md", "unsupported file type .md"),
        ("missing.txt", "no such file"),
    ],
)
def test_bad_files_are_reported_with_a_reason(name, reason):
    assert reason in _problem(DATA / name).reason


def test_invalid_utf8_can_be_decoded_with_a_named_fallback(caplog):
    [doc] = _read(DATA / "latin1.txt", options=ReadOptions(fallback_encoding="cp1252"))
    assert isinstance(doc, RawDocument)
    assert (doc.text or "").startswith("Café talks")
    assert "invalid UTF-8" in caplog.text


def test_documents_over_the_size_cap_are_reported(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("word " * 300, encoding="utf-8")
    [problem] = _read(path, options=ReadOptions(max_document_bytes=1000))
    assert isinstance(problem, ReadProblem)
    assert "too large: 1500 bytes" in problem.reason


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHello from the summit.".encode())
    [doc] = _read(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == "Hello from the summit."


def test_directories_are_walked_recursively_in_sorted_order():
    items = _read(DATA)
    origins = [Path(item.origin.split(":")[0]).relative_to(DATA).as_posix() for item in items]
    assert origins == sorted(origins)
    assert "nested/second.txt" in origins
    assert "notes.md" not in origins, "other file types inside a directory are skipped"
    assert _read(DATA) == items, "reading twice gives the same sequence"


def test_jsonl_reads_good_lines_and_reports_bad_ones_by_line():
    path = DATA / "mixed.jsonl"
    items = _read(path)
    docs = {item.doc_id: item for item in items if isinstance(item, RawDocument)}
    problems = {item.origin: item.reason for item in items if isinstance(item, ReadProblem)}
    assert sorted(docs) == ["7", "j1", "j6"]
    assert docs["j1"].published == date(2015, 7, 14)
    assert docs["j1"].outlet == "Example Wire"
    assert docs["j1"].url == "https://example.org/j1"
    assert docs["j1"].title == "Ministers talk"
    assert docs["j1"].origin == f"{path}:1"
    assert docs["j6"].html and docs["j6"].text is None
    assert docs["j6"].published == date(2022, 3, 2)
    assert docs["7"].published is None
    assert problems[f"{path}:2"].startswith("malformed JSON")
    assert "expected a JSON object" in problems[f"{path}:3"]
    assert "no " in problems[f"{path}:4"]
    assert len(problems) == 3


def test_jsonl_over_long_lines_are_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "long.jsonl"
    long_line = '{"id": "big", "text": "' + "x" * 5000 + '"}'
    path.write_text(long_line + '\n{"id": "small", "text": "Talks ended."}\n', encoding="utf-8")
    items = _read(path, options=ReadOptions(max_document_bytes=1000))
    assert isinstance(items[0], ReadProblem) and items[0].origin == f"{path}:1"
    assert isinstance(items[1], RawDocument) and items[1].doc_id == "small"


def test_empty_jsonl_is_reported(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert "empty" in _problem(path).reason


def test_html_file_keeps_its_markup_for_the_cleaner():
    [doc] = _read(DATA / "page.html")
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "page" and doc.html and doc.text is None


def test_html_declared_charset_is_honoured(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes(
        b'<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9</p></body></html>'
    )
    [doc] = _read(path)
    assert isinstance(doc, RawDocument)
    assert "Café" in (doc.html or "")
