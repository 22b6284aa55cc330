"""Reads for the HTTP API: real events, mentions, actors and trends, asked of
``tidings.query`` over one store connection and shaped into the API's response models."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from tidings import query
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
from tidings.api.params import PageRequest, make_cursor
from tidings.query import (
    ACTOR_FIELDS,
    MENTION_FLAT,
    MENTIONS,
    REAL_EVENT_FLAT,
    REAL_EVENTS,
    EventFilter,
)


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

    def _page(
        self, cols: query.Columns, columns: str, f: EventFilter, page: PageRequest
    ) -> query.Slice:
        return query.select_page(
            self.con, cols, f, columns, page.limit, after=page.after, oldest_first=True
        )

    @staticmethod
    def _next(found: query.Slice, key: str) -> str | None:
        if not found.more:
            return None
        last = found.rows[-1]
        return make_cursor(last["sort_date"], last[key])

    def real_events(self, f: EventFilter, page: PageRequest) -> RealEventPage:
        found = self._page(REAL_EVENTS, REAL_EVENT_FLAT, f, page)
        return RealEventPage(
            items=[real_event_out(r) for r in found.rows],
            next_after=self._next(found, "real_event_id"),
        )

    def mentions(self, f: EventFilter, page: PageRequest) -> MentionPage:
        found = self._page(MENTIONS, MENTION_FLAT, f, page)
        return MentionPage(
            items=[MentionOut(**mention_out(r)) for r in found.rows],
            next_after=self._next(found, "mention_id"),
        )

    def real_event(self, real_event_id: str) -> RealEventDetail | None:
        found = query.real_event_row(self.con, real_event_id, REAL_EVENT_FLAT)
        if found is None:
            return None
        rows = query.event_mention_rows(self.con, real_event_id, order="published")
        mentions = [
            MentionDetail(
                **mention_out(r), title=r["title"], url=r["url"], highlights=highlights(r)
            )
            for r in rows
        ]
        return RealEventDetail(event=real_event_out(found), mentions=mentions)

    def actors(self, q: str | None, limit: int) -> list[ActorEntry]:
        rows = query.actor_entries(self.con, q, limit)
        return [ActorEntry(**r, mentions=r.pop("n_mentions")) for r in rows]

    def span(self, f: EventFilter) -> tuple[date | None, date | None]:
        return query.date_span(self.con, f)

    def trend(self, f: EventFilter, by: str) -> Trend:
        unit = by if by != "auto" else auto_unit(*self.span(f))
        rows = query.period_counts(self.con, f, unit)
        return Trend(dyad=f.dyad, by=unit, points=[_point(r, unit) for r in rows])


def auto_unit(first: date | None, last: date | None) -> str:
    """A period that gives a readable number of bars for the span of the events."""
    days = (last - first).days if first and last else 0
    if days <= 90:
        return "day"
    if days <= 3 * 366:
        return "month"
    return "year"


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
