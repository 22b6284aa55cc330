"""Third lexicon pass, from synthetic news stories: aid signed, approved and rushed,
internet cut-offs, roads blocked, sentences handed down. Each sentence,
written for this test, is coded as the CAMEO code (and so the PLOVER type) a political
event coder should give it."""

from __future__ import annotations

import pytest

from helpers import frames_of, plover

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "plover_type"),
    [
        ("Indonesia and Sweden signed an aid package for Jakarta on Monday.", "070", "AID"),
        ("The International Monetary Fund approved a $10 billion loan to Peru.", "071", "AID"),
        ("Egyptian authorities rushed aid supplies into four areas.", "070", "AID"),
        ("The Czech court handed down convictions against five ministers.", "116", "ACCUSE"),
        ("Nauru has cut off internet access amid unrest.", "1721", "COERCE"),
        ("The FSB began blocking access to internet portals.", "1721", "COERCE"),
        ("The government shut down the internet in Ethiopia.", "1721", "COERCE"),
        ("Protesters blocked the main road leading to Bangkok on Monday.", "144", "PROTEST"),
        ("Thailand raised its military readiness on Friday.", "152", "MOBILIZE"),
    ],
)
def test_third_pass_predicates_are_coded(coder, text: str, cameo: str, plover_type: str) -> None:
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    assert frames[0].cameo == cameo, (frames[0].cameo, frames[0].rule)
    assert plover(coder, frames[0]) == plover_type


@pytest.mark.parametrize(
    "text",
    [
        "Mexico signed a trade agreement with Canada.",
        "The IMF cut off aid to Zambia.",
    ],
)
def test_third_pass_keeps_older_readings(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert frames
    assert frames[0].cameo in {"057", "162"}, (frames[0].cameo, frames[0].rule)
