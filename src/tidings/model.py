"""Immutable value types that flow through the pipeline.

ingest -> RawDocument -> clean -> Article -> annotate (spaCy Doc) -> extract -> Mention
(= one coded event report, traced to its sentence) -> dedup -> RealEvent.

Every type is a frozen dataclass; stages return new values (``dataclasses.replace``)
instead of mutating. ``Mention.to_record()`` is the stable JSON Lines record of
``tidings code``: fields may be added, never renamed or dropped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

RECORD_VERSION = 1
# how much less sure a mention is when a party was inferred from the rest of the article
INFERRED_PARTY_PENALTY = 0.15
# CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict
VERBAL_QUADS = frozenset({1, 3})
MATERIAL_QUADS = frozenset({2, 4})


class Modality(StrEnum):
    """How the text presents an event."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    INTENDED = "intended"
    THREATENED = "threatened"
    REPORTED = "reported"  # a claim attributed to someone other than the outlet


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


@dataclass(frozen=True)
class RawDocument:
    """An article as read from its container, before any cleaning."""

    doc_id: str
    origin: str  # file path (and line/record number) the document came from
    text: str | None = None
    html: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    byline: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article: the text every character offset refers to."""

    doc_id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: date | None = None
    url: str | None = None
    origin: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets in Article.text
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A coded participant. ``code`` is CAMEO style: country + sector (JPNGOV, PRKMIL, IGOUNO)."""

    text: str  # surface text in the sentence
    code: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or IGO / NGO / MNC for international actors
    sector: str | None = None  # GOV, MIL, REB, OPP, COP, JUD, LEG, PTY, NGO, CVL, MED, BUS, SPY ...
    name: str | None = None  # person or organisation when one is named
    role: str | None = None  # "ambassador", "foreign minister" ...
    start: int | None = None  # character offsets of ``text`` in Article.text
    end: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "role": self.role,
        }


@dataclass(frozen=True)
class EventDate:
    start: date
    end: date
    precision: Precision
    text: str | None = None  # the words the date was read from, or "published" for the dateline

    def to_record(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": str(self.precision),
            "text": self.text,
        }

    def overlaps(self, other: EventDate) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None = None  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    text: str | None = None  # surface text

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Action:
    """What happened, in both ontologies."""

    cameo: str  # 3- or 4-digit code, e.g. "036"
    plover: str  # PLOVER type, e.g. "AGREE"
    plover_mode: str | None = None
    goldstein: float = 0.0
    quad_class: int = 1

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @property
    def is_material(self) -> bool:
        """A deed (aid, release, arrest, attack ...), not words: what the article rules may
        attribute or place from context, where a statement needs its own speaker."""
        return self.quad_class in MATERIAL_QUADS

    @property
    def is_verbal(self) -> bool:
        """Words (statements, appeals, accusations, threats ...), not deeds."""
        return self.quad_class in VERBAL_QUADS


@dataclass(frozen=True)
class Mention:
    """One coded event as reported by one sentence of one article."""

    doc_id: str
    sentence: Sentence
    action: Action
    trigger: str  # the predicate words ("agreed", "talks")
    trigger_start: int  # character offsets in Article.text
    trigger_end: int
    source: Actor | None = None
    target: Actor | None = None
    symmetric: bool = False  # reciprocal: meetings, talks, agreements between the two
    date: EventDate | None = None
    location: Place | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.5
    method: str = "rules"  # which component decided the type: rules / classifier / combined
    attributed_to: Actor | None = None  # who reports the event ("X said ...")
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def text_before_trigger(self) -> str:
        """The sentence's words before the trigger."""
        return self.sentence.text[: max(0, self.trigger_start - self.sentence.start)]

    @property
    def text_after_trigger(self) -> str:
        """The sentence's words after the trigger."""
        return self.sentence.text[max(0, self.trigger_end - self.sentence.start) :]

    def less_certain(self, by: float = INFERRED_PARTY_PENALTY) -> float:
        """The confidence lowered by ``by`` (never below 0.05), for a part that was inferred
        from the article rather than read in the sentence."""
        return round(max(0.05, self.confidence - by), 3)

    @property
    def event_id(self) -> str:
        """Stable id: the same sentence coded the same way always gets the same id."""
        key = "|".join(
            [
                self.doc_id,
                str(self.sentence.index),
                str(self.trigger_start),
                self.action.cameo,
                self.source.code or "" if self.source else "",
                self.target.code or "" if self.target else "",
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_record(self, article: Article | None = None) -> dict[str, Any]:
        """The stable JSON Lines record of ``tidings code``."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence": self.sentence.text,
            "sentence_index": self.sentence.index,
            "span": [self.sentence.start, self.sentence.end],
            "trigger": {"text": self.trigger, "span": [self.trigger_start, self.trigger_end]},
            "cameo": self.action.cameo,
            "cameo_root": self.action.cameo_root,
            "goldstein": self.action.goldstein,
            "quad_class": self.action.quad_class,
            "plover": self.action.plover,
            "plover_mode": self.action.plover_mode,
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "symmetric": self.symmetric,
            "date": self.date.to_record() if self.date else None,
            "location": self.location.to_record() if self.location else None,
            "modality": str(self.modality),
            "confidence": round(self.confidence, 3),
            "method": self.method,
            "attributed_to": self.attributed_to.to_record() if self.attributed_to else None,
            "outlet": article.outlet if article else None,
            "published": article.published.isoformat() if article and article.published else None,
            "url": article.url if article else None,
            "title": article.title if article else None,
            "record_version": RECORD_VERSION,
        }


@dataclass(frozen=True)
class CodedArticle:
    """An article with its sentences and the event mentions coded from it."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, or was skipped, with the reason."""

    origin: str
    reason: str
