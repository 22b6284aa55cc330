"""Joint acts, event nouns whose verb says whether they happened, and leaving agreements.

A joint operation, patrol or task force is cooperation between its partners; two
nationalities on one acting noun make two parties; an event noun that is the subject of
"was completed" or "began" happened with its own roles, of "was postponed" it did not; and
leaving a treaty reduces relations (16x), with no place in the treaty's name as a target."""

from __future__ import annotations

import pytest

from helpers import best, countries, frames_of, only, plover
from tidings.model import Modality

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kenyan and Ugandan police launched a joint operation against cattle rustlers.",
            {"KEN", "UGA"},
        ),
        ("Peru and Ecuador launched joint patrols along the border.", {"PER", "ECU"}),
        (
            "Brazil formed a joint task force with Colombia to fight drug trafficking.",
            {"BRA", "COL"},
        ),
        ("Turkish and Russian troops conducted joint patrols in northern Syria.", {"TUR", "RUS"}),
    ],
)
def test_a_joint_operation_is_cooperation_between_the_partners(coder, text, pair) -> None:
    frame = only(frames_of(coder, text), "06")
    assert plover(coder, frame) == "COOPERATE"
    assert set(countries(frame)) == pair


def test_an_act_of_two_nationalities_on_a_third_party_is_done_by_each(coder) -> None:
    frames = frames_of(coder, "Iraqi and U.S. forces jointly raided the rebel compound.")
    assaults = [f for f in frames if f.cameo.startswith("19")]
    assert {f.source.country for f in assaults if f.source} == {"IRQ", "USA"}


def test_forces_backing_forces_cooperate_militarily(coder) -> None:
    frame = only(frames_of(coder, "Iraqi troops backed by U.S. forces retook the town."), "06")
    assert frame.cameo == "062"
    assert countries(frame) == ("USA", "IRQ")


def test_backing_a_plan_stays_an_endorsement(coder) -> None:
    assert best(coder, "Germany backed the French plan for the euro.").cameo == "051"


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        (
            "The withdrawal of Syrian troops from Lebanon was completed on Tuesday.",
            "0874",
            ("SYR", "LBN"),
        ),
        ("The delivery of Japanese aid to the region began on Friday.", "070", ("JPN", None)),
        ("The evacuation of civilians by the Red Cross resumed on Sunday.", "073", None),
    ],
)
def test_an_event_noun_completed_or_begun_happened(coder, text, code, pair) -> None:
    frame = best(coder, text)
    assert frame.cameo == code
    assert frame.modality is Modality.ASSERTED
    if pair is not None:
        assert countries(frame) == pair


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal of Syrian troops from Lebanon was postponed.",
        "The release of Palestinian prisoners by Israel was delayed until next week.",
        "The deployment of British troops to Basra was called off.",
        "The deployment of Dutch troops to Mali was cancelled.",
    ],
)
def test_an_event_noun_postponed_or_cancelled_did_not_happen(coder, text) -> None:
    frames = frames_of(coder, text)
    assert all(f.modality is not Modality.ASSERTED for f in frames)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United States pulled out of the nuclear treaty with Russia.", "RUS"),
        ("North Korea pulled out of the nuclear agreement with the United States.", "USA"),
        ("President Trump withdrew from the Paris climate agreement.", None),
        ("Russia withdrew from the Intermediate-Range Nuclear Forces Treaty.", None),
        ("Ukraine pulled out of the Minsk accords.", None),
    ],
)
def test_leaving_an_agreement_reduces_relations(coder, text, target) -> None:
    frame = best(coder, text)
    assert frame.cameo == "160"
    assert countries(frame)[1] == target


def test_troops_leaving_a_country_still_retreat(coder) -> None:
    frame = best(coder, "Syrian troops pulled out of Lebanon.")
    assert frame.cameo.startswith("087")
