"""Response bodies of the HTTP API (pydantic), shaped for analysts and for the web page."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field


class ActorOut(BaseModel):
    text: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None


class PlaceOut(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class RealEventOut(BaseModel):
    """One real-world happening, joined from all the mentions that report it."""

    id: str
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    cameo: str | None = None
    cameo_root: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    symmetric: bool = False
    dyad: str | None = None
    place: PlaceOut | None = None
    sentence: str | None = Field(None, description="the best-supported sentence reporting it")
    outlets: list[str] = []
    mentions: int = 0
    sources: int = 0
    articles: int = 0


class MentionOut(BaseModel):
    """One coded event as reported by one sentence of one article."""

    id: str
    event_id: str
    real_event_id: str | None = None
    doc_id: str
    sentence: str
    sentence_index: int
    trigger: str
    cameo: str
    cameo_root: str
    plover: str
    plover_mode: str | None = None
    quad_class: int
    goldstein: float
    source: ActorOut | None = None
    target: ActorOut | None = None
    symmetric: bool = False
    dyad: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    date_text: str | None = None
    place: PlaceOut | None = None
    modality: str
    confidence: float
    outlet: str | None = None
    published: date | None = None


class Highlight(BaseModel):
    """A span of the sentence text (character offsets into ``sentence``)."""

    start: int
    end: int
    kind: Literal["actor", "trigger", "date"]
    label: str


class MentionDetail(MentionOut):
    title: str | None = None
    url: str | None = None
    highlights: list[Highlight] = []


class RealEventDetail(BaseModel):
    event: RealEventOut
    mentions: list[MentionDetail]


class RealEventPage(BaseModel):
    items: list[RealEventOut]
    next_after: str | None = Field(None, description="pass as `after` to get the next page")


class MentionPage(BaseModel):
    items: list[MentionOut]
    next_after: str | None = None


class ActorEntry(BaseModel):
    code: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: int = 0
    first_seen: date | None = None
    last_seen: date | None = None


class TrendPoint(BaseModel):
    period: str
    start: date
    end: date
    events: int
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0
    goldstein: float = 0.0


class Trend(BaseModel):
    dyad: str | None
    by: str
    points: list[TrendPoint]


class CameoRoot(BaseModel):
    code: str
    name: str


class Vocabulary(BaseModel):
    cameo_roots: list[CameoRoot]
    plover_types: list[str]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    ingest_enabled: bool


class IngestResult(BaseModel):
    doc_id: str
    stored: bool
    mentions: int


class Problem(BaseModel):
    """An error other than invalid parameters (those come as FastAPI's validation errors)."""

    detail: str
