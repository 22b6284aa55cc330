"""Fourth lexicon pass, verbal events: phrasal verbal attacks ("hit out at"), criticism and
sympathy offered, repudiations and cancelled deals, siding with a party, deals agreed,
concessions and captives set free; and "until" clauses of refused acts, which are conditions
awaited, not events. Each sentence, written for this test, is coded as the CAMEO code (and
so the PLOVER type) a political event coder should give it."""

from __future__ import annotations

import pytest

from helpers import countries, frames_of, plover

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "plover_type"),
    [
        ("The Turkish president hit out at Greece over the migrant crisis.", "111", "ACCUSE"),
        ("Moscow lashed out at Washington on Friday.", "111", "ACCUSE"),
        ("The EU delegation offered sharp criticism of the Maltese government.", "111", "ACCUSE"),
        ("The foreign ministry expressed its displeasure to the Dutch envoy.", "110", "ACCUSE"),
        ("Iran offered condolences to Turkey after the earthquake.", "018", "SUPPORT"),
        ("The prime minister repudiated the report by the rights group.", "120", "REJECT"),
        ("Beijing shrugged off the criticism from Washington.", "120", "REJECT"),
        ("The president cancelled the peace deal with the rebels.", "127", "REJECT"),
        ("Venezuela sided with Russia in the dispute.", "051", "SUPPORT"),
        ("Cuba expressed solidarity with Venezuela.", "051", "SUPPORT"),
        ("Japan and Mexico have agreed a new trade agreement.", "057", "SUPPORT"),
        ("The government made concessions to the striking miners.", "080", "YIELD"),
        ("The court revoked the ban on the opposition newspaper.", "081", "YIELD"),
        ("Yemen let free dozens of activists on Sunday.", "0841", "YIELD"),
    ],
)
def test_verbal_predicates_are_coded(coder, text: str, cameo: str, plover_type: str) -> None:
    frames = frames_of(coder, text)
    assert frames, f"no event in {text!r}"
    assert frames[0].cameo == cameo, (frames[0].cameo, frames[0].rule)
    assert plover(coder, frames[0]) == plover_type


def test_verbal_attack_reaches_its_at_target(coder) -> None:
    frames = frames_of(coder, "Moscow lashed out at Washington on Friday.")
    assert countries(frames[0]) == ("RUS", "USA")


def test_until_clause_of_refused_act_is_not_asserted(coder) -> None:
    text = "The nurses said they will not end the strike until their demands are met."
    frames = frames_of(coder, text)
    refused = [f for f in frames if f.cameo == "1242"]
    assert refused, [(f.cameo, f.modality) for f in frames]
    met = [f for f in frames if f.cameo == "083"]
    assert all(f.modality.name == "HYPOTHETICAL" for f in met), [f.modality for f in met]


def test_until_clause_of_past_act_stays_asserted(coder) -> None:
    frames = frames_of(coder, "The army shelled the town until the rebels surrendered.")
    assert any(f.cameo == "0874" and f.modality.name == "ASSERTED" for f in frames), [
        (f.cameo, f.modality) for f in frames
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets hit targets in Gaza overnight.",
        "The minister said he would offer his resignation.",
        "The council let free parking continue downtown.",
    ],
)
def test_verbal_pass_keeps_other_readings(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert all(f.cameo[:3] not in {"111", "051", "084"} for f in frames), [
        (f.cameo, f.rule) for f in frames
    ]


@pytest.mark.parametrize(
    ("text", "cameo", "pair"),
    [
        ("Amnesty International issued a statement condemning the Nigerian army.", "111", None),
        ("The ministry released a report accusing Russia of meddling.", "112", (None, "RUS")),
        ("The French parliament passed a resolution condemning Turkey.", "111", ("FRA", "TUR")),
    ],
)
def test_document_participle_is_its_issuers_act(
    coder, text: str, cameo: str, pair: tuple[str | None, str | None] | None
) -> None:
    """ "issued a statement condemning X": the statement's issuer condemns X."""
    frames = frames_of(coder, text)
    assert frames and frames[0].cameo == cameo, [(f.cameo, f.rule) for f in frames]
    assert frames[0].source is not None
    if pair is not None:
        assert countries(frames[0]) == pair


@pytest.mark.parametrize(
    "text",
    [
        "The statistics office released a report on inflation on Monday.",
        "The army released a video of the exercise.",
    ],
)
def test_released_documents_free_no_one(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert all(not f.cameo.startswith("084") for f in frames), [(f.cameo, f.rule) for f in frames]


def test_released_prisoners_are_still_freed(coder) -> None:
    frames = frames_of(coder, "Iran released two British prisoners on Friday.")
    assert frames and frames[0].cameo == "0841"


def test_untethered_title_participle_is_still_no_event(coder) -> None:
    frames = frames_of(coder, "The UN envoy for talks to normalise relations arrived in Kabul.")
    assert all(f.cameo != "050" for f in frames), [(f.cameo, f.rule) for f in frames]


@pytest.mark.parametrize(
    ("text", "cameo", "pair"),
    [
        ("Kabul said Pakistan was responsible for the bombing.", "112", ("AFG", "PAK")),
        ("Russia said the sanctions imposed by the EU were illegal.", "111", ("RUS", None)),
    ],
)
def test_speaker_judgement_accuses(
    coder, text: str, cameo: str, pair: tuple[str | None, str | None]
) -> None:
    frames = frames_of(coder, text)
    assert frames and frames[0].cameo == cameo, [(f.cameo, f.rule) for f in frames]
    assert countries(frames[0])[0] == pair[0]
    if pair[1]:
        assert countries(frames[0])[1] == pair[1]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it was responsible for organising the elections.",
        "Officials said the new agency will be responsible for border security.",
    ],
)
def test_assigned_duty_is_no_accusation(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert all(f.cameo != "112" for f in frames), [(f.cameo, f.rule) for f in frames]


@pytest.mark.parametrize(
    "text",
    [
        "Madrid said the arrests were a step towards ending illegal migration.",
        "His lawyer said the businessman had decided to plead guilty.",
        "The commission said it would find out who was responsible.",
    ],
)
def test_unpredicated_judgement_adjectives_judge_no_one(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert all(f.cameo not in {"111", "112"} for f in frames), [(f.cameo, f.rule) for f in frames]
