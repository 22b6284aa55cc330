"""Noun phrases whose head is a facility, a body, a partitive or a place: the actor is in a
modifier or an "of" phrase ("an air force base", "a handful of reporters", "Syrian Kurdistan")."""

from __future__ import annotations

import pytest

from tidings.model import Actor
from tidings.resolve.actors import ActorMemory, ActorResolver, noun_phrase


def _marked(nlp, text: str):
    """The token written as [[word]] in ``text``."""
    start = text.index("[[")
    doc = nlp(text.replace("[[", "").replace("]]", ""))
    return next(token for token in doc if token.idx >= start)


def in_role(nlp, resolver: ActorResolver, text: str, memory: ActorMemory | None = None):
    """The actor the resolver makes of the marked token put in an actor role."""
    return resolver.resolve_token(_marked(nlp, text), memory or resolver.memory())


def anywhere(nlp, resolver: ActorResolver, text: str) -> Actor | None:
    """The actor the resolver makes of the marked token's phrase met anywhere in a sentence."""
    return resolver.resolve(noun_phrase(_marked(nlp, text)), resolver.memory())


def code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed a police [[station]] in the north.", "COP"),
        ("Drones struck an air force [[base]] near the capital.", "MIL"),
        ("Militants overran a Nigerian army [[barracks]].", "NGAMIL"),
        ("Hackers targeted Ukrainian government [[websites]].", "UKRGOV"),
        ("The coast guard seized a North Korean fishing [[boat]].", "PRK"),
        ("Shells hit Armenian [[homes]] near the border.", "ARMCVL"),
        ("The army destroyed a Pakistani power [[station]].", "PAK"),
        ("The US-led [[coalition]] bombed the bridge.", "USAMIL"),
    ],
)
def test_a_facility_or_body_stands_for_the_actor_its_modifier_names(
    nlp, resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(anywhere(nlp, resolver, text)) == expected
    assert code(in_role(nlp, resolver, text)) == expected


@pytest.mark.slow
def test_a_holding_organisation_keeps_its_own_code(nlp, resolver: ActorResolver) -> None:
    actor = anywhere(nlp, resolver, "Israeli jets struck Hamas [[positions]].")
    assert actor is not None and actor.sector == "REB"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired Iranian-made [[rockets]] at the city.",  # a maker is no holder
        "Gunmen attacked a Russian-backed [[group]].",  # nor a backer
        "Rebels shelled the Kabul [[airport]].",  # a capital only locates the airport
        "Rebels shelled an [[airport]] in the south.",
        "The minister toured the [[camp]] on Monday.",  # nobody holds it
    ],
)
def test_a_locating_or_making_modifier_names_no_holder(
    nlp, resolver: ActorResolver, text: str
) -> None:
    for actor in (anywhere(nlp, resolver, text), in_role(nlp, resolver, text)):
        assert actor is None or (actor.country is None and actor.sector is None), actor


@pytest.mark.slow
def test_a_made_thing_that_names_an_actor_keeps_only_that_actor(
    nlp, resolver: ActorResolver
) -> None:
    actor = anywhere(nlp, resolver, "Rebels downed a Chinese-made [[drone]].")
    assert actor is not None and actor.sector == "MIL" and actor.country is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained a [[handful]] of reporters.", "MED"),
        ("The court convicted [[remnants]] of the militia.", "REB"),
        ("The general purged [[elements]] of the army.", "MIL"),
    ],
)
def test_a_partitive_stands_for_what_it_counts(
    nlp, resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(in_role(nlp, resolver, text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops recaptured the rebel-controlled [[town]].", "REB"),
        ("Troops raided a Cameroonian [[village]].", "CMR"),
        ("Turkish jets bombed Syrian [[Kurdistan]].", "SYR"),
        ("Kurdish leaders criticised [[Mosul]] for the decision.", "IRQ"),
    ],
)
def test_a_place_in_an_actor_role_is_its_holder_or_country(
    nlp, resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(in_role(nlp, resolver, text)) == expected


@pytest.mark.slow
def test_a_place_met_outside_a_role_is_no_actor(nlp, resolver: ActorResolver) -> None:
    assert anywhere(nlp, resolver, "Troops raided a Cameroonian [[village]].") is None
    assert anywhere(nlp, resolver, "Kurdish leaders criticised [[Mosul]] for it.") is None


@pytest.mark.slow
def test_a_capital_stays_a_metonym_for_the_government(nlp, resolver: ActorResolver) -> None:
    assert code(in_role(nlp, resolver, "Kurdish leaders criticised [[Baghdad]].")) == "IRQGOV"


@pytest.mark.slow
def test_a_city_abroad_is_not_coded_in_an_article_about_other_countries(
    nlp, resolver: ActorResolver
) -> None:
    text = "Kurdish leaders criticised [[Mosul]] for the decision."
    about_syria = resolver.memory()
    about_syria.countries.add("SYR")
    assert in_role(nlp, resolver, text, about_syria) is None
    about_iraq = resolver.memory()
    about_iraq.countries.add("IRQ")
    assert code(in_role(nlp, resolver, text, about_iraq)) == "IRQ"


def test_the_gazetteer_knows_holdings() -> None:
    from tidings.resolve.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    bus = gazetteer.holding("school buses")
    assert bus is not None and bus.sector == "CVL" and not bus.place
    town = gazetteer.holding("the town")
    assert town is not None and town.place
    assert gazetteer.holding("minister") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A [[Turkish]]-led force entered the town.", "TURGOV"),
        ("The [[French]]-backed plan was rejected.", "FRAGOV"),
        ("Police detained four [[Egyptians]] at the border.", "EGYCVL"),
    ],
)
def test_a_demonym_leading_an_act_is_its_state(nlp, resolver, text, expected):
    assert code(in_role(nlp, resolver, text)) == expected
