"""Fixed expressions the rule coder missed: joining forces, pressing and lobbying for
something, seeking peace with a party, calling a party names, forces leaving a country,
receiving a visitor, and armed men named by the leader they are loyal to."""

from __future__ import annotations

import pytest
from tests.helpers import best, countries, frames_of


def test_joined_forces_is_cooperation_with_the_partner(coder) -> None:
    frame = best(coder, "France joined forces with Germany to fight piracy.")
    assert frame.cameo == "060"
    assert countries(frame) == ("FRA", "DEU")


def test_the_forces_joined_are_no_party(coder) -> None:
    frames = frames_of(coder, "The rebels have joined forces with the army.")
    joined = [f for f in frames if f.cameo == "060"]
    assert joined
    assert all("forces" not in (f.target.text if f.target else "") for f in joined)


def test_joining_a_strike_is_still_a_strike(coder) -> None:
    assert best(coder, "Teachers in Kenya joined the strike on Monday.").cameo == "143"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is pressing for a ceasefire in Syria.",
        "Kenya has been lobbying for the release of its citizens.",
    ],
)
def test_pressing_and_lobbying_for_an_act_request_it(coder, text: str) -> None:
    assert best(coder, text).cameo.startswith("02")


def test_pressed_x_for_y_asks_x(coder) -> None:
    frame = best(coder, "Washington pressed Tokyo for greater access to its markets.")
    assert frame.cameo.startswith("02")
    assert countries(frame) == ("USA", "JPN")


def test_lobbying_a_party_asks_it(coder) -> None:
    frame = best(coder, "Britain lobbied Brussels for a better deal on fishing rights.")
    assert frame.cameo.startswith("02")
    assert frame.target is not None


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India is seeking peace with Pakistan.", ("IND", "PAK")),
        ("Ethiopia sought reconciliation with Eritrea.", ("ETH", "ERI")),
    ],
)
def test_seeking_peace_with_a_party_is_intent_to_settle(coder, text: str, pair) -> None:
    frame = best(coder, text)
    assert frame.cameo == "036"
    assert countries(frame) == pair


def test_seeking_aid_is_still_a_request(coder) -> None:
    assert best(coder, "Nepal sought assistance from India.").cameo == "020"


@pytest.mark.parametrize(
    "text",
    ["Iran called the US president a liar.", "China called the Japanese decision a provocation."],
)
def test_calling_a_party_a_negative_name_criticises_it(coder, text: str) -> None:
    frame = best(coder, text)
    assert frame.cameo == "111"
    assert frame.source is not None


def test_calling_a_party_a_partner_praises_it(coder) -> None:
    frame = best(coder, "The Indian prime minister called Japan a close partner.")
    assert frame.cameo == "051"
    assert countries(frame) == ("IND", "JPN")


def test_calling_a_person_is_still_a_phone_call(coder) -> None:
    assert best(coder, "Obama called Merkel on Tuesday.").cameo == "041"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Soviet troops left Afghanistan in 1989.", ("RUS", "AFG")),
        ("American forces are leaving Iraq.", ("USA", "IRQ")),
        ("The United States is leaving Afghanistan after twenty years.", ("USA", "AFG")),
    ],
)
def test_forces_leaving_a_country_withdraw(coder, text: str, pair) -> None:
    frame = best(coder, text)
    assert frame.cameo.startswith("087")
    assert countries(frame) == pair


@pytest.mark.parametrize(
    "text",
    [
        "The French minister left for Paris on Monday.",
        "The Kenyan delegation left Paris on Monday.",
        "Millions of refugees have left Syria.",
    ],
)
def test_people_leaving_a_place_is_no_withdrawal(coder, text: str) -> None:
    assert not [f for f in frames_of(coder, text) if f.cameo.startswith("087")]


def test_received_by_a_host_is_hosting(coder) -> None:
    frame = best(coder, "The Iranian foreign minister was received by President Assad.")
    assert frame.cameo == "043"
    assert countries(frame) == ("SYR", "IRN")


def test_receiving_a_visiting_leader_is_hosting(coder) -> None:
    frame = best(coder, "Egypt's president received the visiting Pakistani prime minister.")
    assert frame.cameo == "043"
    assert countries(frame) == ("EGY", "PAK")


def test_receiving_aid_is_still_aid(coder) -> None:
    frame = best(coder, "Kenya received aid from the European Union.")
    assert frame.cameo == "070"


def test_receiving_threats_is_no_visit(coder) -> None:
    frames = frames_of(coder, "The Kenyan minister received death threats.")
    assert not [f for f in frames if f.cameo.startswith("04")]


def test_forces_loyal_to_a_leader_are_his_countrys_military(coder) -> None:
    frame = best(coder, "Troops loyal to President Assad shelled the town of Homs.")
    assert frame.source is not None
    assert (frame.source.country, frame.source.sector) == ("SYR", "MIL")
    assert "Assad" in frame.source.text


def test_fighters_loyal_to_a_rebel_group_are_rebels(coder) -> None:
    frame = best(coder, "Fighters loyal to the Taliban ambushed a government convoy.")
    assert frame.source is not None
    assert (frame.source.country, frame.source.sector) == ("AFG", "REB")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea conducted artillery drills near the disputed maritime border.",
        "The Iranian navy staged rocket drills in the Gulf.",
    ],
)
def test_drills_of_a_named_arm_are_a_show_of_force(coder, text: str) -> None:
    assert best(coder, text).cameo.startswith("15")


def test_civil_drills_are_no_show_of_force(coder) -> None:
    frames = frames_of(coder, "Japan held earthquake drills in Tokyo.")
    assert not any(frame.cameo.startswith("15") for frame in frames)


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia halted oil shipments to Lebanon.",
        "Russia cut off gas to Ukraine on Monday.",
        "Iran stopped exports of fuel to Afghanistan.",
    ],
)
def test_stopping_supplies_to_a_country_stops_material_aid(coder, text: str) -> None:
    frame = best(coder, text)
    assert frame.cameo == "162" and countries(frame)[1] is not None


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Biden called Erdogan on Tuesday.", ("USA", "TUR")),
        ("Macron called Zelensky after the attack.", ("FRA", "UKR")),
    ],
)
def test_a_leader_called_by_name_is_a_phone_call(coder, text: str, pair) -> None:
    """spaCy reads the name as a predicate complement ("called him a liar")."""
    frame = best(coder, text)
    assert frame.cameo == "041" and countries(frame) == pair


def test_calling_a_leader_names_is_still_an_insult(coder) -> None:
    assert best(coder, "Chavez called Bush a liar.").cameo == "111"
