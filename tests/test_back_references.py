"""Definite descriptions refer back to the actor the article named ("the rebels", "the bloc",
"the envoy", "the officers"), and the counterpart rule leaves a state facing domestic parties
to the article's leading state."""

from __future__ import annotations

import pytest

from helpers import mentions_of


def _sources(coder, text: str) -> list[str | None]:
    return [m.source.code if m.source else None for m in mentions_of(coder, text)]


def _targets(coder, text: str) -> list[str | None]:
    return [m.target.code if m.target else None for m in mentions_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maoist rebels in Nepal attacked a police post on Monday. "
            "The rebels later threatened to blockade Kathmandu.",
            "NPLREB",
        ),
        (
            "Philippine troops clashed with Abu Sayyaf fighters on Jolo. "
            "The group vowed to kill its hostages.",
            "PHLREB",
        ),
    ],
)
def test_rebel_descriptions_take_the_named_rebels(coder, text: str, expected: str) -> None:
    assert _sources(coder, text)[-1] == expected


def test_the_bloc_is_the_body_named_before(coder) -> None:
    text = (
        "The Southern African Development Community suspended Madagascar on Monday. "
        "Zambia urged the bloc to send mediators."
    )
    assert _targets(coder, text)[-1] is not None
    assert _targets(coder, text)[-1].startswith("IGO")


def test_the_council_is_the_council_named_before(coder) -> None:
    text = (
        "The U.N. Security Council met on Somalia on Friday. "
        "The council demanded that the warlords lay down their arms."
    )
    assert _sources(coder, text)[-1] == "IGOUNO"


def test_the_envoy_is_the_person_introduced_as_envoy(coder) -> None:
    text = (
        "Sweden's special envoy, Jan Eliasson, arrived in Khartoum on Sunday. "
        "The envoy met President Omar al-Bashir and urged him to accept peacekeepers."
    )
    assert _sources(coder, text)[-1] == "SWEGOV"


def test_a_title_needs_all_its_words(coder) -> None:
    text = (
        "Indian Prime Minister Atal Bihari Vajpayee met Pakistani leaders in Lahore. "
        "The foreign minister criticised Islamabad."
    )
    assert "INDGOV" not in _sources(coder, text)[1:]


def test_same_noun_refers_to_the_named_officers(coder) -> None:
    text = (
        "Azerbaijan arrested three Armenian army officers on Tuesday. "
        "Azerbaijani police questioned the officers in Baku."
    )
    assert _targets(coder, text)[-1] == "ARMMIL"


def test_the_government_is_never_taken_from_the_last_state(coder) -> None:
    text = (
        "Kenya sent troops to Somalia on Sunday. The government said the operation would continue."
    )
    from tidings.resolve._actors_backref import is_back_reference

    doc = coder.nlp(text)
    government = next(token for token in doc if token.lower_ == "government")
    assert not is_back_reference(doc[government.i - 1 : government.i + 1])


def test_a_description_with_its_own_complement_is_no_back_reference(coder) -> None:
    from tidings.resolve._actors_backref import is_back_reference

    doc = coder.nlp("The group of protesters marched on parliament.")
    group = next(token for token in doc if token.lower_ == "group")
    span = doc[group.left_edge.i : group.right_edge.i + 1]
    assert not is_back_reference(span)


def test_government_facing_its_rebels_is_not_the_foreign_mediator(coder) -> None:
    text = (
        "Norway sent mediators to Sri Lanka. Norway urged restraint. "
        "The Tamil Tigers accused the army of shelling villages near Jaffna."
    )
    targets = _targets(coder, text)
    assert "NORMIL" not in targets


def test_an_officer_of_a_named_body_is_coded_as_the_body(coder) -> None:
    text = (
        "The Arab League suspended Syria on Saturday. "
        "The league's secretary general, Nabil Elaraby, condemned the violence in Homs."
    )
    assert _sources(coder, text)[-1] == "IGOARL"
