"""Periods that depend on which way the clause looks: weekends, seasons, "later this month",
"next week", and the narrative-relative "the following day" / "a week earlier".

Documented choices:
- "the weekend" in a past clause is the last Saturday-Sunday not after publication (a story
  published on a Saturday or Sunday is in it); in a future clause the coming one;
  "last weekend" is always the one before, "next weekend" the coming one;
- seasons are the northern meteorological ones (spring March-May, summer June-August,
  autumn/fall September-November, winter December-February); "this spring" is the one the
  publication falls in, else the last one (past clause) or the coming one (future clause);
  "last summer" is the latest that ended before publication and does not contain it;
- "later this month/week/year" run from the day after publication to the period's end,
  "next week" is the following Monday-Sunday, "this week" in a future clause runs from
  publication to Sunday;
- "the following day", "two days later", "a week earlier" count from the narrative's current
  date and only from a single day (a month or year anchor gives months or years only).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tidings.model import Precision
from tidings.resolve._dates_base import (
    Found,
    Reading,
    add_months,
    day,
    month,
    weekend_of,
    year_of,
)

SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
UNIT_DAYS = {"day": 1, "week": 7}
BACK = frozenset({"earlier", "before", "previous", "prior"})
FORTH = frozenset({"later", "after", "following", "next"})

_SEASON_RE = "|".join(SEASONS)
_SEASON = re.compile(
    rf"^(this|last|next|past|coming)? ?({_SEASON_RE})(?: of)?(?: ((?:19|20)\d\d))?$"
)
_COUNTED = re.compile(r"^(\S+) (day|week|month|year)s? (earlier|later|before|after)$")
_NAMED = re.compile(r"^(previous|following|next|prior) (day|month|year)$")
_PLACED = re.compile(r"^(day|month|year) (before|after|earlier|later)$")


def weekend(words: str, reading: Reading) -> Found:
    """ "the weekend", "over the weekend", "this/last/next weekend"."""
    match = re.fullmatch(r"(?:(this|last|past|next|coming) )?weekend", words)
    if not match or reading.published is None:
        return None
    published = reading.published
    last_saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    which = match[1]
    if which in {"next", "coming"} or (reading.future and which != "last"):
        start = last_saturday if published.weekday() >= 5 else last_saturday + timedelta(days=7)
        if which == "next" and published.weekday() >= 5:
            start += timedelta(days=7)
        return weekend_of(start)
    if which == "last" and published.weekday() >= 5:
        last_saturday -= timedelta(days=7)
    saturday, sunday, precision = weekend_of(last_saturday)
    return saturday, min(sunday, published), precision


def season(words: str, reading: Reading) -> Found:
    """ "this spring", "last summer", "in spring 2004", "the autumn of 1998"."""
    match = _SEASON.match(words)
    if not match:
        return None
    first, last = SEASONS[match[2]]
    if match[3]:
        year = int(match[3])
        return None if first > last else _season_span(year, first, last)
    if reading.published is None:
        return None
    return _relative_season(match[1], first, last, reading)


def _season_span(year: int, first: int, last: int) -> tuple[date, date, Precision]:
    end_year = year + 1 if first > last else year
    return date(year, first, 1), month(end_year, last)[1], Precision.RANGE


def _relative_season(which: str | None, first: int, last: int, reading: Reading) -> Found:
    published = reading.published
    assert published is not None
    spans = [
        _season_span(year, first, last) for year in range(published.year - 2, published.year + 2)
    ]
    current = next((s for s in spans if s[0] <= published <= s[1]), None)
    before = [s for s in spans if s[1] < published]
    after = [s for s in spans if s[0] > published]
    if which in {"next", "coming"}:
        return after[0]
    if which in {"last", "past"}:
        return before[-1]
    if current is not None:
        return current
    return after[0] if reading.future else before[-1]


def ahead(words: str, reading: Reading) -> Found:
    """Periods that only make sense looking ahead, and "this week" in a future clause."""
    published = reading.published
    if published is None:
        return None
    monday = published - timedelta(days=published.weekday())
    next_year, next_month = add_months(published, 1)
    month_end = month(published.year, published.month)[1]
    week_end = monday + timedelta(days=6)
    tomorrow = published + timedelta(days=1)
    table: dict[str, Found] = {
        "later this week": _range(tomorrow, week_end),
        "later in the week": _range(tomorrow, week_end),
        "later this month": _range(tomorrow, month_end),
        "later in the month": _range(tomorrow, month_end),
        "later this year": _range(tomorrow, date(published.year, 12, 31)),
        "later in the year": _range(tomorrow, date(published.year, 12, 31)),
        "next week": _range(monday + timedelta(days=7), monday + timedelta(days=13)),
        "next month": month(next_year, next_month),
        "next year": year_of(published.year + 1),
    }
    if reading.future:
        table["this week"] = _range(published, week_end)
    return table.get(words)


def _range(start: date, end: date) -> Found:
    return (start, end, Precision.RANGE) if start <= end else None


def narrative(words: str, reading: Reading) -> Found:
    """ "the following day", "the day before", "two days later", "a year earlier": counted from
    the narrative's current date, never from the publication date."""
    anchor = reading.anchor
    if anchor is None:
        return None
    amount, unit, direction = _narrative_shift(words)
    if unit is None:
        return None
    steps = amount * (-1 if direction in BACK else 1)
    if unit in UNIT_DAYS:
        if anchor.precision != Precision.DAY:
            return None
        return day(anchor.start + timedelta(days=steps * UNIT_DAYS[unit]))
    if unit == "month" and anchor.precision in {Precision.DAY, Precision.MONTH}:
        return month(*add_months(anchor.start, steps))
    if unit == "year" and anchor.precision in {Precision.DAY, Precision.MONTH, Precision.YEAR}:
        return year_of(anchor.start.year + steps)
    return None


def _narrative_shift(words: str) -> tuple[int, str | None, str]:
    """(how many, unit, which way) of a narrative-relative expression, unit None if not one."""
    counted = _COUNTED.match(words)
    if counted:
        amount = COUNTS.get(counted[1]) or (int(counted[1]) if counted[1].isdigit() else 0)
        return amount, (counted[2] if amount else None), counted[3]
    named = _NAMED.match(words) or _PLACED.match(words)
    if named is None:
        return 0, None, ""
    unit, direction = (named[2], named[1]) if named.re is _NAMED else (named[1], named[2])
    return 1, unit, direction
