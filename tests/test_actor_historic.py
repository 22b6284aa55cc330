"""1990s wire copy: historic states, the armed groups, peace missions and leaders of the
time, hyphenated surnames and peoples named across borders ("Bosnian Serbs")."""

from __future__ import annotations

import pytest

from helpers import subject
from tidings.resolve.actors import ActorResolver


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Czechoslovakia signed a trade treaty with Austria.", "CZEGOV"),
        ("Serbia and Montenegro rejected the ultimatum.", "SRBGOV"),
        ("Zairean soldiers looted the town of Goma.", "CODMIL"),
        ("Two Soviets were expelled from London.", "RUSCVL"),
        ("Khmer Rouge guerrillas attacked a train near Kampot.", "KHMREB"),
        ("Sinn Fein walked out of the talks in Belfast.", "GBRPTY"),
        ("UNPROFOR protested the shelling of Tuzla.", "IGOUNO"),
        ("IFOR troops arrested two officers near Brcko.", "IGONAT"),
        ("UNSCOM inspectors left Baghdad on Monday.", "IGOUNO"),
        ("The Rwandan Patriotic Front captured the airport.", "RWAREB"),
    ],
)
def test_codes_historic_states_groups_and_missions(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code, (text, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Karadzic rejected the map on Sunday.", "BIHREB"),
        ("Izetbegovic flew to Geneva for the talks.", "BIHGOV"),
        ("Tudjman warned the rebel Serbs in Knin.", "HRVGOV"),
        ("Mobutu fled the capital on Friday.", "CODGOV"),
        ("Primakov criticised the expansion of the alliance.", "RUSGOV"),
        ("Dudayev rejected the ultimatum from Moscow.", "RUSREB"),
        ("Sankoh refused to disarm his fighters.", "SLEREB"),
        ("Aidid accused the peacekeepers of murder.", "SOMREB"),
        ("Boutros-Ghali asked the council for more troops.", "IGOUNO"),
        ("Albright visited the refugee camps in Macedonia.", "USAGOV"),
    ],
)
def test_codes_leaders_of_the_1990s_by_surname(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code, (text, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bosnian Serbs blocked the road to the enclave.", "BIHCVL"),
        ("Croatian Serbs voted for autonomy.", "HRVCVL"),
        ("Kosovo Albanians boycotted the elections.", "XKXCVL"),
        ("Turkish Cypriots rejected the plan.", "CYPCVL"),
        ("Serbs in the suburbs fled on Sunday.", "SRBCVL"),
    ],
)
def test_a_people_qualified_by_another_state_lives_in_that_state(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code, (text, actor)
