"""Coding noun phrases as actors, on small sentences written for the tests."""

from __future__ import annotations

import pytest

from helpers import subject
from tidings.model import Actor
from tidings.resolve.actors import ActorResolver, noun_phrase

pytestmark = pytest.mark.slow


def actors(nlp, resolver: ActorResolver, text: str) -> list[Actor]:
    """Every subject and object of the text, resolved in order with one memory."""
    memory = resolver.memory()
    found = []
    for token in nlp(text):
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            actor = resolver.resolve(noun_phrase(token), memory)
            if actor is not None:
                found.append(actor)
    return found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan protested on Monday.", "JPNGOV"),
        ("Pyongyang rejected the offer.", "PRKGOV"),
        ("The Kremlin denied the report.", "RUSGOV"),
        ("Washington imposed new sanctions.", "USAGOV"),
        ("The UN Security Council met on Friday.", "IGOUNO"),
        ("NATO condemned the attack.", "IGONAT"),
        ("Brussels warned London about the deal.", "IGOEUR"),
        ("Protesters in Cairo threw stones.", "EGYCVL"),
        ("Syrian rebels seized the town.", "SYRREB"),
        ("Chinese troops crossed the border.", "CHNMIL"),
        ("Kenyan police arrested the suspects.", "KENCOP"),
        ("The Indian Supreme Court ruled against the plan.", "INDJUD"),
        ("Russian journalists criticised the law.", "RUSMED"),
        ("The Japanese Red Cross sent supplies.", "JPNNGO"),
        ("Amnesty International criticised the verdict.", "NGOAMN"),
        ("Thirteen Japanese were abducted.", "JPNCVL"),
    ],
)
def test_codes_common_phrases(nlp, resolver: ActorResolver, text: str, code: str) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code


def test_person_with_title_keeps_name_role_and_country(nlp, resolver: ActorResolver) -> None:
    actor = subject(nlp, resolver, "Brazilian Foreign Minister Carlos Mendes arrived in Lima.")
    assert actor is not None
    assert (actor.code, actor.name, actor.role) == ("BRAGOV", "Carlos Mendes", "foreign minister")


def test_appositive_gives_the_person_affiliation(nlp, resolver: ActorResolver) -> None:
    text = "Anna Berg, Sweden's ambassador to the talks with Norway, left early."
    actor = subject(nlp, resolver, text)
    assert actor is not None
    assert (actor.country, actor.sector, actor.name) == ("SWE", "GOV", "Anna Berg")
    assert actor.role == "ambassador"


def test_offsets_point_into_the_text(nlp, resolver: ActorResolver) -> None:
    text = "Yesterday the Egyptian army closed the crossing."
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.start is not None and actor.end is not None
    assert text[actor.start : actor.end] == actor.text == "the Egyptian army"


def test_surname_reuses_the_first_full_mention(nlp, resolver: ActorResolver) -> None:
    text = (
        "Indonesian Defence Minister Budi Santoso visited Manila. "
        "Santoso met the Philippine navy chief. Later Santoso left."
    )
    found = actors(nlp, resolver, text)
    later = [actor for actor in found if actor.text == "Santoso"]
    assert later and all(actor.code == "IDNMIL" for actor in later)
    assert all(actor.name == "Budi Santoso" for actor in later)


def test_pronoun_takes_the_last_compatible_actor(nlp, resolver: ActorResolver) -> None:
    memory = resolver.memory()
    doc = nlp("Iran said it would respond. The Iranian envoy Ali Karimi said he was calm.")
    by_text = {}
    for token in doc:
        if token.dep_ == "nsubj":
            actor = resolver.resolve(noun_phrase(token), memory)
            by_text[token.text] = actor
    assert by_text["it"] is not None and by_text["it"].code == "IRNGOV"
    assert by_text["he"] is not None and by_text["he"].name == "Ali Karimi"


def test_pronoun_without_antecedent_is_none(nlp, resolver: ActorResolver) -> None:
    assert subject(nlp, resolver, "He said nothing.") is None


def test_elliptic_north_needs_the_country_in_context(nlp, resolver: ActorResolver) -> None:
    memory = resolver.memory()
    doc = nlp("North Korea fired a missile. The North's army said the test worked.")
    resolver.resolve(noun_phrase(doc[1]), memory)
    army = next(token for token in doc if token.text == "army")
    actor = resolver.resolve(noun_phrase(army), memory)
    assert actor is not None and actor.code == "PRKMIL"
    fresh = subject(nlp, resolver, "The North's army said the test worked.")
    assert fresh is not None and fresh.country is None


def test_unlabelled_ministry_keeps_sector_without_guessing_country(
    nlp, resolver: ActorResolver
) -> None:
    text = "Maria Lopez, director of the Foreign Ministry's Africa Bureau, declined to comment."
    actor = subject(nlp, resolver, text)
    assert actor is not None
    assert (actor.country, actor.sector, actor.name) == (None, "GOV", "Maria Lopez")


def test_person_without_affiliation_keeps_name(nlp, resolver: ActorResolver) -> None:
    actor = subject(nlp, resolver, "Peter Novak wrote the letter.")
    assert actor is not None
    assert (actor.name, actor.country, actor.code) == ("Peter Novak", None, None)


def test_non_actor_phrases_are_none(nlp, resolver: ActorResolver) -> None:
    assert subject(nlp, resolver, "Japan's intention was clear.") is None
    assert subject(nlp, resolver, "The weather improved.") is None


def test_is_actor(nlp, resolver: ActorResolver) -> None:
    doc = nlp("Canadian soldiers met the weather.")
    assert resolver.is_actor(doc[0:2])
    assert not resolver.is_actor(doc[3:5])
