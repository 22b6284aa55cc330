"""Expulsions coded by whom they drive out, sanctions tightened, revulsion voiced, troops sent
to train an ally, and the people a state's courts try or its authorities free placed in that
state. Sentences written for this test."""

from __future__ import annotations

import pytest

from helpers import frames_of, only
from tidings.model import Article, Mention

pytestmark = pytest.mark.slow


def _mentions(coder, text: str) -> list[Mention]:
    return next(iter(coder.code([Article(doc_id="t", text=text)]))).mentions


def _codes(coder, text: str) -> set[str]:
    return {frame.cameo for frame in frames_of(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua's president ordered the expulsion of the Swedish ambassador on Monday.",
        "The junta announced the expulsion of two British diplomats from Rangoon.",
    ],
)
def test_expelling_diplomats_is_a_sanction(coder, text: str) -> None:
    assert "166" in _codes(coder, text)


def test_expelling_migrants_is_coercion(coder) -> None:
    codes = _codes(coder, "The governor ordered the expulsion of 300 Bolivian migrants.")
    assert "174" in codes and "166" not in codes


def test_expelling_aid_agencies(coder) -> None:
    frame = only(
        frames_of(coder, "Niger expelled two foreign aid agencies from the Agadez region."), "166"
    )
    assert frame.cameo == "1663"


@pytest.mark.parametrize(
    "text",
    [
        "The European Union tightened sanctions against Belarus after the disputed election.",
        "Washington toughened its embargo on Havana in 2004.",
    ],
)
def test_tightened_sanctions_are_imposed(coder, text: str) -> None:
    assert "163" in _codes(coder, text)


def test_revulsion_voiced_is_criticism(coder) -> None:
    text = "European ministers expressed revulsion at the killing of protesters in Tehran."
    assert "111" in _codes(coder, text)


def test_vowed_attacks_are_a_threat(coder) -> None:
    text = "The rebel commander vowed fresh attacks on government troops in the north."
    assert "138" in _codes(coder, text)


def test_troops_sent_to_train_an_army_are_military_aid(coder) -> None:
    codes = _codes(coder, "Canada pledged to send 200 soldiers to Mali to train the Malian army.")
    assert "0334" in codes
    assert not any(code.startswith("13") for code in codes)


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("A Peruvian court convicted a former navy admiral of torture.", None, "PER"),
        (
            "Ecuadorean prosecutors indicted three retired generals for the 1985 killings.",
            None,
            "ECU",
        ),
        ("Burma's government released hundreds of political prisoners on Tuesday.", "0841", "MMR"),
    ],
)
def test_people_tried_or_freed_at_home_take_the_state_country(
    coder, text: str, code: str | None, expected: str
) -> None:
    mentions = _mentions(coder, text)
    assert mentions, text
    chosen = [m for m in mentions if code is None or m.action.cameo == code]
    assert chosen, [(m.action.cameo, m.target) for m in mentions]
    assert chosen[0].target is not None and chosen[0].target.country == expected


def test_freed_foreign_travellers_are_not_placed(coder) -> None:
    mentions = _mentions(coder, "Iranian authorities freed the detained sailors on Friday.")
    released = [m for m in mentions if m.action.cameo == "0841"]
    assert released and (released[0].target is None or released[0].target.country != "IRN")


def test_rejected_offer_targets_the_nation_it_came_from(coder) -> None:
    frame = only(
        frames_of(
            coder, "The rebels rejected a proposal for a truce from the Colombian government."
        ),
        "12",
    )
    assert frame.target is not None and frame.target.country == "COL"


def test_unqualified_origin_is_no_target(coder) -> None:
    frame = only(frames_of(coder, "The union rejected the offer from management on Monday."), "12")
    assert frame.target is None or frame.target.country is None
