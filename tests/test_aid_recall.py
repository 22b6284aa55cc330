"""Aid reported without a giving verb of its own: aid that arrives ("aid from X reached Y"),
forces that arrive ("peacekeepers landed in Y"), aid nouns whose giver is named by "from" or
by the participle that modifies them ("a package approved by X"), growth of aid, money paid
out, refugees let in; and the look-alikes that are no aid."""

from __future__ import annotations

from helpers import best, countries, frames_of, plover


def _aid_frames(coder, text: str) -> list:
    return [f for f in frames_of(coder, text) if f.cameo.startswith("07")]


def test_aid_from_a_donor_that_reaches_a_place_is_the_donor_aiding_it(coder) -> None:
    frame = best(coder, "Humanitarian aid from Turkey reached Gaza on Tuesday.")
    assert frame.cameo == "070"
    assert countries(frame) == ("TUR", "PSE")


def test_aid_arriving_in_a_country_is_aid_to_it(coder) -> None:
    frame = best(coder, "Aid from Japan arrived in Bangladesh on Friday.")
    assert frame.cameo == "070"
    assert countries(frame) == ("JPN", "BGD")


def test_a_convoy_of_supplies_is_sent_by_the_actor_named_inside_it(coder) -> None:
    frame = best(coder, "A convoy of relief supplies from the Red Cross reached Aleppo.")
    assert frame.cameo == "070"
    assert frame.source is not None and "Red Cross" in (frame.source.text or "")


def test_a_shipment_of_national_goods_comes_from_that_nation(coder) -> None:
    frame = best(coder, "A consignment of Chinese medical supplies reached Zimbabwe.")
    assert frame.cameo == "070"
    assert countries(frame) == ("CHN", "ZWE")
    landed = best(coder, "The first shipment of U.S. vaccines landed in Lagos.")
    assert landed.cameo == "070"
    assert countries(landed)[0] == "USA"


def test_peacekeepers_arriving_are_military_aid_not_a_visit(coder) -> None:
    frame = best(coder, "Chinese peacekeepers arrived in South Sudan on Monday.")
    assert frame.cameo == "074"
    assert countries(frame) == ("CHN", "SSD")
    landed = best(coder, "Indian peacekeepers landed in South Sudan.")
    assert (landed.cameo, countries(landed)) == ("074", ("IND", "SSD"))


def test_people_arriving_for_talks_still_visit(coder) -> None:
    frame = best(coder, "The Prime Minister arrived in Tokyo for talks.")
    assert plover(coder, frame) == "CONSULT"


def test_things_that_are_no_aid_arriving_report_no_aid(coder) -> None:
    assert not _aid_frames(coder, "The convoy of Israeli tanks reached the outskirts of the city.")
    assert not frames_of(coder, "The storm reached Florida on Monday.")


def test_a_package_approved_by_a_donor_is_the_donor_giving_it(coder) -> None:
    frame = best(coder, "An aid package approved by the EU for Greece was welcomed in Athens.")
    assert frame.cameo == "070"
    assert frame.source is not None and frame.source.code == "IGOEUR"


def test_a_contribution_from_a_donor_is_given_by_it(coder) -> None:
    text = (
        "The project was launched with a contribution of EUR 56 million"
        " from the European Commission."
    )
    frame = best(coder, text)
    assert frame.cameo == "070"
    assert frame.source is not None and frame.source.code == "IGOEUR"


def test_an_announced_increase_in_aid_is_aid(coder) -> None:
    frame = best(coder, "Germany announced an increase in aid to Jordan.")
    assert frame.cameo == "070"
    assert countries(frame) == ("DEU", "JOR")


def test_disbursing_money_to_a_country_is_economic_aid(coder) -> None:
    frame = best(coder, "The IMF disbursed a second tranche to Ukraine.")
    assert frame.cameo == "071"
    assert countries(frame)[1] == "UKR"


def test_opening_borders_to_refugees_is_humanitarian_aid_not_easing_a_blockade(coder) -> None:
    frame = best(coder, "Britain opened its doors to Ukrainian refugees.")
    assert frame.cameo == "075"
    assert countries(frame)[0] == "GBR"
    border = best(coder, "Egypt opened its border with Gaza.")
    assert plover(coder, border) == "YIELD"


def test_pledged_aid_stays_an_intent(coder) -> None:
    frame = best(coder, "Germany pledged $20 million in aid to Sudan.")
    assert frame.cameo.startswith("03")


def test_aid_workers_killed_and_abstract_aiding_are_no_aid(coder) -> None:
    assert not _aid_frames(coder, "Three aid workers were killed in Darfur.")
    assert not _aid_frames(coder, "The ruling aided the defence.")
    assert not _aid_frames(coder, "The aid convoy was attacked near the border.")
