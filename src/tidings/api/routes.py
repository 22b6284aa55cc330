"""Read-only endpoints: real events, mentions, one event, actors, trends, exports, vocabulary."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from tidings import __version__
from tidings.api import exporting
from tidings.api.deps import cursor, resources, source
from tidings.api.models import (
    ActorEntry,
    Health,
    MentionPage,
    Problem,
    RealEventDetail,
    RealEventPage,
    Trend,
    Vocabulary,
)
from tidings.api.params import PageRequest, filters, page_request
from tidings.api.source import EventSource
from tidings.query import EventFilter

router = APIRouter(prefix="/api", responses={503: {"model": Problem, "description": "no store"}})
FilterDep = Annotated[EventFilter, Depends(filters)]
PageDep = Annotated[PageRequest, Depends(page_request)]
SourceDep = Annotated[EventSource, Depends(source)]
EVENT_ID = r"^[A-Za-z0-9_-]{1,80}$"


@router.get("/health", response_model=Health, tags=["meta"])
def health(request: Request) -> Health:
    res = resources(request)
    return Health(status="ok", version=__version__, ingest_enabled=res.config.ingest_enabled)


@router.get("/real-events", response_model=RealEventPage, tags=["events"])
def list_real_events(events: SourceDep, f: FilterDep, page: PageDep) -> RealEventPage:
    """Real events (deduplicated happenings) in date order, with keyset paging."""
    return events.real_events(f, page)


@router.get(
    "/real-events/{event_id}",
    response_model=RealEventDetail,
    tags=["events"],
    responses={404: {"model": Problem, "description": "no such event"}},
)
def get_real_event(
    events: SourceDep, event_id: Annotated[str, PathParam(pattern=EVENT_ID)]
) -> RealEventDetail:
    """One real event with every mention: sentence, outlet and highlight spans."""
    detail = events.real_event(event_id)
    if detail is None:
        raise HTTPException(status_code=404, detail="no such event")
    return detail


@router.get("/events", response_model=MentionPage, tags=["events"])
def list_mentions(events: SourceDep, f: FilterDep, page: PageDep) -> MentionPage:
    """Event mentions (one per coded sentence) in date order, with keyset paging."""
    return events.mentions(f, page)


@router.get("/actors", response_model=list[ActorEntry], tags=["actors"])
def list_actors(
    events: SourceDep,
    q: Annotated[str | None, Query(max_length=100, description="name or code prefix")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[ActorEntry]:
    """The actor registry: persons and organisations seen in the text, most mentioned first."""
    return events.actors(q.strip() if q else None, limit)


@router.get("/trend", response_model=Trend, tags=["analysis"])
def dyad_trend(
    events: SourceDep,
    f: FilterDep,
    by: Annotated[
        Literal["auto", "day", "week", "month", "year"],
        Query(description="period; auto picks one from the span of the events"),
    ] = "month",
) -> Trend:
    """Real events per period by quad class, and their summed Goldstein weight."""
    return events.trend(f, by)


@router.get(
    "/export",
    tags=["export"],
    response_class=FileResponse,
    responses={200: {"content": {m: {} for m in exporting.MEDIA_TYPES.values()}}},
)
def export(
    con: Annotated[duckdb.DuckDBPyConnection, Depends(cursor)],
    f: FilterDep,
    format: exporting.ExportFormat = exporting.ExportFormat.CSV,
    kind: exporting.ExportKind = exporting.ExportKind.REAL_EVENTS,
) -> FileResponse:
    """Every event matching the filters as a file (CSV, Parquet or JSON Lines)."""
    path: Path = exporting.export_file(con, kind, format, f)
    return FileResponse(
        path,
        media_type=exporting.MEDIA_TYPES[format],
        filename=f"tidings-{kind.value}.{format.value}",
        background=BackgroundTask(path.unlink, missing_ok=True),
    )


@router.get("/vocabulary", response_model=Vocabulary, tags=["meta"])
def vocabulary(request: Request) -> Vocabulary:
    """CAMEO roots and PLOVER types, for filter menus."""
    return request.app.state.vocabulary
