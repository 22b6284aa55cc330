"""Publication dates and bylines, from metadata fields and from lines printed in the text.

Numeric dates with slashes are read month first (``03/30/2014`` is 30 March 2014), as in
the US-style datelines of the wires, unless the first number cannot be a month
(``30/03/2014``). A slashed date where both readings are possible is taken month first.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

log = logging.getLogger(__name__)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_PATTERNS = [
    re.compile(
        r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?"
    ),
    re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})" + _TIME),
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+(?P<year>\d{4})" + _TIME),
    re.compile(_WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME),
]
_DATE_PREFIX = re.compile(
    r"^(?:(?:last\s+)?updated|published|posted|first published|date|dated)\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
_PARTICLES = r"de|da|di|du|del|della|la|le|van|von|der|den|al|el|bin|ibn|and|&"
_BYLINE = re.compile(
    r"^(?i:by)\s+(?P<name>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|" + _PARTICLES + r"))"
    r"{0,5})\s*(?P<contact>[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?)?\s*$"
)
_BULLET_OUTLET = re.compile(
    r"^[•·▪*–—-]\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$"
)
_MAX_HEADER_LINE = 200
_NAME = re.compile(r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}")
_SEGMENT_SPLIT = re.compile(r"\s+[|•·]\s+|\s+[-–—]\s+(?=(?i:by)\s)")


@dataclass(frozen=True)
class HeaderFacts:
    """What a dateline/byline line says: any of a date, a person's byline, an outlet."""

    published: date | None = None
    byline: str | None = None
    outlet: str | None = None


def parse_published(value: object, origin: str = "") -> date | None:
    """An ISO date or datetime from a metadata field; ``None`` (logged) when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    found = find_date(text) if isinstance(value, str) else None
    if found is None:
        log.warning("%s: unreadable publication date %r ignored", origin, value)
    return found


def find_date(text: str) -> date | None:
    """The date in ``text`` when the whole text is one printed date (and maybe a time)."""
    stripped = _DATE_PREFIX.sub("", text.strip()).strip(" .,")
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(stripped)
        if match is not None:
            return _date_of(match.groupdict())
    return None


def _date_of(parts: dict[str, str | None]) -> date | None:
    year = int(parts["year"] or 0)
    if parts.get("a") is not None:
        first, second = int(parts["a"] or 0), int(parts["b"] or 0)
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        month = _month_number(parts["month"] or "")
        day = int(parts["day"] or 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS.get(text.lower(), 0)


def read_header_line(line: str, outlet_words: frozenset[str]) -> HeaderFacts | None:
    """Facts from a dateline/byline line, or ``None`` unless every part of it is one.

    ``"Updated: 03/30/2014 19:27 | By Agence France-Presse"`` gives the date and the
    outlet; ``"BY SARAH KIM [sarahkim@example.com]"`` the byline ``"Sarah Kim"``;
    ``"• Kyodo"`` the outlet. A bare outlet name is read only beside a date or a byline.
    """
    if len(line) > _MAX_HEADER_LINE:
        return None
    facts, outlets = HeaderFacts(), []
    for segment in _SEGMENT_SPLIT.split(line.strip()):
        merged = _read_segment(segment.strip(), facts, outlet_words)
        if merged is not None:
            facts = merged
        elif _is_outlet_segment(segment.strip(), outlet_words):
            outlets.append(segment.strip())
        else:
            return None
    if facts == HeaderFacts():
        return None
    return replace(facts, outlet=facts.outlet or (outlets[0] if outlets else None))


def _is_outlet_segment(segment: str, outlet_words: frozenset[str]) -> bool:
    """A bare outlet name beside a date or byline: ``"By Ana Ruiz | Meridian Daily | 2019"``."""
    return bool(_NAME.fullmatch(segment)) and is_outlet_name(segment, outlet_words)


def _read_segment(
    segment: str, facts: HeaderFacts, outlet_words: frozenset[str]
) -> HeaderFacts | None:
    found = find_date(segment)
    if found is not None:
        return HeaderFacts(found, facts.byline, facts.outlet)
    byline = _BYLINE.match(segment)
    if byline is not None:
        return _with_name(facts, byline.group("name"), outlet_words)
    bullet = _BULLET_OUTLET.match(segment)
    if bullet is not None:
        return HeaderFacts(facts.published, facts.byline, bullet.group("name"))
    return None


def _with_name(facts: HeaderFacts, raw_name: str, outlet_words: frozenset[str]) -> HeaderFacts:
    name = re.sub(r"^the\s+", "", raw_name.strip(), flags=re.IGNORECASE)
    if is_outlet_name(name, outlet_words):
        return HeaderFacts(facts.published, facts.byline, facts.outlet or name)
    return HeaderFacts(facts.published, facts.byline or person_name(name), facts.outlet)


def is_outlet_name(name: str, outlet_words: frozenset[str]) -> bool:
    """Whether a byline names an organisation ("Agence France-Presse") rather than a person."""
    words = {word.lower() for word in re.split(r"[\s-]+", name) if word}
    return bool(words & outlet_words)


def person_name(name: str) -> str:
    """``"SARAH KIM"`` -> ``"Sarah Kim"``; mixed-case names are kept as written."""
    if name.isupper():
        return " ".join(part.capitalize() for part in name.split())
    return name
