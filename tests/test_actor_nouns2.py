"""Actor nouns and organisations from synthetic-story phrases that did not resolve."""

from __future__ import annotations

import pytest

from helpers import subject
from tidings.resolve.actors import ActorResolver


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Armed attackers stormed the hotel.", "REB"),
        ("Unidentified assailants shot the mayor.", "REB"),
        ("Islamic extremists attacked the church.", "REB"),
        ("American cops arrested the protesters.", "USACOP"),
        ("The islanders rejected the plan.", "CVL"),
        ("Six foreigners were kidnapped on Monday.", "CVL"),
        ("Mongolian deportees arrived in Ulaanbaatar.", "MNGREF"),
        ("Argentina's creditors rejected the offer.", "ARGBUS"),
        ("The organizers cancelled the march.", "CVL"),
        ("Sunni tribes joined the fight against the militants.", "CVL"),
        ("A Syrian military source said the army advanced.", "SYRMIL"),
        ("Local government administrators met the protesters.", "GOV"),
        ("UNMIK condemned the violence.", "IGOUNO"),
        ("The Federal Reserve raised interest rates.", "USAGOV"),
        ("The RCMP arrested two men.", "CANCOP"),
        ("The SBU detained a Russian agent.", "UKRSPY"),
        ("The Seleka attacked the town.", "CAFREB"),
        ("The ETIM claimed the bombing.", "CHNREB"),
        ("The Ulster Volunteer Force announced a ceasefire.", "GBRREB"),
        ("The SABC reported the attack.", "ZAFMED"),
    ],
)
def test_codes_nouns_from_the_synthetic_stories(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code, actor
