"""Query parameters shared by the list, trend and export endpoints, validated by FastAPI and
turned into ``tidings.query`` filters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Query
from pydantic import BeforeValidator

from tidings.query import EventFilter


def _iso_day(value: object) -> object:
    """Only ISO 8601 days ("2014-03-19"): no numbers read as timestamps."""
    if isinstance(value, str) and not ISO_DAY.match(value):
        raise ValueError("expected a day as YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_iso_day)]

CODE3 = r"^[A-Za-z]{3}$"
DYAD = r"^[A-Za-z]{3}-[A-Za-z]{3}$"
CURSOR = r"^[0-9]{1,7}~[A-Za-z0-9_-]{1,80}$"  # day ordinal ~ event key
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_LIMIT = 500


def _clean(text: str | None) -> str | None:
    text = text.strip() if text else None
    return text or None


def filters(
    q: Annotated[str | None, Query(max_length=200, description="words in the sentence")] = None,
    dyad: Annotated[
        str | None, Query(pattern=DYAD, description="country pair, e.g. JPN-PRK (either order)")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=100, description="actor code prefix (JPNGOV) or name")
    ] = None,
    country: Annotated[str | None, Query(pattern=CODE3, description="actor country")] = None,
    cameo_root: Annotated[
        str | None, Query(pattern=r"^(0[1-9]|1[0-9]|20)$", description="CAMEO root, 01-20")
    ] = None,
    plover: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_]{2,20}$", description="PLOVER type, e.g. CONSULT")
    ] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    since: Annotated[Day | None, Query(description="events on or after this day")] = None,
    until: Annotated[Day | None, Query(description="events on or before this day")] = None,
    place: Annotated[str | None, Query(max_length=100, description="place name")] = None,
) -> EventFilter:
    """The request's filters in the query module's terms: ``q`` searches every sentence
    reporting a real event, ``actor`` matches codes and names."""
    return EventFilter(
        mention_text=_clean(q),
        dyad="-".join(sorted(dyad.upper().split("-"))) if dyad else None,
        actor_or_name=_clean(actor),
        country=country.upper() if country else None,
        cameo_root=cameo_root,
        plover=plover.upper() if plover else None,
        quad_class=quad_class,
        since=since,
        until=until,
        place=_clean(place),
    )


@dataclass(frozen=True)
class PageRequest:
    after: tuple[date, str] | None
    limit: int


def page_request(
    after: Annotated[
        str | None, Query(pattern=CURSOR, description="cursor from the previous page's next_after")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
) -> PageRequest:
    return PageRequest(after=parse_cursor(after) if after else None, limit=limit)


def parse_cursor(cursor: str) -> tuple[date, str]:
    """The (day, key) after which the next page starts; days past the calendar clamp to its end."""
    ordinal, _, key = cursor.partition("~")
    day = max(1, min(int(ordinal), date.max.toordinal()))
    return date.fromordinal(day), key


def make_cursor(day: date, key: str) -> str:
    return f"{day.toordinal()}~{key}"
