"""Material aid in the forms wire copy reports it: sums in any currency, supplies flown or
handed over, gifts named by the nation of what is given, aid a receiver "gets", gifts whose
recipient is only the place of their beneficiaries or purpose, refugees taken in, and troops
sent to keep the peace or at a government's request; with the look-alikes that stay what
they are (an ordinary troop build-up, a handover of territory or prisoners)."""

from __future__ import annotations

from helpers import best, countries, frames_of, only, plover


def _aid(coder, text: str):
    """The first aid frame (CAMEO 07x) of the sentence."""
    return only(frames_of(coder, text), "07")


def test_a_sum_in_any_currency_is_given(coder) -> None:
    frame = _aid(coder, "Norway contributed 30 million crowns to the Palestinian Authority.")
    assert countries(frame) == ("NOR", "PSE")
    frame = _aid(coder, "Qatar delivered $150 million to Gaza for fuel and salaries.")
    assert countries(frame) == ("QAT", "PSE")


def test_supplies_handed_over_are_aid_but_territory_and_prisoners_are_not(coder) -> None:
    frame = _aid(coder, "Japan handed over 100 ambulances to the Philippines on Wednesday.")
    assert countries(frame) == ("JPN", "PHL")
    for text in (
        "Britain handed over Hong Kong to China in 1997.",
        "Russia handed over 50 prisoners to Ukraine in an exchange.",
    ):
        frame = best(coder, text)
        assert plover(coder, frame) == "YIELD", text


def test_a_passive_gift_comes_from_the_nation_named_on_it(coder) -> None:
    frame = _aid(coder, "German rescue teams were flown to Haiti on Thursday.")
    assert countries(frame) == ("DEU", "HTI")
    frame = _aid(coder, "French doctors and field hospitals were flown to the quake zone.")
    assert countries(frame)[0] == "FRA"


def test_people_sent_together_are_the_gift_not_its_receivers(coder) -> None:
    frames = frames_of(coder, "Cuba sent 165 doctors and nurses to Sierra Leone.")
    aid = [countries(f) for f in frames if f.cameo.startswith("07")]
    assert aid == [("CUB", "SLE")]


def test_a_receiver_that_gets_aid_is_its_target(coder) -> None:
    frame = _aid(coder, "Pakistan got $1.5 billion in aid from the United States in 2010.")
    assert countries(frame) == ("USA", "PAK")
    frame = _aid(coder, "Israel receives about $3 billion a year in military aid from Washington.")
    assert countries(frame) == ("USA", "ISR")
    frame = _aid(coder, "Egypt receives $1.3 billion in annual U.S. military aid.")
    assert countries(frame) == ("USA", "EGY")


def test_the_place_of_a_gifts_beneficiaries_or_purpose_receives_it(coder) -> None:
    cases = {
        "The United States provided $75 million in funding to fight Ebola in Liberia.": "LBR",
        "Canada has contributed $85 million to relief efforts in Haiti.": "HTI",
        "The European Commission released 20 million euros in humanitarian aid for Somalia.": (
            "SOM"
        ),
        "Germany donated 10 million euros for victims of the floods in Pakistan.": "PAK",
    }
    for text, target in cases.items():
        assert countries(_aid(coder, text))[1] == target, text


def test_refugees_taken_in_are_given_asylum(coder) -> None:
    for text, source in (
        ("Canada resettled 25,000 Syrian refugees by February.", "CAN"),
        ("Turkey is hosting 3.5 million Syrian refugees.", "TUR"),
        ("Britain admitted 20,000 Syrian refugees under the resettlement scheme.", "GBR"),
        ("Sweden took in 40,000 Iraqi refugees between 2006 and 2008.", "SWE"),
    ):
        frame = _aid(coder, text)
        assert frame.cameo == "075", text
        assert countries(frame)[0] == source, text


def test_arms_sold_or_a_gift_named_by_a_noun_are_aid(coder) -> None:
    frame = _aid(coder, "The United States sold Taiwan $6 billion worth of arms.")
    assert (frame.cameo, countries(frame)) == ("072", ("USA", "TWN"))
    frame = _aid(coder, "India's gift of 50,000 tonnes of wheat to Afghanistan arrived on Monday.")
    assert countries(frame) == ("IND", "AFG")


def test_troops_sent_to_keep_the_peace_or_on_request_are_protection(coder) -> None:
    for text, pair in (
        ("France sent 900 troops to join the UN peacekeeping force in Lebanon.", None),
        ("Brazil sent 1,200 soldiers to Haiti as part of the UN peacekeeping mission.", "HTI"),
        ("Saudi Arabia sent troops to Bahrain at the request of its government.", "BHR"),
    ):
        frame = only(frames_of(coder, text), "074")
        assert countries(frame)[0] in {"FRA", "BRA", "SAU"}, text
        if pair:
            assert countries(frame)[1] == pair, text


def test_an_ordinary_deployment_stays_a_show_of_force(coder) -> None:
    for text in (
        "India deployed additional troops to Kashmir after the attack.",
        "Russia deployed troops to the border as UN peacekeepers withdrew from the zone.",
        "Russia massed troops on the Ukrainian border on Tuesday.",
    ):
        assert any(f.cameo.startswith("15") for f in frames_of(coder, text)), text
        assert not any(f.cameo.startswith("07") for f in frames_of(coder, text)), text


def test_a_gift_that_helps_comes_from_its_giver(coder) -> None:
    frames = frames_of(
        coder, "Funding from the European Union helped Jordan cope with the refugee influx."
    )
    assert ("IGOEUR", "JORGOV") in [(f.source.code, f.target.code) for f in frames if f.target]


def test_help_from_no_actor_is_no_aid(coder) -> None:
    for text in (
        "Cooler weather aided firefighters battling the blaze in California.",
        "The falling dollar aided exports, economists said.",
        "Police said the gunmen were aided by insiders.",
    ):
        assert not any(f.cameo.startswith("07") for f in frames_of(coder, text)), text
    frame = _aid(coder, "Japan aided the victims of the earthquake in Turkey.")
    assert countries(frame)[0] == "JPN"


def test_aid_that_reaches_a_sum_grows_to_it(coder) -> None:
    frame = _aid(coder, "Japanese aid to Vietnam reached $1 billion in 2008, the embassy said.")
    assert countries(frame) == ("JPN", "VNM")


def test_troops_arriving_deploy_and_on_request_protect(coder) -> None:
    frame = best(coder, "The first U.S. troops arrived in Poland on Saturday.")
    assert (frame.cameo, countries(frame)) == ("154", ("USA", "POL"))
    frames = frames_of(
        coder, "French troops arrived in Bamako at the request of the Malian government."
    )
    assert countries(only(frames, "074")) == ("FRA", "MLI")
    assert countries(only(frames, "02")) == ("MLI", "FRA")


def test_a_gift_made_with_a_verb_comes_from_its_subject(coder) -> None:
    frame = _aid(
        coder, "Germany reinforced its commitment to Jordan with a contribution of €56 million."
    )
    assert countries(frame)[0] == "DEU"
    frames = frames_of(coder, "The rebels crossed the river with the aid of local guides.")
    assert not any(f.cameo.startswith("07") for f in frames)
