"""Charging and prosecuting are judicial accusations (PLOVER ACCUSE "allege": "sue, indict, or
charge; bring to trial"); arresting is coercion. Sentences written for this test."""

from __future__ import annotations

import pytest

from helpers import frames_of, plover

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Lima charged the former president with bribery.",
        "Turkish authorities prosecuted the newspaper's editor for insulting the state.",
    ],
)
def test_charging_is_an_accusation(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    assert frames[0].cameo == "1121", (frames[0].cameo, frames[0].rule)
    assert plover(coder, frames[0]) == "ACCUSE"


def test_an_arrest_with_charges_is_both(coder) -> None:
    frames = frames_of(coder, "Police arrested the opposition leader and charged him with treason.")
    assert {f.cameo for f in frames} >= {"173", "1121"}
