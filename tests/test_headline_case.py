"""Title-Case headlines are parsed from a case-normalised copy; other text is left alone."""

from __future__ import annotations

import pytest

from tidings.model import Article


def _coded(coder, text: str):
    return next(iter(coder.code([Article(doc_id="h", text=text)])))


@pytest.mark.parametrize(
    ("headline", "normalised"),
    [
        (
            "Police Detain Dozens Of Students In Khartoum",
            "Police detain dozens of students in Khartoum",
        ),
        ("Peru, Chile Agree To Resume Border Talks", "Peru, Chile agree to resume border talks"),
        ("Gunmen Kill Nine Farmers In Burkina Faso", "Gunmen kill nine farmers in Burkina Faso"),
        ("Turkish Envoy Urges Restraint In Aleppo", "Turkish envoy urges restraint in Aleppo"),
        ("Red Cross Delivers Aid To North Korea", "Red Cross delivers aid to North Korea"),
        ("Iran Test-Fires Cruise Missiles", "Iran test-fires cruise missiles"),
        ("Opposition Calls Protests For June", "Opposition calls protests for June"),
        ("Thousands March On Parliament", "Thousands march on parliament"),
        (
            "Photo: Alyssa Pointer With Protesters In Seattle",
            "Photo: Alyssa Pointer with protesters in Seattle",
        ),
    ],
)
def test_title_case_words_are_lowered_but_names_kept(coder, headline: str, normalised: str):
    assert coder.headlines.normalise(headline) == normalised


@pytest.mark.parametrize(
    "text",
    [
        "Police detained dozens of students in Khartoum on Sunday.",
        "MINSK, Belarus (AP) \u2014 Police arrested dozens of protesters on Sunday.",
        "POLICE ARREST DOZENS OF PROTESTERS IN MINSK",
        "Live Updates",
        "President Barack Obama met Prime Minister David Cameron in Washington.",
        "The United Nations Security Council met in New York.",
        "The paper's front page read\nPolice Arrest Dozens Of Protesters\nin capitals.",
    ],
)
def test_normal_text_datelines_and_capitals_are_untouched(coder, text: str):
    assert coder.headlines.normalise(text) is text


def test_only_the_title_case_line_of_an_article_changes(coder):
    text = "Moldova Expels Three Russian Diplomats\n\nChisinau said the envoys were spies."
    normalised = coder.headlines.normalise(text)
    assert len(normalised) == len(text)
    assert normalised.startswith("Moldova expels three Russian diplomats\n\n")
    assert normalised.endswith("Chisinau said the envoys were spies.")


@pytest.mark.parametrize(
    ("headline", "plover", "source", "target"),
    [
        ("Moldova Expels Three Russian Diplomats", "SANCTION", "MDA", "RUS"),
        ("Malaysia Rejects Chinese Claims Over Reef", "REJECT", "MYS", "CHN"),
        ("Police Detain Dozens Of Students In Khartoum", "COERCE", None, "SDN"),
    ],
)
def test_title_case_headlines_are_coded(coder, headline, plover, source, target):
    mentions = _coded(coder, headline).mentions
    assert mentions, headline
    first = mentions[0]
    assert first.action.plover == plover
    assert (first.source.country if first.source else None) == source
    assert (first.target.country if first.target else None) == target


def test_provenance_keeps_the_original_text(coder):
    text = "The envoys were given 72 hours.\n\nMoldova Expels Three Russian Diplomats"
    coded = _coded(coder, text)
    mention = coded.mentions[-1]
    assert mention.sentence.text == "Moldova Expels Three Russian Diplomats"
    assert mention.trigger == "Expels"
    assert text[mention.trigger_start : mention.trigger_end] == "Expels"
    assert mention.source is not None and mention.source.text == "Moldova"
    assert [sentence.text for sentence in coded.sentences] == [
        "The envoys were given 72 hours.",
        "Moldova Expels Three Russian Diplomats",
    ]


def test_parse_lays_the_headline_parse_on_the_original_words(coder):
    doc = coder.parse("Rebels Free Twelve Hostages In Mali")
    assert doc.text == "Rebels Free Twelve Hostages In Mali"
    free = doc[1]
    assert free.text == "Free" and free.pos_ == "VERB" and free.lemma_ == "free"


@pytest.mark.parametrize(
    "title",
    [
        "Ten Questions About The New Constitution",
        "Live Blog: Election Night",
        "What The Markets Expect From The Budget",
        "Opinion: The Case For Patience",
    ],
)
def test_title_case_non_events_stay_non_events(coder, title: str):
    assert not _coded(coder, title).mentions
