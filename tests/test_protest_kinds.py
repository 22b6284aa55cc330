"""Who protests says what the protest is: a state complains, people demonstrate (PLOVER:
diplomatic protests are ACCUSE, PROTEST presumes collective action)."""

from __future__ import annotations

import pytest

from helpers import best

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Seoul protested to Tokyo over the visit to the Yasukuni shrine.",
        "China protested against the arms sale to Taiwan.",
        "The Kenyan government protested the decision.",
    ],
)
def test_a_state_protesting_complains_officially(coder, text: str) -> None:
    assert best(coder, text).cameo == "114"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyans protested against the tax hike in Nairobi.",
        "Fishermen protested against the dam.",
        "Students protested outside the parliament in Seoul.",
    ],
)
def test_people_protesting_demonstrate(coder, text: str) -> None:
    assert best(coder, text).cameo == "140"
