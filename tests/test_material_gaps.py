"""Material acts (PLOVER AID ... YIELD) that were missed or given the wrong parties: shows of
force at a border, forces sent by passive verbs, victims who "died in an attack", lemmas the
tagger gets wrong, and fixed expressions of coercion, retreat and protest."""

from __future__ import annotations

import pytest

from helpers import best, countries, frames_of, plover

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Moscow massed tanks along the Latvian border.", "LVA"),
        ("Sudan has moved troops to its border with Chad.", "TCD"),
        ("Uganda amassed thousands of soldiers on the Rwandan frontier.", "RWA"),
        ("Pakistan deployed troops in Kashmir near the Indian border.", "IND"),
    ],
)
def test_a_show_of_force_at_a_border_is_aimed_across_it(coder, text: str, target: str) -> None:
    frame = best(coder, text)
    assert plover(coder, frame) == "MOBILIZE"
    assert countries(frame)[1] == target


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia massed hundreds of troops in the region.",
        "Chile stationed 2,000 soldiers in the north.",
        "Greece called up its reservists.",
        "Colombia rushed reinforcements to the province.",
    ],
)
def test_moving_or_calling_up_forces_mobilises_and_the_forces_are_no_target(
    coder, text: str
) -> None:
    frame = best(coder, text)
    assert plover(coder, frame) == "MOBILIZE"
    assert frame.target is None or frame.target.sector != "MIL"


@pytest.mark.parametrize(
    ("text", "mobilize"),
    [
        ("Beijing held naval exercises near the Japanese islands.", True),
        ("The Iranian navy staged war games in the Strait of Hormuz.", True),
        ("Jordan and the United States held military exercises in the desert.", False),
    ],
)
def test_military_exercises_without_a_partner_show_force(coder, text: str, mobilize: bool) -> None:
    frame = best(coder, text)
    assert (plover(coder, frame) == "MOBILIZE") is mobilize
    if not mobilize:
        assert plover(coder, frame) == "COOPERATE"


def test_forces_sent_by_a_passive_verb_stand_for_their_sender(coder) -> None:
    frame = best(coder, "UN peacekeepers were deployed to Liberia in 2003.")
    assert frame.source is not None and frame.source.code.startswith("IGO")
    assert countries(frame)[1] == "LBR"


def test_victims_who_died_in_an_attack_are_its_target(coder) -> None:
    frame = best(coder, "Four Malian soldiers died in an attack by jihadists near Gao.")
    assert plover(coder, frame) == "ASSAULT"
    assert frame.target is not None and frame.target.code == "MLIMIL"


def test_a_verb_the_tagger_mislemmatises_is_still_known(coder) -> None:
    frame = best(coder, "Militiamen raped women in the camp, witnesses said.")
    assert frame.cameo == "1821"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A Bahraini court sentenced the activist to five years in prison.", "173"),
        ("Egypt put the journalists on trial.", "173"),
        ("Bolivia nationalised the country's gas fields.", "1711"),
        ("The defence minister stepped down after the scandal.", "0831"),
        ("The United States pulled its marines out of Somalia.", "087"),
        ("Canada withdrew from the Kyoto Protocol in 2011.", "160"),
        ("Government troops recaptured the rebel stronghold.", "192"),
        ("Soldiers burned down the village of Ban Pa.", "1712"),
    ],
)
def test_fixed_expressions_of_material_acts(coder, text: str, cameo: str) -> None:
    assert best(coder, text).cameo == cameo


def test_a_withdrawal_out_of_a_country_is_aimed_at_it(coder) -> None:
    assert countries(best(coder, "Vietnam pulled its troops out of Cambodia in 1989."))[1] == "KHM"


def test_taking_to_the_streets_is_a_demonstration_with_no_place_target(coder) -> None:
    frame = best(coder, "Opposition supporters took to the streets of Lusaka.")
    assert frame.cameo == "141"
    assert frame.target is None


def test_a_protest_outside_an_embassy_is_aimed_at_its_country(coder) -> None:
    frame = best(coder, "Hundreds of Filipinos demonstrated outside the Chinese embassy.")
    assert plover(coder, frame) == "PROTEST"
    assert countries(frame)[1] == "CHN"


def test_a_protest_at_a_flag_is_aimed_at_its_owner_first(coder) -> None:
    frames = frames_of(coder, "Protesters burned U.S. flags outside the embassy in Amman.")
    assert countries(frames[0])[1] == "USA"


def test_an_act_in_a_clause_of_time_is_background_to_the_main_clause(coder) -> None:
    text = (
        "Ethiopia was ready to pull out its troops once African Union troops were sent to Somalia."
    )
    assert best(coder, text).source.country == "ETH"


def test_who_died_when_an_attack_came_is_its_target(coder) -> None:
    frame = best(coder, "Six Somali soldiers died when militants attacked their base.")
    assert plover(coder, frame) == "ASSAULT"
    assert frame.target is not None and frame.target.code == "SOMMIL"


def test_coordinated_forces_moved_are_no_target(coder) -> None:
    frame = best(coder, "Iran moved tanks and troops to the Iraqi border.")
    assert countries(frame) == ("IRN", "IRQ")


def test_setting_fire_to_houses_destroys_property(coder) -> None:
    assert best(coder, "Soldiers set fire to dozens of houses in the village.").cameo == "1712"
