"""Threats as the news words them (warnings that hold out harm, vowed reprisals, force
announced on a condition) against warnings that only foresee harm; and coercion short of
violence (raids on premises, crackdowns, status revoked) against armed attacks."""

from __future__ import annotations

import pytest

from helpers import best, countries, frames_of, plover

pytestmark = pytest.mark.slow


def _threats(coder, text: str) -> list[str]:
    return [f.cameo for f in frames_of(coder, text) if plover(coder, f) == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Relief agencies warned of a looming famine in Somalia.",
        "The central bank warned that inflation would climb further this year.",
        "Critics warned that the new law was a danger to press freedom.",
        "Health officials warned that cholera could kill hundreds in the camps.",
        "The IMF warned that the crisis in Asia could spread to Latin America.",
        "Embassy officials warned of possible attacks on Western hotels in Jakarta.",
        "Washington warned that the Taliban could launch a spring offensive.",
    ],
)
def test_a_warning_that_only_foresees_harm_threatens_no_one(coder, text: str) -> None:
    assert _threats(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow warned Tbilisi that it would not tolerate further provocations.",
        "Pakistan warned against any Indian strike on its territory.",
        "The Kremlin warned that Kiev would pay a heavy price for joining NATO.",
        "Washington warned it would cut military aid to Egypt.",
        "Israel warned of military action if the rocket fire continued.",
        "Separatist rebels warned of fresh attacks on the pipeline.",
        "Ankara warned that PKK camps would be bombed if the raids went on.",
        "Moscow warned that Russia could aim its missiles at Poland if the shield was built.",
    ],
)
def test_a_warning_that_holds_out_harm_is_a_threat(coder, text: str) -> None:
    assert _threats(coder, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kremlin warned that Kiev would pay a heavy price for joining NATO.", "UKR"),
        ("Beijing warned that Tokyo would bear all the consequences of its actions.", "JPN"),
    ],
)
def test_who_would_meet_the_reprisal_is_the_target(coder, text: str, target: str) -> None:
    frame = best(coder, text)
    assert plover(coder, frame) == "THREATEN"
    assert countries(frame)[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Seoul said it would retaliate if Pyongyang fired across the border again.", "PRK"),
        ("Moscow threatened to respond if Washington deployed missiles in Romania.", "USA"),
        ("Rebels threatened new attacks unless the Nigerian government freed their leader.", "NGA"),
    ],
)
def test_a_conditional_threat_is_aimed_at_whose_act_would_set_it_off(
    coder, text: str, target: str
) -> None:
    frames = [f for f in frames_of(coder, text) if plover(coder, f) == "THREATEN"]
    assert frames
    assert countries(frames[0])[1] == target


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian defence minister vowed a crushing response to any attack.",
        "Iran's president promised swift retaliation against any aggressor.",
        "The junta vowed to crush the uprising in the south.",
        "Turkey will respond with force if its troops are attacked, the minister said.",
    ],
)
def test_a_promised_reprisal_is_a_threat(coder, text: str) -> None:
    assert _threats(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police raided the offices of an independent newspaper in Nairobi.",
        "The Burmese junta launched a crackdown on monks after the protests.",
        "Kuwait revoked the citizenship of dozens of opposition figures.",
        "Zimbabwe revoked the licence of the only independent daily.",
    ],
)
def test_coercion_short_of_violence_is_coerce(coder, text: str) -> None:
    assert any(plover(coder, f) == "COERCE" for f in frames_of(coder, text))
