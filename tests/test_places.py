"""Event places: the offline table and the locative of the predicate."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.resolve._places_index import PlaceIndex
from tidings.resolve.discourse import Discourse
from tidings.resolve.places import PlaceResolver

PUBLISHED = date(2014, 3, 30)


@pytest.fixture(scope="module")
def places() -> PlaceResolver:
    return PlaceResolver.load(None)


def test_cities_resolve_to_the_most_populous_holder_of_the_name():
    index = PlaceIndex.load()
    hanoi = index.lookup("Hanoi")
    assert (hanoi.country, round(hanoi.lat), round(hanoi.lon)) == ("VNM", 21, 106)
    assert index.lookup("Paris").country == "FRA"


def test_countries_resolve_to_a_centroid_inside_the_country():
    mongolia = PlaceIndex.load().lookup("Mongolia")
    assert mongolia.country == "MNG"
    assert 41 < mongolia.lat < 52 and 87 < mongolia.lon < 120


def test_unknown_names_are_kept_without_coordinates(places):
    unknown = places.named("Qwertyville")
    assert (unknown.name, unknown.country, unknown.lat) == ("Qwertyville", None, None)


def place_of(nlp, places, text: str, word: str):
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == word)
    return places.resolve(trigger, Discourse(PUBLISHED))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "name", "country"),
    [
        ("The envoys met at the Thai embassy in Hanoi on Monday.", "met", "Hanoi", "VNM"),
        ("Delegates held talks in the Chinese city of Harbin.", "held", "Harbin", "CHN"),
        ("The families met their relatives in neutral Switzerland.", "met", "Switzerland", "CHE"),
        ("The ministers visited Nairobi last week.", "visited", "Nairobi", "KEN"),
    ],
)
def test_locative_of_the_predicate(nlp, places, text, word, name, country):
    found = place_of(nlp, places, text, word)
    assert (found.name, found.country) == (name, country)


@pytest.mark.slow
def test_capitals_used_as_governments_are_not_places(nlp, places):
    assert place_of(nlp, places, "Hanoi said it would protest to Beijing.", "said") is None


@pytest.mark.slow
def test_destination_of_a_transfer_is_not_the_event_place(nlp, places):
    assert place_of(nlp, places, "Two prisoners were returned to Japan.", "returned") is None


@pytest.mark.slow
def test_later_sentence_of_the_episode_inherits_the_place(nlp, places):
    first, second = nlp("The envoys met in Hanoi on Monday. They signed a fishing accord.").sents
    discourse = Discourse(PUBLISHED).after_sentence(first, [])
    signed = next(token for token in second if token.text == "signed")
    assert places.resolve(signed, discourse).name == "Hanoi"


@pytest.mark.slow
def test_place_is_not_carried_to_another_date(nlp, places):
    first, second = nlp("The envoys met in Hanoi on Monday. They last met in 2009.").sents
    discourse = Discourse(PUBLISHED).after_sentence(first, [])
    met = next(token for token in second if token.text == "met")
    assert places.resolve(met, discourse) is None
