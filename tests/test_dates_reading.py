"""Reading time expressions the way their clause looks (ahead or back), against the narrative's
date ("the following day"), and wire datelines as the story's reference date. Sentences are our
own, in wire style."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.model import Article, EventDate, Precision
from tidings.resolve._dates_base import Reading
from tidings.resolve._dates_rules import interpret
from tidings.resolve.dates import DateResolver
from tidings.resolve.discourse import Discourse

MONDAY = date(2019, 11, 4)
WEDNESDAY = date(2010, 4, 14)
SATURDAY = date(2016, 1, 9)
SUNDAY_ANCHOR = EventDate(date(2019, 11, 3), date(2019, 11, 3), Precision.DAY)


def read(text: str, published: date | None, future: bool = False, anchor=None):
    found = interpret(text, published, Reading(published, future, anchor))
    if found is None:
        return None
    return found.start.isoformat(), found.end.isoformat(), str(found.precision)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Wednesday", MONDAY, ("2019-11-06", "2019-11-06", "day")),
        ("Monday", MONDAY, ("2019-11-04", "2019-11-04", "day")),
        ("in December", MONDAY, ("2019-12-01", "2019-12-31", "month")),
        ("in September", date(2011, 6, 16), ("2011-09-01", "2011-09-30", "month")),
        ("Jan. 9", date(2019, 12, 20), ("2020-01-09", "2020-01-09", "day")),
        ("late September", date(1998, 8, 12), ("1998-09-21", "1998-09-30", "range")),
        ("at the weekend", date(2011, 6, 16), ("2011-06-18", "2011-06-19", "range")),
        ("this week", MONDAY, ("2019-11-04", "2019-11-10", "range")),
        ("this spring", SATURDAY, ("2016-03-01", "2016-05-31", "range")),
    ],
)
def test_a_clause_looking_ahead_reads_forward(text, published, expected):
    assert read(text, published, future=True) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("over the weekend", MONDAY, ("2019-11-02", "2019-11-03", "range")),
        ("at the weekend", SATURDAY, ("2016-01-09", "2016-01-09", "range")),
        ("last weekend", date(2014, 7, 30), ("2014-07-26", "2014-07-27", "range")),
        ("this spring", date(2011, 6, 16), ("2011-03-01", "2011-05-31", "range")),
        ("last autumn", MONDAY, ("2018-09-01", "2018-11-30", "range")),
        ("last summer", date(1998, 8, 12), ("1997-06-01", "1997-08-31", "range")),
        ("in spring 2004", None, ("2004-03-01", "2004-05-31", "range")),
        ("later this month", MONDAY, ("2019-11-05", "2019-11-30", "range")),
        ("next week", date(1998, 8, 12), ("1998-08-17", "1998-08-23", "range")),
        ("next month", date(2022, 9, 30), ("2022-10-01", "2022-10-31", "month")),
        ("earlier in the week", SATURDAY, ("2016-01-04", "2016-01-08", "range")),
        ("late last night", MONDAY, ("2019-11-03", "2019-11-03", "day")),
        ("late Saturday", date(2003, 3, 23), ("2003-03-22", "2003-03-22", "day")),
        ("early last year", date(2011, 6, 16), ("2010-01-01", "2010-04-30", "range")),
        ("last Wednesday", WEDNESDAY, ("2010-04-07", "2010-04-07", "day")),
        ("last Monday night", WEDNESDAY, ("2010-04-12", "2010-04-12", "day")),
        ("seven months ago", date(2022, 9, 30), ("2022-02-01", "2022-02-28", "month")),
        ("March 3-5", date(2011, 6, 16), ("2011-03-03", "2011-03-05", "range")),
        ("Oct. 30 to Nov. 1", MONDAY, ("2019-10-30", "2019-11-01", "range")),
        ("Sept. 23 to 27", date(2022, 9, 30), ("2022-09-23", "2022-09-27", "range")),
        ("between 1980 and 1988", None, ("1980-01-01", "1988-12-31", "range")),
        ("Thursday and Friday", date(1998, 8, 12), ("1998-08-06", "1998-08-07", "range")),
    ],
)
def test_periods_read_looking_back(text, published, expected):
    assert read(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the following day", ("2019-11-04", "2019-11-04", "day")),
        ("The day before", ("2019-11-02", "2019-11-02", "day")),
        ("a week earlier", ("2019-10-27", "2019-10-27", "day")),
        ("two days later", ("2019-11-05", "2019-11-05", "day")),
        ("a year earlier", ("2018-01-01", "2018-12-31", "year")),
    ],
)
def test_narrative_relative_counts_from_the_narrative_date(text, expected):
    assert read(text, MONDAY, anchor=SUNDAY_ANCHOR) == expected


def test_narrative_relative_needs_a_narrative_date():
    assert read("the following day", MONDAY) is None


def test_days_are_not_counted_from_a_month():
    november = EventDate(date(2019, 11, 1), date(2019, 11, 30), Precision.MONTH)
    assert read("two days later", MONDAY, anchor=november) is None
    assert read("a month later", MONDAY, anchor=november)[2] == "month"


def resolve(nlp, text: str, word: str, published: date | None = MONDAY):
    """The date of ``word`` in the last sentence, earlier sentences making the narrative."""
    doc = nlp(text)
    sentences = list(doc.sents)
    discourse = Discourse(published)
    for sentence in sentences[:-1]:
        discourse = discourse.after_sentence(sentence, [])
    trigger = next(token for token in sentences[-1] if token.text == word)
    found = DateResolver().resolve(trigger, published, discourse)
    return None if found is None else (found.start, found.end, found.precision)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Foreign ministers will meet in Brussels on Friday to discuss Libya.", "meet", 8),
        ("Opposition leaders plan to march on parliament on Tuesday.", "march", 5),
        ("The spokesman said Baghdad would hold a news conference on Thursday.", "hold", 7),
        ("Union leaders threatened on Monday to strike on Thursday.", "strike", 7),
    ],
)
def test_intended_acts_take_the_coming_weekday(nlp, text, word, day):
    assert resolve(nlp, text, word) == (date(2019, 11, day), date(2019, 11, day), Precision.DAY)


@pytest.mark.slow
def test_a_past_act_keeps_the_last_weekday(nlp):
    found = resolve(nlp, "Police could have stopped the march on Tuesday.", "stopped")
    assert found[0] == date(2019, 10, 29)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Troops entered the town on Sunday. The previous day, helicopters fired on it.",
            "fired",
            2,
        ),
        ("Rebels seized the airport on Sunday. The following day, jets bombed it.", "bombed", 4),
        ("The talks ended on Friday. Two days later, the envoy flew to Cairo.", "flew", 3),
    ],
)
def test_the_following_day_moves_from_the_narrative_date(nlp, text, word, day):
    assert resolve(nlp, text, word)[0] == date(2019, 11, day)


@pytest.mark.slow
def test_the_narrative_moves_to_the_following_day(nlp):
    text = (
        "Rebels seized the airport on Sunday. The following day, jets bombed it. "
        "Officials fled the city."
    )
    assert resolve(nlp, text, "fled")[0] == date(2019, 11, 4)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iran accused Washington of breaching the 2015 nuclear deal.", "accused"),
        ("India accused Pakistan of violating the 2003 ceasefire.", "accused"),
        ("Israel withdrew its settlers from Gaza under the 2004 disengagement plan.", "withdrew"),
    ],
)
def test_a_year_naming_an_accord_is_not_the_event_date(nlp, text, word):
    found = resolve(nlp, text, word)
    assert found is None or found[0].year == MONDAY.year


@pytest.mark.slow
def test_an_event_noun_where_the_act_happened_dates_it(nlp):
    found = resolve(nlp, "Israel killed the commander in last week's strike.", "killed")
    assert found == (date(2019, 10, 28), date(2019, 11, 3), Precision.RANGE)


@pytest.mark.slow
def test_the_election_won_is_dated_by_its_year(nlp):
    found = resolve(nlp, "The opposition won the 2012 election.", "won")
    assert found == (date(2012, 1, 1), date(2012, 12, 31), Precision.YEAR)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "BELGRADE, Oct. 5, 2000 (Reuters) - Police fired tear gas at protesters yesterday.",
            None,
            date(2000, 10, 4),
        ),
        (
            "MOSCOW, Oct 4 (Reuters) - Russian police detained 30 protesters yesterday.",
            date(2011, 10, 5),
            date(2011, 10, 3),
        ),
        (
            "MOSCOW, Oct 4 (Reuters) - Russian police detained 30 protesters yesterday.",
            date(2011, 12, 5),
            date(2011, 12, 4),
        ),
    ],
)
def test_a_dated_dateline_is_the_reference_day(coder, text, published, expected):
    coded = next(iter(coder.code([Article(doc_id="d", text=text, published=published)])))
    dated = [mention.date for mention in coded.mentions if mention.date is not None]
    assert dated and dated[0].start == expected


@pytest.mark.slow
def test_overnight_is_the_night_before_unless_a_day_is_named(nlp):
    stormed = "Security forces stormed the opposition headquarters overnight."
    named = "Israeli aircraft struck more than 100 targets in Gaza overnight on Monday."
    night = (date(2019, 11, 3), date(2019, 11, 4), Precision.RANGE)
    assert resolve(nlp, stormed, "stormed") == night
    raid = "Troops arrested 15 suspected militants in overnight raids, the army said."
    assert resolve(nlp, raid, "raids") == night
    assert resolve(nlp, named, "struck")[0] == date(2019, 11, 4)


@pytest.mark.slow
def test_a_date_after_coordinated_places_still_dates_the_act(nlp):
    text = (
        "Riot police fired tear gas at students in Caracas and several other cities "
        "on Thursday and Friday, witnesses said."
    )
    assert resolve(nlp, text, "fired")[:2] == (date(2019, 10, 31), date(2019, 11, 1))


@pytest.mark.slow
def test_the_subjects_participle_tells_when_the_act_was_done(nlp):
    text = "The archbishop, preaching in the cathedral on Sunday, called for calm."
    assert resolve(nlp, text, "called")[0] == date(2019, 11, 3)
