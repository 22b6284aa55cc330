"""Wire datelines with a date and an agency ("NEW DELHI, March 8 (IANS) --") are where and
when the story was filed: neither the place nor the agency is a party to the event."""

from __future__ import annotations

import pytest
from tests.helpers import frames_of

from tidings.extract.arguments import in_dateline
from tidings.model import Article


def _parties(coder, text: str) -> set[tuple[str | None, str | None]]:
    return {
        (f.source.code if f.source else None, f.target.code if f.target else None)
        for f in frames_of(coder, text)
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "NEW DELHI, Nov 2 (PTI) -- India and Japan agreed on Friday to strengthen "
            "their defence ties.",
            "INDGOV",
            "JPNGOV",
        ),
        (
            "NAIROBI, July 7 (Xinhua) -- Kenya and Ethiopia have agreed to jointly develop "
            "a new road linking the two countries.",
            "KENGOV",
            "ETHGOV",
        ),
        (
            "SEOUL, Dec 1 (Yonhap) -- South Korea and Japan agreed to share military "
            "intelligence on North Korea.",
            "KORGOV",
            "JPNGOV",
        ),
    ],
)
def test_the_subject_hung_on_the_dateline_is_the_source(coder, text, source, target) -> None:
    assert (source, target) in _parties(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, Jul 2 (TASS) -- Russia has expelled 23 British diplomats in retaliation.",
        "TEHRAN, Apr 22 (Xinhua) -- Iran threatened to close the Strait of Hormuz if its oil "
        "exports are blocked.",
        "DOHA, Jun 5 (AFP) -- Saudi Arabia, the UAE and Bahrain cut diplomatic ties with Qatar.",
        "MOGADISHU, Oct 14 (Xinhua) -- Al-Shabaab militants stormed a hotel in Mogadishu, "
        "killing at least 15 people.",
    ],
)
def test_the_agency_is_no_party(coder, text) -> None:
    parties = _parties(coder, text)
    assert parties
    assert not any(code and code.endswith("MED") for pair in parties for code in pair)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Vietnamese President Tran Dai Quang held talks with visiting Japanese Prime "
            "Minister Shinzo Abe in Hanoi.",
            "VNMGOV",
            "JPNGOV",
        ),
        (
            "ISLAMABAD, Jan 4 (APP) -- Pakistani Prime Minister Imran Khan met with visiting "
            "Afghan Foreign Minister Salahuddin Rabbani on Monday.",
            "PAKGOV",
            "AFGGOV",
        ),
    ],
)
def test_the_visiting_guest_is_the_host_s_partner(coder, text, source, target) -> None:
    """ "met with visiting X": the parser makes X the object of a gerund "visiting"."""
    assert (source, target) in _parties(coder, text)


def test_the_fallback_skips_the_dateline_agency(coder) -> None:
    """With no rule for "spoke by phone with", the classifier's fallback picks the parties
    from the noun phrases: the agency of the dateline ("(Yonhap)") is not one of them."""
    text = (
        "SEOUL, March 3 (Yonhap) -- South Korean President Moon Jae-in spoke by phone with "
        "U.S. President Donald Trump on Friday."
    )
    [coded] = coder.code([Article(doc_id="d", text=text)])
    sources = {m.source.code for m in coded.mentions if m.source}
    assert sources and not any(code.endswith("MED") for code in sources)


@pytest.mark.parametrize(
    ("text", "in_line"),
    [
        ("NEW DELHI, March 8 (IANS) -- India and Japan agreed on defence ties.", True),
        ("BEIJING, May 3 (Xinhua) -- China urged restraint.", True),
        ("US-led coalition forces killed 20 Islamic State fighters near Raqqa.", False),
        ("UN and AU envoys met rebel leaders (in Khartoum) on Monday.", False),
    ],
)
def test_which_openings_are_datelines(nlp, text, in_line) -> None:
    assert in_dateline(nlp(text)[0]) is in_line
