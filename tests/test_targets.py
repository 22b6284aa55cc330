"""Targets found beyond a predicate's direct object: hostile prepositions, an event object's
own prepositions, embedded and purpose clauses, agents of an event named as the object; and
sources behind an event noun subject or a dateline."""

from __future__ import annotations

import pytest

from helpers import best, frames_of, only


def _codes(frame) -> tuple[str | None, str | None]:
    return (
        frame.source.code if frame.source else None,
        frame.target.code if frame.target else None,
    )


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # a hostile verb whose only object is the event ("fire") aims with "on" / "at"
        ("Zimbabwean police opened fire on opposition supporters.", "19", "OPP"),
        ("Indian troops fired at Pakistani soldiers along the border.", "19", "PAKMIL"),
        # the event object's own prepositions
        ("Canada lifted its sanctions on Libya.", "08", "LBYGOV"),
        ("Egypt denied entry to a Qatari journalist.", "12", "QATMED"),
        ("Turkish jets carried out air strikes against Kurdish militants.", "19", "REB"),
        # a probe is "into" someone
        (
            "Brazilian prosecutors have launched an investigation into the former mayor.",
            "09",
            "GOV",
        ),
        # a light verb's hostile "on", after an intervening adverb
        ("The army has launched numerous raids, mainly on rebel fighters.", "19", "REB"),
    ],
)
def test_targets_through_prepositions(coder, text, root, target):
    frame = only(frames_of(coder, text), root)
    assert frame.target is not None, text
    assert frame.target.code is not None and frame.target.code.endswith(target)


def test_required_object_naming_a_person_is_the_target(coder):
    frame = best(coder, "The Dutch government summoned the Turkish ambassador.")
    assert _codes(frame) == ("NLDGOV", "TURGOV")


def test_own_forces_sent_are_no_target(coder):
    frame = only(frames_of(coder, "Japan sent troops."), "15")
    assert frame.target is None
    frame = only(frames_of(coder, "Japan sent troops to South Sudan."), "15")
    assert _codes(frame) == ("JPNGOV", "SSDGOV")


def test_agent_of_an_event_object_is_the_target(coder):
    frame = only(
        frames_of(coder, "The Indian government condemned a violent rally by Maoist rebels."), "11"
    )
    assert frame.target is not None and frame.target.sector == "REB"


def test_requester_of_a_refused_request_is_the_target(coder):
    frame = only(frames_of(coder, "Peru rejected a proposal from Bolivia."), "12")
    assert _codes(frame) == ("PERGOV", "BOLGOV")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kenyan government demanded the withdrawal of Somali troops.", "SOM"),
        ("A Russian court ordered the retrial of a Ukrainian sailor.", "UKR"),
    ],
)
def test_demanded_act_names_whom_it_concerns(coder, text, target):
    frame = only(frames_of(coder, text), "10")
    assert frame.target is not None and frame.target.country == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a wrapped verb the lexicon does not know: its dative or prepositional object
        ("Vietnam pledged to work with Laos on flood control.", "LAOGOV"),
        # the wrapped predicate's event object carries a beneficiary
        ("Turkey has agreed to open its airspace for Greek airlines.", "GRC"),
    ],
)
def test_targets_of_embedded_verbs(coder, text, target):
    frame = only(frames_of(coder, text), "03")
    assert frame.target is not None and frame.target.code.startswith(target)


def test_unknown_embedded_verb_object_is_no_target(coder):
    frames = frames_of(coder, "Belgium agreed to build a new power plant.")
    assert all(frame.target is None for frame in frames)


def test_purpose_clause_object_is_the_beneficiary(coder):
    frame = only(
        frames_of(coder, "Japan has donated $5 million in emergency aid to help Haitian farmers."),
        "07",
    )
    assert frame.source is not None and frame.source.code == "JPNGOV"
    assert frame.target is not None and frame.target.country == "HTI"


def test_hostile_on_is_no_second_target_beside_an_object(coder):
    frames = frames_of(coder, "Police criticised the minister on Twitter.")
    assert [frame.target.code for frame in frames if frame.target] == ["GOV"]


def test_relative_clause_inside_event_object_gives_no_target(coder):
    frame = only(
        frames_of(coder, "Kenya imposed sanctions on a militia that recruits fighters in Uganda."),
        "16",
    )
    assert frame.target is not None and frame.target.country != "UGA"


def test_possessor_of_ones_own_act_is_no_target(coder):
    frames = frames_of(coder, "The Hungarian leader pledged his full support for a new alliance.")
    frame = only(frames, "05")
    assert frame.target is None


def test_event_noun_subject_stands_for_its_agent(coder):
    frame = only(
        frames_of(coder, "U.S. drone strikes this year have killed dozens of Taliban commanders."),
        "18",
    )
    assert frame.source is not None and frame.source.country == "USA"
    assert frame.target is not None and frame.target.text.startswith("dozens of Taliban")


def test_dateline_is_no_source(coder):
    frame = best(
        coder,
        "NAIROBI -- Kenyan President Uhuru Kenyatta has met Tanzanian President John Magufuli.",
    )
    assert frame.source is not None and "NAIROBI" not in frame.source.text
    assert {frame.source.country, frame.target.country} == {"KEN", "TZA"}


def test_what_a_side_moves_with_its_own_pronoun_is_not_its_target(coder):
    withdrawal = only(frames_of(coder, "Russia withdrew its troops from the border."), "087")
    assert withdrawal.source.country == "RUS" and withdrawal.target is None
    deployed = only(frames_of(coder, "NATO members deployed their warships near Libya."), "15")
    assert deployed.target is None or deployed.target.code == "LBY"  # the place, not the ships
    returned = only(frames_of(coder, "Iran returned the British sailors to London."), "08")
    assert returned.target is not None
