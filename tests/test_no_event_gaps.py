"""Sentences that used to yield no event at all: roles the parse leaves implicit.

Each case is a general pattern (a participle or purpose clause sharing its verb's subject, a
main verb misparsed as a modifier, a document or a national adjective standing for who acts,
"a request from X", a light verb of approval, a reduced passive relative), written for these
tests.
"""

from __future__ import annotations

import pytest

from helpers import countries, frames_of, only, subject


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "The Kenyan government issued a statement on Monday, demanding that Somalia "
            "withdraw its troops.",
            "10",
            ("KEN", "SOM"),
        ),
        ("Canada sent investigators to Ethiopia to examine the wreckage.", "09", ("CAN", None)),
        ("Egyptian police launched raids to arrest dozens of protesters.", "17", ("EGY", None)),
        (
            "The Pakistani foreign minister wrote to India, accusing New Delhi of spying.",
            "11",
            ("PAK", "IND"),
        ),
    ],
)
def test_subjectless_clause_takes_its_verbs_subject(
    coder, text: str, root: str, pair: tuple[str | None, str | None]
) -> None:
    """ "X did A, demanding Y": the participle or purpose infinitive is X's act too."""
    frame = only(frames_of(coder, text), root)
    source, target = countries(frame)
    assert source == pair[0]
    if pair[1] is not None:
        assert target == pair[1]


def test_infinitive_after_a_comma_is_not_given_the_subject(coder) -> None:
    """ "condemned the plan, to close the border": the infinitive is the plan's, not the
    condemner's; it is not coded as the condemner's act."""
    text = "Nigeria condemned the Chadian plan, to close the border with Cameroon."
    frames = frames_of(coder, text)
    assert all(
        not (f.cameo.startswith("1") and countries(f)[0] == "NGA" and f.cameo[:2] != "11")
        for f in frames
    ), [(f.cameo, countries(f)) for f in frames]


@pytest.mark.parametrize(
    ("text", "source_word", "target"),
    [
        (
            "Jean Dupont, a former French banker, called for sanctions against Iran.",
            "Dupont",
            "IRN",
        ),
        ("A British parliamentary report called for sanctions against Myanmar.", "report", "MMR"),
    ],
)
def test_main_verb_misparsed_as_modifier(coder, text: str, source_word: str, target: str) -> None:
    """The parser hangs the only verb on the subject ("X, a banker, called for"): the noun
    it hangs from is still the one who calls."""
    frame = frames_of(coder, text)[0]
    assert frame.source is not None and source_word in frame.source.text
    assert frame.target is not None and frame.target.country == target


def test_reduced_passive_relative_is_not_a_main_verb(coder) -> None:
    """ "The bodies of soldiers killed in an ambush": a participle hung on a root noun that
    names no document is a passive relative, its noun no killer."""
    text = "The bodies of three Malian soldiers killed in an ambush near Gao."
    frames = frames_of(coder, text)
    assert all(f.source is None for f in frames), [(f.cameo, f.source) for f in frames]


def test_bill_acts_for_those_who_introduce_it(coder) -> None:
    text = "Two Dutch senators introduced a bill that would sanction Venezuelan officials."
    frame = only(frames_of(coder, text), "1")
    assert frame.source is not None and frame.source.country == "NLD"
    assert frame.target is not None and frame.target.country == "VEN"


def test_rejected_document_does_not_become_the_rejecters_target(coder) -> None:
    text = "The Egyptian minister rejected the draft resolution tabled by Ethiopia."
    frame = only(frames_of(coder, text), "12")
    assert frame.target is None or frame.target.country != "EGY"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian airstrikes killed 12 civilians in Idlib.", "RUS"),
        ("Japanese aid supported thousands of families in Sri Lanka.", "JPN"),
    ],
)
def test_national_adjective_on_an_act_names_the_country(coder, text: str, country: str) -> None:
    """ "Russian airstrikes killed X": Russia acts; the demonym is no Russian civilian."""
    frames = [f for f in frames_of(coder, text) if f.source is not None]
    assert frames, [(f.cameo, f.source) for f in frames_of(coder, text)]
    assert frames[0].source.country == country
    assert frames[0].source.sector is None


def test_request_from_someone_is_theirs(coder) -> None:
    text = "The Indian navy approved a request from Sri Lanka for fuel."
    frame = only(frames_of(coder, text), "02")
    assert frame.source is not None and frame.source.country == "LKA"


def test_demand_from_a_market_is_no_act(coder) -> None:
    frames = frames_of(coder, "Copper prices rose on strong demand from China.")
    assert not frames, [(f.cameo, f.source) for f in frames]


def test_approval_carries_the_event_noun(coder) -> None:
    """ "approved the extradition of X": the approver extradites."""
    text = "A Spanish court approved the extradition of a Colombian businessman."
    frame = only(frames_of(coder, text), "06")
    assert frame.source is not None and frame.source.country == "ESP"


def test_passive_relative_satisfies_the_required_object(coder) -> None:
    """ "the people evacuated by X": the head noun is what is evacuated."""
    text = "Most of the civilians evacuated from Sudan by the British navy were nurses."
    frame = only(frames_of(coder, text), "07")
    assert frame.source is not None and frame.source.country == "GBR"


def test_contingent_of_troops_is_the_troops(nlp, resolver) -> None:
    actor = subject(nlp, resolver, "A contingent of Rwandan soldiers arrived in Bangui.")
    assert actor is not None and actor.country == "RWA" and actor.sector == "MIL"


@pytest.mark.parametrize(
    "text",
    [
        "India teamed up with Japan to build a port in Sri Lanka.",
        "Kenya partnered with the World Health Organization to vaccinate children.",
    ],
)
def test_verbs_of_partnership_are_cooperation(coder, text: str) -> None:
    frame = only(frames_of(coder, text), "06")
    assert frame.source is not None and frame.target is not None
