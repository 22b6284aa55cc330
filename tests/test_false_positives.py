"""Events a careful coder would not record as done.

Acts the text says did not happen or only supposes (negated, conditional, owed by a
deadline, said of whoever does them) are published with that modality, never as asserted;
the formulas by which a wire says why a source goes unnamed, and "return" used of going back
rather than giving back, are no events. Each test also checks the asserted counterpart."""

from __future__ import annotations

from datetime import date

from helpers import frames_of
from tidings.model import Article, Mention, Modality


def published(coder, text: str) -> list[Mention]:
    article = Article(doc_id="t", text=text, published=date(2001, 3, 14))
    [result] = list(coder.code([article]))
    return list(result.mentions)


UNREAL = frozenset({Modality.NEGATED, Modality.HYPOTHETICAL})


def real(coder, text: str) -> list[Mention]:
    """Published mentions the text reports as done, said, threatened or intended."""
    return [m for m in published(coder, text) if m.modality not in UNREAL]


def types(coder, text: str) -> set[str]:
    return {m.action.plover for m in real(coder, text)}


# -- acts that did not happen or are only supposed -------------------------------------------


def test_negated_acts_are_not_asserted(coder) -> None:
    text = "The rebels said they would not walk away from the peace talks in Arusha."
    assert "REJECT" not in types(coder, text)
    meeting = '"We cannot negotiate while our villages burn," the rebel commander said.'
    assert "CONSULT" not in types(coder, meeting)
    assert "CONSULT" in types(coder, "Burundian rebels held talks with the government in Arusha.")


def test_an_act_set_as_the_condition_of_a_threat_is_not_asserted(coder) -> None:
    text = (
        "The army warned the militia on Monday that it would face air strikes unless it "
        "handed over the kidnapped engineers."
    )
    kinds = types(coder, text)
    assert "THREATEN" in kinds and "RETREAT" not in kinds


def test_an_act_hedged_as_possible_is_not_asserted_but_a_doubted_past_one_is(coder) -> None:
    assert types(coder, "Ethiopia might send more troops to the border next month.") == set()
    doubted = real(coder, "Rebels may have shot down the army helicopter near Goma.")
    assert [m.action.plover for m in doubted] == ["ASSAULT"]
    assert doubted[0].modality is not Modality.HYPOTHETICAL


def test_a_conditional_cut_of_aid_is_a_threat(coder) -> None:
    text = "Sweden said it could suspend its aid to Nicaragua if the repression continued."
    assert "THREATEN" in types(coder, text)
    assert "SANCTION" not in types(coder, text)


def test_a_conditional_resumption_of_aid_is_an_offer(coder) -> None:
    text = "Japan could resume food aid to North Korea if Pyongyang returns the abductees."
    [offer] = real(coder, text)
    assert offer.action.cameo.startswith("03") and offer.modality is Modality.INTENDED
    assert types(coder, "Japan could resume food aid to North Korea, officials said.") == set()


# -- deadlines: what they demand is not done --------------------------------------------------


def test_the_act_a_deadline_demands_is_not_done(coder) -> None:
    for text in (
        "The militia ignored a government deadline to surrender its weapons by Monday.",
        "Clan leaders missed a United Nations deadline to withdraw their fighters from the port.",
        "NATO gave the Serbs an ultimatum to pull their heavy guns back from the city.",
    ):
        assert "RETREAT" not in types(coder, text), text


def test_deadline_infinitives_are_marked_hypothetical(coder) -> None:
    [frame] = [
        f
        for f in frames_of(coder, "Kenya set a deadline for the rebels to free the hostages.")
        if f.cameo.startswith("084")
    ]
    assert frame.modality is Modality.HYPOTHETICAL


def test_an_act_done_by_a_deadline_is_still_published(coder) -> None:
    text = "The militia surrendered its weapons to the peacekeepers before the deadline on Monday."
    assert "RETREAT" in types(coder, text)


# -- acts said of whoever does them -------------------------------------------------------------


def test_a_present_act_of_whoever_does_it_is_no_event(coder) -> None:
    text = "The army said it would punish those who fire rockets at the border villages."
    assert "ASSAULT" not in types(coder, text)
    anyone = '"Anyone who attacks our ships will pay a heavy price," the Iranian commander said.'
    assert "ASSAULT" not in types(coder, anyone)


def test_a_past_act_of_those_who_did_it_is_an_event(coder) -> None:
    text = "Police arrested those who attacked the embassy in Dhaka on Friday."
    assert "ASSAULT" in types(coder, text)


# -- sourcing formulas --------------------------------------------------------------------------


def test_asking_not_to_be_named_is_no_request(coder) -> None:
    for text in (
        '"We want justice," said one protester, who asked not to be named for fear of reprisals.',
        "A diplomat who declined to be identified said the talks had stalled.",
        "An official who requested anonymity said the army had pulled out of the town.",
        "An aide who asked that his name not be used said the meeting was tense.",
    ):
        found = published(coder, text)
        assert not [m for m in found if m.trigger in {"asked", "declined", "requested"}], text


def test_asking_someone_to_act_is_still_a_request(coder) -> None:
    text = "The opposition asked the electoral commission to publish the results."
    assert "REQUEST" in types(coder, text)


# -- return: giving back, not going back ---------------------------------------------------------


def test_returning_to_power_or_home_returns_nothing(coder) -> None:
    text = "The general, who returned to power in a coup in 1999, met the Indian envoy on Tuesday."
    assert "RETREAT" not in types(coder, text)
    frames = frames_of(coder, "Mugabe said the rebels returned to their bases last week.")
    assert not [f for f in frames if f.cameo.startswith("084")]


def test_returning_something_is_still_a_return(coder) -> None:
    assert "RETREAT" in types(coder, "Iraq returned the Kuwaiti archives to Kuwait.")
    # a long object moved after the adverbials
    shifted = "Britain returned to Ghana on Monday a collection of gold ornaments."
    assert "RETREAT" in types(coder, shifted)
    heavy = "The agency returned to Peru last week 30 stolen statues."
    assert "RETREAT" in types(coder, heavy)


# -- taking part --------------------------------------------------------------------------------


def test_taking_part_carries_the_event_noun(coder) -> None:
    refused = "The opposition said it would not take part in any talks with the junta."
    assert types(coder, refused) == {"REJECT"}
    joined = "The opposition took part in talks with the junta in Abuja on Monday."
    assert "CONSULT" in types(coder, joined)
