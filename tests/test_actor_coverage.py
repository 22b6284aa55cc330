"""Actor coding coverage: regions, cities placing an actor, names with inner articles,
organisations after a descriptor, well-known leaders named alone."""

from __future__ import annotations

import pytest

from helpers import best, subject_phrase
from tidings.resolve.gazetteer import Gazetteer


def _codes(coder, text: str) -> tuple[str | None, str | None]:
    frame = best(coder, text)
    return (
        frame.source.code if frame.source else None,
        frame.target.code if frame.target else None,
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels in Darfur attacked the convoy.", "SDNREB"),
        ("Chechen rebels ambushed the convoy.", "RUSREB"),
        ("The Uttar Pradesh government banned the march.", "INDGOV"),
        ("Police in Xinjiang detained the activists.", "CHNCOP"),
        ("The Ohio Senate passed the bill.", "USALEG"),
        ("A court in Bavaria jailed the blogger.", "DEUJUD"),
        ("Borno State governor condemned the attack.", "NGAGOV"),
    ],
)
def test_a_region_places_the_actor_in_its_country(nlp, resolver, text: str, code: str) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and actor.code == code


def test_a_region_in_an_actor_role_is_its_country_alone(coder) -> None:
    assert _codes(coder, "Government troops attacked Mindanao.")[1] == "PHL"


def test_a_region_outside_a_role_is_no_actor(nlp, resolver) -> None:
    doc = nlp("Fighting continued in Darfur.")
    darfur = next(token for token in doc if token.text == "Darfur")
    assert not resolver.is_actor(doc[darfur.i : darfur.i + 1])


@pytest.mark.parametrize("place", ["Kashmir", "Crimea", "the Golan Heights", "Donbas"])
def test_disputed_areas_stay_uncoded(coder, place: str) -> None:
    frame = best(coder, f"Soldiers shelled {place}.")
    assert frame.target is None or frame.target.country is None


def test_a_name_two_countries_share_needs_the_article_to_name_one(nlp, resolver) -> None:
    alone = subject_phrase(nlp, resolver, "The Punjab government banned the rally.")
    assert alone is not None and alone.country is None
    doc = nlp("Pakistan said the Punjab government banned the rally.")
    memory = resolver.memory()
    subjects = [token for token in doc if token.dep_ == "nsubj"]
    resolver.resolve_token(subjects[0], memory)
    punjab = resolver.resolve_token(subjects[1], memory)
    assert punjab is not None and punjab.code == "PAKGOV"


def test_a_city_named_in_the_phrase_gives_the_country(nlp, resolver) -> None:
    actor = subject_phrase(nlp, resolver, "A court in Lyon sentenced the man.")
    assert actor is not None and actor.code == "FRAJUD"
    actor = subject_phrase(nlp, resolver, "An Istanbul court sentenced the journalist.")
    assert actor is not None and actor.code == "TURJUD"


def test_a_city_only_locates_a_facility(nlp, resolver) -> None:
    doc = nlp("Shells hit the Juba airport.")
    airport = next(token for token in doc if token.text == "airport")
    actor = resolver.resolve_token(airport, resolver.memory())
    assert actor is None or actor.code is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Democratic Republic of the Congo accused Rwanda of backing the rebels.", "CODGOV"),
        ("Troops from the Democratic Republic of the Congo crossed the border.", "CODMIL"),
        ("The Republic of the Gambia expelled the envoy.", "GMBGOV"),
        ("The Central African Republic expelled the envoy.", "CAFGOV"),
        ("The Holy See criticised the decision.", "VATGOV"),
        ("The Republic of Korea protested.", "KORGOV"),
        ("Trinidad and Tobago police arrested the suspects.", "TTOCOP"),
    ],
)
def test_country_names_with_inner_articles_match_whole(nlp, resolver, text, code) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The opposition Syrian National Coalition rejected the talks.", "SYROPP"),
        ("The rebel Sudan People's Liberation Army attacked the garrison.", "SDNREB"),
        ("The ruling African National Congress condemned the strike.", "ZAFPTY"),
        ("Fighters of the Ogaden National Liberation Front attacked the troops.", "ETHREB"),
    ],
)
def test_a_named_organisation_wins_over_its_descriptor(coder, text: str, code: str) -> None:
    assert _codes(coder, text)[0] == code


def test_a_descriptor_the_parser_splits_from_the_name_yields_to_it(nlp, resolver) -> None:
    doc = nlp("The opposition Syrian National Coalition rejected the talks.")
    opposition = next(token for token in doc if token.text == "opposition")
    actor = resolver.resolve_token(opposition, resolver.memory())
    assert actor is not None and actor.code == "SYROPP"


def test_a_singular_word_inside_a_name_is_no_person(nlp, resolver) -> None:
    actor = subject_phrase(nlp, resolver, "The Ogaden National Liberation Front attacked.")
    assert actor is not None and actor.sector != "CVL"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Putin warned Ukraine on Monday.", "RUSGOV", "UKRGOV"),
        ("Netanyahu accused Iran of lying.", "ISRGOV", "IRNGOV"),
        ("President Obama criticised China.", "USAGOV", "CHNGOV"),
        ("Secretary-General Antonio Guterres criticised Israel.", "IGOUNO", "ISRGOV"),
    ],
)
def test_well_known_leaders_named_alone_are_coded(coder, text, source, target) -> None:
    assert _codes(coder, text) == (source, target)


def test_a_country_in_the_phrase_beats_the_leader_table(nlp, resolver) -> None:
    actor = subject_phrase(nlp, resolver, "Honduran President Xiomara Castro met the envoy.")
    assert actor is not None and actor.country == "HND"


def test_surnames_two_leaders_share_are_not_guessed() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer.leader("Castro") is None
    assert gazetteer.leader("Raul Castro") is not None
    assert gazetteer.leader("Vladimir Putin") == gazetteer.leader("Putin")
