"""Names the parser misreads, actor phrases for armed vehicles and posts, and ultimatums
given as time ("gave X 48 hours to Y")."""

from __future__ import annotations

import pytest

from helpers import best, countries, frames_of, subject_phrase
from tidings.resolve.actors import ActorResolver


def _object(nlp, resolver: ActorResolver, text: str):
    doc = nlp(text)
    token = next(token for token in doc if token.dep_ in ("dobj", "pobj"))
    return resolver.resolve_token(token, resolver.memory())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cameo", "pair"),
    [
        # "May" read as the modal: the sentence lost its subject
        ("Prime Minister Theresa May criticised the decision.", "111", ("GBR", None)),
        # "May" read as the month
        ("Theresa May visited China on Wednesday.", "042", ("GBR", "CHN")),
    ],
)
def test_a_surname_read_as_a_modal_or_month_is_the_person(coder, text, cameo, pair) -> None:
    frame = best(coder, text)
    assert frame.cameo == cameo
    assert countries(frame) == pair


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["In May, the army attacked the rebels.", "The talks may resume in May."],
)
def test_the_month_and_the_modal_stay_what_they_are(nlp, text) -> None:
    doc = nlp(text)
    mays = [token for token in doc if token.lower_ == "may"]
    assert all(token.ent_type_ != "PERSON" for token in mays)
    assert any(token.ent_type_ == "DATE" for token in mays)


@pytest.mark.slow
def test_a_capital_tagged_as_a_person_is_its_government(coder) -> None:
    frame = best(coder, "Kiev accused Moscow of sending troops across the border.")
    assert frame.source is not None and frame.source.code == "UKRGOV"
    assert frame.target is not None and frame.target.code == "RUSGOV"


@pytest.mark.slow
def test_a_capital_starting_a_longer_name_stays_a_person(nlp, resolver) -> None:
    actor = subject_phrase(nlp, resolver, "Sofia Coppola arrived at the festival.")
    assert actor is None or actor.country != "BGR"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kim Jong Un in Singapore praised the United States.", "PRKGOV"),
        ("Doctors in Gaza condemned the strike.", "PSEHLH"),
    ],
)
def test_where_a_named_person_is_is_not_their_country(nlp, resolver, text, code) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and (actor.code or "").startswith(code)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Congolese troops attacked rebel positions near Goma.", "CODMIL"),
        ("Israeli aircraft struck targets in Gaza.", "ISR"),
        ("Israeli tanks shelled the town.", "ISRMIL"),
        ("The Pope condemned the attack.", "VATREL"),
        ("Pope Francis met the Iraqi prime minister.", "VATREL"),
    ],
)
def test_codes_armed_vehicles_the_pope_and_congolese(nlp, resolver, text, code) -> None:
    actor = subject_phrase(nlp, resolver, text)
    assert actor is not None and actor.code == code


@pytest.mark.slow
def test_an_army_post_is_held_by_the_army(nlp, resolver) -> None:
    actor = _object(nlp, resolver, "Kurdish rebels attacked a Turkish army post.")
    assert actor is not None and actor.code == "TURMIL"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Serbia gave the Albanian guerrillas 48 hours to lay down their arms.", ("SRB", "ALB")),
        ("The army gave the rebels until Friday to surrender.", (None, None)),
        ("Washington gave Baghdad a deadline to disarm.", ("USA", "IRQ")),
        ("NATO gave the Serbs 48 hours to pull back their heavy weapons.", ("IGO", "SRB")),
    ],
)
def test_a_time_limit_given_is_an_ultimatum_to_whom_it_is_given(coder, text, pair) -> None:
    frames = frames_of(coder, text)
    assert [frame.cameo for frame in frames] == ["139"]
    assert countries(frames[0]) == pair
    assert frames[0].target is not None


@pytest.mark.slow
def test_time_given_without_a_limit_is_no_ultimatum(coder) -> None:
    frames = frames_of(coder, "The government gave farmers more time to repay their loans.")
    assert all(frame.cameo != "139" for frame in frames)


@pytest.mark.slow
def test_dropping_bombs_on_a_place_is_aerial_bombing(coder) -> None:
    frame = best(coder, "Russian jets dropped cluster munitions on rebel-held villages.")
    assert frame.cameo == "195"
    assert frame.source is not None and frame.source.code == "RUSMIL"
    assert frame.target is not None and frame.target.sector == "REB"
