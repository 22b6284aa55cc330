"""Refused, demanded, wanted and conditional acts are not coded as the acts themselves.

Sentences written for these tests. A refusal is a rejection (CAMEO 12x) by whoever refuses;
a plain negation is only a negated frame; an act demanded in the subjunctive is a demand or
an appeal (10x / 02x) by whoever asks; wanting a concession named as a noun asks for it; the
condition of a promise is not something that happened.
"""

from __future__ import annotations

import pytest

from helpers import best, countries, frames_of, only
from tidings.extract.codes import wrapped_code
from tidings.extract.lexicon import Kind
from tidings.extract.modality import is_declined
from tidings.model import Modality

pytestmark = pytest.mark.slow

YIELD_ROOT = "08"


def asserted_yields(frames) -> list:
    return [
        f
        for f in frames
        if f.cameo.startswith(YIELD_ROOT) and f.modality in {Modality.ASSERTED, Modality.REPORTED}
    ]


# -- refusals and negations ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The military council has no intention of releasing the detained activists.",
        "Belgrade does not intend to withdraw its police from the province.",
        "The cabinet is not willing to release the fishermen.",
        "Ankara does not want to pull its soldiers out of the enclave.",
    ],
)
def test_disowning_the_will_to_yield_is_a_refusal(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert not asserted_yields(frames)
    refusal = only(frames, "12")
    assert refusal.modality is Modality.ASSERTED
    assert refusal.source is not None


def test_a_refusal_names_the_other_party_as_target(coder) -> None:
    frames = frames_of(coder, "Tokyo does not want to lift its sanctions on Seoul.")
    refusal = only(frames, "12")
    assert countries(refusal) == ("JPN", "KOR")


def test_a_negated_intent_to_fight_is_no_refusal(coder) -> None:
    frames = frames_of(coder, "Hanoi does not intend to attack the disputed islands.")
    assert not any(f.cameo.startswith("12") for f in frames)


@pytest.mark.parametrize(
    "text",
    [
        "Lima will not lift the tariffs on Chilean copper.",
        "The guerrillas refused to free the kidnapped engineers.",
        "Cairo ruled out any withdrawal of its peacekeepers.",
    ],
)
def test_refused_yields_are_rejections(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert not asserted_yields(frames)
    assert only(frames, "12").modality is Modality.ASSERTED


def test_a_plain_negation_is_neither_the_act_nor_a_refusal(coder) -> None:
    frames = frames_of(coder, "The police did not release the arrested students.")
    assert not asserted_yields(frames)
    assert not any(f.cameo.startswith("12") for f in frames)
    assert all(f.modality is Modality.NEGATED for f in frames)


def test_negated_intent_codes() -> None:
    assert wrapped_code(Kind.INTENT, "030", "0841", negated=True) == "1243"
    assert wrapped_code(Kind.INTENT, "030", "0841", negated=False) == "0353"
    assert wrapped_code(Kind.INTENT, "030", "190", negated=True) == "1384"  # still a threat
    assert is_declined(Kind.INTENT, "087", Modality.NEGATED)
    assert not is_declined(Kind.PLEDGE, "087", Modality.NEGATED)
    assert not is_declined(Kind.INTENT, "190", Modality.NEGATED)


# -- subjunctive demands --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("Bolivia insists that the miners release the two managers.", "BOL"),
        ("Bolivia insisted that the miners release the two managers.", "BOL"),
        ("Nairobi demanded that the herders leave the reserve and release the rangers.", "KEN"),
        ("Warsaw insisted that the detained journalists be freed.", "POL"),
    ],
)
def test_an_act_demanded_in_the_subjunctive_is_a_demand(coder, text: str, asker: str) -> None:
    frames = frames_of(coder, text)
    assert not asserted_yields(frames)
    demand = only(frames, "10")
    assert demand.source is not None and demand.source.country == asker
    assert demand.modality is Modality.ASSERTED


def test_a_subjunctive_with_a_pronoun_subject_is_a_demand(coder) -> None:
    text = "The rebels seized the town. Quito insists that they withdraw from it."
    frames = frames_of(coder, text)
    assert not any(f.cameo.startswith("087") for f in frames)
    demand = only(frames, "10")
    assert demand.source is not None and demand.source.country == "ECU"


def test_a_proposal_in_the_subjunctive_is_an_appeal(coder) -> None:
    frames = frames_of(coder, "Norway proposed that the two sides resume talks in Oslo.")
    appeal = only(frames, "02")
    assert appeal.source is not None and appeal.source.country == "NOR"
    assert not any(f.cameo.startswith("04") for f in frames)


def test_a_past_tense_after_insist_reports_a_claim(coder) -> None:
    frames = frames_of(coder, "Bolivia insisted that the miners released the two managers.")
    release = only(frames, "0841")
    assert release.modality is Modality.REPORTED
    assert not any(f.cameo.startswith("10") for f in frames)


def test_a_plural_present_after_a_speech_verb_stays_a_report(coder) -> None:
    frames = frames_of(coder, "Bolivia says that the miners release hostages every week.")
    assert not any(f.cameo.startswith("10") for f in frames)


# -- wanting and calling for an act named as a noun ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Caracas wants the lifting of American sanctions.",
        "Caracas wanted the easing of the embargo.",
        "Minsk sought the lifting of the travel ban.",
        "Damascus called for the lifting of the sanctions.",
    ],
)
def test_wanting_a_concession_asks_for_it(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert not asserted_yields(frames)
    request = only(frames, "02")
    assert request.modality is Modality.ASSERTED
    assert request.source is not None
    # the sanctions to be lifted are not reported as imposed
    assert not any(f.cameo.startswith("16") for f in frames)


def test_wanting_another_to_act_asks_it(coder) -> None:
    frames = frames_of(coder, "Havana wants Washington to lift the embargo.")
    request = only(frames, "02")
    assert countries(request) == ("CUB", "USA")
    assert not any(f.cameo.startswith("03") for f in frames)


def test_wanting_talks_is_an_intent_to_meet(coder) -> None:
    frames = frames_of(coder, "Seoul wants talks with Pyongyang.")
    intent = only(frames, "03")
    assert intent.source is not None and intent.source.country == "KOR"


# -- conditional promises --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egypt will open the crossing once the hostages are freed.",
        "Egypt will open the crossing as soon as the militants release the hostages.",
        "Egypt will open the crossing provided that the militants release the hostages.",
        "Egypt will open the crossing on condition that the militants release the hostages.",
        "Egypt would open the crossing if the militants released the hostages.",
    ],
)
def test_the_condition_of_a_promise_did_not_happen(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert not asserted_yields(frames)


def test_a_conditional_withdrawal_is_announced_not_done(coder) -> None:
    frames = frames_of(coder, "Armenia will withdraw its troops once the refugees are freed.")
    assert not asserted_yields(frames)
    promise = only(frames, "03")
    assert promise.modality is Modality.INTENDED


def test_a_past_clause_after_once_happened(coder) -> None:
    frames = frames_of(coder, "Once the hostages were freed, Egypt opened the crossing.")
    assert only(frames, "0841").modality is Modality.ASSERTED


def test_a_verb_of_giving_is_no_condition(coder) -> None:
    text = "Canada provided millions in food aid to support Sudanese refugees in Chad."
    frames = frames_of(coder, text)
    assert not any(f.modality is Modality.HYPOTHETICAL for f in frames)


def test_a_conflict_act_that_could_come_unless_the_other_side_yields_is_a_threat(coder) -> None:
    frame = best(
        coder, "Moscow said it could cut gas supplies to Ukraine unless Kiev paid its debts."
    )
    assert frame.cameo.startswith("13") and frame.modality is Modality.THREATENED
    assert countries(frame) == ("RUS", "UKR")


def test_a_conflict_act_that_could_come_stays_hypothetical(coder) -> None:
    frame = best(coder, "Russia could halt gas deliveries to Ukraine.")
    assert frame.cameo == "162" and frame.modality is Modality.HYPOTHETICAL


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The junta vowed not to release the opposition leader.", "1243"),
        ("The rebels vowed not to lay down their arms.", "1246"),
        ("The prime minister pledged never to negotiate with the rebels.", "125"),
    ],
)
def test_a_promise_not_to_concede_or_cooperate_is_a_refusal(coder, text: str, code: str) -> None:
    frame = best(coder, text)
    assert frame.cameo == code and frame.modality is Modality.ASSERTED
    assert not frame.symmetric


def test_a_promise_not_to_attack_forswears_force(coder) -> None:
    frame = best(coder, "India promised not to attack Pakistan's nuclear facilities.")
    assert frame.cameo == "0356" and frame.modality is Modality.INTENDED


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            '"Withdraw your troops from our territory," the Georgian president told Moscow.',
            ("GEO", "RUS"),
        ),
        (
            "Antonio Guterres, the UN Secretary-General, said the message was loud and clear: "
            "end hostilities in Ukraine now.",
            (None, None),
        ),
    ],
)
def test_an_imperative_in_someones_words_is_their_demand(coder, text: str, pair) -> None:
    frame = best(coder, text)
    assert frame.cameo.startswith("10") and frame.rule.startswith("imperative>")
    assert frame.source is not None
    assert countries(frame)[1] == pair[1]


def test_a_verb_joined_to_a_modal_is_no_imperative(coder) -> None:
    frame = best(coder, "Russia will attack and destroy the rebel bases.")
    assert not frame.rule.startswith("imperative>")


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia stopped funding the rebels in 2015.",
        "The United States stopped supplying weapons to the Kurds.",
    ],
)
def test_an_act_stopped_is_no_longer_done(coder, text: str) -> None:
    frame = best(coder, text)
    assert frame.modality is Modality.NEGATED


def test_a_dateline_is_no_party_of_a_purpose_clause(coder) -> None:
    frames = frames_of(
        coder,
        "ISLAMABAD (AP) — Pakistan on Tuesday summoned India's top diplomat to protest the "
        "firing across the frontier.",
    )
    assert frames
    assert all(frame.source is None or frame.source.country == "PAK" for frame in frames)
