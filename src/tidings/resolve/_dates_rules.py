"""Reading one time expression ("yesterday", "late 2012", "Aug. 7") against a publication date.

``interpret(text, published)`` returns an ``EventDate`` or ``None``; it never guesses: relative
expressions need ``published``, and words it does not understand give ``None``.

Documented choices:
- a weekday is the latest such day not after publication ("Sunday" in a Sunday paper is that day,
  "last Sunday" the one before);
- a month without a year is the most recent such month not after publication (month precision);
- "March 3" without a year takes the most recent year that keeps it not after publication;
- "late 2012" = Sep 1 - Dec 31, "early 2013" = Jan 1 - Apr 30, "mid-2012" = May 1 - Aug 31;
- "overnight" = the night before publication to the publication day (looking ahead, the
  coming night);
- "recent"/"recently"/"in recent weeks" = the 28 days up to publication, "recent days" 7 days,
  "recent months" 90 days, "recent years" 3 years;
- "more than N years ago" = a range ending N years before publication and starting 40% of N
  (at least one year) earlier; "N years ago" = that year; "N months ago" = that calendar month;
  "N days ago" = that day;
- in a clause that looks ahead (``Reading.future``: "will meet on Friday", "is due to vote in
  November") a weekday, month or day without a year is the next one not before publication;
- "late Saturday", "early last year": the edge word narrows a year or month and leaves a day;
- two ends joined by "-", "to", "and", "through" ("March 3-5", "Oct. 30 to Nov. 1", "between
  1980 and 1988", "Thursday and Friday") are one range over both; a bare day after a month
  ("Sept. 23 to 27") takes the month.
Weekends, seasons, "later this month", "next week" and the narrative-relative "the following
day" are in ``_dates_periods``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tidings.model import EventDate, Precision
from tidings.resolve._dates_base import Found as _Found
from tidings.resolve._dates_base import Reading, add_months
from tidings.resolve._dates_base import day as _day
from tidings.resolve._dates_base import month as _month
from tidings.resolve._dates_periods import ahead, narrative, season, weekend

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "several": 3,
    "few": 3,
}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}
RECENT_DAYS = {"day": 7, "week": 28, "month": 90, "year": 3 * 365}
PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
LEAD_WORDS = frozenset(
    {"on", "in", "at", "during", "of", "the", "'s", "’s", "until", "by", "over", "between", "from"}
)
RANGE_SEPARATOR = re.compile(r"\s*(?:-|–|\bto\b|\band\b|\bthrough\b|\bthru\b)\s*")
_BARE_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?(,? (?:19|20)\d\d)?$")

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(rf"^({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?$")
_DAY_MONTH = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\.?(?:,? (\d{{4}}))?$")
_MONTH_YEAR = re.compile(rf"^(?:(early|mid|late)[- ])?({_MONTH_RE})\.?(?:,? (\d{{4}}))?$")
_YEAR = re.compile(r"^(?:(early|mid|late)[- ])?((?:19|20)\d\d)$")
_AGO = re.compile(r"^(more than |over |nearly |almost |about |some |around )?(\S+) (\w+?)s? ago$")
_ISO = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def normalise(text: str) -> str:
    """Lower-case, unify quotes and spaces, drop leading prepositions and articles."""
    words = text.lower().replace("’", "'").replace("‘", "'").replace("-", " - ").split()
    words = [word for word in words if word != "-"]
    while words and words[0] in LEAD_WORDS:
        words = words[1:]
    while words and words[-1] in {"'s", "'"}:
        words = words[:-1]
    cleaned = " ".join(words)
    return re.sub(r"(\w)'s$", r"\1", cleaned)


def interpret(
    text: str, published: date | None, reading: Reading | None = None
) -> EventDate | None:
    """The dates a time expression denotes, or None when unknown or not anchored.

    ``reading`` says which way the clause looks and what the narrative's date is; by default
    the expression is read looking back from ``published``."""
    reading = reading or Reading(published)
    found = _one(text, reading) or _two_ends(text, reading)
    return EventDate(found[0], found[1], found[2], text.strip()) if found else None


def _one(text: str, reading: Reading) -> _Found:
    words = normalise(text)
    if _ISO.match(text.strip()):
        words = text.strip()
    if not words:
        return None
    for rule in (_explicit, _relative, _edged):
        found = rule(words, reading)
        if found is not None:
            return found
    return None


def _two_ends(text: str, reading: Reading) -> _Found:
    """ "March 3-5", "Oct. 30 to Nov. 1", "between 1980 and 1988": one range over both ends."""
    parts = RANGE_SEPARATOR.split(text.strip())
    if len(parts) != 2 or not all(part.strip() for part in parts):
        return None
    first, second = parts
    bare = _BARE_DAY.match(normalise(second))
    if bare:
        month_word = re.match(rf"^({_MONTH_RE})\.?", normalise(first))
        if month_word is None:
            return None
        second = f"{month_word[1]} {bare[1]}{bare[2] or ''}"
        first = first + (bare[2] or "")
    start, end = _one(first, reading), _one(second, reading)
    if start is None or end is None or start[0] > end[1]:
        return None
    return start[0], end[1], Precision.RANGE


def _explicit(words: str, reading: Reading) -> _Found:
    for rule in (_iso, _month_day, _day_month, _month_year, _year, _decades, season):
        found = rule(words, reading)
        if found is not None:
            return found
    return None


def _relative(words: str, reading: Reading) -> _Found:
    found = narrative(words, reading)
    if found is not None or reading.published is None:
        return found
    for rule in (_deictic, _weekday, ahead, _this_period, weekend, _recent, _ago):
        found = rule(words, reading)
        if found is not None:
            return found
    return None


def _edged(words: str, reading: Reading) -> _Found:
    """ "late Saturday", "early last year", "late last month": the edge narrows a year or a month
    to its part and leaves a day as it is."""
    edge, _, rest = words.partition(" ")
    if edge not in PART_OF_YEAR or not rest:
        return None
    found = _explicit(rest, reading) or _relative(rest, reading)
    if found is None:
        return None
    start, end, precision = found
    if precision == Precision.DAY:
        return found
    if precision == Precision.MONTH:
        return (*_part_of_month(start, end, edge), Precision.RANGE)
    if precision == Precision.YEAR:
        first, last = PART_OF_YEAR[edge]
        return date(start.year, first, 1), _month(start.year, last)[1], Precision.RANGE
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(words: str, reading: Reading) -> _Found:
    match = _ISO.match(words)
    if not match:
        return None
    day = _safe_date(*(int(part) for part in match.groups()))
    return _day(day) if day else None


def _anchored_day(month: int, day: int, year: str | None, reading: Reading) -> _Found:
    if year:
        found = _safe_date(int(year), month, day)
        return _day(found) if found else None
    published = reading.published
    if published is None:
        return None
    found = _safe_date(published.year, month, day)
    if reading.future:
        if found is None or found < published:
            found = _safe_date(published.year + 1, month, day)
    elif found is None or found > published:
        found = _safe_date(published.year - 1, month, day)
    return _day(found) if found else None


def _month_day(words: str, reading: Reading) -> _Found:
    match = _MONTH_DAY.match(words)
    if not match:
        return None
    return _anchored_day(MONTHS[match[1]], int(match[2]), match[3], reading)


def _day_month(words: str, reading: Reading) -> _Found:
    match = _DAY_MONTH.match(words)
    if not match:
        return None
    return _anchored_day(MONTHS[match[2]], int(match[1]), match[3], reading)


def _month_year(words: str, reading: Reading) -> _Found:
    match = _MONTH_YEAR.match(words)
    if not match or (match[2] == "may" and not match[3]):
        return None  # a bare "may" is far more often the modal verb
    month = MONTHS[match[2]]
    year = int(match[3]) if match[3] else _year_of_month(month, reading)
    if year is None:
        return None
    start, end, precision = _month(year, month)
    if match[1]:
        start, end = _part_of_month(start, end, match[1])
        precision = Precision.RANGE
    return start, end, precision


def _part_of_month(start: date, end: date, part: str) -> tuple[date, date]:
    if part == "early":
        return start, start.replace(day=10)
    if part == "mid":
        return start.replace(day=11), start.replace(day=20)
    return start.replace(day=21), end


def _year_of_month(month: int, reading: Reading) -> int | None:
    """The year of the latest such month not after publication, or looking ahead the next one
    not before it."""
    published = reading.published
    if published is None:
        return None
    if reading.future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _year(words: str, reading: Reading) -> _Found:
    match = _YEAR.match(words)
    if not match:
        return None
    year = int(match[2])
    if not match[1]:
        return date(year, 1, 1), date(year, 12, 31), Precision.YEAR
    first, last = PART_OF_YEAR[match[1]]
    return date(year, first, 1), _month(year, last)[1], Precision.RANGE


_DECADE_TOKEN = re.compile(r"'?(\d{2}|\d{4})s")
_DECADE_GLUE = frozenset(
    {"the", "and", "early", "late", "mid", "to", "from", "through", "until", ","}
)


def _decades(words: str, reading: Reading) -> _Found:
    tokens = words.replace(",", " , ").split()
    starts = [
        _decade_start(token, reading.published)
        for token in tokens
        if _DECADE_TOKEN.fullmatch(token)
    ]
    others = [token for token in tokens if not _DECADE_TOKEN.fullmatch(token)]
    if not starts or None in starts or any(token not in _DECADE_GLUE for token in others):
        return None
    years = [start for start in starts if start is not None]
    return date(min(years), 1, 1), date(max(years) + 9, 12, 31), Precision.RANGE


def _decade_start(token: str, published: date | None) -> int | None:
    digits = _DECADE_TOKEN.fullmatch(token)[1]  # type: ignore[index]
    if not digits.endswith("0"):
        return None
    if len(digits) == 4:
        return int(digits)
    recent = 2000 + int(digits)
    century = 2000 if published is not None and recent <= published.year else 1900
    return century + int(digits)


def _deictic(words: str, reading: Reading) -> _Found:
    published = _published(reading)
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    offsets |= {
        f"{word} {part}": 0 for word in ("this",) for part in ("morning", "afternoon", "evening")
    }
    offsets |= {f"{word} night": -1 for word in ("last",)}
    if words in offsets:
        return _day(published + timedelta(days=offsets[words]))
    if words == "overnight":  # the night before publication, or the coming one
        first = published if reading.future else published - timedelta(days=1)
        return first, first + timedelta(days=1), Precision.RANGE
    if words.startswith("yesterday ") and words.split()[1] in {"morning", "afternoon", "evening"}:
        return _day(published - timedelta(days=1))
    return None


def _weekday(words: str, reading: Reading) -> _Found:
    published = _published(reading)
    parts = words.split()
    if len(parts) >= 2 and parts[-1] in {"morning", "afternoon", "evening", "night"}:
        parts = parts[:-1]
    said = None
    if len(parts) == 2 and parts[0] in {"last", "this", "next", "past"}:
        said, parts = parts[0], parts[1:]
    if len(parts) != 1 or parts[0] not in WEEKDAYS:
        return None
    target = WEEKDAYS.index(parts[0])
    ahead_days = (target - published.weekday()) % 7
    if said == "next":
        return _day(published + timedelta(days=ahead_days or 7))
    if reading.future and said in {None, "this"}:
        return _day(published + timedelta(days=ahead_days))
    back = (published.weekday() - target) % 7
    if said in {"last", "past"}:
        back = back or 7  # "last Wednesday" in a Wednesday paper is a week ago
    return _day(published - timedelta(days=back))


def _this_period(words: str, reading: Reading) -> _Found:
    published = _published(reading)
    month_start = published.replace(day=1)
    previous_month_end = month_start - timedelta(days=1)
    table: dict[str, _Found] = {
        "this month": _month(published.year, published.month),
        "earlier this month": (month_start, published - timedelta(days=1), Precision.RANGE),
        "last month": _month(previous_month_end.year, previous_month_end.month),
        "this week": (published - timedelta(days=published.weekday()), published, Precision.RANGE),
        "last week": _last_week(published),
        "earlier this week": _earlier_this_week(published),
        "earlier in the week": _earlier_this_week(published),
        "earlier in the month": (month_start, published - timedelta(days=1), Precision.RANGE),
        "this year": (date(published.year, 1, 1), date(published.year, 12, 31), Precision.YEAR),
        "last year": (
            date(published.year - 1, 1, 1),
            date(published.year - 1, 12, 31),
            Precision.YEAR,
        ),
        "earlier this year": (
            date(published.year, 1, 1),
            published - timedelta(days=1),
            Precision.RANGE,
        ),
    }
    found = table.get(words)
    if found is not None and found[0] > found[1]:
        return None
    return found


def _last_week(published: date) -> tuple[date, date, Precision]:
    monday = published - timedelta(days=published.weekday() + 7)
    return monday, monday + timedelta(days=6), Precision.RANGE


def _earlier_this_week(published: date) -> _Found:
    monday = published - timedelta(days=published.weekday())
    yesterday = published - timedelta(days=1)
    return (monday, yesterday, Precision.RANGE) if monday <= yesterday else None


def _recent(words: str, reading: Reading) -> _Found:
    published = _published(reading)
    if words in {"recent", "recently", "lately"}:
        return published - timedelta(days=RECENT_DAYS["week"]), published, Precision.RANGE
    match = re.fullmatch(
        r"(?:the )?(?:recent|past|last) (?:few |several )?(day|week|month|year)s", words
    )
    if not match:
        return None
    return published - timedelta(days=RECENT_DAYS[match[1]]), published, Precision.RANGE


def _ago(words: str, reading: Reading) -> _Found:
    published = _published(reading)
    match = _AGO.match(words)
    if not match:
        return None
    amount = NUMBERS.get(match[2]) or (int(match[2]) if match[2].isdigit() else None)
    unit = match[3]
    if amount is None or unit not in UNIT_DAYS:
        return None
    if unit == "decade":
        amount, unit = amount * 10, "year"
    if match[1]:
        return _more_than_ago(amount, unit, published, match[1].strip())
    return _exactly_ago(amount, unit, published)


def _shift(published: date, amount: float, unit: str) -> date:
    if unit == "year":
        whole = int(amount)
        shifted = _safe_date(published.year - whole, published.month, published.day)
        base = shifted or date(published.year - whole, published.month, 28)
        return base - timedelta(days=round((amount - whole) * 365))
    return published - timedelta(days=round(amount * UNIT_DAYS[unit]))


def _exactly_ago(amount: int, unit: str, published: date) -> _Found:
    when = _shift(published, amount, unit)
    if unit == "year":
        return date(when.year, 1, 1), date(when.year, 12, 31), Precision.YEAR
    if unit == "month":
        return _month(*add_months(published, -amount))
    return _day(when)


def _more_than_ago(amount: int, unit: str, published: date, hedge: str) -> _Found:
    end = _shift(published, amount, unit)
    spread = max(1.0, 0.4 * amount)
    if hedge in {"more than", "over"}:
        return _shift(published, amount + spread, unit), end, Precision.RANGE
    half = spread / 2
    return (
        _shift(published, amount + half, unit),
        _shift(published, amount - half, unit),
        Precision.RANGE,
    )


def _published(reading: Reading) -> date:
    """The publication date of a reading the relative rules are only called with one."""
    assert reading.published is not None
    return reading.published
