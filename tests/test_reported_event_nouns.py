"""Events that news copy carries in nouns and whose doer the parse hides.

Sentences written for these tests, in wire shapes that used to yield no event at all: an
event noun whose "by" agent the parser hangs on its "of" object, "X's decision to <act>", an
event noun the clause says took place ("there were protests against X", "clashes broke out",
"the ceasefire will take effect"), a crowd protesting, "was behind the coup attempt", and
nominalisations the lexicon lacked ("recognition of X's independence", "the delivery of
tanks").
"""

from __future__ import annotations

import pytest

from helpers import countries, frames_of, only


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "The arrest of the opposition leader by Russian authorities sparked protests.",
            "17",
            ("RUS", None),
        ),
        (
            "The killing of two Indian soldiers by Maoist rebels sparked outrage in Delhi.",
            "18",
            (None, "IND"),
        ),
    ],
)
def test_by_agent_hung_on_the_of_object_does_the_act(
    coder, text: str, root: str, pair: tuple[str | None, str | None]
) -> None:
    frame = only(frames_of(coder, text), root)
    assert frame.source is not None
    source, target = countries(frame)
    if pair[0] is not None:
        assert source == pair[0]
    if pair[1] is not None:
        assert target == pair[1]


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "Germany's decision to expel Iran's envoy drew a sharp response from Tehran.",
            "166",
            ("DEU", "IRN"),
        ),
        (
            "A decision by Ghana to deport 300 Nigerian traders raised tensions in Abuja.",
            "17",
            ("GHA", None),
        ),
        (
            "Russia's move to annex four Ukrainian regions was condemned at the United Nations.",
            "19",
            ("RUS", None),
        ),
    ],
)
def test_owned_decision_reports_the_act_it_decides(
    coder, text: str, root: str, pair: tuple[str | None, str | None]
) -> None:
    frame = only(frames_of(coder, text), root)
    source, target = countries(frame)
    assert source == pair[0]
    if pair[1] is not None:
        assert target == pair[1]


@pytest.mark.parametrize(
    "text",
    [
        "Berlin reversed its decision to expel the Iranian envoy.",
        "The government postponed its decision to expel the diplomats.",
        "Oslo made no decision to expel the Russian diplomats.",
    ],
)
def test_undone_or_denied_decision_reports_no_act(coder, text: str) -> None:
    assert not [f for f in frames_of(coder, text) if f.cameo.startswith("166")]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        (
            "There were demonstrations in several cities against the government's austerity "
            "measures.",
            "14",
            None,
        ),
        (
            "Protests erupted in Lagos and Abuja against the removal of fuel subsidies by "
            "President Tinubu.",
            "14",
            "NGA",
        ),
        ("It was the deadliest attack on Israeli forces in Lebanon since 2006.", "19", "ISR"),
        (
            "The ceasefire in Gaza will take effect on Sunday, Qatar's foreign ministry said.",
            "08",
            None,
        ),
    ],
)
def test_event_noun_said_to_happen_is_reported_without_a_named_doer(
    coder, text: str, root: str, target: str | None
) -> None:
    frame = only(frames_of(coder, text), root)
    assert frame.target is not None
    if target is not None:
        assert frame.target.country == target


def test_fighting_that_raged_between_two_sides_has_both(coder) -> None:
    """ "Fighting raged ... between A and B": the verb's "between" names the parties."""
    text = "Fighting raged in the outskirts of Mogadishu on Sunday between police and the army."
    frame = only(frames_of(coder, text), "19")
    assert frame.source is not None and frame.target is not None


@pytest.mark.parametrize(
    "text",
    [
        "There were no clashes in the capital against the police.",
        "It was not an attack on Israel, the minister said.",
        "The trial began on Monday in The Hague.",
    ],
)
def test_denied_or_eventless_happenings_report_nothing(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert not [f for f in frames if f.cameo[:2] in {"14", "18", "19"} and f.source is None]


def test_counted_crowd_protests_by_gathering(coder) -> None:
    """ "Tens of thousands took to the streets to protest against X": a demonstration (14)
    aimed at X, not an official complaint that no one made."""
    text = (
        "Tens of thousands took to the streets of Buenos Aires on Wednesday to protest "
        "against Milei's spending cuts."
    )
    frame = only(frames_of(coder, text), "14")
    assert frame.target is not None and frame.target.country == "ARG"


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "Venezuela's foreign minister said the United States was behind the coup attempt.",
            "112",
            ("VEN", "USA"),
        ),
        ("Washington's recognition of Kosovo's independence angered Serbia.", "054", ("USA", None)),
        (
            "The delivery of tanks to Ukraine by Germany was announced on Wednesday.",
            "072",
            ("DEU", "UKR"),
        ),
        (
            "Canada's recall of its ambassador from Riyadh surprised diplomats.",
            "161",
            ("CAN", None),
        ),
        ("North Korea moves missile launchers to the coast", "154", ("PRK", None)),
    ],
)
def test_nominal_and_prepositional_reports(
    coder, text: str, root: str, pair: tuple[str | None, str | None]
) -> None:
    frame = only(frames_of(coder, text), root)
    source, target = countries(frame)
    assert source == pair[0]
    if pair[1] is not None:
        assert target == pair[1]


def test_recognition_of_service_is_no_event(coder) -> None:
    """ "in recognition of his service": the noun reports recognising a state only."""
    text = "The general was decorated in recognition of his service in Afghanistan."
    assert not [f for f in frames_of(coder, text) if f.cameo == "054"]
