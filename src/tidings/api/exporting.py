"""Exports of a filtered set of events to CSV, Parquet or JSON Lines, written to a temp file."""

from __future__ import annotations

import json
import os
import tempfile
from enum import StrEnum
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from tidings import query
from tidings.query import EventFilter

BATCH_ROWS = 50_000


class ExportFormat(StrEnum):
    CSV = "csv"
    PARQUET = "parquet"
    JSONL = "jsonl"


class ExportKind(StrEnum):
    REAL_EVENTS = "real-events"
    EVENTS = "events"


MEDIA_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.PARQUET: "application/vnd.apache.parquet",
    ExportFormat.JSONL: "application/x-ndjson",
}


def _reader(
    con: duckdb.DuckDBPyConnection, kind: ExportKind, f: EventFilter
) -> pa.RecordBatchReader:
    if kind is ExportKind.REAL_EVENTS:
        return query.flat_reader(con, query.REAL_EVENTS, f, query.REAL_EVENT_FLAT, BATCH_ROWS)
    return query.flat_reader(con, query.MENTIONS, f, query.MENTION_FLAT, BATCH_ROWS)


def _write_jsonl(reader: pa.RecordBatchReader, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for batch in reader:
            for row in batch.to_pylist():
                out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _write_csv(reader: pa.RecordBatchReader, path: Path) -> None:
    with pacsv.CSVWriter(str(path), reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)


def _write_parquet(reader: pa.RecordBatchReader, path: Path) -> None:
    with pq.ParquetWriter(str(path), reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)


WRITERS = {
    ExportFormat.CSV: _write_csv,
    ExportFormat.PARQUET: _write_parquet,
    ExportFormat.JSONL: _write_jsonl,
}


def export_file(
    con: duckdb.DuckDBPyConnection, kind: ExportKind, fmt: ExportFormat, f: EventFilter
) -> Path:
    """Write the filtered rows to a new temporary file; the caller deletes it."""
    handle, name = tempfile.mkstemp(prefix="tidings-export-", suffix=f".{fmt.value}")
    os.close(handle)
    path = Path(name)
    try:
        WRITERS[fmt](_reader(con, kind, f), path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path
