"""1990s wire copy: a "CITY (Agency) -" dateline opening the story sentence, the names of
states of the time (Yugoslavia), troops "pulling back", and what an agreement is about."""

from __future__ import annotations

import pytest

from helpers import best, countries, plover


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cameo_root", "pair"),
    [
        (
            "GENEVA (Reuters) - Croatia signed an economic agreement with the rebel Serbs on "
            "Friday restoring road and rail links, diplomats said.",
            "057",
            ("HRV", "SRB"),
        ),
        (
            "ZAGREB, Croatia (Reuters) - Croatia and Bosnia agreed on Monday to set up a joint "
            "military command against the Bosnian Serbs, officials said.",
            "03",
            ("HRV", "BIH"),
        ),
        (
            "PARIS (AFP) - France backed a U.N. plan to send peacekeepers to eastern Zaire, the "
            "foreign ministry said on Thursday.",
            "05",
            ("FRA", None),
        ),
        (
            "DAYTON, Ohio (AP) - Bosnian President Alija Izetbegovic met Serbian President "
            "Slobodan Milosevic on Thursday at the air base, U.S. officials said.",
            "04",
            ("BIH", "SRB"),
        ),
    ],
)
def test_the_agency_in_a_dateline_is_no_party_to_the_event(coder, text, cameo_root, pair) -> None:
    frame = best(coder, text)
    assert frame.cameo.startswith(cameo_root)
    assert countries(frame)[0] == pair[0]
    if pair[1] is not None:
        assert countries(frame)[1] == pair[1]
    codes = [a.code for a in (frame.source, frame.target) if a is not None]
    assert not any((code or "").endswith("MED") for code in codes)


@pytest.mark.slow
def test_a_dateline_becomes_its_own_sentence_with_the_text_unchanged(nlp) -> None:
    text = "SARAJEVO, Bosnia-Herzegovina (AP) - Bosnian Serb gunners shelled Sarajevo on Saturday."
    doc = nlp(text)
    assert doc.text == text
    starts = [sentence[0].text for sentence in doc.sents]
    assert starts == ["SARAJEVO", "Bosnian"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The UN said - as it had before - that the talks would resume.",
        "NATO and the EU - the two main donors - met in Brussels.",
        "US President Bill Clinton - speaking in Ohio - praised the accord.",
    ],
)
def test_a_dash_later_in_a_sentence_is_no_dateline(nlp, text) -> None:
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.slow
def test_yugoslavia_is_serbia_as_the_soviet_union_is_russia(coder) -> None:
    frame = best(
        coder, "Yugoslavia accused NATO on Sunday of deliberately bombing civilian targets."
    )
    assert frame.cameo.startswith("11")
    assert countries(frame)[0] == "SRB"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops pulled back from the Kuwaiti border on Tuesday, the Pentagon said.",
        "Serb forces pulled back their tanks from the exclusion zone, U.N. officials said.",
    ],
)
def test_troops_pulling_back_retreat(coder, text) -> None:
    assert plover(coder, best(coder, text)) == "YIELD"


@pytest.mark.slow
def test_agreeing_to_a_ceasefire_is_not_about_the_talks_it_clears_the_way_for(coder) -> None:
    frame = best(
        coder,
        "The Irish Republican Army agreed to a ceasefire on Wednesday, clearing the way for "
        "talks with the British government.",
    )
    assert frame.cameo == "0356"
