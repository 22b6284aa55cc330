"""One query module shared by the CLI, the HTTP API and the web page: it owns the SQL that
reads events.

Functions take a ``Store`` (or one of its DuckDB connections: the HTTP API reads through a
cursor per request) and return plain values (dicts, lists, dates); all SQL values are bound
parameters. Listings page with a keyset cursor, so deep pages cost the same as the first one:
the Python API pages newest first (``Page.next``, passed back as ``after``), the HTTP API
oldest first (``Slice``, with its own cursor format).

Text searches are case-insensitive substring tests. When the store has the words index
(``tidings.store.words``) and the searched words are rare enough, ``_plan`` first narrows the
rows to the mentions whose sentences hold those words, then tests the substring on those only;
otherwise it scans. Either way the rows found are the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from tidings.store import Store
from tidings.store.rows import dyad_of
from tidings.store.words import WORD_CHARACTER, words_of
from tidings.trend import TrendRow, format_trend, trend, trend_chart

MAX_LIMIT = 1000
MAX_WORD_FORMS = 64  # stored words one searched word may stand for, before the index stops paying
MAX_CANDIDATES = 400  # postings beyond which scanning every sentence is as quick as the index

ASCII_WORD = re.compile(r"[a-z0-9]+")  # WORD_CHARACTER restricted to lower-case ASCII
ASCII_WORD_AT_END = re.compile(r"[a-z0-9]$")

Source = Store | duckdb.DuckDBPyConnection
Keyset = tuple[date, str]  # (sort_date, key) of the last row of a page


@dataclass(frozen=True)
class EventFilter:
    """What to select. Every field is optional; set fields are combined with AND. Text fields
    are literal, case-insensitive substrings (``%`` and ``_`` are plain characters)."""

    dyad: str | None = None  # "JPN-PRK" (either direction)
    actor: str | None = None  # actor code or its prefix, either side: "PRK", "PRKGOV"
    actor_or_name: str | None = None  # as ``actor``, or part of either side's name ("Song")
    country: str | None = None  # either side's country
    cameo_root: str | None = None  # "04"
    plover: str | None = None  # "CONSULT"
    quad_class: int | None = None  # 1..4
    since: date | None = None
    until: date | None = None
    place: str | None = None  # place name (substring) or its country code
    text: str | None = None  # words in the sentence (of a real event: its best sentence)
    mention_text: str | None = None  # words in a sentence reporting it (any of a real event's)


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    next: str | None = None  # cursor for the following page, None on the last page


@dataclass(frozen=True)
class Slice:
    """Rows of one page, and whether more rows follow (the caller makes its own cursor)."""

    rows: list[dict[str, Any]]
    more: bool


@dataclass(frozen=True)
class Columns:
    """Where a table keeps what the filter looks at."""

    table: str
    key: str
    source: str
    target: str
    source_country: str
    target_country: str
    cameo: str
    cameo_root: str | None  # the column, if the table has one (else derived from cameo)


MENTIONS = Columns(
    "mentions", "mention_id", "source_code", "target_code", "source_country",
    "target_country", "cameo", "cameo_root",
)  # fmt: skip
REAL_EVENTS = Columns(
    "real_events", "real_event_id", "source_code", "target_code", "actor_a", "actor_b",
    "cameo", None,
)  # fmt: skip

REAL_EVENT_SELECT = """real_event_id, family, sort_date, date_start, date_end, date_precision, dyad,
    cameo, plover, quad_class, goldstein, source_code, target_code, source_name, target_name,
    place_name, place_country, place_lat, place_lon, sentence, outlets, n_mentions, n_sources,
    n_articles, best_mention_id, first_published"""

# The flat rows of the HTTP API's listings and exports (their columns are its file format).
REAL_EVENT_FLAT = (
    "real_event_id, date_start, date_end, date_precision, cameo, plover, quad_class, goldstein, "
    "source_code, target_code, source_name, target_name, NOT directed AS symmetric, dyad, "
    "place_name, place_country, place_lat, place_lon, sentence, outlets, "
    "n_mentions, n_sources, n_articles, sort_date"
)
ACTOR_FIELDS = ("text", "code", "country", "sector", "name", "role")
MENTION_FLAT = (
    "mention_id, event_id, real_event_id, doc_id, sentence, sentence_index, trigger, cameo, "
    "cameo_root, plover, plover_mode, quad_class, goldstein, "
    + ", ".join(f"{p}_{f}" for p in ("source", "target") for f in ACTOR_FIELDS)
    + ", is_symmetric AS symmetric, dyad, date_start, date_end, date_precision, date_text, "
    "place_name, place_country, place_lat, place_lon, modality, confidence, outlet, published, "
    "sort_date"
)
TREND_UNITS = ("day", "week", "month", "year")


def parse_dyad(dyad: str) -> str:
    """'PRK-JPN', 'jpn_prk', 'JPN PRK' -> 'JPN-PRK' (the stored symmetric key)."""
    parts = [p for p in dyad.upper().replace("_", "-").replace(" ", "-").split("-") if p]
    if len(parts) != 2:
        raise ValueError(f"a dyad is two country codes like JPN-PRK, not {dyad!r}")
    return dyad_of(parts[0][:3], parts[1][:3]) or ""


def _con(source: Source) -> duckdb.DuckDBPyConnection:
    return source.con if isinstance(source, Store) else source


def _contains(column: str) -> str:
    """Case-insensitive, literal substring test with one parameter (the same rows as
    ``column ILIKE '%text%'`` with the wildcards escaped, without the slower escape path)."""
    return f"contains(lower({column}), lower(?))"


def where(flt: EventFilter, cols: Columns, alias: str = "") -> tuple[str, list[Any]]:
    """SQL condition and bound values for ``flt`` on the table described by ``cols``
    (its columns qualified by ``alias`` when the table is joined). Text is tested by scanning;
    the query functions narrow it with the words index first (``_plan``)."""
    clauses: list[str] = ["TRUE"]
    values: list[Any] = []

    def c(name: str) -> str:
        return f"{alias}.{name}" if alias else name

    def add(sql: str, *bound: Any) -> None:
        clauses.append(sql)
        values.extend(bound)

    codes = f"starts_with({c(cols.source)}, ?) OR starts_with({c(cols.target)}, ?)"
    if flt.dyad:
        add(f"{c('dyad')} = ?", parse_dyad(flt.dyad))
    if flt.actor:
        code = flt.actor.upper()
        add(f"({codes})", code, code)
    if flt.actor_or_name:
        code, name = flt.actor_or_name.upper(), flt.actor_or_name
        names = f"{_contains(c('source_name'))} OR {_contains(c('target_name'))}"
        add(f"({codes} OR {names})", code, code, name, name)
    if flt.country:
        country = flt.country.upper()
        sides = f"({c(cols.source_country)} = ? OR {c(cols.target_country)} = ?)"
        add(sides, country, country)
    if flt.cameo_root:
        root = c(cols.cameo_root) if cols.cameo_root else f"left({c(cols.cameo)}, 2)"
        add(f"{root} = ?", flt.cameo_root.zfill(2))
    if flt.plover:
        add(f"{c('plover')} = ?", flt.plover.upper())
    if flt.quad_class:
        add(f"{c('quad_class')} = ?", int(flt.quad_class))
    if flt.since:
        add(f"coalesce({c('date_end')}, {c('sort_date')}) >= ?", flt.since)
    if flt.until:
        add(f"{c('sort_date')} <= ?", flt.until)
    if flt.place:
        add(f"({_contains(c('place_name'))} OR {c('place_country')} = ?)",
            flt.place, flt.place.upper())  # fmt: skip
    if flt.text:
        add(_contains(c("sentence")), flt.text)
    if flt.mention_text:
        if cols is MENTIONS:
            add(_contains(c("sentence")), flt.mention_text)
        else:
            reported = f"SELECT real_event_id FROM mentions WHERE {_contains('sentence')}"
            add(f"{c(cols.key)} IN ({reported})", flt.mention_text)
    return " AND ".join(clauses), values


@dataclass(frozen=True)
class Plan:
    """Rows to read (the table, or a narrowed part of it) and the condition on them."""

    rows: str  # a table name, or a CTE name defined by ``prefix``
    prefix: str  # "WITH ... " or ""
    prefix_values: list[Any]
    condition: str
    values: list[Any]

    def select(self, columns: str, tail: str = "") -> str:
        return f"{self.prefix}SELECT {columns} FROM {self.rows} WHERE {self.condition} {tail}"

    def bound(self, *more: Any) -> list[Any]:
        return [*self.prefix_values, *self.values, *more]


def _plan(con: duckdb.DuckDBPyConnection, flt: EventFilter, cols: Columns) -> Plan:
    """The scan of ``cols.table`` under ``flt``, narrowed by the words index when it can be.

    Narrowed, the rows are those of a few keys, read by primary key in a materialised CTE (so
    DuckDB keeps the index lookups instead of pushing the filters into a full scan), and the
    whole condition still applies to them; except a real event's ``mention_text``, which the
    narrowing answers exactly (its scan form reads every mention).
    """
    searched = flt.mention_text or flt.text
    keys = _text_keys(con, searched, cols) if searched else None
    if keys is None:
        return Plan(cols.table, "", [], *where(flt, cols))
    if not keys:
        return Plan(cols.table, "", [], "FALSE", [])
    if cols is REAL_EVENTS:
        flt = replace(flt, mention_text=None)
    marks = ", ".join("?" * len(keys))
    prefix = (
        f"WITH narrowed AS MATERIALIZED (SELECT * FROM {cols.table} WHERE {cols.key} IN ({marks})) "
    )
    return Plan("narrowed", prefix, list(keys), *where(flt, cols))


def _text_keys(con: duckdb.DuckDBPyConnection, text: str, cols: Columns) -> list[str] | None:
    """Keys of ``cols.table`` that may match ``text``, or None when the words index cannot
    narrow the search (missing, or the words too common). Mentions: those holding the words
    (the condition then tests the substring); real events: those with a mention containing
    ``text`` (exact)."""
    mention_ids = _candidates(con, text)
    if cols is MENTIONS or not mention_ids:
        return mention_ids
    marks = ", ".join("?" * len(mention_ids))
    rows = con.execute(
        f"""WITH candidate AS MATERIALIZED (SELECT real_event_id, sentence
                FROM mentions WHERE mention_id IN ({marks}))
            SELECT DISTINCT real_event_id FROM candidate
            WHERE {_contains("sentence")} AND real_event_id IS NOT NULL""",
        [*mention_ids, text],
    ).fetchall()
    return [row[0] for row in rows]


def _candidates(con: duckdb.DuckDBPyConnection, text: str) -> list[str] | None:
    """Mentions whose sentences hold words that every sentence containing ``text`` holds: a
    superset of the matches, or None when no searched word is rare enough to narrow by."""
    if not _has_words_index(con):
        return None
    for word, how in sorted(_searched_words(con, text), key=_narrowest_first):
        forms = _word_forms(con, word, how)
        if forms is None:
            continue
        if not forms:
            return []
        marks = ", ".join("?" * len(forms))
        postings = con.execute(
            f"SELECT mention_id FROM mention_words WHERE word IN ({marks}) LIMIT ?",
            [*forms, MAX_CANDIDATES + 1],
        ).fetchall()
        if len(postings) <= MAX_CANDIDATES:
            return sorted({row[0] for row in postings})
    return None


def _has_words_index(con: duckdb.DuckDBPyConnection) -> bool:
    """A store opened read-only before its migration to the index has no words tables."""
    query = "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'mention_words'"
    return bool(con.execute(query).fetchall()[0][0])


# How a searched word must appear among a matching sentence's words. A searched text lies
# inside a sentence: its inner words are whole words there, its first word ends one (or is
# one, when a space or sign precedes it), its last word starts one, a lone word is inside one.
WORD_TESTS = {
    "whole": "word = ?",
    "start": "starts_with(word, ?)",
    "end": "ends_with(word, ?)",
    "inside": "contains(word, ?)",
}


def _searched_words(con: duckdb.DuckDBPyConnection, text: str) -> list[tuple[str, str]]:
    """The words of ``text`` (cut as the index was) and how each must appear."""
    if text.isascii():  # ASCII letters and digits: Python agrees with DuckDB's lower and \pL\pN
        lowered = text.lower()
        found = ASCII_WORD.findall(lowered)
        opens, closes = bool(ASCII_WORD.match(lowered)), bool(ASCII_WORD_AT_END.search(lowered))
    else:  # other scripts: DuckDB cuts them itself (slower: it compiles Unicode classes)
        found, opens, closes = con.execute(
            f"SELECT {words_of('?')}, regexp_matches(lower(?), '^{WORD_CHARACTER}'), "
            f"regexp_matches(lower(?), '{WORD_CHARACTER}$')",
            [text, text, text],
        ).fetchall()[0]
    out = []
    for number, word in enumerate(found):
        bounded_before = number > 0 or not opens
        bounded_after = number < len(found) - 1 or not closes
        how = {(True, True): "whole", (True, False): "start", (False, True): "end"}.get(
            (bounded_before, bounded_after), "inside"
        )
        out.append((word, how))
    return out


def _narrowest_first(item: tuple[str, str]) -> tuple[int, int]:
    word, how = item
    return (list(WORD_TESTS).index(how), -len(word))


def _word_forms(con: duckdb.DuckDBPyConnection, word: str, how: str) -> list[str] | None:
    """Stored words a searched word may be (None when too many to look up one by one)."""
    rows = con.execute(
        f"SELECT word FROM words WHERE {WORD_TESTS[how]} LIMIT ?", [word, MAX_WORD_FORMS + 1]
    ).fetchall()
    return None if len(rows) > MAX_WORD_FORMS else [row[0] for row in rows]


def _after(after: Keyset | None, key: str, oldest_first: bool) -> tuple[str, list[Any]]:
    if not after:
        return "TRUE", []
    when, ident = after
    beyond = ">" if oldest_first else "<"
    return f"(sort_date {beyond} ? OR (sort_date = ? AND {key} {beyond} ?))", [when, when, ident]


def select_page(
    source: Source,
    cols: Columns,
    flt: EventFilter,
    columns: str,
    limit: int,
    after: Keyset | None = None,
    oldest_first: bool = False,
) -> Slice:
    """One keyset page of ``columns`` of the rows matching ``flt``, ordered by date then key.

    Keys first (a narrow scan and top-N), then the wide rows by primary key.
    """
    con = _con(source)
    limit = max(1, min(int(limit), MAX_LIMIT))
    plan = _plan(con, flt, cols)
    keyset, more = _after(after, cols.key, oldest_first)
    order = "" if oldest_first else " DESC"
    tail = f"AND {keyset} ORDER BY sort_date{order}, {cols.key}{order} LIMIT ?"
    found = con.execute(plan.select(cols.key, tail), plan.bound(*more, limit + 1)).fetchall()
    keys = [row[0] for row in found]
    rows = _rows_by_key(con, cols, columns, keys)
    return Slice(rows=rows[:limit], more=len(rows) > limit)


def _rows_by_key(
    con: duckdb.DuckDBPyConnection, cols: Columns, columns: str, keys: list[str]
) -> list[dict[str, Any]]:
    if not keys:
        return []
    marks = ", ".join("?" * len(keys))
    cursor = con.execute(
        f"SELECT {columns}, {cols.key} AS _key FROM {cols.table} WHERE {cols.key} IN ({marks})",
        keys,
    )
    by_key = {row.pop("_key"): row for row in _dicts(cursor)}
    return [by_key[key] for key in keys]


def _cursor(row: dict[str, Any], key: str) -> str:
    return f"{row['sort_date'].isoformat()}|{row[key]}"


def _parse_cursor(after: str | None) -> Keyset | None:
    if not after:
        return None
    day, _, ident = after.partition("|")
    try:
        return date.fromisoformat(day), ident
    except ValueError as error:
        raise ValueError(f"bad page cursor {after!r}") from error


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _newest_page(
    store: Source, cols: Columns, select: str, flt: EventFilter, limit: int, after: str | None
) -> Page:
    found = select_page(store, cols, flt, select, limit, _parse_cursor(after))
    following = _cursor(found.rows[-1], cols.key) if found.more else None
    return Page(rows=found.rows, next=following)


def mentions(
    store: Source, flt: EventFilter | None = None, limit: int = 100, after: str | None = None
) -> Page:
    """Event mentions (one coded sentence each), newest first, as ``tidings code`` records."""
    page = _newest_page(store, MENTIONS, "*", flt or EventFilter(), limit, after)
    return Page(rows=[mention_record(row) for row in page.rows], next=page.next)


def real_events(
    store: Source, flt: EventFilter | None = None, limit: int = 100, after: str | None = None
) -> Page:
    """Real events (deduplicated), newest first."""
    page = _newest_page(store, REAL_EVENTS, REAL_EVENT_SELECT, flt or EventFilter(), limit, after)
    return Page(rows=[_event_record(row) for row in page.rows], next=page.next)


def _event_record(row: dict[str, Any]) -> dict[str, Any]:
    record = dict(row)
    record["outlets"] = row["outlets"].split("; ") if row.get("outlets") else []
    return record


def real_event_row(
    source: Source, real_event_id: str, columns: str = REAL_EVENT_SELECT
) -> dict[str, Any] | None:
    """One real event's ``columns``, or None when there is no such event."""
    cursor = _con(source).execute(
        f"SELECT {columns} FROM real_events WHERE real_event_id = ?", [real_event_id]
    )
    rows = _dicts(cursor)
    return rows[0] if rows else None


MENTION_ORDERS = {
    "date": "m.sort_date, m.doc_id, m.ordinal",
    "published": "m.published NULLS LAST, m.doc_id, m.ordinal",
}


def event_mention_rows(
    source: Source, real_event_id: str, order: str = "date"
) -> list[dict[str, Any]]:
    """All stored columns of a real event's mentions (``is_symmetric`` also as ``symmetric``,
    its name in the flat rows), with their article's url and title, in event-date order (the
    Python API) or publication order (the HTTP API's event page)."""
    cursor = _con(source).execute(
        f"""SELECT m.*, m.is_symmetric AS symmetric, a.url, a.title
            FROM mentions m JOIN articles a USING (doc_id)
            WHERE real_event_id = ? ORDER BY {MENTION_ORDERS[order]}""",
        [real_event_id],
    )
    return _dicts(cursor)


def real_event(store: Source, real_event_id: str) -> dict[str, Any] | None:
    """One real event with all its mentions, their sentences, outlets and highlight spans."""
    row = real_event_row(store, real_event_id)
    if row is None:
        return None
    event = _event_record(row)
    event["mentions"] = [mention_record(m) for m in event_mention_rows(store, real_event_id)]
    return event


def timeline(
    store: Source, flt: EventFilter | str | None = None, limit: int = MAX_LIMIT
) -> list[dict[str, Any]]:
    """Real events in date order (oldest first) for a filter or a dyad string."""
    if isinstance(flt, str):
        flt = EventFilter(dyad=flt)
    con = _con(store)
    plan = _plan(con, flt or EventFilter(), REAL_EVENTS)
    cursor = con.execute(
        plan.select(REAL_EVENT_SELECT, "ORDER BY sort_date, date_end, real_event_id LIMIT ?"),
        plan.bound(int(limit)),
    )
    return [_event_record(row) for row in _dicts(cursor)]


def actors(
    store: Store, country: str | None = None, name: str | None = None
) -> list[dict[str, Any]]:
    """Persons in the actor registry (name, aliases, country, role, first/last seen)."""
    return [vars(person) for person in store.registry.persons(country=country, name=name)]


def actor_entries(source: Source, text: str | None, limit: int) -> list[dict[str, Any]]:
    """Registry entries (persons and organisations), most mentioned first, whose name holds
    ``text`` or whose code starts with it."""
    sql = "SELECT code, name, country, sector, role, n_mentions, first_seen, last_seen FROM actors"
    values: list[Any] = []
    if text:
        sql += f" WHERE {_contains('name')} OR starts_with(code, ?)"
        values += [text, text.upper()]
    sql += " ORDER BY n_mentions DESC, name LIMIT ?"
    return _dicts(_con(source).execute(sql, [*values, int(limit)]))


def date_span(source: Source, flt: EventFilter) -> tuple[date | None, date | None]:
    """First and last start date of the real events matching ``flt``."""
    con = _con(source)
    plan = _plan(con, flt, REAL_EVENTS)
    cursor = con.execute(plan.select("min(date_start), max(date_start)"), plan.bound())
    first, last = cursor.fetchall()[0]
    return first, last


def period_counts(source: Source, flt: EventFilter, unit: str) -> list[dict[str, Any]]:
    """Dated real events matching ``flt`` per ``unit`` (day, week, month, year): the period's
    first day, the count, the count per quad class (q1..q4) and the summed Goldstein weight."""
    if unit not in TREND_UNITS:
        raise ValueError(f"unit must be one of {', '.join(TREND_UNITS)}, not {unit!r}")
    con = _con(source)
    plan = _plan(con, flt, REAL_EVENTS)
    counts = (
        f"date_trunc('{unit}', sort_date) AS period, count(*) AS events, "
        "count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2, "
        "count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4, "
        "coalesce(sum(goldstein), 0) AS goldstein"
    )
    tail = "AND date_start IS NOT NULL GROUP BY period ORDER BY period"
    return _dicts(con.execute(plan.select(counts, tail), plan.bound()))


def flat_reader(
    source: Source, cols: Columns, flt: EventFilter, columns: str, batch_rows: int
) -> pa.RecordBatchReader:
    """Every row matching ``flt`` (oldest first) as Arrow batches, for exports."""
    con = _con(source)
    plan = _plan(con, flt, cols)
    query = plan.select(columns, f"ORDER BY sort_date, {cols.key}")
    return con.sql(query, params=plan.bound()).to_arrow_reader(batch_rows)


def _actor_record(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_text") is None and row.get(f"{prefix}_code") is None:
        return None
    return {key: row.get(f"{prefix}_{key}") for key in ACTOR_FIELDS}


def _date_record(row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get("date_start") is None:
        return None
    return {
        "start": row["date_start"].isoformat(),
        "end": row["date_end"].isoformat(),
        "precision": row["date_precision"],
        "text": row["date_text"],
    }


def _place_record(row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get("place_name") is None:
        return None
    return {
        "name": row["place_name"],
        "country": row["place_country"],
        "lat": row["place_lat"],
        "lon": row["place_lon"],
    }


def mention_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored mention in the shape of ``Mention.to_record()``, plus real_event_id and
    ``highlights``: spans (relative to the sentence) of the actors, trigger and date words."""
    published = row.get("published")
    return {
        "event_id": row["event_id"],
        "mention_id": row["mention_id"],
        "real_event_id": row["real_event_id"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "sentence_index": row["sentence_index"],
        "span": [row["sentence_start"], row["sentence_end"]],
        "trigger": {"text": row["trigger"], "span": [row["trigger_start"], row["trigger_end"]]},
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "plover": row["plover"],
        "plover_mode": row["plover_mode"],
        "source": _actor_record(row, "source"),
        "target": _actor_record(row, "target"),
        "symmetric": row["is_symmetric"],
        "date": _date_record(row),
        "location": _place_record(row),
        "modality": row["modality"],
        "confidence": row["confidence"],
        "method": row["method"],
        "attributed_to": _actor_record(row, "attributed"),
        "outlet": row["outlet"],
        "published": published.isoformat() if published else None,
        "url": row.get("url"),
        "title": row.get("title"),
        "highlights": highlights(row),
    }


def highlights(row: dict[str, Any]) -> list[dict[str, Any]]:
    """Spans inside the sentence to highlight: source, target, trigger, date words."""
    base = row["sentence_start"]
    sentence = row["sentence"]
    spans = []
    for kind in ("source", "target"):
        start, end = row.get(f"{kind}_start"), row.get(f"{kind}_end")
        if start is not None and end is not None:
            spans.append({"kind": kind, "start": start - base, "end": end - base})
    spans.append(
        {"kind": "trigger", "start": row["trigger_start"] - base, "end": row["trigger_end"] - base}
    )
    words = row.get("date_text")
    at = sentence.find(words) if words else -1
    if at >= 0:
        spans.append({"kind": "date", "start": at, "end": at + len(words)})
    return sorted(
        (s for s in spans if 0 <= s["start"] < s["end"] <= len(sentence)),
        key=lambda s: (s["start"], s["end"]),
    )


def format_date(row: dict[str, Any]) -> str:
    start, end, precision = row.get("date_start"), row.get("date_end"), row.get("date_precision")
    if start is None:
        return "undated"
    if precision == "year":
        return f"{start:%Y}"
    if precision == "month":
        return f"{start:%Y-%m}"
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.isoformat()}/{end:%d}"
    return f"{start.isoformat()}/{end.isoformat()}"


def format_timeline(rows: list[dict[str, Any]]) -> str:
    """A readable chronology: date, type, dyad, mentions and outlets, then the best sentence."""
    if not rows:
        return "(no events)"
    lines = []
    for row in rows:
        outlets = ", ".join(row["outlets"]) or "unknown outlet"
        who = " -> ".join(c for c in (row["source_code"], row["target_code"]) if c) or "?"
        kind = row["plover"] or "?"
        if ":" in (row.get("family") or ""):
            kind += f" [{row['family'].split(':', 1)[1]}]"
        count = row["n_mentions"]
        lines.append(
            f"{format_date(row):<21} {kind:<10} {who:<16} "
            f"{count} mention{'s' if count != 1 else ''}, {row['n_sources']} source"
            f"{'s' if row['n_sources'] != 1 else ''} ({outlets})"
        )
        lines.append(f"{'':<22}{_shorten(row['sentence'])}")
    return "\n".join(lines)


def _shorten(text: str | None, width: int = 140) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


__all__ = [
    "EventFilter",
    "Page",
    "TrendRow",
    "actors",
    "format_timeline",
    "format_trend",
    "mention_record",
    "mentions",
    "parse_dyad",
    "real_event",
    "real_events",
    "timeline",
    "trend",
    "trend_chart",
    "where",
]
