"""A target that names no actor ("the demands", "talks", "the decision") points, through its
prepositional phrases, at the party the act reaches: "conceded to the demands of the striking
miners" is aimed at the miners. The source is never its own target, and phrases naming a
place, a topic or what is sought ("talks in Geneva", "demands for independence") add none."""

from __future__ import annotations

import pytest

from helpers import frames_of, only


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # "of": the owner or agent of a non-actor noun
        (
            "The Chilean government conceded to the demands of the striking copper miners.",
            "08",
            "LAB",
        ),
        (
            "Abuja expressed support for the position of the Ghanaian government on the crisis.",
            "05",
            "GHAGOV",
        ),
        ("Kenya agreed to the request of the Somali government for more troops.", "03", "SOMGOV"),
        # "with": the partner of talks a wrapper refuses
        ("Pakistan refused direct talks with the Afghan government.", "12", "AFGGOV"),
        # "by": the author of a decision
        (
            "Beijing welcomed the decision by the African Union to lift the suspension of Mali.",
            "05",
            "IGOAFU",
        ),
        # "on" for a hostile event: what it hit
        ("The UN condemned the attack on the Turkish embassy in Kabul.", "11", "TURGOV"),
    ],
)
def test_party_inside_a_non_actor_target(coder, text, root, target):
    frame = only(frames_of(coder, text), root)
    assert frame.target is not None, text
    assert frame.target.code is not None and target in frame.target.code, frame.target


@pytest.mark.parametrize(
    ("text", "root", "country"),
    [
        # an event noun's own doer comes before its patient (a state's protest is a complaint, 11)
        ("India protested the detention of its fishermen by Sri Lankan naval forces.", "11", "LKA"),
        ("Turkey demanded the extradition of the cleric from the United States.", "10", "USA"),
        # the nearer party of the noun, not a place further inside
        ("The EU welcomed the withdrawal of Russian troops from Georgia.", "05", "RUS"),
    ],
)
def test_doer_of_an_event_target_comes_first(coder, text, root, country):
    frame = only(frames_of(coder, text), root)
    assert frame.target is not None and frame.target.country == country, frame.target


@pytest.mark.parametrize(
    "text",
    [
        "The court rejected the ruling of the court.",  # the source itself
        "Indonesia held talks in Geneva on Monday.",  # a place
        "The rebels renewed their demands for independence.",  # what is sought
    ],
)
def test_no_party_from_source_place_or_aim(coder, text):
    assert all(frame.target is None for frame in frames_of(coder, text)), text


def test_a_pair_inside_the_target_gives_one_party(coder):
    text = "Diplomatic contacts between Havana and Washington have been frozen for years."
    frames = frames_of(coder, text)
    assert len([frame for frame in frames if frame.target is not None]) <= 1


@pytest.mark.parametrize(
    "text",
    [
        # a named possessor owns the noun: no party further inside it
        "Moscow said it would recognise Transnistria's unilateral independence from Moldova.",
        # the source's own side
        "U.S. Ambassador John Bass promised Washington's support for the Afghan economy.",
    ],
)
def test_owner_or_own_side_is_not_passed_over(coder, text):
    frames = frames_of(coder, text)
    assert all(f.target is None or f.target.country not in {"MDA", "USA"} for f in frames), text


def test_threat_made_in_a_letter_is_aimed_at_its_addressee(coder):
    text = (
        "The Serbian president sent a letter to the head of the European Commission"
        " threatening to suspend the talks."
    )
    frame = only(frames_of(coder, text), "13")
    assert frame.target is not None and frame.target.code == "IGOEUR", frame.target


def test_condemnation_in_a_letter_is_not_aimed_at_its_addressee(coder):
    text = "The Iranian foreign minister sent a letter to the UN chief condemning the attack."
    frame = only(frames_of(coder, text), "11")
    assert frame.target is None or not frame.target.code.startswith("IGOUNO"), frame.target
