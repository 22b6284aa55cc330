"""Reading one time expression ("yesterday", "late 2012", "Aug. 7") against a publication date.

``interpret(text, published)`` returns an ``EventDate`` or ``None``; it never guesses: relative
expressions need ``published``, and words it does not understand give ``None``.

Documented choices:
- a weekday is the latest such day not after publication ("Sunday" in a Sunday paper is that day);
- a month without a year is the most recent such month not after publication (month precision);
- "March 3" without a year takes the most recent year that keeps it not after publication;
- "late 2012" = Sep 1 - Dec 31, "early 2013" = Jan 1 - Apr 30, "mid-2012" = May 1 - Aug 31;
- "recent"/"recently"/"in recent weeks" = the 28 days up to publication, "recent days" 7 days,
  "recent months" 90 days, "recent years" 3 years;
- "more than N years ago" = a range ending N years before publication and starting 40% of N
  (at least one year) earlier; "N years ago" = that year; "N days ago" = that day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from tidings.model import EventDate, Precision

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
LEAD_WORDS = frozenset({"on", "in", "at", "during", "of", "the", "'s", "’s", "until", "by"})

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


def interpret(text: str, published: date | None) -> EventDate | None:
    """The dates a time expression denotes, or None when unknown or not anchored."""
    words = normalise(text)
    if _ISO.match(text.strip()):
        words = text.strip()
    if not words:
        return None
    for rule in (_explicit, _relative):
        found = rule(words, published)
        if found is not None:
            return EventDate(found[0], found[1], found[2], text.strip())
    return None


_Found = tuple[date, date, Precision] | None


def _explicit(words: str, published: date | None) -> _Found:
    for rule in (_iso, _month_day, _day_month, _month_year, _year, _decades):
        found = rule(words, published)
        if found is not None:
            return found
    return None


def _relative(words: str, published: date | None) -> _Found:
    if published is None:
        return None
    for rule in (_deictic, _weekday, _this_period, _recent, _ago):
        found = rule(words, published)
        if found is not None:
            return found
    return None


def _day(day: date) -> tuple[date, date, Precision]:
    return day, day, Precision.DAY


def _month(year: int, month: int) -> tuple[date, date, Precision]:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last), Precision.MONTH


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(words: str, published: date | None) -> _Found:
    match = _ISO.match(words)
    if not match:
        return None
    day = _safe_date(*(int(part) for part in match.groups()))
    return _day(day) if day else None


def _anchored_day(month: int, day: int, year: str | None, published: date | None) -> _Found:
    if year:
        found = _safe_date(int(year), month, day)
        return _day(found) if found else None
    if published is None:
        return None
    found = _safe_date(published.year, month, day)
    if found is None or found > published:
        found = _safe_date(published.year - 1, month, day)
    return _day(found) if found else None


def _month_day(words: str, published: date | None) -> _Found:
    match = _MONTH_DAY.match(words)
    if not match:
        return None
    return _anchored_day(MONTHS[match[1]], int(match[2]), match[3], published)


def _day_month(words: str, published: date | None) -> _Found:
    match = _DAY_MONTH.match(words)
    if not match:
        return None
    return _anchored_day(MONTHS[match[2]], int(match[1]), match[3], published)


def _month_year(words: str, published: date | None) -> _Found:
    match = _MONTH_YEAR.match(words)
    if not match or (match[2] == "may" and not match[3]):
        return None  # a bare "may" is far more often the modal verb
    month = MONTHS[match[2]]
    year = int(match[3]) if match[3] else _latest_year_of_month(month, published)
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


def _latest_year_of_month(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _year(words: str, published: date | None) -> _Found:
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


def _decades(words: str, published: date | None) -> _Found:
    tokens = words.replace(",", " , ").split()
    starts = [_decade_start(token, published) for token in tokens if _DECADE_TOKEN.fullmatch(token)]
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


def _deictic(words: str, published: date) -> _Found:
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    offsets |= {
        f"{word} {part}": 0 for word in ("this",) for part in ("morning", "afternoon", "evening")
    }
    offsets |= {f"{word} night": -1 for word in ("last",)}
    if words in offsets:
        return _day(published + timedelta(days=offsets[words]))
    if words.startswith("yesterday ") and words.split()[1] in {"morning", "afternoon", "evening"}:
        return _day(published - timedelta(days=1))
    return None


def _weekday(words: str, published: date) -> _Found:
    parts = words.split()
    direction = "last"
    if len(parts) == 2 and parts[0] in {"last", "this", "next", "past"}:
        direction, parts = parts[0], parts[1:]
    if len(parts) == 2 and parts[1] in {"morning", "afternoon", "evening", "night"}:
        parts = parts[:1]
    if len(parts) != 1 or parts[0] not in WEEKDAYS:
        return None
    target = WEEKDAYS.index(parts[0])
    back = (published.weekday() - target) % 7
    if direction == "next":
        return _day(published + timedelta(days=(target - published.weekday()) % 7 or 7))
    return _day(published - timedelta(days=back))


def _this_period(words: str, published: date) -> _Found:
    month_start = published.replace(day=1)
    previous_month_end = month_start - timedelta(days=1)
    table: dict[str, _Found] = {
        "this month": _month(published.year, published.month),
        "earlier this month": (month_start, published - timedelta(days=1), Precision.RANGE),
        "last month": _month(previous_month_end.year, previous_month_end.month),
        "this week": (published - timedelta(days=published.weekday()), published, Precision.RANGE),
        "last week": _last_week(published),
        "earlier this week": _earlier_this_week(published),
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


def _recent(words: str, published: date) -> _Found:
    if words in {"recent", "recently", "lately"}:
        return published - timedelta(days=RECENT_DAYS["week"]), published, Precision.RANGE
    match = re.fullmatch(
        r"(?:the )?(?:recent|past|last) (?:few |several )?(day|week|month|year)s", words
    )
    if not match:
        return None
    return published - timedelta(days=RECENT_DAYS[match[1]]), published, Precision.RANGE


def _ago(words: str, published: date) -> _Found:
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
        return _month(when.year, when.month)
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
