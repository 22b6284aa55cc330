"""Conflict acts in their wire forms: a refusal that waits on the other side's act, strikes
called or under way, and insults passed by "calling" a party something."""

from __future__ import annotations

import pytest

from helpers import best, frames_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target_sector"),
    [
        (
            "Ssangyong union workers said they will not end the strike until their demands "
            "are met by the company.",
            "BUS",
        ),
        (
            "Striking miners said they would not end the strike until the government met "
            "their demands.",
            "GOV",
        ),
        (
            "The rebels said they would not lay down their arms until the army withdrew "
            "from the region.",
            "MIL",
        ),
    ],
)
def test_a_refusal_is_aimed_at_the_party_it_waits_on(coder, text: str, target_sector: str) -> None:
    frames = frames_of(coder, text)
    assert [frame.cameo[:2] for frame in frames] == ["12"]  # the condition is no act of its own
    assert frames[0].target is not None and frames[0].target.sector == target_sector


def test_the_condition_of_a_refusal_is_not_reported_as_done(coder) -> None:
    text = "Israel said it would not release the prisoners until Hamas freed the captured soldier."
    assert [frame.cameo[:2] for frame in frames_of(coder, text)] == ["12"]


def test_an_act_that_ran_until_another_keeps_both(coder) -> None:
    frames = frames_of(coder, "The rebels fought until the army withdrew from the region.")
    assert sorted(frame.cameo[:2] for frame in frames) == ["08", "19"]


def test_a_refusal_with_its_own_target_keeps_it(coder) -> None:
    frame = best(
        coder, "Washington will not lift sanctions on Havana until Cuba holds free elections."
    )
    assert frame.cameo.startswith("124") and frame.target.country == "CUB"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("South African unions called a general strike.", "143"),
        ("Nigerian labour leaders called a nationwide strike over fuel prices.", "143"),
        ("Air France pilots are on strike for the third day.", "143"),
        ("Palestinian prisoners have been on hunger strike for two months.", "142"),
    ],
)
def test_strikes_called_or_under_way(coder, text: str, cameo: str) -> None:
    assert best(coder, text).cameo == cameo


def test_calling_off_a_strike_still_ends_it(coder) -> None:
    assert best(coder, "The unions called off the strike after talks.").cameo == "082"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Iranian president called Israel a cancerous tumour.", ("IRN", "ISR")),
        ("Hugo Chavez called George W. Bush a madman.", ("VEN", "USA")),
    ],
)
def test_calling_a_party_names_is_criticism(coder, text: str, pair: tuple[str, str]) -> None:
    frame = best(coder, text)
    assert frame.cameo == "111"
    assert (frame.source.country, frame.target.country) == pair
