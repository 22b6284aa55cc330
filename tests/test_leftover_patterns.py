"""Patterns other probes left wrong: rejection idioms, resignation with no object, sitting
down for talks, switching recognition, admitting a member, misdeeds blamed on a party, the
political opposition as a group and a phone call to its leader. Sentences written for this
test."""

from __future__ import annotations

import pytest

from helpers import countries, frames_of, plover

pytestmark = pytest.mark.slow


def _cameos(coder, text: str) -> set[str]:
    return {frame.cameo for frame in frames_of(coder, text)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hungary said no to the EU migrant quota plan.", ("HUN", None)),
        ("Japan said no to the Chinese proposal on fishing rights.", ("JPN", None)),
        ("The Polish government gave the cold shoulder to the German offer.", ("POL", "DEU")),
    ],
)
def test_saying_no_is_a_rejection(coder, text: str, pair) -> None:
    frame = frames_of(coder, text)[0]
    assert plover(coder, frame) == "REJECT", (frame.cameo, frame.rule)
    assert countries(frame)[0] == pair[0]
    if pair[1]:
        assert countries(frame)[1] == pair[1]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian prime minister quit on Monday.",
        "Lebanon's finance minister quit after a week of protests.",
    ],
)
def test_quitting_with_no_object_is_resigning(coder, text: str) -> None:
    assert "0831" in _cameos(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Colombian minister quit the peace talks.",
        "The Greek prime minister quit smoking last year.",
    ],
)
def test_quitting_something_is_not_resigning(coder, text: str) -> None:
    assert "0831" not in _cameos(coder, text)


def test_sitting_down_for_talks_is_a_meeting(coder) -> None:
    frame = frames_of(coder, "Ethiopian and Eritrean officials sat down for talks in Algiers.")[0]
    assert frame.cameo == "040", (frame.cameo, frame.rule)
    assert set(countries(frame)) == {"ETH", "ERI"}


@pytest.mark.parametrize(
    "text",
    [
        "The Dominican Republic switched recognition from Taiwan to China in 2018.",
        "Malawi switched diplomatic ties from Taipei to Beijing.",
    ],
)
def test_switching_recognition_recognises_the_new_government(coder, text: str) -> None:
    frame = frames_of(coder, text)[0]
    assert frame.cameo == "054", (frame.cameo, frame.rule)
    assert countries(frame)[1] == "CHN"


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("NATO admitted North Macedonia to the alliance in 2020.", "MKD"),
        ("The European Union approved Bulgaria's membership.", "BGR"),
    ],
)
def test_admitting_a_member_supports_it(coder, text: str, member: str) -> None:
    frame = frames_of(coder, text)[0]
    assert plover(coder, frame) == "SUPPORT", (frame.cameo, frame.rule)
    assert countries(frame)[1] == member


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tokyo said Pyongyang was behind the sinking of the fishing boat.", ("JPN", "PRK")),
        ("Kenya said Somali militants were behind the storming of the hotel.", ("KEN", "SOM")),
    ],
)
def test_blaming_a_sinking_or_storming_is_an_accusation(coder, text: str, pair) -> None:
    frame = frames_of(coder, text)[0]
    assert frame.cameo == "112", (frame.cameo, frame.rule)
    assert countries(frame)[0] == pair[0]


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia's opposition boycotted the talks with the government.",
        "Uganda's opposition marched through Kampala on Saturday.",
    ],
)
def test_the_opposition_as_a_group_is_no_disapproval(coder, text: str) -> None:
    assert "110" not in _cameos(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil voiced its opposition to the trade deal.",
        "India repeated its opposition to the Chinese dam project.",
    ],
)
def test_opposition_to_something_is_still_disapproval(coder, text: str) -> None:
    assert "110" in _cameos(coder, text)


def test_calling_the_opposition_leader_is_no_praise(coder) -> None:
    text = "The Malaysian prime minister called the opposition leader on Wednesday."
    assert "051" not in _cameos(coder, text)


def test_calling_someone_a_leader_is_still_praise(coder) -> None:
    assert "051" in _cameos(coder, "The Kenyan president called Ghana a leader in Africa.")
