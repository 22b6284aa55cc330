"""Travellers are not the people of the place they are in: tourists detained in Lhasa and
foreign journalists tear-gassed in Cairo keep no country, while protesters there are that
country's. Sentences written for this test."""

from __future__ import annotations

import pytest

from helpers import mentions_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Chinese soldiers detained two tourists in Lhasa on Monday.",
        "Police fired tear gas at foreign journalists in Cairo.",
    ],
)
def test_travellers_take_no_country_from_the_place(coder, text: str) -> None:
    [mention, *_] = mentions_of(coder, text)
    assert mention.target is not None and mention.target.country is None


def test_residents_take_the_country_of_the_place(coder) -> None:
    [mention, *_] = mentions_of(coder, "Police fired tear gas at protesters in Cairo.")
    assert mention.target is not None and mention.target.country == "EGY"
