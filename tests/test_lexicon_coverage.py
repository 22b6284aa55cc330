"""Event predicates added to the lexicon: each sentence, written for this test, is coded as the
CAMEO code (and so the PLOVER type) a political event coder should give it."""

from __future__ import annotations

import pytest

from helpers import best, frames_of, plover
from tidings.extract.lexicon import PredicateLexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "plover_type"),
    [
        # support verbs carrying event nouns
        ("The European Union launched legal action against Poland.", "115", "ACCUSE"),
        ("Libyan commander Khalifa Haftar declared a ceasefire in Tripoli.", "0871", "YIELD"),
        ("India and Pakistan declared a cease-fire in Kashmir.", "0871", "YIELD"),
        ("Colombia declared a state of emergency.", "1724", "COERCE"),
        ("Iraq paid compensation to Kuwait.", "071", "AID"),
        ("Police issued an arrest warrant for the Chinese actor.", "173", "COERCE"),
        ("The Syrian army intensified its bombardment of Aleppo.", "194", "ASSAULT"),
        (
            "The United States and South Korea staged war games near North Korea.",
            "062",
            "COOPERATE",
        ),
        # verbs with particles or required objects
        ("The United States handed over medical equipment to Ethiopia.", "070", "AID"),
        ("China rolled back tariffs on American soybeans.", "085", "YIELD"),
        ("Japan lifted tariffs on Chinese steel.", "085", "YIELD"),
        ("Egypt lifted the state of emergency.", "0814", "YIELD"),
        ("Taliban fighters took over the city of Kunduz.", "192", "COERCE"),
        ("Russia sent troops to Belarus.", "154", "MOBILIZE"),
        ("Ghana contributed troops to the UN mission in Mali.", "074", "AID"),
        ("The Pentagon put troops on alert.", "152", "MOBILIZE"),
        ("The US military trains Iraqi pilots.", "062", "COOPERATE"),
        ("The United States evacuated civilians from Haiti.", "073", "AID"),
        ("Russia summoned the British ambassador on Tuesday.", "114", "ACCUSE"),
        ("Israeli troops opened fire on Palestinian protesters.", "193", "ASSAULT"),
        ("The Lebanese army exchanged fire with Israeli forces.", "193", "ASSAULT"),
        ("Russia and Ukraine exchanged prisoners.", "0841", "YIELD"),
        ("President Ford pardoned Richard Nixon.", "0841", "YIELD"),
        ("The United Nations withdrew peacekeepers from Rwanda.", "1661", "SANCTION"),
        ("Mexico's president cancelled a planned visit to the White House.", "125", "REJECT"),
        ("The United States reduced military aid to Colombia.", "162", "SANCTION"),
        ("Indian coal workers called off the strike.", "082", "YIELD"),
        ("Turkey closed its border crossings into Syria.", "191", "COERCE"),
        ("Protesters burned the Chinese flag in Hanoi.", "140", "PROTEST"),
        ("Kenyan doctors staged a hunger strike on Monday.", "142", "PROTEST"),
        ("Kenyan doctors held a strike on Monday.", "143", "PROTEST"),
        (
            "The Syrian government gave permission to the United Nations to deliver aid.",
            "086",
            "YIELD",
        ),
        ("India turned down the Chinese offer.", "120", "REJECT"),
        ("The court ordered an investigation against the minister.", "090", "ACCUSE"),
        ("Brazil's police filed charges against President Temer.", "1121", "ACCUSE"),
        ("Iran's foreign ministry disputed the findings of the UN report.", "110", "ACCUSE"),
        ("Ukraine shared evidence with the Netherlands.", "064", "COOPERATE"),
        ("Iran refuted reports that it had attacked Saudi Arabia.", "016", "REJECT"),
    ],
)
def test_new_predicates_are_coded(coder, text: str, cameo: str, plover_type: str) -> None:
    frame = best(coder, text)
    assert frame.cameo == cameo, (frame.cameo, frame.rule)
    assert plover(coder, frame) == plover_type


def test_striking_a_target_is_force_not_a_labour_strike(coder) -> None:
    frame = best(coder, "Israeli jets struck Hamas positions in Gaza.")
    assert frame.cameo.startswith("19"), frame.rule


def test_a_strike_for_pay_is_a_labour_strike(coder) -> None:
    frame = best(coder, "Kenyan doctors began a strike for higher pay.")
    assert frame.cameo == "143", frame.rule


def test_striking_a_deal_is_an_agreement(coder) -> None:
    frame = best(coder, "Russia and Turkey struck a deal on Syria.")
    assert frame.cameo == "057", frame.rule
    assert frame.symmetric


def test_agreeing_to_lay_down_arms_is_an_agreement_to_disarm(coder) -> None:
    frame = best(coder, "Rebels agreed to lay down weapons.")
    assert frame.cameo == "0356", frame.rule
    assert plover(coder, frame) == "AGREE"


def test_an_ordered_release_is_a_release_not_a_demand(coder) -> None:
    frame = best(coder, "The court ordered the release of the Austrian journalist.")
    assert frame.cameo == "0841", frame.rule


def test_offering_to_contribute_troops_is_intent_to_protect(coder) -> None:
    frame = best(coder, "Ghana offered to contribute troops to the UN mission in Mali.")
    assert frame.cameo == "0334", frame.rule
    assert plover(coder, frame) == "AGREE"


def test_unconditioned_nouns_stay_unevents(coder) -> None:
    """ "state", "operation" and "action" are events only with their qualifier."""
    for text in (
        "The state of the economy worried Germany.",
        "France praised the operation of the Chinese hospital.",
    ):
        assert all(not f.cameo.startswith(("17", "19", "11")) for f in frames_of(coder, text)), text


def test_lexicon_rows_are_unique() -> None:
    lexicon = PredicateLexicon.load()
    seen = set()
    for group in lexicon._index.values():
        for entry in group:
            key = (entry.lemma, entry.pos, entry.particle, entry.objects)
            assert key not in seen, key
            seen.add(key)


def test_bare_strike_verb_is_force() -> None:
    lexicon = PredicateLexicon.load()
    bare = [e for e in lexicon.entries("strike", "verb") if not e.particle and not e.objects]
    assert [e.cameo for e in bare] == ["190"]
