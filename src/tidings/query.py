"""One query module shared by the CLI, the HTTP API and the web page.

Every function takes a ``Store`` and returns plain, JSON-ready values (dicts, lists, dates);
all SQL values are bound parameters. Listing functions page with a keyset cursor
(``Page.next``: pass it back as ``after``), newest first, so deep pages cost the same as
the first one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tidings.store import Store
from tidings.store.rows import dyad_of
from tidings.trend import TrendRow, format_trend, trend, trend_chart

MAX_LIMIT = 1000


@dataclass(frozen=True)
class EventFilter:
    """What to select. Every field is optional; set fields are combined with AND."""

    dyad: str | None = None  # "JPN-PRK" (either direction)
    actor: str | None = None  # actor code or its prefix, either side: "PRK", "PRKGOV"
    country: str | None = None  # either side's country
    cameo_root: str | None = None  # "04"
    plover: str | None = None  # "CONSULT"
    quad_class: int | None = None  # 1..4
    since: date | None = None
    until: date | None = None
    place: str | None = None  # place name (substring) or its country code
    text: str | None = None  # words in the sentence


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    next: str | None = None  # cursor for the following page, None on the last page


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


MENTIONS = Columns(
    "mentions", "mention_id", "source_code", "target_code", "source_country",
    "target_country", "cameo",
)  # fmt: skip
REAL_EVENTS = Columns(
    "real_events", "real_event_id", "source_code", "target_code", "actor_a", "actor_b",
    "cameo",
)  # fmt: skip


def parse_dyad(dyad: str) -> str:
    """'PRK-JPN', 'jpn_prk', 'JPN PRK' -> 'JPN-PRK' (the stored symmetric key)."""
    parts = [p for p in dyad.upper().replace("_", "-").replace(" ", "-").split("-") if p]
    if len(parts) != 2:
        raise ValueError(f"a dyad is two country codes like JPN-PRK, not {dyad!r}")
    return dyad_of(parts[0][:3], parts[1][:3]) or ""


def where(flt: EventFilter, cols: Columns, alias: str = "") -> tuple[str, list[Any]]:
    """SQL condition and bound values for ``flt`` on the table described by ``cols``
    (its columns qualified by ``alias`` when the table is joined)."""
    clauses: list[str] = ["TRUE"]
    values: list[Any] = []

    def c(name: str) -> str:
        return f"{alias}.{name}" if alias else name

    def add(sql: str, *bound: Any) -> None:
        clauses.append(sql)
        values.extend(bound)

    if flt.dyad:
        add(f"{c('dyad')} = ?", parse_dyad(flt.dyad))
    if flt.actor:
        prefix = flt.actor.upper() + "%"
        add(f"({c(cols.source)} LIKE ? OR {c(cols.target)} LIKE ?)", prefix, prefix)
    if flt.country:
        country = flt.country.upper()
        sides = f"({c(cols.source_country)} = ? OR {c(cols.target_country)} = ?)"
        add(sides, country, country)
    if flt.cameo_root:
        add(f"left({c(cols.cameo)}, 2) = ?", flt.cameo_root.zfill(2))
    if flt.plover:
        add(f"{c('plover')} = ?", flt.plover.upper())
    if flt.quad_class:
        add(f"{c('quad_class')} = ?", int(flt.quad_class))
    if flt.since:
        add(f"coalesce({c('date_end')}, {c('sort_date')}) >= ?", flt.since)
    if flt.until:
        add(f"{c('sort_date')} <= ?", flt.until)
    if flt.place:
        place = f"({c('place_name')} ILIKE ? OR {c('place_country')} = ?)"
        add(place, f"%{flt.place}%", flt.place.upper())
    if flt.text:
        add(f"{c('sentence')} ILIKE ?", f"%{flt.text}%")
    return " AND ".join(clauses), values


def _cursor(row: dict[str, Any], key: str) -> str:
    return f"{row['sort_date'].isoformat()}|{row[key]}"


def _after(after: str | None, key: str) -> tuple[str, list[Any]]:
    if not after:
        return "TRUE", []
    day, _, ident = after.partition("|")
    try:
        when = date.fromisoformat(day)
    except ValueError as error:
        raise ValueError(f"bad page cursor {after!r}") from error
    return f"(sort_date < ? OR (sort_date = ? AND {key} < ?))", [when, when, ident]


def _page(
    store: Store, cols: Columns, select: str, flt: EventFilter, limit: int, after: str | None
) -> Page:
    limit = max(1, min(int(limit), MAX_LIMIT))
    condition, values = where(flt, cols)
    keyset, more = _after(after, cols.key)
    cursor = store.con.execute(
        f"""SELECT {select} FROM {cols.table} WHERE {condition} AND {keyset}
            ORDER BY sort_date DESC, {cols.key} DESC LIMIT ?""",
        [*values, *more, limit + 1],
    )
    rows = _dicts(cursor)
    following = _cursor(rows[limit - 1], cols.key) if len(rows) > limit else None
    return Page(rows=rows[:limit], next=following)


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def mentions(
    store: Store, flt: EventFilter | None = None, limit: int = 100, after: str | None = None
) -> Page:
    """Event mentions (one coded sentence each), newest first, as ``tidings code`` records."""
    page = _page(store, MENTIONS, "*", flt or EventFilter(), limit, after)
    return Page(rows=[mention_record(row) for row in page.rows], next=page.next)


REAL_EVENT_SELECT = """real_event_id, family, sort_date, date_start, date_end, date_precision, dyad,
    cameo, plover, quad_class, goldstein, source_code, target_code, source_name, target_name,
    place_name, place_country, place_lat, place_lon, sentence, outlets, n_mentions, n_sources,
    n_articles, best_mention_id, first_published"""


def real_events(
    store: Store, flt: EventFilter | None = None, limit: int = 100, after: str | None = None
) -> Page:
    """Real events (deduplicated), newest first."""
    page = _page(store, REAL_EVENTS, REAL_EVENT_SELECT, flt or EventFilter(), limit, after)
    return Page(rows=[_event_record(row) for row in page.rows], next=page.next)


def _event_record(row: dict[str, Any]) -> dict[str, Any]:
    record = dict(row)
    record["outlets"] = row["outlets"].split("; ") if row.get("outlets") else []
    return record


def real_event(store: Store, real_event_id: str) -> dict[str, Any] | None:
    """One real event with all its mentions, their sentences, outlets and highlight spans."""
    cursor = store.con.execute(
        f"SELECT {REAL_EVENT_SELECT} FROM real_events WHERE real_event_id = ?", [real_event_id]
    )
    rows = _dicts(cursor)
    if not rows:
        return None
    cursor = store.con.execute(
        """SELECT m.*, a.url, a.title FROM mentions m JOIN articles a USING (doc_id)
           WHERE real_event_id = ? ORDER BY m.sort_date, m.doc_id, m.ordinal""",
        [real_event_id],
    )
    event = _event_record(rows[0])
    event["mentions"] = [mention_record(row) for row in _dicts(cursor)]
    return event


def timeline(
    store: Store, flt: EventFilter | str | None = None, limit: int = MAX_LIMIT
) -> list[dict[str, Any]]:
    """Real events in date order (oldest first) for a filter or a dyad string."""
    if isinstance(flt, str):
        flt = EventFilter(dyad=flt)
    condition, values = where(flt or EventFilter(), REAL_EVENTS)
    cursor = store.con.execute(
        f"""SELECT {REAL_EVENT_SELECT} FROM real_events WHERE {condition}
            ORDER BY sort_date, date_end, real_event_id LIMIT ?""",
        [*values, int(limit)],
    )
    return [_event_record(row) for row in _dicts(cursor)]


def actors(
    store: Store, country: str | None = None, name: str | None = None
) -> list[dict[str, Any]]:
    """Persons in the actor registry (name, aliases, country, role, first/last seen)."""
    return [vars(person) for person in store.registry.persons(country=country, name=name)]


def _actor_record(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_text") is None and row.get(f"{prefix}_code") is None:
        return None
    return {
        key: row.get(f"{prefix}_{key}")
        for key in ("text", "code", "country", "sector", "name", "role")
    }


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
