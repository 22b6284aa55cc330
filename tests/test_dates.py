"""Event dates: rules on time expressions, and the resolver on parsed sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.model import Precision
from tidings.resolve._dates_rules import interpret
from tidings.resolve.dates import DateResolver
from tidings.resolve.discourse import Discourse

FRIDAY = date(2014, 3, 21)
SUNDAY = date(2014, 3, 30)


def span(text: str, published: date | None) -> tuple[str, str, str] | None:
    found = interpret(text, published)
    if found is None:
        return None
    return found.start.isoformat(), found.end.isoformat(), str(found.precision)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("yesterday", FRIDAY, ("2014-03-20", "2014-03-20", "day")),
        ("Wednesday", FRIDAY, ("2014-03-19", "2014-03-19", "day")),
        ("on Sunday", SUNDAY, ("2014-03-30", "2014-03-30", "day")),
        ("Friday's", FRIDAY, ("2014-03-21", "2014-03-21", "day")),
        ("earlier this month", SUNDAY, ("2014-03-01", "2014-03-29", "range")),
        ("in November", date(2005, 9, 15), ("2004-11-01", "2004-11-30", "month")),
        ("in March", SUNDAY, ("2014-03-01", "2014-03-31", "month")),
        ("Dec. 24", FRIDAY, ("2013-12-24", "2013-12-24", "day")),
        ("March 3", FRIDAY, ("2014-03-03", "2014-03-03", "day")),
        ("on June 5, 2009", FRIDAY, ("2009-06-05", "2009-06-05", "day")),
        ("5 June 2009", None, ("2009-06-05", "2009-06-05", "day")),
        ("October 2011", None, ("2011-10-01", "2011-10-31", "month")),
        ("late 2012", None, ("2012-09-01", "2012-12-31", "range")),
        ("early 2013", None, ("2013-01-01", "2013-04-30", "range")),
        ("in 1968", None, ("1968-01-01", "1968-12-31", "year")),
        ("the 1950s and 1960s", None, ("1950-01-01", "1969-12-31", "range")),
        ("more than a decade ago", SUNDAY, ("2000-03-30", "2004-03-30", "range")),
        ("three days ago", FRIDAY, ("2014-03-18", "2014-03-18", "day")),
        ("in recent weeks", SUNDAY, ("2014-03-02", "2014-03-30", "range")),
        ("last week", SUNDAY, ("2014-03-17", "2014-03-23", "range")),
    ],
)
def test_time_expressions(text, published, expected):
    assert span(text, published) == expected


@pytest.mark.parametrize("text", ["yesterday", "Tuesday", "in November", "March 3", "recently"])
def test_relative_expressions_need_a_publication_date(text):
    assert interpret(text, None) is None


@pytest.mark.parametrize("text", ["May", "seven hours", "the age of 13", "more than a year"])
def test_words_that_are_not_event_dates(text):
    assert interpret(text, SUNDAY) is None


def test_text_keeps_the_words_read():
    assert interpret("late 2012", None).text == "late 2012"


def resolve(nlp, text: str, word: str, published: date | None = SUNDAY):
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == word)
    return DateResolver().resolve(trigger, published, Discourse(published))


@pytest.mark.slow
def test_weekday_of_the_predicate_not_of_another_clause(nlp):
    found = resolve(nlp, "The envoys met on Thursday after the border closed in 2009.", "met")
    assert (found.start, found.precision) == (date(2014, 3, 27), Precision.DAY)


@pytest.mark.slow
def test_reported_clause_takes_the_time_of_saying(nlp):
    found = resolve(nlp, "The minister said on Friday that the two sides agreed to talk.", "agreed")
    assert found.start == date(2014, 3, 28)


@pytest.mark.slow
def test_relative_clause_keeps_its_own_year(nlp):
    text = "Yesterday the parents of a fisherman who was seized in 1978 met the envoy."
    found = resolve(nlp, text, "seized")
    assert (found.start.year, found.precision) == (1978, Precision.YEAR)


@pytest.mark.slow
def test_several_day_meeting_that_started_on_a_weekday_is_a_range(nlp):
    found = resolve(nlp, "The three-day talks began Tuesday in the capital.", "began")
    assert (found.start, found.end) == (date(2014, 3, 25), date(2014, 3, 27))


@pytest.mark.slow
def test_perfect_without_time_word_has_no_date(nlp):
    assert resolve(nlp, "Four of the hostages have been released.", "released") is None


@pytest.mark.slow
def test_relative_date_without_publication_is_not_invented(nlp):
    assert resolve(nlp, "The envoys met on Thursday.", "met", published=None) is None


@pytest.mark.slow
def test_narrative_past_inherits_the_episode(nlp):
    doc = nlp("The ministers met in Hanoi on Monday. They signed a fishing accord.")
    first, second = list(doc.sents)
    discourse = Discourse(SUNDAY).after_sentence(first, [])
    signed = next(token for token in second if token.text == "signed")
    assert DateResolver().resolve(signed, SUNDAY, discourse).start == date(2014, 3, 24)
