"""Requests and demands in their wire forms: the addressee of a demanded "that" clause whose
act the lexicon does not know, "X told Y to Z", "X wants Y to Z", an appeal made in a letter,
a call asking a named party to halt something (not a threat of sanctions), and a demand made
over some other act (the demand is the news, the act its occasion)."""

from __future__ import annotations

import pytest

from helpers import best, countries, frames_of, plover


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        # a demanded clause whose act is unknown still names whom the demand is made of
        ("South Korea demanded that Japan correct its history textbooks.", "10", "KOR", "JPN"),
        (
            "Palestinian negotiators demanded that Israel stop building in East Jerusalem.",
            "10",
            "PSE",
            "ISR",
        ),
        ("Bolivia insisted that Chile negotiate over sea access.", "10", "BOL", "CHL"),
        # "told Y to Z": an instruction, not a report of what was said
        ("Moscow told Belgrade to show restraint in Kosovo.", "02", "RUS", "SRB"),
        ("Washington told Islamabad to do more against the militants.", "02", "USA", "PAK"),
        # wanting someone else to act asks it of them
        (
            "China wants the United States to stop arms sales to Taiwan, a spokesman said.",
            "02",
            "CHN",
            "USA",
        ),
        # the letter an appeal is made in goes to the one asked
        (
            "In a letter to the Security Council, Pakistan asked for debt relief.",
            "02",
            "PAK",
            None,
        ),
    ],
)
def test_request_addressee(coder, text, root, source, target):
    frame = best(coder, text)
    assert frame.cameo.startswith(root), (frame.cameo, frame.rule)
    found_source, found_target = countries(frame)
    assert found_source == source
    if target is not None:
        assert found_target == target


def test_letter_addressee_is_the_target(coder):
    frame = best(coder, "In a letter to the Security Council, Pakistan asked for debt relief.")
    assert frame.target is not None and frame.target.code.startswith("IGO")


@pytest.mark.parametrize(
    "text",
    [
        "The United States renewed its call for Israel to halt the demolition of homes.",
        "The United States wants Israel to freeze all settlement activity, an official said.",
        "Britain called for Iran to suspend uranium enrichment.",
    ],
)
def test_asking_a_named_party_to_halt_is_no_threat(coder, text):
    """Only a call for sanctions against someone threatens them; a named party asked to stop
    or suspend something is asked (02x)."""
    frame = best(coder, text)
    assert plover(coder, frame) == "REQUEST", (frame.cameo, frame.rule)


def test_call_for_sanctions_still_threatens(coder):
    frame = best(coder, "Britain called for sanctions against Iran.")
    assert plover(coder, frame) == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "China demanded an apology from Japan over the prime minister's visit to the shrine.",
        "Russia demanded an explanation from Poland about the visit of its foreign minister.",
    ],
)
def test_demand_ranks_before_the_act_it_is_about(coder, text):
    frames = frames_of(coder, text)
    assert frames and frames[0].cameo.startswith("10"), [(f.cameo, f.rule) for f in frames]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow told reporters that the talks had gone well.",
        "The minister told parliament the budget would be cut.",
    ],
)
def test_telling_without_a_to_clause_stays_speech(coder, text):
    assert not any(f.cameo.startswith("02") for f in frames_of(coder, text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Thousands of Syrians sought refuge in Turkey after the fighting.", "SYR", "TUR"),
        ("Some 40,000 Burundians have sought refuge in Rwanda since April.", "BDI", "RWA"),
    ],
)
def test_refuge_is_sought_of_the_country_it_is_sought_in(coder, text, source, target):
    frame = best(coder, text)
    assert plover(coder, frame) == "REQUEST"
    assert countries(frame) == (source, target)


def test_help_sought_somewhere_names_no_target_by_place(coder):
    """Only refuge is asked of the place: "sought help in Geneva" asks no one in Geneva."""
    frame = best(coder, "Nepal sought international help in Geneva on Monday.")
    assert countries(frame)[1] != "CHE"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "EU foreign ministers said talks between Belgrade and Pristina were essential.",
            "IGOEUR",
            "SRBGOV",
        ),
        ("U.S. Secretary of State Colin Powell said a ceasefire was needed.", "USAGOV", None),
        ("The Arab League said a reform of the Security Council was required.", "IGOARL", None),
    ],
)
def test_act_said_to_be_needed_is_asked_for(coder, text, source, target):
    """The speaker asks for what they call needed, of whoever is to do it."""
    frame = best(coder, text)
    assert plover(coder, frame) == "REQUEST", (frame.cameo, frame.rule)
    assert frame.source is not None and frame.source.code == source
    assert (frame.target.code if frame.target else None) == target


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said no decision was needed before Friday.",
        "The minister said talks were not necessary.",
    ],
)
def test_need_denied_asks_nothing(coder, text):
    assert not any(f.cameo.startswith("02") for f in frames_of(coder, text))


def test_solution_needed_in_a_country_is_asked_for(coder):
    frame = best(coder, "EU leaders said a political solution was essential in Syria.")
    assert plover(coder, frame) == "REQUEST"
    assert frame.source is not None and frame.source.code == "IGOEUR"


@pytest.mark.parametrize(
    "text",
    [
        "Doctors said surgery was necessary to save his leg.",
        "Officials said more rain was needed to end the drought.",
        "Officials said foreigners were required to register with the police.",
    ],
)
def test_needs_naming_no_party_ask_nothing(coder, text):
    assert not any(f.cameo.startswith("02") for f in frames_of(coder, text))
