"""Event places: locatives hung on the object, untagged names, alternate spellings, regions,
topics that are no place, and namesakes settled by the actors' countries."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.resolve._places_index import PlaceIndex, fold
from tidings.resolve.discourse import Discourse
from tidings.resolve.gazetteer import Gazetteer
from tidings.resolve.places import PlaceResolver

PUBLISHED = date(2009, 6, 15)


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex.load()


@pytest.fixture(scope="module")
def places(index) -> PlaceResolver:
    return PlaceResolver(index, Gazetteer.load())


def place_of(nlp, places, text: str, word: str, context: frozenset[str] = frozenset()):
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == word)
    return places.resolve(trigger, Discourse(PUBLISHED), context)


def test_names_are_folded_without_diacritics(index):
    assert fold("Kandahār") == "kandahar"
    assert index.lookup("Kandahar").country == "AFG"
    assert index.lookup("Lashkar Gah").country == "AFG"


def test_alternate_spellings_of_large_cities(index):
    assert index.lookup("Andijan").country == "UZB"
    assert index.lookup("Fallujah").country == "IRQ"
    assert index.lookup("Canton").country == "CHN"


def test_a_city_own_name_beats_a_namesake_alternate_name(index):
    assert index.lookup("Islamabad").country == "PAK"


def test_actor_countries_settle_namesakes(index):
    assert index.lookup("Tripoli").country == "LBY"
    assert index.lookup("Tripoli", {"LBN"}).country == "LBN"
    assert index.lookup("San Jose", {"CRI"}).country == "CRI"
    assert index.lookup("Valencia", {"ESP"}).country == "ESP"


def test_regions_carry_their_country_but_no_point(places):
    darfur = places.named("Darfur")
    assert (darfur.name, darfur.country, darfur.lat) == ("Darfur", "SDN", None)
    assert places.named("Helmand province").country == "AFG"


def test_disputed_areas_keep_no_country(places):
    assert places.named("Kashmir").country is None


def test_shared_region_names_need_the_actors_country(places):
    assert places.named("Punjab").country is None
    assert places.named("Punjab", {"PAK"}).country == "PAK"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("A suicide bomber killed 14 people in Peshawar on Friday.", "killed", "PAK"),
        ("Soldiers fired on mourners in the northern town of Kunduz.", "fired", "AFG"),
        ("Police dispersed a sit-in in central Ankara on Saturday.", "dispersed", "TUR"),
        ("Rebels attacked an army base on the outskirts of Mogadishu.", "attacked", "SOM"),
        ("Pirates seized a freighter off the coast of Somalia.", "seized", "SOM"),
        ("Militants ambushed a patrol in Nangarhar province.", "ambushed", "AFG"),
        ("Police arrested two students in Calcutta.", "arrested", "IND"),
        ("Army units shelled the town of Kandahar.", "shelled", "AFG"),
    ],
)
def test_locatives_the_parser_hangs_elsewhere(nlp, places, text, word, country):
    assert place_of(nlp, places, text, word).country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The European Union condemned the bombing in Kabul.", "condemned"),
        ("The council deplored the violence in Burundi.", "deplored"),
        ("Ankara accused Damascus of harbouring rebels.", "accused"),
    ],
)
def test_topics_and_governments_are_no_place(nlp, places, text, word):
    assert place_of(nlp, places, text, word) is None


@pytest.mark.slow
def test_the_actors_country_picks_the_namesake(nlp, places):
    text = "Lebanese soldiers fought gunmen in Tripoli."
    assert place_of(nlp, places, text, "fought", frozenset({"LBN"})).country == "LBN"
    assert place_of(nlp, places, text, "fought").country == "LBY"
