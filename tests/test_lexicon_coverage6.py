"""Sixth lexicon pass, material aid: aid transferred, released or received, arms supplied,
medical teams sent, debts cancelled, and aid that is only pledged or offered (intent, 033x).
Each sentence, written for this test, is coded as the CAMEO code (and so the PLOVER type) a
political event coder should give it; phrases that only mention aid must stay no aid event."""

from __future__ import annotations

import pytest

from helpers import frames_of, plover

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "plover_type"),
    [
        ("Kuwait transferred 40 tons of humanitarian aid to Sudan.", "070", "AID"),
        ("Qatar released $300 million in aid to Lebanon.", "070", "AID"),
        ("Belize received $5 million from the Inter-American Bank.", "070", "AID"),
        ("Iran supplied missiles to the Houthi rebels.", "072", "AID"),
        ("Washington is sending arms to the Kurdish fighters.", "072", "AID"),
        ("Cuba dispatched 300 doctors to Peru.", "070", "AID"),
        ("The creditors cancelled Zambia's debt.", "071", "AID"),
        ("Japan pledged $80 million in aid to Bangladesh.", "033", "AGREE"),
        ("Canada offered relief to the flood victims in Pakistan.", "033", "AGREE"),
        ("The IMF agreed to forgive Chad's debts.", "0331", "AGREE"),
    ],
)
def test_sixth_pass_aid_is_coded(coder, text: str, cameo: str, plover_type: str) -> None:
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    assert frames[0].cameo == cameo, (frames[0].cameo, frames[0].rule)
    assert plover(coder, frames[0]) == plover_type


def test_received_money_comes_from_the_giver(coder) -> None:
    """In "Y received $X from X" the giver X is the source and the recipient Y the target."""
    frames = frames_of(coder, "Belize received $5 million from the Inter-American Bank.")
    assert frames
    assert frames[0].source is not None and "Bank" in frames[0].source.text
    assert frames[0].target is not None and "Belize" in frames[0].target.text


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers were evacuated from the town.",
        "The militia released the kidnapped aid workers.",
        "Aid agencies said the harvest had failed.",
        "The rebels crossed the river with the aid of local guides.",
        "The minister provided details of the budget to parliament.",
        "The prosecutor provided evidence of the bribes.",
        "The judge granted the defence's motion to delay the trial.",
        "The pilots sent fighter jets to bomb the bridge.",
    ],
)
def test_sixth_pass_not_aid(coder, text: str) -> None:
    codes = {f.cameo for f in frames_of(coder, text)}
    assert not any(code.startswith("07") for code in codes), codes


def test_pledged_aid_is_intent_not_delivery(coder) -> None:
    """A pledge of aid promises it; nothing has been delivered yet."""
    frames = frames_of(coder, "Germany pledged aid to the earthquake victims.")
    assert frames
    assert frames[0].cameo.startswith("033"), frames[0].cameo
