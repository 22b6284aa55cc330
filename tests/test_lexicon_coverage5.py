"""Fifth lexicon pass, material events: strikes gone on, peacekeepers sent, aid flown in by
the ton, intelligence handed over, people forced out of a country, human shields, deaths
after torture. Each sentence, written for this test, is coded as the CAMEO code (and so the
PLOVER type) a political event coder should give it."""

from __future__ import annotations

import pytest

from helpers import frames_of, plover

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "plover_type"),
    [
        ("Thousands of Chilean dock workers went on strike on Tuesday.", "143", "PROTEST"),
        ("Jailed Bahraini activists remain on hunger strike.", "142", "PROTEST"),
        ("Nepal is sending 800 soldiers to the peacekeeping force in Lebanon.", "074", "AID"),
        ("Ghana deployed 300 troops as peacekeepers in Mali.", "074", "AID"),
        ("Oxfam flew 20 tons of medical supplies into Yemen.", "070", "AID"),
        ("Canada shipped emergency food to Haiti on Monday.", "070", "AID"),
        (
            "Japan delivered $3 million worth of medicine to Nepal.",
            "070",
            "AID",
        ),
        ("Norway gave intelligence on the smugglers to the Italian police.", "064", "COOPERATE"),
        ("Soldiers forced the opposition leader out of the country.", "174", "COERCE"),
        ("The militia used villagers as human shields.", "184", "ASSAULT"),
        ("A Kenyan activist died in police custody after torture.", "1822", "ASSAULT"),
        ("The army launched a rocket attack on rebel positions in Idlib.", "190", "ASSAULT"),
        ("Turkish forces commenced ground assaults on Kurdish militias.", "182", "ASSAULT"),
        ("Britain bolstered its military presence in Estonia.", "154", "MOBILIZE"),
        ("Poland strengthened its forces on the Belarus border.", "154", "MOBILIZE"),
        ("Chad is sending a paratrooper regiment to Niger.", "154", "MOBILIZE"),
    ],
)
def test_fifth_pass_predicates_are_coded(coder, text: str, cameo: str, plover_type: str) -> None:
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    assert frames[0].cameo == cameo, (frames[0].cameo, frames[0].rule)
    assert plover(coder, frames[0]) == plover_type


def test_torture_victim_is_the_target(coder) -> None:
    """Who died underwent the torture; the torturer is not named."""
    frames = frames_of(coder, "A Kenyan activist died in police custody after torture.")
    assert frames
    assert frames[0].target is not None
    assert frames[0].source is None


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged more money to fight the Ebola epidemic.",
        "The governor reinforced her commitment to the refugees.",
        "Firefighters battled the wildfire for three days.",
    ],
)
def test_fifth_pass_non_events(coder, text: str) -> None:
    codes = {f.cameo for f in frames_of(coder, text)}
    assert not codes & {"190", "154"}, codes


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Pakistan sent troops to the border with India.", "154"),
        ("The prisoners staged a hunger strike.", "142"),
        ("The rebels violated the ceasefire agreement.", "196"),
        ("The commission ended mediation efforts.", "165"),
    ],
)
def test_fifth_pass_keeps_older_readings(coder, text: str, cameo: str) -> None:
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    assert frames[0].cameo == cameo, (frames[0].cameo, frames[0].rule)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Egypt and Greece began a new round of joint naval exercises.", "062"),
        ("Iran and Oman began a new round of talks in Muscat.", "040"),
        ("Israel launched a wave of airstrikes on Gaza.", "195"),
    ],
)
def test_series_of_events_is_carried_by_the_support_verb(coder, text: str, cameo: str) -> None:
    """ "began a new round of talks": the support verb holds the counted event."""
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    assert frames[0].cameo == cameo, (frames[0].cameo, frames[0].rule)
    assert frames[0].source is not None
