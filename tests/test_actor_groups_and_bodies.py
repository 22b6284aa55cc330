"""Armed groups, state bodies named like another state's, stance modifiers, bodies owned by a
named leader and the people a state arrests: sentences written for the tests."""

from __future__ import annotations

import pytest

from helpers import best, mentions_of, subject_phrase
from tidings.model import Article
from tidings.resolve.actors import ActorResolver

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels of the Lord's Resistance Army raided the village.", "UGAREB"),
        ("A Tamil Tiger boat attacked the navy patrol.", "LKAREB"),
        ("The Shining Path ambushed an army patrol in 1992.", "PERREB"),
        ("The IRA announced a ceasefire in 1994.", "GBRREB"),
        ("The Islamic Courts seized Mogadishu in 2006.", "SOMREB"),
        ("ISAF troops returned fire.", "IGONAT"),
        ("Osama bin Laden praised the attacks.", "IMGAQD"),
    ],
)
def test_codes_armed_groups_and_missions(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Foreign Office summoned the ambassador.", "GBRGOV"),
        ("Pakistan's Foreign Office summoned the envoy.", "PAKGOV"),
        ("The German Foreign Office issued a travel warning.", "DEUGOV"),
        ("The Peruvian Congress removed the president.", "PERLEG"),
        ("The U.S. Congress passed the bill.", "USALEG"),
    ],
)
def test_state_body_belongs_to_the_state_named_before_it(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and actor.code == code


def test_other_state_body_does_not_keep_the_tables_name(nlp, resolver: ActorResolver) -> None:
    actor = subject_phrase(nlp, resolver, "The Peruvian Congress removed the president.")
    assert actor is not None and actor.name != "US Congress"


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Russian separatists shelled the airport.",
        "Anti-American militants attacked the convoy.",
        "Pro-Iranian militias fired rockets at the base.",
    ],
)
def test_stance_modifier_gives_no_country(nlp, resolver: ActorResolver, text: str) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and actor.sector == "REB" and actor.country is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gaddafi's forces shelled the town of Misrata.", "LBYMIL"),
        ("Mugabe's government expelled the journalists.", "ZWEGOV"),
        ("Bashar al-Assad's forces bombed the suburb.", "SYRMIL"),
    ],
)
def test_body_owned_by_a_known_leader_takes_his_country(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and actor.code == code


def test_leader_possessive_without_a_body_stays_uncoded(nlp, resolver: ActorResolver) -> None:
    actor = subject_phrase(nlp, resolver, "Gaddafi's speech lasted two hours.")
    assert actor is None or actor.country is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("USAID pledged $50 million in aid to Haiti after the earthquake.", "USAGOV"),
        ("USAID provided shelter materials to families in Haiti.", "USAGOV"),
    ],
)
def test_acronym_tagged_as_adverb_is_the_subject(coder, text: str, source: str) -> None:
    frame = best(coder, text)
    assert frame.source is not None and frame.source.code == source


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chinese police detained dozens of activists in Urumqi.", "CHNCVL"),
        ("Saudi authorities arrested a prominent cleric in Riyadh.", "SAUREL"),
    ],
)
def test_people_a_state_arrests_are_its_own(coder, text: str, target: str) -> None:
    coded = next(iter(coder.code([Article(doc_id="t", text=text)])))
    targets = [m.target.code for m in coded.mentions if m.target is not None]
    assert target in targets


def test_arrest_of_named_foreigners_keeps_their_country(coder) -> None:
    text = "Iranian police arrested two British nationals in Tehran."
    coded = next(iter(coder.code([Article(doc_id="t", text=text)])))
    targets = [m.target.code for m in coded.mentions if m.target is not None]
    assert targets and all(code.startswith("GBR") for code in targets)


def test_possessive_pronoun_refers_back_not_forward(coder) -> None:
    text = "The Israeli military said its soldiers shot dead a Palestinian gunman near Jenin."
    sources = [m.source.code for m in mentions_of(coder, text) if m.source is not None]
    assert "ISRMIL" in sources and "PSEMIL" not in sources


def test_rebels_take_the_country_the_event_happens_in(coder) -> None:
    text = "Russian warplanes struck rebel positions in Idlib on Monday."
    targets = [m.target.code for m in mentions_of(coder, text) if m.target is not None]
    assert "SYRREB" in targets


def test_rebels_fighting_a_countrys_police_are_its_own(coder) -> None:
    text = "Gunmen killed four Iraqi policemen at a checkpoint on Sunday."
    sources = [m.source.code for m in mentions_of(coder, text) if m.source is not None]
    assert "IRQREB" in sources


def test_rebels_holding_foreign_tourists_take_no_country_from_them(coder) -> None:
    text = "Gunmen kidnapped two German tourists on Sunday."
    sources = [m.source.code for m in mentions_of(coder, text) if m.source is not None]
    assert sources and not any(code.startswith("DEU") for code in sources)


def test_joint_chiefs_chairman_is_us_military(nlp, resolver: ActorResolver) -> None:
    actor = subject_phrase(
        nlp, resolver, "The chairman of the Joint Chiefs of Staff, General Martin Dempsey, left."
    )
    assert actor is not None and actor.code == "USAMIL"
