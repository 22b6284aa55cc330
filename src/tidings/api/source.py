"""Reads for the HTTP API: real events, mentions, actors and trends from one store connection.

Every value reaches DuckDB as a bound parameter; table and column names come only from the
constants in ``tidings.api.sql``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from tidings.api.highlight import highlights
from tidings.api.models import (
    ActorEntry,
    ActorOut,
    MentionDetail,
    MentionOut,
    MentionPage,
    PlaceOut,
    RealEventDetail,
    RealEventOut,
    RealEventPage,
    Trend,
    TrendPoint,
)
from tidings.api.params import Filters, PageRequest, make_cursor
from tidings.api.sql import MENTIONS, REAL_EVENTS, Table, paged, where

REAL_COLUMNS = (
    "real_event_id, date_start, date_end, date_precision, cameo, plover, quad_class, goldstein, "
    "source_code, target_code, source_name, target_name, NOT directed AS symmetric, dyad, "
    "place_name, place_country, place_lat, place_lon, sentence, outlets, "
    "n_mentions, n_sources, n_articles, sort_date"
)
ACTOR_FIELDS = ("text", "code", "country", "sector", "name", "role")
MENTION_COLUMNS = (
    "mention_id, event_id, real_event_id, doc_id, sentence, sentence_index, trigger, cameo, "
    "cameo_root, plover, plover_mode, quad_class, goldstein, "
    + ", ".join(f"{p}_{f}" for p in ("source", "target") for f in ACTOR_FIELDS)
    + ", is_symmetric AS symmetric, dyad, date_start, date_end, date_precision, date_text, "
    "place_name, place_country, place_lat, place_lon, modality, confidence, outlet, published, "
    "sort_date"
)
DETAIL_COLUMNS = (
    "m.sentence_start, m.trigger_start, m.trigger_end, m.source_start, m.source_end, "
    "m.target_start, m.target_end, a.title, a.url"
)
TREND_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _place(row: dict[str, Any]) -> PlaceOut | None:
    if not row.get("place_name") and row.get("place_lat") is None:
        return None
    return PlaceOut(
        name=row.get("place_name"),
        country=row.get("place_country"),
        lat=row.get("place_lat"),
        lon=row.get("place_lon"),
    )


def _code_actor(code: str | None, name: str | None) -> ActorOut | None:
    if not code and not name:
        return None
    country = code[:3] if code else None
    sector = code[3:6] if code and len(code) >= 6 else None
    return ActorOut(text=name or code, code=code, country=country, sector=sector, name=name)


def real_event_out(row: dict[str, Any]) -> RealEventOut:
    cameo = row["cameo"]
    return RealEventOut(
        id=row["real_event_id"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        precision=row["date_precision"],
        cameo=cameo,
        cameo_root=cameo[:2] if cameo else None,
        plover=row["plover"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        source=_code_actor(row["source_code"], row["source_name"]),
        target=_code_actor(row["target_code"], row["target_name"]),
        symmetric=bool(row["symmetric"]),
        dyad=row["dyad"],
        place=_place(row),
        sentence=row["sentence"],
        outlets=[o for o in (row["outlets"] or "").split("; ") if o],
        mentions=row["n_mentions"],
        sources=row["n_sources"],
        articles=row["n_articles"],
    )


def _actor(row: dict[str, Any], prefix: str) -> ActorOut | None:
    values = {f: row.get(f"{prefix}_{f}") for f in ACTOR_FIELDS}
    return ActorOut(**values) if any(values.values()) else None


def mention_out(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["mention_id"],
        "event_id": row["event_id"],
        "real_event_id": row["real_event_id"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "sentence_index": row["sentence_index"],
        "trigger": row["trigger"],
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "plover": row["plover"],
        "plover_mode": row["plover_mode"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "symmetric": row["symmetric"],
        "dyad": row["dyad"],
        "date_start": row["date_start"],
        "date_end": row["date_end"],
        "precision": row["date_precision"],
        "date_text": row["date_text"],
        "place": _place(row),
        "modality": row["modality"],
        "confidence": row["confidence"],
        "outlet": row["outlet"],
        "published": row["published"],
    }


class EventSource:
    """The API's reads over one DuckDB connection (a cursor of the store's connection)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def _page(self, table: Table, columns: str, f: Filters, page: PageRequest) -> list[dict]:
        """Keys first (a narrow scan and top-N), then the wide rows by primary key."""
        tail, params = paged(table, where(table, f), page)
        self.con.execute(f"SELECT {table.key} FROM {table.name} {tail}", params)
        keys = [row[0] for row in self.con.fetchall()]
        if not keys:
            return []
        marks = ", ".join("?" * len(keys))
        self.con.execute(f"SELECT {columns} FROM {table.name} WHERE {table.key} IN ({marks})", keys)
        by_key = {row[table.key]: row for row in _dicts(self.con)}
        return [by_key[key] for key in keys]

    @staticmethod
    def _next(rows: list[dict], page: PageRequest, key: str) -> str | None:
        if len(rows) <= page.limit:
            return None
        last = rows[page.limit - 1]
        return make_cursor(last["sort_date"], last[key])

    def real_events(self, f: Filters, page: PageRequest) -> RealEventPage:
        rows = self._page(REAL_EVENTS, REAL_COLUMNS, f, page)
        return RealEventPage(
            items=[real_event_out(r) for r in rows[: page.limit]],
            next_after=self._next(rows, page, "real_event_id"),
        )

    def mentions(self, f: Filters, page: PageRequest) -> MentionPage:
        rows = self._page(MENTIONS, MENTION_COLUMNS, f, page)
        return MentionPage(
            items=[MentionOut(**mention_out(r)) for r in rows[: page.limit]],
            next_after=self._next(rows, page, "mention_id"),
        )

    def real_event(self, real_event_id: str) -> RealEventDetail | None:
        self.con.execute(
            f"SELECT {REAL_COLUMNS} FROM real_events WHERE real_event_id = ?", [real_event_id]
        )
        found = _dicts(self.con)
        if not found:
            return None
        prefixed = ", ".join(f"m.{c.strip()}" for c in MENTION_COLUMNS.split(","))
        self.con.execute(
            f"SELECT {prefixed}, {DETAIL_COLUMNS} FROM mentions m "
            "LEFT JOIN articles a ON a.doc_id = m.doc_id WHERE m.real_event_id = ? "
            "ORDER BY m.published NULLS LAST, m.doc_id, m.ordinal",
            [real_event_id],
        )
        mentions = [
            MentionDetail(
                **mention_out(r), title=r["title"], url=r["url"], highlights=highlights(r)
            )
            for r in _dicts(self.con)
        ]
        return RealEventDetail(event=real_event_out(found[0]), mentions=mentions)

    def actors(self, q: str | None, limit: int) -> list[ActorEntry]:
        sql = (
            "SELECT code, name, country, sector, role, n_mentions, first_seen, last_seen "
            "FROM actors"
        )
        params: list[object] = []
        if q:
            sql += " WHERE name ILIKE ? ESCAPE '\\' OR starts_with(code, ?)"
            params += [f"%{_escape(q)}%", q.upper()]
        sql += " ORDER BY n_mentions DESC, name LIMIT ?"
        self.con.execute(sql, [*params, limit])
        return [ActorEntry(**r, mentions=r.pop("n_mentions")) for r in _dicts(self.con)]

    def span(self, f: Filters) -> tuple[date | None, date | None]:
        w = where(REAL_EVENTS, f)
        self.con.execute(
            f"SELECT min(date_start), max(date_start) FROM real_events WHERE {w.sql()}", w.params
        )
        first, last = self.con.fetchall()[0]
        return first, last

    def trend(self, f: Filters, by: str) -> Trend:
        unit = TREND_UNITS[by] if by != "auto" else auto_unit(*self.span(f))
        w = where(REAL_EVENTS, f)
        self.con.execute(
            f"SELECT date_trunc('{unit}', sort_date) AS period, count(*) AS events, "
            "count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2, "
            "count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4, "
            "coalesce(sum(goldstein), 0) AS goldstein "
            f"FROM real_events WHERE {w.sql()} AND date_start IS NOT NULL "
            "GROUP BY period ORDER BY period",
            w.params,
        )
        return Trend(dyad=f.dyad, by=unit, points=[_point(r, unit) for r in _dicts(self.con)])


def auto_unit(first: date | None, last: date | None) -> str:
    """A period that gives a readable number of bars for the span of the events."""
    days = (last - first).days if first and last else 0
    if days <= 90:
        return "day"
    if days <= 3 * 366:
        return "month"
    return "year"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _period_end(start: date, unit: str) -> date:
    from datetime import timedelta

    if unit == "day":
        return start
    if unit == "week":
        return start + timedelta(days=6)
    if unit == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(start.year, 12, 31)


def _label(start: date, unit: str) -> str:
    if unit == "year":
        return f"{start.year}"
    if unit == "month":
        return start.strftime("%Y-%m")
    if unit == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.isoformat()


def _point(row: dict[str, Any], unit: str) -> TrendPoint:
    start = row["period"]
    start = start.date() if hasattr(start, "date") and callable(start.date) else start
    return TrendPoint(
        period=_label(start, unit),
        start=start,
        end=_period_end(start, unit),
        events=row["events"],
        q1=row["q1"],
        q2=row["q2"],
        q3=row["q3"],
        q4=row["q4"],
        goldstein=round(float(row["goldstein"]), 2),
    )
