"""Resolver fixes: organisations before a noun, hyphenated names, titled names, modifiers."""

from __future__ import annotations

import pytest

from helpers import subject_phrase as subject
from tidings.resolve.actors import ActorResolver

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("Hezbollah fighters attacked the town.", "LBNREB", "Hezbollah"),
        ("NATO troops entered the village.", "IGONAT", "NATO"),
        ("The UN's special envoy met the rebels.", "IGOUNO", "United Nations"),
        ("EU foreign ministers condemned the attack.", "IGOEUR", "European Union"),
        ("Red Cross workers delivered aid.", "NGO", "Red Cross"),
        ("Hamas police arrested him.", "PSECOP", "Hamas"),
        ("Al-Shabaab fighters attacked the base.", "SOMREB", "al-Shabaab"),
        ("Fighters from Al-Shabaab attacked the base.", "SOMREB", "al-Shabaab"),
        ("Militants from Hayat Tahrir al-Sham seized the city.", "SYRREB", "Hayat Tahrir al-Sham"),
    ],
)
def test_organisations_keep_their_code_before_a_noun_and_with_hyphens(
    nlp, resolver: ActorResolver, text: str, code: str, name: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and (actor.code, actor.name) == (code, name)


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("President Buhari visited Lagos.", "NGAGOV", "Muhammadu Buhari"),
        ("South African President Thabo Mbeki arrived in Harare.", "ZAFGOV", "Thabo Mbeki"),
    ],
)
def test_title_before_a_name_tagged_as_place(
    nlp, resolver: ActorResolver, text: str, code: str, name: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None
    assert (actor.code, actor.name, actor.role) == (code, name, "president")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Opposition lawmakers boycotted the vote.", "OPP"),
        ("Navy officers seized the ship.", "MIL"),
        ("Officers of the army arrested him.", "MIL"),
        ("Rebel officers seized the town.", "REB"),
        ("Government soldiers attacked the town.", "MIL"),
        ("Government critics were arrested.", "OPP"),
    ],
)
def test_specific_modifier_beats_generic_head(
    nlp, resolver: ActorResolver, text: str, code: str
) -> None:
    actor = subject(nlp, resolver, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Mali closed its border with Niger on Monday.", "MLI"),
        ("Sri Lanka arrested 12 Indian fishermen.", "LKA"),
        ("Chad Smith criticised the government.", None),
    ],
)
def test_country_names_tagged_as_persons(
    nlp, resolver: ActorResolver, text: str, country: str | None
) -> None:
    actor = subject(nlp, resolver, text)
    assert (actor.country if actor else None) == country
