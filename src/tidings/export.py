"""Exports of stored data to Parquet, CSV and JSON Lines (columns: docs/EXPORTS.md).

Kinds:
  ``mentions``  one row per coded sentence (the mentions table, flattened)
  ``events``    one row per real event (deduplicated, with counts and best date/sentence)
  ``gdelt``     real events in the shape of the GDELT 2.0 events table
  ``polecat``   real events in the shape of POLECAT (PLOVER types and modes)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from tidings.query import MENTIONS, REAL_EVENTS, EventFilter, where
from tidings.store import Store

FORMATS = ("parquet", "csv", "jsonl")

MENTION_SELECT = """
    mention_id, event_id, real_event_id, doc_id, sentence_index, sentence_start, sentence_end,
    sentence, trigger, trigger_start, trigger_end, cameo, cameo_root, goldstein, quad_class,
    plover, plover_mode, source_text, source_code, source_country, source_sector, source_name,
    source_role, target_text, target_code, target_country, target_sector, target_name,
    target_role, attributed_text, attributed_code, is_symmetric AS symmetric, dyad,
    date_start, date_end, date_precision, date_text, place_name, place_country, place_lat,
    place_lon, modality, confidence, method, outlet, published"""

EVENT_SELECT = """
    real_event_id, dyad, actor_a, actor_b, NOT directed AS symmetric, cameo, family,
    plover, quad_class, goldstein, source_code, target_code, source_name, target_name,
    date_start, date_end, date_precision, place_name, place_country, place_lat, place_lon,
    n_mentions, n_sources, n_articles, outlets, sentence, best_mention_id, first_published"""

GDELT_SELECT = """
    ('0x' || left(e.real_event_id, 15))::BIGINT AS GLOBALEVENTID,
    CAST(strftime(e.date_start, '%Y%m%d') AS INTEGER) AS SQLDATE,
    CAST(strftime(e.date_start, '%Y%m') AS INTEGER) AS MonthYear,
    CAST(year(e.date_start) AS INTEGER) AS "Year",
    round(year(e.date_start) + (dayofyear(e.date_start) - 1) / 365.0, 4) AS FractionDate,
    e.source_code AS Actor1Code,
    coalesce(e.source_name, m.source_text) AS Actor1Name,
    m.source_country AS Actor1CountryCode,
    m.source_sector AS Actor1Type1Code,
    e.target_code AS Actor2Code,
    coalesce(e.target_name, m.target_text) AS Actor2Name,
    m.target_country AS Actor2CountryCode,
    m.target_sector AS Actor2Type1Code,
    CAST(m.sentence_index < 3 AS INTEGER) AS IsRootEvent,
    e.cameo AS EventCode,
    left(e.cameo, 3) AS EventBaseCode,
    left(e.cameo, 2) AS EventRootCode,
    e.quad_class AS QuadClass,
    e.goldstein AS GoldsteinScale,
    e.n_mentions AS NumMentions,
    e.n_sources AS NumSources,
    e.n_articles AS NumArticles,
    e.place_name AS ActionGeo_FullName,
    e.place_country AS ActionGeo_CountryCode,
    e.place_lat AS ActionGeo_Lat,
    e.place_lon AS ActionGeo_Long,
    CAST(strftime(e.updated_at, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
    a.url AS SOURCEURL"""

POLECAT_SELECT = """
    e.real_event_id AS event_id,
    e.date_start AS event_date,
    e.date_precision AS date_precision,
    e.plover AS event_type,
    m.plover_mode AS event_mode,
    e.quad_class AS quad_code,
    e.cameo AS cameo_code,
    e.goldstein AS goldstein,
    coalesce(e.source_name, m.source_text) AS actor_name,
    m.source_country AS actor_country,
    m.source_sector AS primary_agent,
    coalesce(e.target_name, m.target_text) AS recipient_name,
    m.target_country AS recipient_country,
    m.target_sector AS recipient_agent,
    e.place_name AS placename,
    e.place_country AS country,
    e.place_lat AS latitude,
    e.place_lon AS longitude,
    e.outlets AS source,
    a.published AS publication_date,
    a.title AS headline,
    a.url AS url,
    e.sentence AS event_text,
    e.n_mentions AS num_mentions,
    e.n_sources AS num_sources,
    e.n_articles AS num_articles"""

BEST_JOIN = """
    FROM real_events e
    LEFT JOIN mentions m ON m.mention_id = e.best_mention_id
    LEFT JOIN articles a ON a.doc_id = m.doc_id"""


def export_query(kind: str, flt: EventFilter) -> tuple[str, list[Any]]:
    """The SELECT (and bound values) producing one export kind."""
    if kind == "mentions":
        condition, values = where(flt, MENTIONS)
        order = "ORDER BY sort_date, doc_id, ordinal"
        return f"SELECT {MENTION_SELECT} FROM mentions WHERE {condition} {order}", values
    if kind == "events":
        condition, values = where(flt, REAL_EVENTS)
        order = "ORDER BY sort_date, real_event_id"
        return f"SELECT {EVENT_SELECT} FROM real_events WHERE {condition} {order}", values
    shapes = {"gdelt": GDELT_SELECT, "polecat": POLECAT_SELECT}
    if kind not in shapes:
        raise ValueError(f"export kind must be mentions, events, gdelt or polecat, not {kind!r}")
    condition, values = where(flt, REAL_EVENTS, alias="e")
    sql = (
        f"SELECT {shapes[kind]} {BEST_JOIN} WHERE {condition} ORDER BY e.sort_date, e.real_event_id"
    )
    return sql, values


def table(store: Store, kind: str, flt: EventFilter | None = None) -> pa.Table:
    sql, values = export_query(kind, flt or EventFilter())
    return store.con.sql(sql, params=values).to_arrow_table()


def export(store: Store, kind: str, fmt: str, path: Path, flt: EventFilter | None = None) -> int:
    """Write one export kind in one format to ``path``; return the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    data = table(store, kind, flt)
    path = Path(path)
    if fmt == "parquet":
        pq.write_table(data, path)
    elif fmt == "csv":
        pacsv.write_csv(data, path)
    else:
        write_jsonl(data, path)
    return data.num_rows


def write_jsonl(data: pa.Table, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in _records(data):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _records(data: pa.Table) -> Iterator[dict[str, Any]]:
    for batch in data.to_batches():
        for row in batch.to_pylist():
            yield {key: _plain(value) for key, value in row.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
