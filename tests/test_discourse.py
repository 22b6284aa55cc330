"""Discourse carry-over: which episode later sentences belong to."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.model import EventDate, Place, Precision
from tidings.resolve.discourse import Discourse, Episode

PUBLISHED = date(2005, 9, 15)


def day(value: date) -> EventDate:
    return EventDate(value, value, Precision.DAY, "test")


def test_a_new_discourse_knows_nothing():
    discourse = Discourse(PUBLISHED)
    assert (discourse.date, discourse.place, discourse.episodes) == (None, None, ())


def test_containing_prefers_the_narrowest_placed_episode():
    month = EventDate(date(2005, 9, 1), date(2005, 9, 30), Precision.MONTH, "September")
    placed = Episode(day(date(2005, 9, 14)), Place("Hanoi", "VNM"))
    discourse = Discourse(PUBLISHED, episodes=(Episode(month), placed))
    assert discourse.containing(day(date(2005, 9, 14))) == placed
    assert discourse.containing(day(date(2005, 8, 14))) is None


@pytest.mark.slow
def test_a_time_word_in_the_main_clause_starts_an_episode(nlp):
    sentence = next(nlp("The envoys met on Aug. 7 in Hanoi.").sents)
    discourse = Discourse(PUBLISHED).after_sentence(sentence, [])
    assert discourse.date.start == date(2005, 8, 7)
    assert discourse.place.name == "Hanoi"
    assert Discourse(PUBLISHED).date is None  # the original is unchanged


@pytest.mark.slow
def test_a_vaguer_mention_of_the_same_period_keeps_the_precise_episode(nlp):
    text = "The envoys last met Aug. 7. The minister spoke in the August meeting."
    first, second = nlp(text).sents
    discourse = Discourse(PUBLISHED).after_sentence(first, []).after_sentence(second, [])
    assert discourse.date.start == date(2005, 8, 7)


@pytest.mark.slow
def test_a_sentence_without_time_word_keeps_the_episode(nlp):
    first, second = nlp("The envoys met on Monday. They discussed fishing rights.").sents
    discourse = Discourse(PUBLISHED).after_sentence(first, []).after_sentence(second, [])
    assert discourse.date.start == date(2005, 9, 12)


@pytest.mark.slow
def test_a_dated_subordinate_clause_does_not_move_the_narrative(nlp):
    first, second = nlp(
        "The envoys met on Monday. The meeting came after diplomats talked in Hanoi last month."
    ).sents
    discourse = Discourse(PUBLISHED).after_sentence(first, []).after_sentence(second, [])
    assert discourse.date.start == date(2005, 9, 12)
