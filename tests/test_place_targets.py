"""Two ways a target is found in what is not an object: the country a material act is done
in ("deployed troops in Libya" -> LBY), and the second of two coordinated modifiers of a joint
act's subject ("British and EU negotiators failed to reach a deal")."""

from __future__ import annotations

import pytest

from helpers import frames_of, only


def _codes(frame) -> tuple[str | None, str | None]:
    return (
        frame.source.code if frame.source else None,
        frame.target.code if frame.target else None,
    )


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        (
            "Turkey's parliament approved troop deployments in Libya on Thursday.",
            "15",
            "TUR",
            "LBY",
        ),
        ("Libya's Haftar declared a ceasefire in Tripoli.", "08", "LBY", "LBY"),
        ("The government extended the curfew in Jamaica.", "17", None, "JAM"),
        ("Medecins Sans Frontieres flew 13 tons of medicine into Afghanistan.", "07", "NGO", "AFG"),
        ("The United Nations delivered food aid in Somalia on Monday.", "07", "IGO", "SOM"),
        ("Ethiopian troops launched an offensive in Somalia.", "19", "ETH", "SOM"),
        ("Soviet troops imposed martial law in Afghanistan in 1980.", "17", None, "AFG"),
        ("The Indian army carried out airstrikes in Pakistan.", "19", "IND", "PAK"),
        ("Israeli warplanes struck targets in the Gaza Strip overnight.", "19", "ISR", "PSE"),
        # a region and a city in a container phrase stand for their country
        ("The rebels declared a unilateral ceasefire in Mindanao.", "08", None, "PHL"),
        (
            "The government lifted the state of emergency in the northern city of Kunduz.",
            "08",
            None,
            "AFG",
        ),
    ],
)
def test_material_act_done_in_a_country_targets_it(coder, text, root, source, target):
    frame = only(frames_of(coder, text), root)
    assert frame.target is not None, text
    assert frame.target.code == target  # the country alone: no sector
    assert frame.target.sector is None
    if source is not None:
        assert frame.source is not None and (frame.source.country or "").startswith(source)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # a named participant beats the place
        ("Nigerian troops killed 12 militants in Borno state.", "18", "REB"),
        ("Iranian officials met Iraqi officials in Geneva.", "04", "IRQGOV"),
        ("China sent 500 peacekeepers to South Sudan.", "07", "SSDGOV"),
    ],
)
def test_a_named_target_beats_the_place(coder, text, root, target):
    assert _codes(only(frames_of(coder, text), root))[1] == target


@pytest.mark.parametrize(
    "text",
    [
        # statements, meetings, protests and resignations happen at a venue, not to it
        "The Chinese foreign minister said in Beijing that the talks would continue.",
        "The ministers met in Cairo to discuss the crisis.",
        "North Korean officials held talks in Shenyang on Wednesday.",
        "Thousands of protesters rallied in Paris against the pension reform.",
        "Egypt's president resigned in Cairo.",
    ],
)
def test_a_venue_is_no_target(coder, text):
    for frame in frames_of(coder, text):
        assert frame.target is None or frame.target.sector is not None, (text, _codes(frame))


@pytest.mark.parametrize(
    ("text", "source", "target", "target_text"),
    [
        (
            "British and EU negotiators failed to reach a deal on Friday.",
            "GBRGOV",
            "IGOEUR",
            "EU negotiators",
        ),
        (
            "Pakistan and Afghanistan's intelligence services agreed to share information.",
            "PAKSPY",
            "AFGSPY",
            "Afghanistan's intelligence services",
        ),
        ("Russian and Ukrainian negotiators met in Istanbul.", "RUSGOV", "UKRGOV", None),
        ("Greek and Turkish foreign ministers met in Athens.", "GRCGOV", "TURGOV", None),
        (
            "French and German ministers signed an agreement on defence cooperation.",
            "FRAGOV",
            "DEUGOV",
            None,
        ),
        (
            "US and Chinese trade negotiators reached a preliminary agreement.",
            "USAGOV",
            "CHNGOV",
            "Chinese trade negotiators",
        ),
    ],
)
def test_coordinated_modifiers_of_a_joint_act_are_its_two_parties(
    coder, text, source, target, target_text
):
    frame = frames_of(coder, text)[0]
    assert _codes(frame) == (source, target)
    if target_text is not None:
        assert frame.target.text == target_text


def test_coordinated_bodies_are_two_parties(coder):
    frame = frames_of(coder, "House and Senate negotiators reached a deal on the budget.")[0]
    assert frame.source is not None and frame.source.text == "House"
    assert frame.target is not None and frame.target.text == "Senate negotiators"


@pytest.mark.parametrize(
    "text",
    [
        # one-sided acts: both modifiers are the source
        "Brazilian and Argentine police arrested ten suspects.",
        "Kenyan and Ugandan troops attacked militants.",
    ],
)
def test_coordinated_modifiers_of_a_one_sided_act_stay_one_source(coder, text):
    for frame in frames_of(coder, text):
        assert frame.target is None or frame.target.country is None, _codes(frame)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # an agreement or a threat to do a material act in a place targets its country
        (
            "Palestinian factions have agreed to lay down their weapons in eastern Lebanon.",
            "03",
            "LBN",
        ),
        ("Russia threatened to launch air strikes in Syria.", "13", "SYR"),
    ],
)
def test_wrapped_material_act_done_in_a_country_targets_it(coder, text, root, target):
    assert _codes(only(frames_of(coder, text), root))[1] == target


def test_agreeing_to_meet_somewhere_targets_no_venue(coder):
    for frame in frames_of(coder, "Ethiopia and Eritrea agreed to hold talks in Geneva."):
        assert frame.target is None or frame.target.country != "CHE", _codes(frame)
