"""What every time-expression rule shares: how it is read (the reading's reference dates and
direction) and the small date helpers the rules build their answers with."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from tidings.model import EventDate, Precision

Found = tuple[date, date, Precision] | None


@dataclass(frozen=True)
class Reading:
    """How to read one time expression.

    ``published`` anchors deictic words ("yesterday", "last week"); ``future`` says the clause
    looks ahead ("will meet on Friday": the coming Friday, not the last one); ``anchor`` is the
    narrative's current date, which "the following day" or "a week earlier" count from.
    """

    published: date | None
    future: bool = False
    anchor: EventDate | None = None


def day(when: date) -> tuple[date, date, Precision]:
    return when, when, Precision.DAY


def month(year: int, number: int) -> tuple[date, date, Precision]:
    last = calendar.monthrange(year, number)[1]
    return date(year, number, 1), date(year, number, last), Precision.MONTH


def year_of(year: int) -> tuple[date, date, Precision]:
    return date(year, 1, 1), date(year, 12, 31), Precision.YEAR


def add_months(when: date, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` calendar months after ``when`` (before, when negative)."""
    index = when.year * 12 + when.month - 1 + months
    return index // 12, index % 12 + 1


def weekend_of(saturday: date) -> tuple[date, date, Precision]:
    return saturday, saturday + timedelta(days=1), Precision.RANGE
