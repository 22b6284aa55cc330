"""Wire forms of armed attacks the rule coder missed: invasions, rockets fired into a
country, missiles launched against one, claimed attacks, hostages taken and bombs that
explode; a missile test fired into the sea stays a show of force."""

from __future__ import annotations

import pytest
from tests.helpers import countries, frames_of, only, plover


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iraq invaded Kuwait in August 1990.", ("IRQ", "KWT")),
        ("The invasion of Iraq by the United States began in March 2003.", ("USA", "IRQ")),
    ],
)
def test_an_invasion_is_an_armed_attack(coder, text: str, pair: tuple[str, str]) -> None:
    frame = only(frames_of(coder, text), "19")
    assert frame.cameo == "190"
    assert plover(coder, frame) == "ASSAULT"
    assert countries(frame) == pair


def test_rockets_fired_into_a_country_attack_it(coder) -> None:
    text = "Palestinian militants fired rockets into southern Israel."
    frame = only(frames_of(coder, text), "19")
    assert countries(frame) == ("PSE", "ISR")


def test_firing_into_a_crowd_is_shooting(coder) -> None:
    frames = frames_of(coder, "Soldiers fired into a crowd of protesters in Conakry on Monday.")
    assert only(frames, "193")


def test_missiles_fired_into_the_sea_are_a_show_of_force(coder) -> None:
    frames = frames_of(coder, "North Korea fired two short-range missiles into the sea.")
    assert [f.cameo for f in frames] == ["150"]


def test_missiles_launched_against_a_state_strike_it(coder) -> None:
    frame = only(frames_of(coder, "The United States launched cruise missiles against Iraq."), "19")
    assert frame.cameo == "195"
    assert countries(frame) == ("USA", "IRQ")


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        ("Al-Qaeda claimed responsibility for the bombing of the embassy in Nairobi.", "AQD", "18"),
        ("Boko Haram claimed responsibility for the kidnapping of the schoolgirls.", "NGA", "18"),
        ("Islamic State claimed the attacks in Paris that killed 130 people.", "ISI", "19"),
    ],
)
def test_the_claimant_of_an_attack_carries_it_out(coder, text: str, source: str, root: str) -> None:
    frames = frames_of(coder, text)
    assert not [f for f in frames if f.cameo in {"015", "010"}]
    frame = only(frames, root)
    assert frame.source is not None
    assert source in {frame.source.country, frame.source.code[3:] if frame.source.code else None}


def test_denying_responsibility_stays_a_denial(coder) -> None:
    frames = frames_of(coder, "Hamas denied responsibility for the bombing in Tel Aviv.")
    assert frames[0].cameo == "016"


@pytest.mark.parametrize(
    "text",
    [
        "Militants took 41 foreigners hostage at a gas plant in Algeria.",
        "Rebels seized a school in the town, taking more than 1,000 people hostage.",
    ],
)
def test_taking_people_hostage_is_an_abduction(coder, text: str) -> None:
    assert only(frames_of(coder, text), "181")


def test_a_bomb_planted_by_a_group_that_explodes_is_its_bombing(coder) -> None:
    frames = frames_of(coder, "A car bomb planted by ETA exploded outside a police barracks.")
    frame = only(frames, "183")
    assert frame.source is not None and frame.source.country == "ESP"
