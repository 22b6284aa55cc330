"""Cooperative acts in their wire forms: backing given as a noun ("threw its weight behind",
"lent its support to"), working with a partner or building jointly, suspects handed over,
captives set free, property handed back, bans and sanctions ended or suspended, forces
removed, air raids paused, and whom a causative lets in ("allowed IAEA inspectors to visit
the site" allows international involvement, 086, rather than reporting the inspectors'
visit). What is agreed to comes before an infinitive of purpose ("agreed to a cease-fire to
end months of fighting" agrees to the cease-fire)."""

from __future__ import annotations

import pytest

from helpers import countries, frames_of, only, plover

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("Washington threw its weight behind Colombia's anti-drug plan.", "051", ("USA", "COL")),
        ("Italy lent its support to the Albanian bid to join NATO.", "051", ("ITA", "ALB")),
        ("The Arab League gave its backing to the Lebanese government.", "051", (None, "LBN")),
        ("Ankara stands firmly behind Baku in the dispute, the minister said.", "051", None),
        ("Paris agreed with Berlin's assessment of the Balkan crisis.", "051", ("FRA", "DEU")),
        ("Chirac expressed sympathy with the Algerian people after the quake.", "018", None),
    ],
)
def test_backing_in_its_wire_forms_is_support(coder, text, root, pair) -> None:
    frame = only(frames_of(coder, text), root[:2])
    assert frame.cameo == root
    assert plover(coder, frame) == "SUPPORT"
    if pair is not None:
        source, target = pair
        assert countries(frame)[1] == target
        assert source is None or countries(frame)[0] == source


def test_lending_support_is_no_loan(coder) -> None:
    frames = frames_of(coder, "Italy lent its support to the Albanian bid to join NATO.")
    assert not [f for f in frames if f.cameo.startswith("07")]


@pytest.mark.parametrize(
    "text",
    [
        "Australian police worked with Indonesian investigators to find the bombers.",
        "Spanish and French police worked together to dismantle the ETA cell.",
    ],
)
def test_working_with_a_partner_is_cooperation(coder, text) -> None:
    frame = only(frames_of(coder, text), "06")
    assert plover(coder, frame) == "COOPERATE"


def test_a_suspect_handed_over_to_another_state_is_judicial_cooperation(coder) -> None:
    frame = only(
        frames_of(coder, "Kenya handed over the bombing suspect to U.S. authorities."), "06"
    )
    assert frame.cameo == "063"
    assert countries(frame)[0] == "KEN"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Iran set free three American hikers on Wednesday.", "0841"),
        ("China handed back the U.S. spy plane in July 2001.", "084"),
        ("Britain ended its ban on gay soldiers in 2000.", "081"),
        ("The European Union suspended its visa ban on Belarusian officials.", "081"),
        ("Washington unfroze Iranian assets worth billions of dollars.", "085"),
        ("Russia removed its troops from Moldova's Transdniestria region.", "0874"),
        ("NATO suspended its air strikes on Yugoslavia.", "087"),
        ("Mexico quit as chair of the regional body.", "0831"),
    ],
)
def test_concessions_and_retreats_are_yield(coder, text, root) -> None:
    frame = only(frames_of(coder, text), root[:3])
    assert frame.cameo == root
    assert plover(coder, frame) == "YIELD"


@pytest.mark.parametrize(
    "text",
    [
        "Iran allowed IAEA inspectors to visit the Parchin military site.",
        "Myanmar allowed foreign aid workers to enter the cyclone-hit delta.",
        "Sudan allowed humanitarian relief to reach Darfur.",
    ],
)
def test_letting_inspectors_or_aid_in_allows_involvement(coder, text) -> None:
    frame = only(frames_of(coder, text), "086")
    assert plover(coder, frame) == "YIELD"
    assert frame.source is not None


def test_agreeing_to_freeze_a_programme_is_an_agreement_not_a_threat(coder) -> None:
    frames = frames_of(coder, "North Korea agreed to freeze its nuclear programme in 1994.")
    frame = only(frames, "03")
    assert plover(coder, frame) == "AGREE"
    assert not [f for f in frames if f.cameo.startswith("13")]


def test_what_is_agreed_to_comes_before_the_purpose(coder) -> None:
    text = "India and Pakistan agreed to a cease-fire to end months of fighting in Kashmir."
    frames = frames_of(coder, text)
    frame = only(frames, "03")
    assert frame.cameo == "0356"
    assert set(countries(frame)) == {"IND", "PAK"}
    assert not [f for f in frames if f.cameo.startswith("13")]


def test_what_two_states_build_jointly_is_cooperation_between_them(coder) -> None:
    frames = frames_of(coder, "Argentina and Brazil jointly developed a nuclear fuel plant.")
    frame = only(frames, "060")
    assert set(countries(frame)) == {"ARG", "BRA"}
